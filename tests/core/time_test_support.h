// Shared by the table-driven time tests: run the time layer on one sentence
// and compare what it finds with the expected expression, type and value.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/time_expressions.h"

namespace marsad::time {


struct Found {
  std::string text, type, value, anchor;
};

// The time expressions of one sentence, with their normalized text.
inline std::vector<Found> times_in(const std::string& sentence, const std::string& date) {
  std::string n = text::normalize(sentence).text;
  std::vector<text::Token> tokens;
  text::segment_words(n, tokens);
  std::vector<Found> out;
  for (const TimeExpression& t : find_times(n, tokens, date))
    out.push_back({n.substr(tokens[t.first_token].begin, tokens[t.end_token - 1].end - tokens[t.first_token].begin),
                   t.type, t.value, t.anchor});
  return out;
}

struct Case {
  const char* date;
  const char* sentence;
  const char* text;  // expected expression text (original spelling; normalized for comparison)
  const char* type;
  const char* value;
};

inline void check(const Case& c) {
  std::vector<Found> got = times_in(c.sentence, c.date);
  std::string want = text::normalize_key(c.text);
  for (const Found& f : got)
    if (f.text == want) {
      EXPECT_EQ(f.type, c.type) << c.sentence;
      EXPECT_EQ(f.value, c.value) << c.sentence << " [" << c.date << "]";
      return;
    }
  std::string all;
  for (const Found& f : got) all += " «" + f.text + "»=" + f.value;
  ADD_FAILURE() << "no «" << want << "» in: " << c.sentence << " [" << c.date << "]; found:" << all;
}

inline void check_none(const char* date, const char* sentence) {
  std::vector<Found> got = times_in(sentence, date);
  for (const Found& f : got) ADD_FAILURE() << "unexpected «" << f.text << "» " << f.value << " in: " << sentence;
}


}  // namespace marsad::time
