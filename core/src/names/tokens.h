// Tokens for the name finder outside a document (the training corpus): the
// same normalization and token kinds as document text gets.
#pragma once

#include <string>
#include <string_view>

#include "text/token.h"

namespace marsad::names {

// A corpus token normalized as document text is (hamza, ta marbuta, digits…).
std::string normalized_form(std::string_view raw);
// The kind the segmenter gives a normalized token: a word, a number or punctuation.
text::TokenKind kind_of(std::string_view normalized);

}  // namespace marsad::names
