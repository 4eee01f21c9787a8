// A cheap look at tense, for the one place it matters: a month named without a
// year ("في ديسمبر") is the coming one in a future-tense clause.
#pragma once

#include <cstdint>

#include "time/words.h"

namespace marsad::time {

// A future marker (سوف، س+imperfect verb، من المقرر، من المتوقع…) among the few
// tokens before i, within the clause.
bool future_clause(const Words& w, uint32_t i);

}  // namespace marsad::time
