#include "text/utf8.h"

namespace marsad::text {

namespace {

// Length of the valid sequence at `pos`, or 0 with `*bad` = length of the
// maximal invalid subpart (at least 1) to replace by one U+FFFD.
size_t valid_sequence(std::string_view s, size_t pos, size_t* bad) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(pos);
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t i = 1; i < need; ++i) {
    if (pos + i >= s.size()) { *bad = i; return 0; }
    unsigned char x = b(pos + i);
    unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (x < l || x > h) { *bad = i; return 0; }
  }
  return need;
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  size_t pos = 0, bad = 0;
  while (pos < s.size()) {
    // ASCII fast path, eight bytes at a time.
    while (pos + 8 <= s.size()) {
      uint64_t w = 0;
      for (int i = 0; i < 8; ++i) w |= static_cast<uint64_t>(static_cast<unsigned char>(s[pos + i])) << (8 * i);
      if (w & 0x8080808080808080ull) break;
      pos += 8;
    }
    if (pos >= s.size()) break;
    // Two-byte sequences (Arabic letters) checked inline.
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0xC2 && c <= 0xDF && pos + 1 < s.size() && (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
      continue;
    }
    size_t n = valid_sequence(s, pos, &bad);
    if (n == 0) return pos;
    pos += n;
  }
  return std::string_view::npos;
}

std::string repair_utf8(std::string_view s, std::vector<size_t>* bad_offsets) {
  size_t first = find_invalid_utf8(s);
  if (first == std::string_view::npos) return std::string(s);
  std::string out(s.substr(0, first));
  out.reserve(s.size() + 16);
  size_t pos = first, bad = 0;
  while (pos < s.size()) {
    size_t n = valid_sequence(s, pos, &bad);
    if (n) {
      out.append(s.substr(pos, n));
      pos += n;
    } else {
      if (bad_offsets) bad_offsets->push_back(pos);
      append_utf8(out, kReplacement);
      pos += bad;
    }
  }
  return out;
}

}  // namespace marsad::text
