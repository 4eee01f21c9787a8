// Tokens for the name finder outside a document (the training corpus): the
// same normalization and token kinds as document text gets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.h"
#include "text/token.h"

namespace marsad::names {

// A corpus token normalized as document text is (hamza, ta marbuta, digits…).
std::string normalized_form(std::string_view raw);
// The kind the segmenter gives a normalized token: a word, a number or punctuation.
text::TokenKind kind_of(std::string_view normalized);

// The tokens of a document whose final ي was written ي by a writer who writes
// ى elsewhere in it: the normalizer folds ى into ي, so «على» (on) and «علي»
// (Ali) read the same; where the writer tells them apart, «علي» is the name.
std::vector<bool> written_ya(std::string_view original, const text::NormalizedText& norm,
                             const std::vector<text::Token>& tokens);

}  // namespace marsad::names
