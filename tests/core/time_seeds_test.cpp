// Golden checks on the seed corpus: the time expressions the design promises.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/time_expressions.h"

namespace marsad::time {
namespace {

struct Doc {
  std::string date, normalized;
  std::vector<text::Token> tokens;
  std::vector<TimeExpression> times;
};

std::map<std::string, Doc> load_seeds() {
  std::map<std::string, Doc> docs;
  std::ifstream in(MARSAD_SOURCE_DIR "/web/corpus/seeds.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    Doc d;
    d.date = j.value("date", "");
    d.normalized = text::normalize(j.value("text", "")).text;
    text::segment_words(d.normalized, d.tokens);
    d.times = find_times(d.normalized, d.tokens, d.date);
    docs[j.value("id", "").substr(0, 3)] = std::move(d);
  }
  return docs;
}

const Doc& seed(const std::string& id) {
  static const std::map<std::string, Doc> docs = load_seeds();
  static const Doc empty;
  auto it = docs.find(id);
  return it == docs.end() ? empty : it->second;
}

std::string text_of(const Doc& d, const TimeExpression& t) {
  return d.normalized.substr(d.tokens[t.first_token].begin, d.tokens[t.end_token - 1].end - d.tokens[t.first_token].begin);
}

// The expression whose text contains `needle` (normalized); nullptr if none.
const TimeExpression* find(const Doc& d, const std::string& needle) {
  std::string n = text::normalize_key(needle);
  for (const TimeExpression& t : d.times)
    if (text_of(d, t).find(n) != std::string::npos) return &t;
  return nullptr;
}

void expect(const std::string& id, const std::string& needle, const std::string& value, const char* anchor = nullptr) {
  const Doc& d = seed(id);
  const TimeExpression* t = find(d, needle);
  ASSERT_NE(t, nullptr) << "doc " << id << ": no expression with «" << needle << "»";
  EXPECT_EQ(t->value, value) << "doc " << id << ": «" << text_of(d, *t) << "»";
  if (anchor) {
    EXPECT_EQ(t->anchor, anchor) << "doc " << id << ": «" << text_of(d, *t) << "»";
  }
}

TEST(TimeSeeds, Doc002DatedToTheDay) {
  expect("002", "الاثنين الفارط", "2019-04-15", "document");
  expect("002", "أمس الاول", "2019-04-19", "document");
}

TEST(TimeSeeds, Doc000DatedToTheMonth) {
  expect("000", "الخامس من الشهر الجاري", "2017-07-05", "document");
  expect("000", "قبل شهرين", "2017-05");
  expect("000", "قبل يومين", "2017-07");
  expect("000", "عام 2012", "2012", "text");
  expect("000", "24 ساعة", "PT24H");
}

TEST(TimeSeeds, Doc004WeekdayCappedToTheMonth) { expect("004", "الثلاثاء", "2019-11"); }

TEST(TimeSeeds, Doc003Undated) {
  expect("003", "خلال ستة وثلاثين يومًا", "P36D");
  expect("003", "يوم الخميس الماضي", "XXXX-WXX-4", "none");
  const TimeExpression* t = find(seed("003"), "يوم الخميس الماضي");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->relative);
}

TEST(TimeSeeds, PrintsWhatItFinds) {
  for (const char* id : {"000", "001", "002", "003", "004"}) {
    const Doc& d = seed(id);
    for (const TimeExpression& t : d.times)
      std::cout << id << " [" << d.date << "] «" << text_of(d, t) << "» " << t.type << " " << t.value << " ("
                << t.anchor << ")\n";
  }
}

}  // namespace
}  // namespace marsad::time
