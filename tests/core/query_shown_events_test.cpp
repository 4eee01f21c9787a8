// What the queries count: weak events and references to history only on
// request, turning points only on enough events, sparse relations said to be
// so. The events are written into a shard, so each has the date, score and
// flags the test needs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/analyzer.h"

namespace {

using Json = nlohmann::json;

struct Coded {
  std::string date, code;
  double goldstein;
  bool weak = false, historical = false;
};

// One document per event, each a sentence of its own.
std::string shard(const std::vector<Coded>& events) {
  Json documents = Json::array();
  int n = 0;
  for (const Coded& e : events) {
    std::string text = "نص الخبر رقم " + std::to_string(++n) + ".";
    Json doc{{"id", "d" + std::to_string(n)}, {"title", ""}, {"source", ""},     {"author", ""},
             {"section", ""}, {"url", ""},   {"lang", "ar"}, {"date", e.date}, {"text", text},
             {"extra", Json::object()}, {"file", "t.jsonl"}, {"line", n}};
    Json event{{"code", e.code},   {"goldstein", e.goldstein},  {"source", "usa"},   {"target", "rus"},
               {"source_state", ""}, {"target_state", ""},     {"reported_by", ""}, {"date", e.date},
               {"inherited", false}, {"sentence", {0, text.size()}}, {"trigger", {0, 4}}, {"symmetric", false},
               {"historical", e.historical}, {"confidence", e.weak ? 0.3 : 0.7}, {"rule", "test"}, {"weak", e.weak}};
    Json analysis{{"sentences", Json::array({Json::array({0, text.size()})})},
                  {"mentions", Json::array()}, {"times", Json::array()}, {"events", Json::array({event})},
                  {"quotes", Json::array()}, {"new_actors", Json::array()}, {"duplicates", Json::array()},
                  {"focus", ""}};
    documents.push_back(Json{{"document", doc}, {"analysis", analysis}});
  }
  return Json{{"marsad_shard", 4}, {"documents", documents}}.dump();
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
