// Direct quotes in every quote style («…», “…”, "…", and the »…» that
// right-to-left typing produces), attributed to their speaker by a speech
// verb before or after them (قال، أكد، أضاف، تابع، صرح، غرد، قائلا…). Quotation
// marks with no speech verb are scare quotes, not quotes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/matcher.h"
#include "text/sentences.h"
#include "text/token.h"

namespace marsad::events {

struct Quote {
  uint32_t first_token = 0, end_token = 0;  // the quoted words, without the marks
  std::string speaker;                      // actor id; empty when the speaker is not an actor found
  uint32_t verb_token = 0;                  // the speech verb
};

std::vector<Quote> find_quotes(std::string_view normalized, const std::vector<text::Token>& tokens,
                               const std::vector<text::Sentence>& sentences,
                               const std::vector<actors::Mention>& mentions);

}  // namespace marsad::events
