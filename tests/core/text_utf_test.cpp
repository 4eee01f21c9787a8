#include <gtest/gtest.h>

#include "text/utf16_offsets.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

TEST(Utf8, RepairsLikeABrowser) {
  std::vector<size_t> bad;
  // A lone continuation byte, a truncated 3-byte sequence, an overlong form, a surrogate.
  std::string in = std::string("a\x80") + "b\xE2\x82" + "c\xC0\xAF" + "d\xED\xA0\x80" + "e";
  std::string out = repair_utf8(in, &bad);
  EXPECT_EQ(out, "a\uFFFDb\uFFFDc\uFFFD\uFFFDd\uFFFD\uFFFD\uFFFDe");
  EXPECT_EQ(bad, (std::vector<size_t>{1, 3, 6, 7, 9, 10, 11}));
  EXPECT_EQ(find_invalid_utf8(in), 1u);
  EXPECT_EQ(find_invalid_utf8("حفتر ok 😀"), std::string_view::npos);
}

TEST(Utf8, KeepsValidTextUnchanged) {
  std::string s = "مرصد 𝕄 ok";
  EXPECT_EQ(repair_utf8(s), s);
}

TEST(Utf16Offsets, CountsSurrogatePairsOutsideTheBmp) {
  std::string s = "a😀حب𝕄";  // 1 + 4 + 2 + 2 + 4 bytes; 1 + 2 + 1 + 1 + 2 UTF-16 units
  Utf16Offsets u(s);
  EXPECT_EQ(u.at(0), 0u);
  EXPECT_EQ(u.at(1), 1u);
  EXPECT_EQ(u.at(5), 3u);
  EXPECT_EQ(u.at(7), 4u);
  EXPECT_EQ(u.at(9), 5u);
  EXPECT_EQ(u.length(), 7u);
}

TEST(Utf16Offsets, WorksAcrossCheckpoints) {
  std::string s;
  for (int i = 0; i < 500; ++i) s += (i % 3 == 0) ? "😀" : (i % 3 == 1 ? "ب" : "x");
  Utf16Offsets u(s);
  uint32_t units = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    ASSERT_EQ(u.at(static_cast<uint32_t>(pos)), units) << "byte " << pos;
    char32_t c = next_code_point(s, pos);
    units += c > 0xFFFF ? 2 : 1;
  }
  EXPECT_EQ(u.length(), units);
}

}  // namespace
}  // namespace marsad::text
