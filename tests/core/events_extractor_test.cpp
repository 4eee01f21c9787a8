// The extractor's code tables: intent codes for announced acts, Goldstein
// scores, the trigger lexicon's checks. Its reading of sentences is tested case by case in
// events_patterns_test.cpp and events_slots_test.cpp.
#include <gtest/gtest.h>

#include "events/cameo.h"
#include "events/extractor.h"
#include "events/triggers.h"
#include "text/phrase_trie.h"

namespace marsad::events {
namespace {

TEST(ExtractorTest, IntentCodes) {
  EXPECT_EQ(intent_code("042"), "036");
  EXPECT_EQ(intent_code("0711"), "033");
  EXPECT_EQ(intent_code("190"), "138");
  EXPECT_EQ(intent_code("112"), "130");
  EXPECT_EQ(intent_code("020"), "020");
}

TEST(Cameo, GoldsteinOfKnownAndChildCodes) {
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("041"), 1.0);
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("195"), -10.0);
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("0419"), 1.0);  // unknown child: its parent's
}


std::vector<Problem> problems_of(const char* json) {
  std::vector<Problem> problems;
  TriggerLexicon lexicon(json, problems, &Cameo::builtin());
  return problems;
}

TEST(TriggerLexiconTest, ItsMistakesAreNamed) {
  EXPECT_TRUE(problems_of(R"({"triggers": [{"code": "042", "kind": "verb", "forms": ["زار"]}]})").empty());
  // A code not in the CAMEO table, an unknown kind or field, a verb not [past, present].
  EXPECT_EQ(problems_of(R"({"triggers": [{"code": "999", "forms": ["زار"]}]})").size(), 1u);
  EXPECT_EQ(problems_of(R"({"triggers": [{"code": "042", "kind": "adverb", "forms": ["زار"]}]})").size(), 1u);
  EXPECT_EQ(problems_of(R"({"triggers": [{"code": "042", "forms": ["زار"], "source_preps": []}]})").size(), 1u);
  EXPECT_EQ(problems_of(R"({"triggers": [{"code": "042", "verbs": [["زار"]]}]})").size(), 1u);
  // «إنه» is the particle «انه» once hamza is folded: never a trigger form.
  std::vector<Problem> p = problems_of(R"({"triggers": [{"code": "051", "forms": ["إنه", "هنأت"]}]})");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].message.find("انه"), std::string::npos);
}

// «هنأ» (congratulated) is «هنا» ("here") once hamza is folded: it is kept under a
// key of its own, which only a word written with its final hamza reaches.
TEST(TriggerLexiconTest, AFormFoldedToAParticleIsKeptForTheWordThatWritesItsHamza) {
  std::vector<Problem> problems;
  TriggerLexicon lexicon(R"({"triggers": [{"code": "051", "kind": "verb", "forms": ["هنأ"]}]})", problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_LT(lexicon.trie().child(text::PhraseTrie::kRoot, text::PhraseTrie::hash("هنا")), 0);
  int64_t node = lexicon.trie().child(text::PhraseTrie::kRoot, text::PhraseTrie::hash(TriggerLexicon::hamza_key("هنا")));
  ASSERT_GE(node, 0);
  EXPECT_EQ(lexicon.trie().values(static_cast<uint32_t>(node)).size(), 1u);
}

// Whether `phrase` (words as document text normalizes them) is a form of the lexicon.
bool has_phrase(const TriggerLexicon& lexicon, std::string_view phrase) {
  int64_t node = text::PhraseTrie::kRoot;
  for (const std::string& w : text::PhraseTrie::words_of(phrase)) {
    node = lexicon.trie().child(static_cast<uint32_t>(node), text::PhraseTrie::hash(w));
    if (node < 0) return false;
  }
  return !lexicon.trie().values(static_cast<uint32_t>(node)).empty();
}

TEST(TriggerLexiconTest, APhraseListedByItsVerbHasEveryPersonOfTheVerb) {
  std::vector<Problem> problems;
  TriggerLexicon lexicon(R"({"triggers": [{"code": "040", "kind": "phrase", "verbs": [["أجرى", "يجري", "محادثات"]]}]})",
                         problems, &Cameo::builtin());
  EXPECT_TRUE(problems.empty());
  for (const char* p : {"أجرى محادثات", "أجرت محادثات", "أجروا محادثات", "يجرون محادثات", "تجري محادثات", "يجريان محادثات"})
    EXPECT_TRUE(has_phrase(lexicon, p)) << p;
  EXPECT_FALSE(has_phrase(lexicon, "يجرون"));
  // Only a phrase takes the rest of its words; a verb is [past, present].
  EXPECT_EQ(problems_of(R"({"triggers": [{"code": "040", "kind": "verb", "verbs": [["أجرى", "يجري", "محادثات"]]}]})").size(), 1u);
}

}  // namespace
}  // namespace marsad::events
