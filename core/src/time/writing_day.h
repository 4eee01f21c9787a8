// The day a document was written, where its text says it and its date does
// not: a newspaper's morning issue dates the article of the day before, which
// still says «اليوم (الأربعاء)» and «أمس» of its own day.
#pragma once

#include "time/date_value.h"
#include "time/words.h"

namespace marsad::time {

// The document's date moved back one or two days when every «اليوم» or «أمس»
// with a weekday right after it («اليوم (الأربعاء)», «أمس الثلاثاء») places the
// writing that far before it; the document's date otherwise (and when it names
// no day).
DateValue writing_day(const Words& w, const DateValue& document);

}  // namespace marsad::time
