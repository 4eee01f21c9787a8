// The page's furniture (text/furniture.h): the trailer that repeats a headline
// as a link, the author's other columns, a line of links to other stories. Its
// headlines are read for no event. Sentences written for this test.
#include "text/furniture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "marsad/analyzer.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

namespace marsad::text {
namespace {

struct Read {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<bool> furniture;
};

Read read(const std::string& s) {
  Read r;
  normalize(s, r.norm);
  segment_words(r.norm.text, r.tokens);
  split_sentences(r.norm.text, r.tokens, r.sentences);
  r.furniture = furniture_tokens(r.norm.text, r.tokens);
  return r;
}

// The furniture's first token (the token count when there is none).
size_t first_furniture(const Read& r) {
  for (size_t i = 0; i < r.furniture.size(); ++i)
    if (r.furniture[i]) return i;
  return r.furniture.size();
}

std::string word(const Read& r, size_t i) { return std::string(r.tokens[i].in(r.norm.text)); }

TEST(Furniture, TheTrailerRunsFromItsOpenerToTheEnd) {
  Read r = read("استقبل وزير الخارجية نظيره القطري في الرياض أمس. رابط الخبر بصحيفة المدينة: الوزير يستقبل نظيره");
  size_t f = first_furniture(r);
  ASSERT_LT(f, r.tokens.size());
  EXPECT_EQ(word(r, f), "رابط");
  for (size_t i = f; i < r.tokens.size(); ++i) EXPECT_TRUE(r.furniture[i]) << i;
}

TEST(Furniture, TheTrailerMayFollowASentenceWithoutItsFullStop) {
  Read r = read("واتفق الوزيران على مواصلة التشاور رابط الخبر بصحيفة الوئام: الوزير يزور مسقط");
  ASSERT_LT(first_furniture(r), r.tokens.size());
  EXPECT_EQ(word(r, first_furniture(r)), "رابط");
  // The story's sentence keeps its words up to the trailer.
  std::vector<Sentence> story = story_sentences(r.sentences, r.furniture);
  ASSERT_EQ(story.size(), r.sentences.size());
  EXPECT_EQ(story.back().end_token, first_furniture(r));
}

TEST(Furniture, AnOpenerGluedToTheFirstTitleStillOpensTheTrailer) {
  Read r = read("وختم الكاتب مقاله بالدعوة إلى الحوار.\nمقالات أخرى للكاتبالطريق إلى المدرسةحكاية المطر");
  ASSERT_LT(first_furniture(r), r.tokens.size());
  EXPECT_EQ(word(r, first_furniture(r)), "مقالات");
}

TEST(Furniture, AnOpenerFollowedByAWholeStoryIsNoTrailer) {
  std::string s = "رابط الخبر أرسله القارئ إلى المحرر.";
  for (int i = 0; i < 12; ++i) s += " وقال الوزير إن الحكومة ستواصل العمل على المشروع في الأشهر المقبلة.";
  Read r = read(s);
  EXPECT_EQ(first_furniture(r), r.tokens.size());
}

TEST(Furniture, ALinkLineIsItsLineAndTheNextWhenItStandsAlone) {
  Read r = read("أعلنت الوزارة الخطة الجديدة.\nاقرأ أيضا:\nالرئيس يستقبل السفير الفرنسي\nوأضافت الوزارة أن الخطة تبدأ غدا.");
  size_t f = first_furniture(r);
  ASSERT_LT(f, r.tokens.size());
  EXPECT_EQ(word(r, f), "اقرا");
  size_t i = f;
  while (i < r.tokens.size() && r.furniture[i]) ++i;
  ASSERT_LT(i, r.tokens.size());
  EXPECT_EQ(word(r, i), "واضافت");  // the story goes on after the headline's line
  for (; i < r.tokens.size(); ++i) EXPECT_FALSE(r.furniture[i]) << i;
}

TEST(Furniture, ALinkOpenerInsideALineIsNoLinkLine) {
  Read r = read("ودعا الكاتب قراءه إلى أن يقرؤوا الرواية، وقال: اقرأ أيضا ما كتبه النقاد عنها.");
  EXPECT_EQ(first_furniture(r), r.tokens.size());
}

TEST(Furniture, ASentenceInsideTheFurnitureIsLeftEmpty) {
  Read r = read("التقى الوزير السفير.\nاقرأ أيضا: الرئيس يستقبل السفير.\nوبحث الجانبان العلاقات.");
  std::vector<Sentence> story = story_sentences(r.sentences, r.furniture);
  ASSERT_EQ(story.size(), r.sentences.size());
  size_t emptied = 0;
  for (size_t i = 0; i < story.size(); ++i) {
    EXPECT_EQ(story[i].first_token, r.sentences[i].first_token);
    emptied += story[i].end_token == story[i].first_token;
  }
  EXPECT_GE(emptied, 1u);
  EXPECT_EQ(story.back().end_token, r.sentences.back().end_token);
}

// Through the whole analysis: the body's meeting is an event, the trailer's
// headline (another meeting) is none, and its names are still mentions.
TEST(Furniture, NoEventIsReadInTheTrailer) {
  std::string text =
      "استقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة وزير الخارجية الروسي سيرغي لافروف. "
      "رابط الخبر بصحيفة الأهرام: العاهل الأردني الملك عبدالله الثاني يستقبل الرئيس الفلسطيني محمود عباس";
  nlohmann::json line = {{"id", "d1"}, {"date", "2016-03-21"}, {"text", text}};
  Analyzer analyzer;
  analyzer.add_file("furniture.jsonl", line.dump() + "\n");
  nlohmann::json doc = nlohmann::json::parse(analyzer.document_json("d1"));
  bool lavrov = false, abbas_event = false, abbas_mention = false;
  for (const auto& e : doc["events"]) {
    lavrov |= e["source"] == "sisi" && e["target"] == "lavrov";
    abbas_event |= e["source"] == "abbas" || e["target"] == "abbas";
  }
  for (const auto& m : doc["mentions"]) abbas_mention |= m["actor"] == "abbas";
  EXPECT_TRUE(lavrov);
  EXPECT_FALSE(abbas_event);
  EXPECT_TRUE(abbas_mention);
}

}  // namespace
}  // namespace marsad::text
