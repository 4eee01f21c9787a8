// add_file says which kind of file it read, and reads a knowledge-base file as
// one: the page asks the core instead of parsing files in JavaScript.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "marsad/analyzer.h"

namespace marsad {
namespace {

using json = nlohmann::json;

const std::string kActors =
    R"({"actors": [{"id": "nayef", "type": "person", "name": {"ar": "نايف البكري", "en": "Nayef al-Bakri"}}]})";

TEST(FileKind, KnowledgeBaseOnlyForAJsonObjectOfActors) {
  struct Row {
    std::string name, bytes, kind;
  };
  const Row rows[] = {
      {"extra.json", kActors, "knowledge_base"},
      {"EXTRA.JSON", "\xEF\xBB\xBF  " + kActors, "knowledge_base"},
      {"extra.jsonl", kActors, "corpus"},  // one document per line, not a knowledge base
      {"extra.txt", kActors, "corpus"},
      {"docs.json", R"([{"text": "نص"}])", "corpus"},
      {"docs.json", R"({"documents": [], "actors": []})", "corpus"},
      {"docs.json", R"({"actors": "none"})", "corpus"},
      {"broken.json", R"({"actors": [)", "corpus"},
      {"empty.json", "", "corpus"},
  };
  for (const Row& r : rows) EXPECT_EQ(file_kind(r.name, r.bytes), r.kind) << r.name << ": " << r.bytes;
}

TEST(FileKind, AddFileSaysTheKindAndAddsAKnowledgeBaseAsOne) {
  Analyzer analyzer;
  json kb = json::parse(analyzer.add_file("extra.json", kActors));
  EXPECT_EQ(kb["kind"], "knowledge_base");
  EXPECT_EQ(kb["file"], "extra.json");
  EXPECT_EQ(kb["actors"], 1);
  EXPECT_FALSE(kb.contains("documents"));
  EXPECT_EQ(analyzer.document_count(), 0u);

  json corpus =
      json::parse(analyzer.add_file("news.jsonl", R"({"id": "d1", "text": "قال نايف البكري إن الاجتماع انتهى."})"));
  EXPECT_EQ(corpus["kind"], "corpus");
  EXPECT_EQ(corpus["documents"], 1);
  EXPECT_EQ(analyzer.document_count(), 1u);
  // The actor of the knowledge base is found in the text.
  json analysis = json::parse(analyzer.analysis_json());
  bool found = false;
  for (const json& m : analysis["documents"][0]["mentions"]) found |= m["actor"] == "nayef";
  EXPECT_TRUE(found) << analysis["documents"][0]["mentions"];
}

TEST(FileKind, APieceOfAFileIsCorpus) {
  Analyzer analyzer;
  json piece =
      json::parse(analyzer.add_file_part("news.jsonl", R"({"id": "d2", "text": "نص قصير للتجربة هنا."})", 3, 120));
  EXPECT_EQ(piece["kind"], "corpus");
}

}  // namespace
}  // namespace marsad
