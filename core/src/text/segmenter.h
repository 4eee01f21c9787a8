// Word segmentation of normalized text with ICU's word break iterator (the
// Unicode word boundary rules), plus one Arabic repair: a full stop between two
// Arabic letters is a missing space after a sentence ("ليبيا.كما"), not part of
// a word as the rules for Latin abbreviations would have it. Most text is
// letters, digits and punctuation between spaces, whose boundaries are plain:
// a fast path segments those chunks and leaves the rest to ICU.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace marsad::text {

enum class Segmentation {
  kFast,     // plain chunks (letters, digits, punctuation between spaces) by a fast path, the rest by ICU
  kIcuOnly,  // everything by ICU: the reference the fast path is tested against
};

// Appends the tokens of `normalized` (whitespace is not a token) to `out`.
// Both ways give the same tokens.
void segment_words(std::string_view normalized, std::vector<Token>& out, Segmentation how = Segmentation::kFast);

}  // namespace marsad::text
