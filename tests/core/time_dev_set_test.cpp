// Evaluation on a hand-written development set of news sentences
// (tests/fixtures/time/dev_expressions.jsonl): detection precision/recall by
// span overlap, and value accuracy on the detected expressions.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/date_value.h"
#include "time/time_expressions.h"

namespace marsad::time {
namespace {

// Equal values, or day dates within `tolerance` days (Hijri conversions).
bool same_value(const std::string& got, const std::string& want, int tolerance) {
  if (got == want) return true;
  DateValue a = DateValue::parse(got), b = DateValue::parse(want);
  if (tolerance == 0 || a.precision != Precision::kDay || b.precision != Precision::kDay) return false;
  return std::llabs(a.serial() - b.serial()) <= tolerance;
}

TEST(TimeDevSet, MeetsRecallAndValueAccuracy) {
  std::ifstream in(MARSAD_FIXTURES_DIR "/time/dev_expressions.jsonl");
  ASSERT_TRUE(in.good());
  int expected_total = 0, detected = 0, correct = 0, found_total = 0, found_matching = 0, sentences = 0;
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    ++sentences;
    std::string normalized = text::normalize(j.value("text", "")).text;
    std::vector<text::Token> tokens;
    text::segment_words(normalized, tokens);
    std::string date = j.value("document_date", "");
    std::vector<TimeExpression> times = find_times(normalized, tokens, date);
    std::vector<bool> used(times.size(), false);
    auto span = [&](const TimeExpression& t) {
      return std::make_pair(tokens[t.first_token].begin, tokens[t.end_token - 1].end);
    };
    for (const auto& e : j["expected"]) {
      ++expected_total;
      std::string want_text = text::normalize_key(e.value("text", ""));
      size_t at = normalized.find(want_text);
      ASSERT_NE(at, std::string::npos) << "expected text not in sentence: " << want_text;
      size_t at_end = at + want_text.size();
      int hit = -1;
      for (size_t k = 0; k < times.size() && hit < 0; ++k) {
        auto [b, en] = span(times[k]);
        if (b < at_end && at < en) hit = static_cast<int>(k);
      }
      if (hit < 0) {
        std::cout << "  missed [" << date << "] «" << want_text << "» in: " << normalized << "\n";
        continue;
      }
      ++detected;
      used[hit] = true;
      const TimeExpression& t = times[hit];
      if (t.type == e.value("type", "") && same_value(t.value, e.value("value", ""), e.value("tolerance_days", 0))) {
        ++correct;
      } else {
        auto [b, en] = span(t);
        std::cout << "  wrong  [" << date << "] «" << normalized.substr(b, en - b) << "» " << t.type << " " << t.value
                  << ", expected " << e.value("type", "") << " " << e.value("value", "") << "\n";
      }
    }
    for (size_t k = 0; k < times.size(); ++k) {
      ++found_total;
      if (used[k]) {
        ++found_matching;
        continue;
      }
      // A found expression that overlaps an expected one but was not its first hit still counts as right.
      auto [b, en] = span(times[k]);
      bool overlaps = false;
      for (const auto& e : j["expected"]) {
        std::string want_text = text::normalize_key(e.value("text", ""));
        size_t at = normalized.find(want_text);
        if (at != std::string::npos && b < at + want_text.size() && at < en) overlaps = true;
      }
      if (overlaps) {
        ++found_matching;
      } else {
        std::cout << "  extra  [" << date << "] «" << normalized.substr(b, en - b) << "» " << times[k].type << " "
                  << times[k].value << "\n";
      }
    }
  }
  double recall = expected_total ? static_cast<double>(detected) / expected_total : 0;
  double precision = found_total ? static_cast<double>(found_matching) / found_total : 0;
  double accuracy = detected ? static_cast<double>(correct) / detected : 0;
  std::cout << "time dev set: " << expected_total << " expressions in " << sentences << " sentences, detection recall "
            << 100 * recall << "%, precision " << 100 * precision << "%, value accuracy " << 100 * accuracy
            << "% (" << correct << " of " << expected_total << " fully right)\n";
  EXPECT_GE(sentences, 70);
  EXPECT_GE(recall, 0.85);
  EXPECT_GE(accuracy, 0.85);
}

}  // namespace
}  // namespace marsad::time
