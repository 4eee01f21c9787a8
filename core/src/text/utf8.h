// UTF-8 decoding and repair. Repair follows the WHATWG Encoding Standard
// (one U+FFFD per maximal invalid subpart), so offsets computed here agree
// with what a browser's TextDecoder shows for the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos`.
inline char32_t next_code_point(std::string_view s, size_t& pos) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(pos);
  if (c < 0x80) { pos += 1; return c; }
  if (c < 0xE0) { char32_t r = ((c & 0x1Fu) << 6) | (b(pos + 1) & 0x3Fu); pos += 2; return r; }
  if (c < 0xF0) {
    char32_t r = ((c & 0x0Fu) << 12) | ((b(pos + 1) & 0x3Fu) << 6) | (b(pos + 2) & 0x3Fu);
    pos += 3;
    return r;
  }
  char32_t r = ((c & 0x07u) << 18) | ((b(pos + 1) & 0x3Fu) << 12) | ((b(pos + 2) & 0x3Fu) << 6) |
               (b(pos + 3) & 0x3Fu);
  pos += 4;
  return r;
}

// Appends the UTF-8 encoding of `c` to `out`.
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Length in bytes of the UTF-8 sequence that starts with lead byte `c`.
inline int utf8_length(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
size_t find_invalid_utf8(std::string_view s);

// Returns `s` with every invalid sequence replaced by U+FFFD; the byte offset
// (in `s`) of each replaced sequence is appended to `bad_offsets` when given.
std::string repair_utf8(std::string_view s, std::vector<size_t>* bad_offsets = nullptr);

}  // namespace marsad::text
