// Resolution of relative expressions against the document date, with the rule
// that a result is never finer than what the document date and the expression
// together know.
#pragma once

#include <string>

#include "time/candidates.h"
#include "time/date_value.h"

namespace marsad::time {

enum class Unit : uint8_t { kMinute, kHour, kDay, kWeek, kMonth, kYear, kDecade };

// A DATE candidate of a value stated in the text.
Candidate absolute(uint32_t first, uint32_t end, const DateValue& v);

// A DATE candidate resolved from the document date: `v` when the document date
// is known, else `unresolved` (an X-pattern such as "XXXX-XX-XX") with anchor none.
Candidate relative(uint32_t first, uint32_t end, const DateValue& doc, const DateValue& v, std::string unresolved);

// The document date moved by n units (negative: back), at the document's own
// precision: a shift finer than that precision is converted to whole units of
// it, rounding toward no shift ("قبل يومين" in a month-dated document stays in that month).
DateValue shift(const DateValue& doc, Unit unit, int n);

// The natural precision of a unit's count ("قبل شهرين" is a month).
Precision unit_precision(Unit unit);

// The year of a month named without one ("في أبريل"): direction 0 = the most
// recent such month not after the document month, -1 = strictly before it
// ("أبريل الماضي"), +1 = strictly after ("أبريل المقبل"), 2 = not before it
// (a future-tense clause: "سيزور طرابلس في ديسمبر").
int year_for_month(const DateValue& doc, int month, int direction);

// A month (and optional day) named without a year, resolved as above.
Candidate month_day_without_year(uint32_t first, uint32_t end, const DateValue& doc, int month, int day, int direction);

}  // namespace marsad::time
