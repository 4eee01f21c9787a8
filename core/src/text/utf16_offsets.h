// The one place where offsets become what JavaScript sees: UTF-16 code units
// into the original text (what String.prototype.slice takes).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace marsad::text {

class Utf16Offsets {
 public:
  // `text` is valid UTF-8 and must outlive this object.
  explicit Utf16Offsets(std::string_view text);

  // UTF-16 offset of UTF-8 byte offset `byte` (a character boundary, or the end).
  uint32_t at(uint32_t byte) const;

  uint32_t length() const { return at(static_cast<uint32_t>(text_.size())); }

 private:
  static constexpr uint32_t kStride = 64;  // a checkpoint every 64 bytes
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;      // UTF-16 units before byte k * kStride
};

}  // namespace marsad::text
