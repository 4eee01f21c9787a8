#include "names/tokens.h"

#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"

namespace marsad::names {

std::string normalized_form(std::string_view raw) {
  std::string form = text::normalize_key(raw);
  return form.empty() ? std::string(raw) : form;
}

text::TokenKind kind_of(std::string_view normalized) {
  std::vector<text::Token> tokens;
  text::segment_words(normalized, tokens);
  return tokens.empty() ? text::TokenKind::kPunct : tokens.front().kind;
}

}  // namespace marsad::names
