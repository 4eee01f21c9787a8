// A cheap look at tense, where it decides a date: a month named without a year
// ("في ديسمبر") is the coming one in a future-tense clause or after a verb of a
// scheduled act; so is a bare weekday after such a verb («تصل … الاثنين»).
#pragma once

#include <cstdint>

#include "time/words.h"

namespace marsad::time {

// A future marker (سوف، س+imperfect verb، من المقرر، من المتوقع…) among the few
// tokens before i, within the clause.
bool future_clause(const Words& w, uint32_t i);
// A verb of a scheduled act in the present tense («يزور», «تعقد»: words.json
// "tense") among the few tokens before i, within the clause.
bool scheduled_clause(const Words& w, uint32_t i);

}  // namespace marsad::time
