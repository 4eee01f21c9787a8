// Word segmentation of normalized text with ICU's word break iterator (the
// Unicode word boundary rules), plus one Arabic repair: a full stop between two
// Arabic letters is a missing space after a sentence ("ليبيا.كما"), not part of
// a word as the rules for Latin abbreviations would have it.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace marsad::text {

// Appends the tokens of `normalized` (whitespace is not a token) to `out`.
void segment_words(std::string_view normalized, std::vector<Token>& out);

}  // namespace marsad::text
