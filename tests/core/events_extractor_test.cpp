// The event rules on sentences written for these tests, with a small
// knowledge base and trigger lexicon of their own.
#include <gtest/gtest.h>

#include "actors/lexicon.h"
#include "actors/matcher.h"
#include "events/extractor.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"
#include "time/time_expressions.h"

namespace marsad::events {
namespace {

constexpr const char* kKb = R"({"actors": [
  {"id": "lby", "type": "country", "name": {"ar": "ليبيا"}, "nisba": ["الليبي"]},
  {"id": "usa", "type": "country", "name": {"ar": "الولايات المتحدة"}, "nisba": ["الأمريكي", "الأمريكية", "الأمريكيين", "أمريكيا"]},
  {"id": "ita", "type": "country", "name": {"ar": "إيطاليا"}, "nisba": ["الإيطالي"]},
  {"id": "rus", "type": "country", "name": {"ar": "روسيا"}},
  {"id": "qat", "type": "country", "name": {"ar": "قطر"}},
  {"id": "tur", "type": "country", "name": {"ar": "تركيا"}},
  {"id": "state_dept", "type": "organization", "name": {"ar": "الخارجية الأمريكية"}, "state": "usa"},
  {"id": "lna", "type": "armed_group", "name": {"ar": "الجيش الوطني الليبي"}, "aliases": {"ar": ["قيادة الجيش"]}, "state": "lby"},
  {"id": "gna", "type": "organization", "name": {"ar": "حكومة الوفاق"}, "state": "lby"},
  {"id": "haftar", "type": "person", "name": {"ar": "خليفة حفتر"}, "short": ["حفتر"], "affiliation": "lna"},
  {"id": "trump", "type": "person", "name": {"ar": "دونالد ترامب"}, "short": ["ترامب"], "state": "usa"},
  {"id": "conte", "type": "person", "name": {"ar": "جوزيبي كونتي"}, "short": ["كونتي"], "state": "ita"},
  {"id": "sarraj", "type": "person", "name": {"ar": "فائز السراج"}, "short": ["السراج"], "affiliation": "gna"}
]})";

constexpr const char* kTriggers = R"({"triggers": [
  {"code": "041", "kind": "noun", "forms": ["اتصالا هاتفيا", "اتصال هاتفي", "الاتصال الهاتفي"], "target_preps": ["مع", "ب"], "symmetric": true},
  {"code": "040", "kind": "verb", "forms": ["التقى", "التقت", "يلتقي", "يلتق", "اجتمع"], "target_preps": ["ب", "مع"], "symmetric": true},
  {"code": "042", "kind": "verb", "forms": ["زار", "زارت", "يزور"], "target_preps": []},
  {"code": "043", "kind": "verb", "forms": ["استقبل"], "target_preps": []},
  {"code": "040", "kind": "noun", "forms": ["لقاء", "اللقاء"], "target_preps": ["مع", "ب"], "symmetric": true},
  {"code": "051", "kind": "verb", "forms": ["أشاد", "اشادة", "إشادة"], "target_preps": ["ب"]},
  {"code": "112", "kind": "verb", "forms": ["اتهم", "اتهمت"], "target_preps": []},
  {"code": "111", "kind": "phrase", "forms": ["أعربوا عن قلقهم", "أعرب عن قلقه"], "target_preps": ["من", "ازاء", "بشان"]},
  {"code": "102", "kind": "noun", "forms": ["طلب", "مطالبة"], "target_preps": ["من"]},
  {"code": "195", "kind": "verb", "forms": ["قصف", "قصفت"], "target_preps": []},
  {"code": "190", "kind": "noun", "forms": ["اشتباكات"], "target_preps": [], "symmetric": true},
  {"code": "010", "kind": "verb", "forms": ["أعلن", "أعلنت"], "target_preps": []}
]})";

constexpr const char* kTitles = R"({"titles": [{"ar": ["الرئيس"], "title": "head_of_state"}, {"ar": ["المشير"], "rank": "field_marshal"},
  {"ar": ["رئيس الوزراء"], "title": "head_of_government"}]})";

struct Coded {
  std::string code, source, target, date, reported_by;
  bool symmetric;
};

class ExtractorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Problem> problems;
    kb_.load("kb.json", kKb, problems);
    lexicon_ = std::make_unique<actors::Lexicon>(kb_, actors::WordLists{kTitles, R"({"words": ["في", "أن"]})", "{}"});
    triggers_ = std::make_unique<TriggerLexicon>(kTriggers, problems);
    ASSERT_TRUE(problems.empty());
  }

  std::vector<Coded> code(const std::string& text, const std::string& date = "2019-04-21") {
    text::NormalizedText n = text::normalize(text);
    std::vector<text::Token> tokens;
    text::segment_words(n.text, tokens);
    std::vector<text::Sentence> sentences;
    text::split_sentences(n.text, tokens, sentences);
    auto found = actors::match_actors({n.text, tokens, date}, kb_, *lexicon_);
    auto times = time::find_times(n.text, tokens, date);
    auto events = extract_events({n.text, tokens, sentences, found.mentions, times, date}, *triggers_,
                                 Cameo::builtin(), kb_);
    std::vector<Coded> out;
    for (const Event& e : events) out.push_back({e.code, e.source, e.target, e.date, e.reported_by, e.symmetric});
    return out;
  }

  actors::KnowledgeBase kb_;
  std::unique_ptr<actors::Lexicon> lexicon_;
  std::unique_ptr<TriggerLexicon> triggers_;
};

TEST_F(ExtractorTest, VerbFirstWithPrepositionalTarget) {
  auto e = code("التقى رئيس الوزراء الإيطالي جوزيبي كونتي بالمشير خليفة حفتر في روما.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "040");
  EXPECT_EQ(e[0].source, "conte");
  EXPECT_EQ(e[0].target, "haftar");
}

TEST_F(ExtractorTest, SubjectFirstWithDirectObject) {
  auto e = code("وفد إيطالي زار حفتر أمس، ثم عاد. وكان خليفة حفتر قد استقبل فائز السراج.");
  ASSERT_EQ(e.size(), 1u);  // the first حفتر comes before the full name: no event
  EXPECT_EQ(e[0].code, "043");
  EXPECT_EQ(e[0].source, "haftar");
  EXPECT_EQ(e[0].target, "sarraj");
}

TEST_F(ExtractorTest, NominalPhoneCallDatedByItsWeekday) {
  auto e = code("أعلن البيت الأبيض عن إجراء الرئيس دونالد ترامب اتصالا هاتفيا مع خليفة حفتر الاثنين الماضي.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "041");
  EXPECT_EQ(e[0].source, "trump");
  EXPECT_EQ(e[0].target, "haftar");
  EXPECT_EQ(e[0].date, "2019-04-15");
}

TEST_F(ExtractorTest, BetweenXAndYIsSymmetric) {
  auto e = code("اندلعت اشتباكات بين حكومة الوفاق والجيش الوطني الليبي جنوب العاصمة.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(e[0].symmetric);
  EXPECT_EQ(e[0].source, "gna");
  EXPECT_EQ(e[0].target, "lna");
}

TEST_F(ExtractorTest, ReportedSpeechKeepsTheReporter) {
  auto e = code("أعلنت الخارجية الأمريكية أن وفدا أمريكيا التقى بخليفة حفتر لبحث وقف هجومه.");
  ASSERT_FALSE(e.empty());
  const Coded& meet = e.back();
  EXPECT_EQ(meet.code, "040");
  EXPECT_EQ(meet.source, "usa");
  EXPECT_EQ(meet.target, "haftar");
  EXPECT_EQ(meet.reported_by, "state_dept");
}

TEST_F(ExtractorTest, AccusationOfTwoStates) {
  auto e = code("واتهمت قيادة الجيش دولتي قطر وتركيا بإرسال أسلحة.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].code, "112");
  EXPECT_EQ(e[0].source, "lna");
  EXPECT_EQ(e[0].target, "qat");
  EXPECT_EQ(e[1].target, "tur");
}

TEST_F(ExtractorTest, ConcernAboutRussia) {
  auto e = code("قال بيان إن المسؤولين الأمريكيين أعربوا عن قلقهم إزاء استغلال روسيا للصراع.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "111");
  EXPECT_EQ(e[0].source, "usa");
  EXPECT_EQ(e[0].target, "rus");
}

TEST_F(ExtractorTest, NegatedConditionalAndQuestionedEventsAreNotCoded) {
  EXPECT_TRUE(code("لم يلتق خليفة حفتر فائز السراج.").empty());
  EXPECT_TRUE(code("إذا التقى خليفة حفتر بفائز السراج فإن الحرب تنتهي.").empty());
  EXPECT_TRUE(code("هل التقى خليفة حفتر بفائز السراج؟").empty());
}

TEST_F(ExtractorTest, FutureVisitIsAnIntentToMeet) {
  auto e = code("وسيزور جوزيبي كونتي خليفة حفتر في بنغازي.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "036");
  EXPECT_EQ(e[0].source, "conte");
}

TEST_F(ExtractorTest, IntentCodes) {
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

}  // namespace
}  // namespace marsad::events
