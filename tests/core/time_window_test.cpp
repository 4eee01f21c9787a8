// Date windows for undated documents, and the governing time of an event.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/date_window.h"
#include "time/governing_time.h"

namespace marsad::time {
namespace {

TimeExpression date(const char* value, const char* anchor = "text", uint32_t first = 0, uint32_t end = 1) {
  return TimeExpression{first, end, "DATE", value, anchor, std::string(anchor) != "text"};
}

TEST(TimeWindow, ExplicitYearsGiveALowerBound) {
  DateWindow w = infer_window({date("2012"), date("2016-05"), date("XXXX-XX-XX", "none"), date("PAST_REF")}, {});
  EXPECT_EQ(w.from, "2016-05");
  EXPECT_EQ(w.to, "");
  EXPECT_FALSE(w.conflict);
  ASSERT_EQ(w.basis.size(), 1u);
}

TEST(TimeWindow, TenuresBoundBothSides) {
  DateWindow w = infer_window({date("2012")}, {{"conte: Prime Minister of Italy", "2018-06-01", "2021-02-13"},
                                               {"trump: President of the United States", "2017-01-20", "2021-01-20"}});
  EXPECT_EQ(w.from, "2018-06-01");
  EXPECT_EQ(w.to, "2021-01-20");
  EXPECT_FALSE(w.conflict);
  EXPECT_EQ(w.basis.size(), 2u);
}

TEST(TimeWindow, ConflictsAreReportedAndTheOddOneLeftOut) {
  DateWindow w = infer_window({date("2012")}, {{"conte: Prime Minister of Italy", "2018-06-01", "2021-02-13"},
                                               {"trump: President of the United States", "2017-01-20", "2021-01-20"},
                                               {"kobler: UN envoy to Libya", "2015-11-04", "2017-06-22"}});
  EXPECT_TRUE(w.conflict);
  EXPECT_NE(w.conflict_message.find("kobler"), std::string::npos) << w.conflict_message;
  EXPECT_EQ(w.from, "2018-06-01");
  EXPECT_EQ(w.to, "2021-01-20");
}

// A long document names many people in office: the odd tenure is found among
// all of them (the search is over shared days, not subsets), and a tenure named
// many times counts once.
TEST(TimeWindow, TheOddOneOutAmongManyTenures) {
  std::vector<WindowEvidence> tenures;
  for (int i = 0; i < 40; ++i)
    tenures.push_back({"person" + std::to_string(i) + ": in office", std::to_string(2010 + i % 7), "2019-06"});
  for (int i = 0; i < 50; ++i) tenures.push_back({"trump: President of the United States", "2017-01-20", "2021-01-20"});
  tenures.push_back({"mitri: UN envoy to Libya", "2012-10", "2014-08"});
  DateWindow w = infer_window({}, tenures);
  EXPECT_TRUE(w.conflict);
  EXPECT_EQ(w.from, "2017-01-20");
  EXPECT_EQ(w.to, "2019-06");
  EXPECT_NE(w.conflict_message.find("mitri"), std::string::npos) << w.conflict_message;
  size_t trump = 0;
  for (size_t at = 0; (at = w.conflict_message.find("trump:", at)) != std::string::npos; ++at) ++trump;
  EXPECT_EQ(trump, 1u) << w.conflict_message;
}

TEST(TimeWindow, ATextDateAfterATenureConflicts) {
  DateWindow w = infer_window({date("2022")}, {{"kobler: UN envoy to Libya", "2015-11-04", "2017-06-22"}});
  EXPECT_TRUE(w.conflict);
  EXPECT_FALSE(w.conflict_message.empty());
}

TEST(TimeGoverning, NearestDateInTheSameClause) {
  std::string n = text::normalize("التقى حفتر أمس بالسفير، وكان قد زار روما الأسبوع الماضي.").text;
  std::vector<text::Token> tokens;
  text::segment_words(n, tokens);
  std::vector<TimeExpression> times = find_times(n, tokens, "2019-04-21");
  ASSERT_EQ(times.size(), 2u);
  uint32_t zara = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].in(n) == "زار") zara = i;
  // "زار" is nearer to "أمس" in tokens? No: the clause break sends it to "الأسبوع الماضي".
  EXPECT_EQ(governing_time(times, 0, static_cast<uint32_t>(tokens.size()), zara, n, &tokens), 1);
  EXPECT_EQ(governing_time(times, 0, static_cast<uint32_t>(tokens.size()), 0, n, &tokens), 0);
  EXPECT_EQ(governing_time(times, 0, 1, 0), -1);
}

}  // namespace
}  // namespace marsad::time
