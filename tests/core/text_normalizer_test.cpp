#include "text/normalizer.h"

#include "text/segmenter.h"

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

struct Case {
  const char* input;
  const char* normalized;
};

class NormalizerTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizerTest, Normalizes) { EXPECT_EQ(normalize(GetParam().input).text, GetParam().normalized); }

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerTest,
    ::testing::Values(
        Case{"حفتر", "حفتر"},
        Case{"ﺣﻔﺘﺮ", "حفتر"},                          // presentation forms
        Case{"ﻻ يمكن", "لا يمكن"},                     // lam-alef ligature
        Case{"مُحَمَّدٌ", "محمد"},                       // tashkeel
        Case{"الرَّحْمٰن", "الرحمن"},                    // superscript alef
        Case{"حفـــتر", "حفتر"},                       // tatweel
        Case{"أحمد إبراهيم آمر ٱلقوات", "احمد ابراهيم امر القوات"},
        Case{"مستشفى على", "مستشفي علي"},             // alef maqsura → ya
        Case{"حكومة الوفاق", "حكومه الوفاق"},          // ta marbuta → ha
        Case{"ایران کشور", "ايران كشور"},              // Persian ya and kaf
        Case{"٢٠١٩ و۲۰۱۷", "2019 و2017"},              // Arabic-Indic and Eastern digits
        Case{"٣٫٥", "3.5"},                            // Arabic decimal separator
        Case{"#الأمم_المتحدة", "الامم المتحده"},        // hashtag read as words
        Case{"#حفتر.", "حفتر."},
        Case{"a_b #", "a_b #"},                        // underscore outside a hashtag, lone #
        Case{"CNN News", "cnn news"},                  // Latin case folding
        Case{"ÉTÉ", "été"},
        Case{"حف\u200Cتر\u200F", "حفتر"},              // zero-width and bidi controls
        Case{"سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"},     // line ends
        Case{"«قال» “هنا” „ثم″", "«قال» “هنا” „ثم′′"},  // quotes kept (″ is NFKC ′′)
        Case{"يئ\u064A\u0654", "يئئ"},                  // combining hamza composes
        Case{"ﷺ", "صلي الله عليه وسلم"},
        // Words glued by scraping, split where Arabic spelling shows a word end.
        Case{"ورعايةايطالية", "ورعايه ايطاليه"},
        Case{"فرنساايضاعن الحل", "فرنسا ايضاعن الحل"},
        Case{"علىالرغم", "علي الرغم"},
        Case{"القرآن والمآل", "القران والمال"}));

TEST(Normalizer, AlignsEveryByteToTheOriginal) {
  std::string original = "وبِحَفـتر #ليبيا";
  NormalizedText n = normalize(original);
  ASSERT_EQ(n.text, "وبحفتر ليبيا");
  ASSERT_EQ(n.src_begin.size(), n.text.size());
  // The first word in the normalized text covers the whole first word of the
  // original, diacritics and tatweel included.
  size_t word_end = n.text.find(' ');
  EXPECT_EQ(original.substr(n.original_begin(0), n.original_end(word_end) - n.original_begin(0)), "وبِحَفـتر");
  // The hashtag's word starts after '#'.
  size_t second = word_end + 1;
  EXPECT_EQ(original.substr(n.original_begin(second), n.original_end(n.text.size()) - n.original_begin(second)),
            "ليبيا");
}

TEST(Normalizer, LigatureMapsBothLettersToTheOneOriginalCharacter) {
  std::string original = "ﻻ";
  NormalizedText n = normalize(original);
  ASSERT_EQ(n.text, "لا");
  EXPECT_EQ(n.original_begin(0), 0u);
  EXPECT_EQ(n.original_end(2), original.size());  // the first letter alone still covers the ligature
}

TEST(Normalizer, KeyCollapsesSpaces) { EXPECT_EQ(normalize_key("  الأمم   المتحدة\n"), "الامم المتحده"); }

// The normalized words of `original` that a per-token reading of what the text wrote marks.
std::vector<std::string> marked_words(const std::string& original,
                                      std::vector<bool> (*written)(std::string_view, const NormalizedText&,
                                                                   const std::vector<Token>&)) {
  NormalizedText n = normalize(original);
  std::vector<Token> tokens;
  segment_words(n.text, tokens);
  std::vector<bool> marks = written(original, n, tokens);
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (marks[i]) out.emplace_back(tokens[i].in(n.text));
  return out;
}

TEST(Normalizer, TellsAWordThatWritesItsFinalHamzaAbove) {
  EXPECT_EQ(marked_words("وهنّأ الوزير نظيره، وهنا تبدأ القصة، ومبدأ", written_final_hamza),
            (std::vector<std::string>{"وهنا", "تبدا", "ومبدا"}));
}

TEST(Normalizer, TellsAWordThatWritesItsFinalHaNotTaMarbuta) {
  EXPECT_EQ(marked_words("قال في حوارهُ إن مصيره في المدينة وحواره", written_final_ha),
            (std::vector<std::string>{"حواره", "مصيره", "وحواره"}));  // not «المدينة»
}

}  // namespace
}  // namespace marsad::text
