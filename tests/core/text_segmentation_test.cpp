#include <gtest/gtest.h>

#include <algorithm>

#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"

namespace marsad::text {
namespace {

std::vector<std::string> words(const std::string& original) {
  std::string n = normalize(original).text;
  std::vector<Token> tokens;
  segment_words(n, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.in(n));
  return out;
}

std::vector<std::string> sentences(const std::string& original) {
  std::string n = normalize(original).text;
  std::vector<Token> tokens;
  segment_words(n, tokens);
  std::vector<Sentence> ss;
  split_sentences(n, tokens, ss);
  std::vector<std::string> out;
  for (const Sentence& s : ss)
    out.push_back(n.substr(tokens[s.first_token].begin, tokens[s.end_token - 1].end - tokens[s.first_token].begin));
  return out;
}

TEST(Segmenter, SplitsWordsNumbersAndPunctuation) {
  EXPECT_EQ(words("التقى حفتر، بالسفير في 2019."),
            (std::vector<std::string>{"التقي", "حفتر", "،", "بالسفير", "في", "2019", "."}));
  EXPECT_EQ(words("قُتل 1,500 شخص"), (std::vector<std::string>{"قتل", "1,500", "شخص"}));
  EXPECT_EQ(words("«داعش»"), (std::vector<std::string>{"«", "داعش", "»"}));
}

TEST(Segmenter, SplitsAFullStopGluedBetweenArabicWords) {
  EXPECT_EQ(words("غرب ليبيا.كما اكدت"), (std::vector<std::string>{"غرب", "ليبيا", ".", "كما", "اكدت"}));
  EXPECT_EQ(words("u.s. army"), (std::vector<std::string>{"u.s", ".", "army"}));
}

TEST(Segmenter, HashtagsBecomeWords) {
  // "و#حفتر" is the conjunction glued to a hashtag: one word, read by the clitic analysis.
  EXPECT_EQ(words("#الأمم_المتحدة و#حفتر"), (std::vector<std::string>{"الامم", "المتحده", "وحفتر"}));
}

struct CliticCase {
  const char* word;
  const char* prefix;  // expected proclitics of the reading
  const char* stem;    // expected stem (with the article restored)
};

class CliticTest : public ::testing::TestWithParam<CliticCase> {};

TEST_P(CliticTest, HasTheReading) {
  std::string w = normalize_key(GetParam().word);
  std::vector<CliticReading> readings;
  clitic_readings(w, readings);
  ASSERT_FALSE(readings.empty());
  EXPECT_EQ(readings[0].prefix_bytes, 0) << "the whole word comes first";
  bool found = false;
  for (const CliticReading& r : readings)
    found |= describe_prefix(w, r) == GetParam().prefix && r.stem(w) == normalize_key(GetParam().stem) &&
             r.suffix_bytes == 0;
  EXPECT_TRUE(found) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(Table, CliticTest,
                         ::testing::Values(CliticCase{"وبحفتر", "و+ب", "حفتر"},
                                           CliticCase{"للأمم", "ل+ال", "الأمم"},
                                           CliticCase{"والسراج", "و+ال", "السراج"},
                                           CliticCase{"بالمرج", "ب+ال", "المرج"},
                                           CliticCase{"لحكومة", "ل", "حكومة"},
                                           CliticCase{"فالجيش", "ف+ال", "الجيش"},
                                           CliticCase{"كالجيش", "ك+ال", "الجيش"},
                                           CliticCase{"وسيزور", "و+س", "يزور"},
                                           CliticCase{"بنغازي", "", "بنغازي"},
                                           CliticCase{"ليبيا", "", "ليبيا"}));

// لل is the preposition ل before the article, whose alef writing drops.
TEST(ArticleBehindLam, SpellsTheArticleBack) {
  EXPECT_EQ(article_behind_lam("للبنك"), "البنك");
  EXPECT_EQ(article_behind_lam("للمجلس"), "المجلس");
  // Letters only: «لليبيا» is ل + «ليبيا», which only a lookup can tell.
  EXPECT_EQ(article_behind_lam("لليبيا"), "اليبيا");
  EXPECT_EQ(article_behind_lam("البنك"), "");
  EXPECT_EQ(article_behind_lam("لبنان"), "");
  EXPECT_EQ(article_behind_lam("وللبنك"), "");  // a conjunction first: the caller reads it off
  EXPECT_EQ(article_behind_lam("لل"), "");
  EXPECT_EQ(article_behind_lam(""), "");
}

TEST(Clitics, FindsEncliticPronouns) {
  std::string w = normalize_key("جمعه");
  std::vector<CliticReading> readings;
  clitic_readings(w, readings);
  bool found = false;
  for (const CliticReading& r : readings) found |= r.prefix_bytes == 0 && r.bare_stem(w) == "جمع";
  EXPECT_TRUE(found);
}

TEST(Clitics, EncliticStemsRestoreTheWordBeforeItsPronoun) {
  auto stems = [](const char* word) {
    std::vector<std::string> out;
    for (const EncliticStem& s : enclitic_stems(normalize_key(word))) out.push_back(s.form);
    return out;
  };
  auto has = [](const std::vector<std::string>& v, const char* form) {
    return std::find(v.begin(), v.end(), normalize_key(form)) != v.end();
  };
  EXPECT_TRUE(has(stems("لقائهما"), "لقاء"));    // the hamza back on its seat
  EXPECT_TRUE(has(stems("لقائه"), "لقاء"));      // with a lone ه too
  EXPECT_TRUE(has(stems("إدانتهما"), "إدانة"));  // ت back to ta marbuta
  EXPECT_TRUE(has(stems("إدانته"), "إدانة"));    // a lone ه after ت: the pronoun on a ta marbuta
  EXPECT_FALSE(has(stems("إدانته"), "إدانت"));
  EXPECT_TRUE(has(stems("واتهموها"), "اتهموا"));
  EXPECT_FALSE(has(stems("وزارة"), "وزار"));     // a lone ه may be ta marbuta: not stripped
}

TEST(Clitics, PrepositionsWithAThirdPersonPronoun) {
  auto prep = [](const char* w) { return std::string(preposition_before_pronoun(normalize_key(w))); };
  EXPECT_EQ(prep("عليهم"), normalize_key("على"));
  EXPECT_EQ(prep("إليه"), normalize_key("إلى"));
  EXPECT_EQ(prep("عنهما"), "عن");
  EXPECT_EQ(prep("معها"), "مع");
  EXPECT_EQ(prep("بها"), "ب");
  EXPECT_EQ(prep("لهم"), "ل");
  EXPECT_EQ(prep("علي"), "");      // the preposition alone (or the name Ali)
  EXPECT_EQ(prep("عليك"), "");     // not the second person: who it stands for is no one named
  EXPECT_EQ(prep("منهجه"), "");    // a noun's pronoun
}

TEST(Clitics, NeverStripsBelowTwoLetters) {
  std::vector<CliticReading> readings;
  clitic_readings(normalize_key("وله"), readings);
  for (const CliticReading& r : readings) EXPECT_GE(r.bare_stem(normalize_key("وله")).size(), 4u);
}

TEST(Sentences, EndAtFullStopsQuestionMarksAndLineBreaks) {
  EXPECT_EQ(sentences("وصل الوفد. ثم غادر؟ نعم\nسطر جديد"),
            (std::vector<std::string>{"وصل الوفد.", "ثم غادر؟", "نعم", "سطر جديد"}));
}

TEST(Sentences, HandleScrapingArtifacts) {
  EXPECT_EQ(sentences("محاربة #الإرهاب., وحاولت دول"),
            (std::vector<std::string>{"محاربه الارهاب.,", "وحاولت دول"}));
  EXPECT_EQ(sentences("غرب ليبيا.كما اكدت"), (std::vector<std::string>{"غرب ليبيا.", "كما اكدت"}));
  EXPECT_EQ(sentences("انتهت.. لا ماء"), (std::vector<std::string>{"انتهت..", "لا ماء"}));
}

}  // namespace
}  // namespace marsad::text
