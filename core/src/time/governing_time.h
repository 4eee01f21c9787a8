// Which time expression dates an event: the nearest DATE in the event's
// sentence, preferring one in the same clause.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/token.h"
#include "time/time_expressions.h"

namespace marsad::time {

// Index in `times` (in text order) of the DATE expression inside [sentence_first, sentence_end)
// nearest to `trigger_token`, preferring one with no clause punctuation
// ("،" "," ";" "؛") between them; -1 if the sentence has none. `tokens` and
// `normalized` let it see the punctuation; without them (empty) every DATE of
// the sentence counts as in the same clause.
int governing_time(const std::vector<TimeExpression>& times, uint32_t sentence_first, uint32_t sentence_end,
                   uint32_t trigger_token, std::string_view normalized = {},
                   const std::vector<text::Token>* tokens = nullptr);

}  // namespace marsad::time
