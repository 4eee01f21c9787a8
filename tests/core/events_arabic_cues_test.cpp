// The word-level cues of the events layer (core/src/events/arabic_cues.h) that
// read inflection from letters: on words written for this test.
#include <gtest/gtest.h>

#include "events/arabic_cues.h"
#include "text/normalizer.h"

namespace marsad::events {
namespace {

std::string n(std::string_view w) { return text::normalize_key(w); }

TEST(ArabicCues, AnObliquePluralIsANisbaOrParticiplePluralInYaNun) {
  for (std::string_view w : {"الحوثيين", "السوريين", "المسلحين", "مقاتلين", "المتظاهرين"})
    EXPECT_TRUE(is_oblique_plural(n(w))) << w;
  // The subject's case, names and short words that end so.
  for (std::string_view w : {"الحوثيون", "المسلحون", "فلسطين", "البحرين", "حسين", "الصين", "مكين"})
    EXPECT_FALSE(is_oblique_plural(n(w))) << w;
}

TEST(ArabicCues, AVerbInThePluralCarriesItsSubject) {
  for (std::string_view w : {"هاجموا", "قالوا", "شنوا", "يطالبون", "تهاجمون"}) EXPECT_TRUE(carries_plural_subject(n(w))) << w;
  for (std::string_view w : {"هاجم", "قال", "تعاون", "يتعاون", "دعا", "يكون"}) EXPECT_FALSE(carries_plural_subject(n(w))) << w;
}

}  // namespace
}  // namespace marsad::events
