#include "text/utf16_offsets.h"

namespace marsad::text {
namespace {

// UTF-16 units contributed by one UTF-8 byte: lead bytes count, continuation
// bytes do not, and a 4-byte lead stands for a surrogate pair.
inline uint32_t units(unsigned char b) { return (b & 0xC0) == 0x80 ? 0 : (b >= 0xF0 ? 2 : 1); }

}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += units(static_cast<unsigned char>(text[i]));
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
