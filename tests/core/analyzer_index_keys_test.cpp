// Analyzer::index_keys_jsonl, what a published index keys each document by:
// the normalized-text hash duplicates are merged by, and the words search
// finds the document by. Checked against search itself: every query word
// that finds a document is among its terms, and a word it lacks finds nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

std::map<std::string, json> keys_by_id(const Analyzer& analyzer) {
  std::map<std::string, json> out;
  std::istringstream lines(analyzer.index_keys_jsonl());
  for (std::string line; std::getline(lines, line);) {
    json k = json::parse(line);
    out[k["id"].get<std::string>()] = k;
  }
  return out;
}

bool has_term(const json& keys, const std::string& term) {
  const auto& terms = keys["terms"];
  return std::binary_search(terms.begin(), terms.end(), json(term));
}

TEST(AnalyzerIndexKeys, OneLinePerDocumentKeptWithItsTextHash) {
  Analyzer analyzer;
  analyzer.add_file("c.jsonl",
                    "{\"id\": \"a\", \"text\": \"التقى وزير الخارجية بالمشير حفتر في بنغازي أمس.\"}\n"
                    "{\"id\": \"b\", \"text\": \"التقى وزير الخارجية بالمشير حفتر في بنغازي أمس.\"}\n"
                    "{\"id\": \"c\", \"text\": \"أعلنت الأمم المتحدة عن جولة جديدة من المحادثات.\"}\n");
  auto keys = keys_by_id(analyzer);
  ASSERT_EQ(keys.size(), 2u);  // b duplicates a: merged, no line of its own
  ASSERT_TRUE(keys.count("a") && keys.count("c"));
  for (const auto& [id, k] : keys) {
    EXPECT_EQ(k["hash"].get<std::string>().size(), 16u) << id;
    EXPECT_TRUE(std::is_sorted(k["terms"].begin(), k["terms"].end())) << id;
  }
  EXPECT_NE(keys["a"]["hash"], keys["c"]["hash"]);
}

TEST(AnalyzerIndexKeys, EveryWordSearchFindsADocumentByIsAmongItsTerms) {
  Analyzer analyzer;
  analyzer.add_file("seeds.jsonl", test::seeds_jsonl());
  auto keys = keys_by_id(analyzer);
  struct Row {
    const char* query;  // one word; behind clitics in the seeds (وحفتر, للأمم…)
  } rows[] = {{"حفتر"}, {"ترامب"}, {"واشنطن"}, {"الأمم"}, {"ليبيا"}, {"طرابلس"}};
  for (const Row& row : rows) {
    json answer = json::parse(analyzer.search_json(row.query));
    std::string word = answer["normalized"];
    ASSERT_GT(answer["total"].get<int>(), 0) << row.query;
    for (const auto& hit : answer["hits"]) {
      EXPECT_TRUE(has_term(keys[hit["document"].get<std::string>()], word)) << row.query << " in " << hit["document"];
    }
    for (const auto& [doc, k] : keys) {  // and a document whose terms lack the word has no hit
      const std::string& id = doc;  // a lambda captures a variable, not a structured binding (clang 14)
      bool hit_here = std::any_of(answer["hits"].begin(), answer["hits"].end(),
                                  [&](const json& h) { return h["document"] == id; });
      if (!has_term(k, word)) {
        EXPECT_FALSE(hit_here) << row.query << " in " << id;
      }
    }
  }
}

}  // namespace
}  // namespace marsad
