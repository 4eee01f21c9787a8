// The mentions query: many actors' mentions by period in one pass, the same
// series the actor profile gives one actor at a time.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

TEST(QueryMentions, EachActorHasTheSeriesOfItsProfile) {
  Analyzer analyzer;
  analyzer.add_file("seeds.jsonl", test::seeds_jsonl());
  json analysis = json::parse(analyzer.analysis_json());
  json ids = json::array();
  for (const json& a : analysis["actors"])
    if (a.value("mentions", 0) > 0 && ids.size() < 25) ids.push_back(a["id"]);
  ids.push_back("nobody");  // no mention: no period
  ASSERT_GT(ids.size(), 10u);
  for (const char* period : {"year", "month"}) {
    json answer = json::parse(analyzer.query_json("mentions", json{{"ids", ids}, {"period", period}}.dump()));
    ASSERT_FALSE(answer.contains("error")) << answer.dump();
    ASSERT_EQ(answer["actors"].size(), ids.size());
    for (size_t i = 0; i + 1 < ids.size(); ++i) {
      json profile = json::parse(analyzer.query_json("actor", json{{"id", ids[i]}, {"period", period}}.dump()));
      EXPECT_EQ(answer["actors"][i]["id"], ids[i]);
      EXPECT_EQ(answer["actors"][i]["mentions_over_time"], profile["mentions_over_time"]) << ids[i] << " by " << period;
      EXPECT_FALSE(profile["mentions_over_time"].empty()) << ids[i];
    }
    EXPECT_TRUE(answer["actors"].back()["mentions_over_time"].empty());
  }
}

TEST(QueryMentions, TheIdsMustBeAListOfStrings) {
  Analyzer analyzer;
  for (const char* params : {R"({"ids": "haftar"})", R"({"ids": [1, 2]})"})
    EXPECT_EQ(json::parse(analyzer.query_json("mentions", params))["error"]["message"],
              "ids must be a list of at most 5000 strings");
  EXPECT_EQ(json::parse(analyzer.query_json("mentions", R"({"period": "week"})"))["error"]["message"],
            "period has an unknown value");
}

}  // namespace
}  // namespace marsad
