// Every error at the API has one shape, {"error": {"code", "message"}}: bad
// query parameters, unknown ids, and shards that do not read (a file refused
// by the memory limit: analyzer_memory_limit_test.cpp).
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

json error(const std::string& code, const std::string& message) {
  return json{{"error", {{"code", code}, {"message", message}}}};
}

class ApiErrors : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer;
    analyzer_->add_file("seeds.jsonl", test::seeds_jsonl());
    shard_ = new std::string(analyzer_->shard_json());
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    delete shard_;
  }
  static Analyzer* analyzer_;
  static std::string* shard_;
};
Analyzer* ApiErrors::analyzer_ = nullptr;
std::string* ApiErrors::shard_ = nullptr;

TEST_F(ApiErrors, BadQueryParametersAreInvalidArgument) {
  struct Row {
    const char* kind;
    const char* params;
    json expected;
  };
  const Row rows[] = {
      {"timeline", R"({"weak": "yes"})", error("invalid_argument", "weak must be true or false")},
      {"timeline", R"({"limit": 0})", error("invalid_argument", "limit must be an integer from 1 to 100000")},
      {"timeline", R"({"from": "April"})", error("invalid_argument", "from must be a date: YYYY, YYYY-MM or YYYY-MM-DD")},
      {"timeline", R"({"actor": 7})", error("invalid_argument", "actor must be a string of at most 200 bytes")},
      {"network", R"({"nodes": 1.5})", error("invalid_argument", "nodes must be an integer from 2 to 400")},
      {"relation", R"({"a": "usa", "period": "week"})", error("invalid_argument", "period has an unknown value")},
      {"relation", R"({"a": "usa"})", error("invalid_argument", "relation needs actors a and b")},
      {"actor", "[1, 2]", error("invalid_argument", "parameters must be a JSON object")},
      {"actor", "{not json", error("invalid_argument", "parameters must be a JSON object")},
      {"graph", "{}", error("invalid_argument", "unknown query \"graph\"")},
  };
  for (const Row& r : rows)
    EXPECT_EQ(json::parse(analyzer_->query_json(r.kind, r.params)), r.expected) << r.kind << " " << r.params;
}

TEST_F(ApiErrors, UnknownIdsAreNotFound) {
  EXPECT_EQ(json::parse(analyzer_->query_json("actor", R"({"id": "nobody"})")),
            error("not_found", "unknown actor \"nobody\""));
  EXPECT_EQ(json::parse(analyzer_->document_json("nosuch")), error("not_found", "no document with id \"nosuch\""));
}

TEST_F(ApiErrors, GoodAnswersCarryNoError) {
  EXPECT_FALSE(json::parse(analyzer_->query_json("relation", R"({"a": "usa", "b": "haftar"})")).contains("error"));
  EXPECT_FALSE(json::parse(Analyzer().merge_shard("seeds.shard", *shard_)).contains("error"));
}

// A shard whose one document has `analysis` as its analysis.
std::string shard_with(const std::string& analysis) {
  return R"({"marsad_shard": 5, "documents": [{"document": {"id": "d", "text": "نص قصير"}, "analysis": )" + analysis +
         "}]}";
}

TEST_F(ApiErrors, AShardThatDoesNotReadIsInvalidArgumentAndOneProblem) {
  struct Row {
    std::string shard;
    std::string why;
  };
  // Wrong types anywhere in a shard (exceptions are off: an unguarded type
  // error would abort) and values out of range.
  const Row rows[] = {
      {"not json", "not a Marsad shard of version 5"},
      {R"({"marsad_shard": 4, "documents": []})", "not a Marsad shard of version 5"},
      {R"({"marsad_shard": 5, "documents": "all of them"})", "documents is not an array"},
      {shard_with(R"({"sentences": [[0, 999]]})"), "a span lies outside its document"},
      {shard_with(R"({"sentences": [[-1, 2]]})"), "an offset is not a 32-bit number"},
      {shard_with(R"({"sentences": [[0.5, 2]]})"), "an offset is not a 32-bit number"},
      {shard_with(R"({"sentences": [0]})"), "a span is not [begin, end]"},
      {shard_with(R"({"mentions": [[7, [0, 2], "name", "", "", 1]]})"), "a mention is malformed"},
      {shard_with(R"({"mentions": [["x", [0, 2], "name"]]})"), "a mention is malformed"},
      {shard_with(R"({"mentions": [["x", [0, 99], "name", "", "", 1]]})"), "a span lies outside its document"},
      {shard_with(R"({"times": [[[0, 2], "DATE", 2019, ""]]})"), "a time is malformed"},
      {shard_with(R"({"events": [{"code": "041"}]})"), "an event is malformed"},
      {shard_with(R"({"quotes": [[null, [0, 2]]]})"), "a quote is malformed"},
      {shard_with(R"({"window": ["2019", null, [], ""]})"), "a date window is malformed"},
      {shard_with(R"({"new_actors": [{"id": ["x"]}]})"), "id is not a string"},
      {shard_with(R"({"focus": false})"), "focus is not a string"},
  };
  for (const Row& r : rows) {
    Analyzer a;
    json summary = json::parse(a.merge_shard("bad.shard", r.shard));
    std::string message = "not a usable shard: " + r.why;
    EXPECT_EQ(summary["error"], (json{{"code", "invalid_argument"}, {"message", message}})) << r.shard;
    ASSERT_EQ(summary["problems"].size(), 1u) << r.shard;
    EXPECT_EQ(summary["problems"][0], (json{{"file", "bad.shard"}, {"message", message}}));
    EXPECT_EQ(summary["documents"], 0) << r.shard;
    EXPECT_EQ(a.document_count(), 0u) << r.shard;
  }
}

TEST_F(ApiErrors, AShardBadPartwayKeepsTheDocumentsBeforeIt) {
  json shard = json::parse(*shard_);
  ASSERT_EQ(shard["documents"].size(), 5u);
  shard["documents"][3]["analysis"]["sentences"] = json::array({json::array({0, 1u << 31})});
  Analyzer a;
  json summary = json::parse(a.merge_shard("partial.shard", shard.dump()));
  EXPECT_EQ(summary["error"]["code"], "invalid_argument");
  EXPECT_EQ(summary["documents"], 3);
  EXPECT_EQ(a.document_count(), 3u);
}

}  // namespace
}  // namespace marsad
