// Tokens of normalized text.
#pragma once

#include <cstdint>
#include <string_view>

namespace marsad::text {

enum class TokenKind : uint8_t {
  kWord,     // letters (Arabic, Latin, …), possibly with digits
  kNumber,   // digits, with their separators (1,000 / 3.5)
  kPunct,    // one punctuation or symbol character
};

struct Token {
  uint32_t begin = 0;  // normalized byte offsets
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool arabic = false;  // a word made of Arabic letters only
  bool paragraph_start = false;  // first token of the text or after a line break

  std::string_view in(std::string_view normalized) const { return normalized.substr(begin, end - begin); }
};

// A quotation mark as a token: Arabic guillemets, English double and single
// quotes, and the braces some outlets put around a name («{داعش}»).
inline bool is_quote_mark(std::string_view w) {
  return w == "\"" || w == "«" || w == "»" || w == "“" || w == "”" || w == "„" || w == "'" || w == "‘" || w == "’" ||
         w == "{" || w == "}";
}

}  // namespace marsad::text
