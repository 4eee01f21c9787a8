// The analyzer's memory ceiling: a file that would take it past the limit is
// refused whole with a problem that says why, and what was loaded stays.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "util/heap.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

TEST(MemoryLimit, AFileOverTheLimitIsRefusedAndTheCorpusKept) {
  if (util::heap_in_use() == 0) GTEST_SKIP() << "this allocator does not report its heap";
  Analyzer a;
  a.add_file("first.jsonl", R"({"id": "kept", "text": "التقى المبعوث الأممي المشير خليفة حفتر في بنغازي يوم الاثنين."})");
  std::string before = a.analysis_json();

  // Room for a few kilobytes more, not for 2 MB.
  a.set_memory_limit(util::heap_in_use() + 64 * 1024);
  std::string big;
  while (big.size() < 2'000'000) big += test::seeds_jsonl();
  json summary = json::parse(a.add_file("big.jsonl", big));
  EXPECT_EQ(summary["documents"], 0);
  ASSERT_EQ(summary["problems"].size(), 1u);
  std::string message = summary["problems"][0]["message"];
  EXPECT_NE(message.find("not loaded"), std::string::npos) << message;
  EXPECT_NE(message.find("MB"), std::string::npos) << message;
  EXPECT_EQ(summary["problems"][0]["file"], "big.jsonl");
  // The refusal is also the call's error, in the API's one error shape.
  EXPECT_EQ(summary["error"], (json{{"code", "resource_exhausted"}, {"message", message}}));
  EXPECT_EQ(a.document_count(), 1u);
  EXPECT_NE(a.analysis_json().find("\"kept\""), std::string::npos);

  json memory = json::parse(a.memory_json());
  EXPECT_GT(memory["in_use"].get<size_t>(), 0u);
  EXPECT_LT(memory["max_file_bytes"].get<size_t>(), big.size());

  // A shard is held to the same ceiling.
  Analyzer other;
  other.add_file("seeds.jsonl", test::seeds_jsonl());
  json merged = json::parse(a.merge_shard("w1", other.shard_json() + std::string(2'000'000, ' ')));
  EXPECT_EQ(merged["documents"], 0);
  EXPECT_EQ(merged["error"]["code"], "resource_exhausted");
  EXPECT_EQ(a.document_count(), 1u);

  // Without the ceiling the same file is read.
  a.set_memory_limit(0);
  json read = json::parse(a.add_file("big.jsonl", big));
  EXPECT_GT(read["documents"].get<int>(), 0);
  EXPECT_FALSE(read.contains("error"));
  EXPECT_EQ(json::parse(a.memory_json())["max_file_bytes"], 0);
}

}  // namespace
}  // namespace marsad
