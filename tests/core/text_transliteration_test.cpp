#include <gtest/gtest.h>

#include "text/normalizer.h"
#include "text/transliteration.h"

using marsad::text::normalize_key;
using marsad::text::same_name_but_vowels;

namespace {

bool same(const char* a, const char* b) { return same_name_but_vowels(normalize_key(a), normalize_key(b)); }

TEST(Transliteration, ANameSpelledWithOtherLongVowelsIsTheSameName) {
  EXPECT_TRUE(same("بيتر مورر", "بيتر ماورر"));
  EXPECT_TRUE(same("بيتر ماورير", "بيتر مورر"));
  EXPECT_TRUE(same("أحمد داود أغولو", "أحمد داود أوغلو"));
  EXPECT_TRUE(same("جان كلود يونيكر", "جان كلود يونكر"));
}

TEST(Transliteration, OtherConsonantsOrAnotherWordAreAnotherName) {
  EXPECT_FALSE(same("بيتر ماور", "بيتر ماورر"));     // a consonant less
  EXPECT_FALSE(same("جون كيري", "جون كيري بيل"));     // a word more
  EXPECT_FALSE(same("فرانسوا هولاند", "فرانسوا أولاند"));
  EXPECT_FALSE(same("أبو علي", "بو علي"));            // one consonant is too little to tell
}

}  // namespace
