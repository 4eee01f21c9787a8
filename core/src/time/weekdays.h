// Weekday names.
#pragma once

#include <cstdint>

#include "time/words.h"

namespace marsad::time {

// ISO weekday (1 = Monday … 7 = Sunday) named by token i with its article
// ("الاثنين"، "والخميس"); 0 otherwise. The article is required: "أحد" alone is "one".
int weekday_at(const Words& w, uint32_t i);

// Token i is «اليوم», «أمس» (or «البارحة») or «غدا», before a weekday that it
// names: the days from the day of writing to that day (0, -1, +1); kNoDeictic
// for any other word.
constexpr int kNoDeictic = 99;
int deictic_at(const Words& w, uint32_t i);

}  // namespace marsad::time
