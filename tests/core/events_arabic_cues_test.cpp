// The word-level cues of the events layer (core/src/events/arabic_cues.h): those
// that read inflection from letters, and those that read a list of
// core/data/events/cues.json with a rule of their own around it.
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

// A cue asks its list of cues.json, with what the C++ adds: the article taken
// off a head, the prepositions that govern a verbal noun.
TEST(ArabicCues, ACueReadsItsListWithItsOwnRule) {
  struct Row {
    bool (*cue)(std::string_view);
    std::string_view word;
    bool expected;
  };
  // clang-format off
  const Row rows[] = {
      {is_role_head, "أمير", true},        {is_role_head, "الأمير", true},       {is_role_head, "الأمراء", false},
      {is_team_noun, "المنتخب", true},     {is_belonging_word, "التابعة", true}, {is_facility_noun, "مطار", true},
      {is_facility_noun, "المطار", false},  // no article taken off here: «المطار» is no construct
      {governs_a_noun, "في", true},        {governs_a_noun, "وقف", true},        {governs_a_noun, "جراء", true},
      {governs_a_noun, "من", false},        // also "who": «من قصف المدينة؟»
      {governs_a_noun, "ل", false},        {is_preposition, "من", true},         {is_agent_head, "وفد", true},
      {is_agent_head, "الجمهور", false},   {is_during_word, "خلال", true},       {is_issue_noun, "الأزمة", true},
  };
  // clang-format on

  for (const Row& r : rows) EXPECT_EQ(r.cue(n(r.word)), r.expected) << r.word;
}

}  // namespace
}  // namespace marsad::events
