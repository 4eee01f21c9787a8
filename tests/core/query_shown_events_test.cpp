// What the queries count: weak events and references to history only on
// request, turning points only on enough events, sparse relations said to be
// so. The events are written into a shard, so each has the date, score and
// flags the test needs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/shard.h"
#include "marsad/analyzer.h"

namespace {

using Json = nlohmann::json;

struct Coded {
  std::string date, code;
  double goldstein;
  bool weak = false, historical = false;
};

// One document per event, each a sentence of its own, written by the core's
// shard writer (so the test follows the records' table).
std::string shard(const std::vector<Coded>& events) {
  std::vector<marsad::Document> docs(events.size());
  std::vector<marsad::analysis::DocumentAnalysis> analyses(events.size());
  std::vector<const marsad::Document*> doc_ptrs;
  std::vector<const marsad::analysis::DocumentAnalysis*> analysis_ptrs;
  for (size_t i = 0; i < events.size(); ++i) {
    const Coded& e = events[i];
    marsad::Document& doc = docs[i];
    doc.id = "d" + std::to_string(i + 1);
    doc.lang = "ar";
    doc.date = e.date;
    doc.text = "نص الخبر رقم " + std::to_string(i + 1) + ".";
    doc.file = "t.jsonl";
    doc.line = static_cast<int64_t>(i + 1);
    marsad::analysis::ByteSpan sentence{0, static_cast<uint32_t>(doc.text.size())};
    marsad::analysis::EventRef event;
    event.code = e.code;
    event.goldstein = e.goldstein;
    event.source = "usa";
    event.target = "rus";
    event.date = e.date;
    event.sentence = sentence;
    event.trigger = {0, 4};
    event.historical = e.historical;
    event.confidence = e.weak ? 0.3 : 0.7;
    event.rule = "test";
    event.weak = e.weak;
    analyses[i].sentences = {sentence};
    analyses[i].events = {event};
    doc_ptrs.push_back(&doc);
    analysis_ptrs.push_back(&analyses[i]);
  }
  return marsad::analysis::shard_json(doc_ptrs, analysis_ptrs, {});
}

Json query(const std::vector<Coded>& events, const std::string& kind, const Json& params) {
  marsad::Analyzer analyzer;
  Json merged = Json::parse(analyzer.merge_shard("test", shard(events)));
  EXPECT_TRUE(merged["problems"].empty()) << merged.dump();
  return Json::parse(analyzer.query_json(kind, params.dump()));
}

TEST(ShownEvents, WeakEventsAndHistoryOnlyOnRequest) {
  std::vector<Coded> events = {{"2019-03", "042", 1.9}, {"2019-04", "112", -2, true}, {"1812-06", "190", -10, false, true}};
  EXPECT_EQ(query(events, "timeline", Json::object())["total"], 1);
  EXPECT_EQ(query(events, "timeline", {{"weak", true}})["total"], 2);
  EXPECT_EQ(query(events, "timeline", {{"historical", true}})["total"], 2);
  EXPECT_EQ(query(events, "timeline", {{"weak", true}, {"historical", true}})["total"], 3);
  Json weak = query(events, "timeline", {{"weak", true}})["events"];
  EXPECT_EQ(weak[1]["weak"], true);
  EXPECT_EQ(query(events, "relation", {{"a", "usa"}, {"b", "rus"}})["count"], 1);
  EXPECT_TRUE(query(events, "timeline", {{"weak", "yes"}}).contains("error"));
}

TEST(ShownEvents, ATurnNeedsEventsOnBothSides) {
  // One cooperative event, then one conflictual: no turn.
  Json thin = query({{"2019-01", "042", 1.9}, {"2019-06", "112", -2}}, "relation", {{"a", "usa"}, {"b", "rus"}});
  EXPECT_TRUE(thin["turning_points"].empty());
  EXPECT_EQ(thin["sparse"], true);
  // Three before, two after: a turn, tentative, with its counts.
  Json some = query({{"2019-01", "042", 1.9}, {"2019-02", "042", 1.9}, {"2019-03", "042", 1.9},
                     {"2019-06", "112", -2}, {"2019-07", "112", -2}},
                    "relation", {{"a", "usa"}, {"b", "rus"}});
  ASSERT_EQ(some["turning_points"].size(), 1u);
  EXPECT_EQ(some["turning_points"][0]["period"], "2019-06");
  EXPECT_EQ(some["turning_points"][0]["events_before"], 3);
  EXPECT_EQ(some["turning_points"][0]["events_after"], 2);
  EXPECT_EQ(some["turning_points"][0]["tentative"], true);
  // Five on each side: a firm turn, and enough events for a trend.
  std::vector<Coded> many;
  for (int m = 1; m <= 5; ++m) many.push_back({"2018-0" + std::to_string(m), "042", 1.9});
  for (int m = 6; m <= 9; ++m) many.push_back({"2018-0" + std::to_string(m), "112", -2});
  many.push_back({"2018-10", "112", -2});
  Json firm = query(many, "relation", {{"a", "usa"}, {"b", "rus"}});
  ASSERT_EQ(firm["turning_points"].size(), 1u);
  EXPECT_EQ(firm["turning_points"][0]["tentative"], false);
  EXPECT_EQ(firm["sparse"], false);
}

}  // namespace
