// A JSONL file cut into pieces at line breaks, each piece analyzed by its own
// analyzer (as the page's workers do) and the shards merged: the same
// documents, actors and problems, at the same lines and bytes, as the whole file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

TEST(FileParts, PiecesMergeToTheWholeFileWithItsLinesAndBytes) {
  // The seeds, then a malformed line and a record without text, after a line of our own.
  std::string whole = test::seeds_jsonl() +
                      "{\"id\": \"extra\", \"date\": \"2018-03-02\", \"text\": \"التقى غسان سلامة المشير خليفة حفتر في بنغازي.\"}\n"
                      "{\"id\": \"broken\", \"text\": \n"
                      "{\"id\": \"empty\", \"text\": \"\"}\n";
  Analyzer one;
  json whole_summary = json::parse(one.add_file("corpus.jsonl", whole));

  // Cut after the fourth line break: the second piece starts at line 5.
  size_t cut = 0;
  for (int n = 0; n < 4; ++n) cut = whole.find('\n', cut) + 1;
  Analyzer first, second, merged;
  json s1 = json::parse(first.add_file_part("corpus.jsonl", whole.substr(0, cut), 1, 0));
  json s2 = json::parse(second.add_file_part("corpus.jsonl", whole.substr(cut), 5, static_cast<int64_t>(cut)));
  merged.merge_shard("w1", first.shard_json());
  merged.merge_shard("w2", second.shard_json());

  json problems = s1["problems"];
  for (const json& p : s2["problems"]) problems.push_back(p);
  ASSERT_EQ(whole_summary["problems"].size(), 2u);
  EXPECT_EQ(problems, whole_summary["problems"]);
  EXPECT_EQ(s2["problems"][0]["line"], 7);  // the malformed line, counted in the whole file
  EXPECT_EQ(s1["documents"].get<int>() + s2["documents"].get<int>(), whole_summary["documents"].get<int>());

  json a = json::parse(one.analysis_json()), m = json::parse(merged.analysis_json());
  EXPECT_EQ(m["corpus"]["id"], a["corpus"]["id"]);
  EXPECT_EQ(m["documents"], a["documents"]);
  EXPECT_EQ(m["actors"], a["actors"]);
  EXPECT_EQ(merged.document_json("extra"), one.document_json("extra"));
}

// The bench sample (400 real articles; scripts/test sets MARSAD_BENCH_JSONL)
// in three pieces, each analyzed apart, the shards merged: the analysis JSON
// is byte for byte the one-piece analysis.
TEST(FileParts, BenchSampleInPiecesMergesToTheOnePieceAnalysis) {
  const char* path = std::getenv("MARSAD_BENCH_JSONL");
  std::string whole = path ? test::read_file(path) : "";
  if (whole.empty()) GTEST_SKIP() << "no bench sample (MARSAD_BENCH_JSONL)";
  Analyzer one;
  one.add_file("bench.jsonl", whole);

  Analyzer merged;
  size_t begin = 0;
  int64_t line = 1;
  for (int piece = 0; piece < 3; ++piece) {
    size_t end = piece == 2 ? whole.size() : whole.find('\n', whole.size() * (piece + 1) / 3) + 1;
    std::string part = whole.substr(begin, end - begin);
    Analyzer worker;
    worker.add_file_part("bench.jsonl", part, line, static_cast<int64_t>(begin));
    merged.merge_shard("piece", worker.shard_json());
    line += std::count(part.begin(), part.end(), '\n');
    begin = end;
  }
  EXPECT_EQ(merged.document_count(), one.document_count());
  EXPECT_TRUE(merged.analysis_json() == one.analysis_json());
  EXPECT_EQ(merged.search_json("السعودية"), one.search_json("السعودية"));
  EXPECT_EQ(merged.query_json("network", "{}"), one.query_json("network", "{}"));
}

// A later piece that starts with a NUL byte and invalid UTF-8 is not refused
// as a binary file: those bytes are the problems of their lines, as in the
// whole file, and the piece's other documents are read.
TEST(FileParts, ALaterPieceStartingWithBadBytesLosesOnlyItsBadLines) {
  std::string good = test::seeds_jsonl();
  std::string bad = std::string("{\"id\": \"nul\", \"text\": \"") + '\0' + "\xff\xfe\"}\n";
  std::string whole = good + bad + "{\"id\": \"after\", \"text\": \"" +
                      "رحب المبعوث الأممي بالاتفاق بين الطرفين في جنيف.\"}\n";
  Analyzer one;
  json whole_summary = json::parse(one.add_file("c.jsonl", whole));
  Analyzer first, second, merged;
  json s1 = json::parse(first.add_file_part("c.jsonl", good, 1, 0));
  json s2 = json::parse(second.add_file_part("c.jsonl", whole.substr(good.size()), 6, static_cast<int64_t>(good.size())));
  merged.merge_shard("w1", first.shard_json());
  merged.merge_shard("w2", second.shard_json());
  EXPECT_EQ(s1["documents"].get<int>() + s2["documents"].get<int>(), whole_summary["documents"].get<int>());
  EXPECT_EQ(merged.document_count(), one.document_count());
  ASSERT_FALSE(s2["problems"].empty());
  for (const json& p : s2["problems"]) EXPECT_EQ(p["message"].get<std::string>().find("binary"), std::string::npos) << p.dump();
  EXPECT_NE(merged.document_json("after").find("جنيف"), std::string::npos) << s2.dump();
}

TEST(FileParts, AFirstPieceIsTheWholeFile) {
  std::string whole = test::seeds_jsonl();
  Analyzer a, b;
  EXPECT_EQ(a.add_file("s.jsonl", whole), b.add_file_part("s.jsonl", whole, 1, 0));
  EXPECT_EQ(a.analysis_json(), b.analysis_json());
}

}  // namespace
}  // namespace marsad
