#include "names/tokens.h"

#include <algorithm>
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

std::vector<bool> written_ya(std::string_view original, const text::NormalizedText& norm,
                             const std::vector<text::Token>& tokens) {
  auto ends_with = [](std::string_view s, std::string_view e) {
    return s.size() >= e.size() && s.substr(s.size() - e.size()) == e;
  };
  std::vector<bool> out(tokens.size(), false);
  bool distinguishes = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.kind != text::TokenKind::kWord || t.end - t.begin < 2 || !ends_with(t.in(norm.text), "ي")) continue;
    // The original of the token's last letter (two bytes of the normalized text).
    uint32_t b = norm.original_begin(t.end - 2), e = norm.original_end(t.end);
    bool maqsura = ends_with(original.substr(b, e - b), "ى");
    distinguishes |= maqsura;
    out[i] = !maqsura;
  }
  if (!distinguishes) std::fill(out.begin(), out.end(), false);
  return out;
}

}  // namespace marsad::names
