// Number words and digits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/numbers.h"

namespace marsad::time {
namespace {

struct Read {
  bool ok;
  int value;
  bool ordinal;
  uint32_t tokens;
};

Read read(const char* s) {
  std::string n = text::normalize(s).text;
  std::vector<text::Token> tokens;
  text::segment_words(n, tokens);
  Words w(n, tokens);
  NumberMatch m;
  bool ok = read_number(w, 0, m);
  return {ok, m.value, m.ordinal, m.end};
}

TEST(TimeNumbers, CardinalsAndOrdinals) {
  struct Case {
    const char* text;
    int value;
    bool ordinal;
    uint32_t tokens;
  };
  for (const Case& c : {
           Case{"24", 24, false, 1}, Case{"٣٦", 36, false, 1}, Case{"ثلاثة", 3, false, 1},
           Case{"ثلاث", 3, false, 1}, Case{"عشرة", 10, false, 1}, Case{"عشرين", 20, false, 1},
           Case{"مئة", 100, false, 1}, Case{"مائة", 100, false, 1}, Case{"ستة وثلاثين", 36, false, 2},
           Case{"واحد وعشرون", 21, false, 2}, Case{"أحد عشر", 11, false, 2}, Case{"إحدى عشرة", 11, false, 2},
           Case{"اثنا عشر", 12, false, 2}, Case{"خمسة عشر", 15, false, 2}, Case{"الخامس", 5, true, 1},
           Case{"الخامسة", 5, true, 1}, Case{"الأول", 1, true, 1}, Case{"الحادي عشر", 11, true, 2},
           Case{"الخامس عشر", 15, true, 2}, Case{"الحادي والعشرين", 21, true, 2},
           Case{"الثاني والعشرين", 22, true, 2}, Case{"العشرين", 20, true, 1}, Case{"الثلاثين", 30, true, 1},
       }) {
    Read r = read(c.text);
    EXPECT_TRUE(r.ok) << c.text;
    EXPECT_EQ(r.value, c.value) << c.text;
    EXPECT_EQ(r.ordinal, c.ordinal) << c.text;
    EXPECT_EQ(r.tokens, c.tokens) << c.text;
  }
}

TEST(TimeNumbers, WordsThatAreNotNumbers) {
  for (const char* s : {"أحد", "الرئيس", "مرات"}) EXPECT_FALSE(read(s).ok) << s;
}

}  // namespace
}  // namespace marsad::time
