#include "text/utf16_offsets.h"

#include <algorithm>

namespace marsad::text {
namespace {

// UTF-16 units contributed by one UTF-8 byte: lead bytes count, continuation
// bytes do not, and a 4-byte lead stands for a surrogate pair.
inline uint32_t units(unsigned char b) { return uint32_t{(b & 0xC0) != 0x80} + uint32_t{b >= 0xF0}; }

}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  // Stride by stride, so that the inner loop is a plain sum the compiler vectorizes.
  for (size_t from = 0; from < text.size(); from += kStride) {
    checkpoints_.push_back(count);
    size_t to = std::min(text.size(), from + kStride);
    for (size_t i = from; i < to; ++i) count += units(static_cast<unsigned char>(text[i]));
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
}

uint32_t Utf16Offsets::at(uint32_t byte) const {
  if (byte > text_.size()) byte = static_cast<uint32_t>(text_.size());
  uint32_t k = byte / kStride;
  uint32_t count = checkpoints_[k];
  for (uint32_t i = k * kStride; i < byte; ++i) count += units(static_cast<unsigned char>(text_[i]));
  return count;
}

}  // namespace marsad::text
