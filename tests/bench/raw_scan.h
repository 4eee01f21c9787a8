// The ceiling for any tokenizer: one pass over UTF-8 that decodes every code
// point and counts words (runs of letters: Arabic block, Latin, digits).
// Shared by the native bench and the tiny bench-only wasm (raw_scan.cpp).
#pragma once

#include <cstddef>
#include <cstdint>

inline uint32_t marsad_raw_scan(const uint8_t* p, size_t n) {
  uint32_t words = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < n) {
    uint32_t c = p[i];
    if (c < 0x80) {
      i += 1;
    } else if (c < 0xE0) {
      c = ((c & 0x1F) << 6) | (i + 1 < n ? (p[i + 1] & 0x3F) : 0);
      i += 2;
    } else if (c < 0xF0) {
      c = ((c & 0x0F) << 12) | (i + 1 < n ? (p[i + 1] & 0x3F) << 6 : 0) | (i + 2 < n ? (p[i + 2] & 0x3F) : 0);
      i += 3;
    } else {
      c = ((c & 0x07) << 18) | (i + 1 < n ? (p[i + 1] & 0x3F) << 12 : 0) |
          (i + 2 < n ? (p[i + 2] & 0x3F) << 6 : 0) | (i + 3 < n ? (p[i + 3] & 0x3F) : 0);
      i += 4;
    }
    bool letter = (c >= 0x0621 && c <= 0x064A) || (c >= 0x0660 && c <= 0x06D3) || (c >= 'a' && c <= 'z') ||
                  (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0x064B && c <= 0x065F) || c == 0x0640;
    words += letter && !in_word;
    in_word = letter;
  }
  return words;
}
