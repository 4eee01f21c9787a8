// Sentence splitting: ICU's sentence boundaries, plus what Arabic news and
// scraping add — a line break always ends a sentence; "., " (a full stop fused
// to a comma by scraping) ends one; a full stop glued to the next word
// ("ليبيا.كما") ends one.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace marsad::text {

struct Sentence {
  uint32_t first_token = 0;  // token index range [first_token, end_token)
  uint32_t end_token = 0;
};

// A run of text without any sentence end (a scraped page with no punctuation,
// or hostile input) is cut every kMaxSentenceTokens tokens: the per-sentence
// rules (events, quotes) are quadratic in the sentence's length, and no real
// sentence is this long.
inline constexpr uint32_t kMaxSentenceTokens = 400;

void split_sentences(std::string_view normalized, const std::vector<Token>& tokens, std::vector<Sentence>& out);

}  // namespace marsad::text
