// The future as Arabic news writes it (core/src/text/tense.h), on normalized words.
#include "text/tense.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace marsad::text {
namespace {

bool future(const char* word) { return is_future_verb(normalize_key(word)); }

TEST(Tense, SPlusAnImperfectVerbIsTheFuture) {
  EXPECT_TRUE(future("سيزور"));
  EXPECT_TRUE(future("وستعقد"));
  EXPECT_TRUE(future("سنعمل"));
  EXPECT_TRUE(future("فسيلتقي"));
}

// Words that begin the same way and are no verb, or a past one: years, hours,
// annually, squares, «helped», «contributed», «previously».
TEST(Tense, WordsThatOnlyLookLikeItAreNot) {
  for (const char* w : {"سنوات", "السنوات", "سنويا", "سنوية", "ساعات", "ساحات", "ساعدت", "ساهمت", "سافرت",
                        "سابقا", "سياسي", "سيطرة", "سيارة"})
    EXPECT_FALSE(future(w)) << w;
}

// The particle and the words of plans, as written and behind و or ف.
TEST(Tense, MarksOfTheFutureAreReadBehindAConjunction) {
  for (const char* w : {"سوف", "وسوف", "فسوف", "المقرر", "يعتزم", "ويعتزم", "يتوقع", "ويرجح"})
    EXPECT_TRUE(is_future_marker(normalize_key(w))) << w;
  for (const char* w : {"وسوق", "سوفت", "والمقررات"}) EXPECT_FALSE(is_future_marker(normalize_key(w))) << w;
}

}  // namespace
}  // namespace marsad::text
