// The knowledge base: the built-in data validates, user additions add or
// override actors, and bad additions are reported, never used blindly.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "marsad/analyzer.h"

namespace marsad::actors {
namespace {

TEST(KnowledgeBase, BuiltinDataIsValidAndLarge) {
  EXPECT_EQ(validate_builtin_data(), "[]");
  const KnowledgeBase& kb = KnowledgeBase::builtin();
  EXPECT_GE(kb.actors().size(), 250u);
  ASSERT_NE(kb.find("haftar"), nullptr);
  EXPECT_EQ(kb.state_of("norland"), "usa");           // an ambassador acts for his state
  EXPECT_EQ(kb.state_of("lna_general_command"), "lby");  // through its affiliation
}

TEST(Groups, BadEntriesAreReportedWithTheirField) {
  std::vector<Problem> problems;
  validate_groups(R"js({"groups": [
      {"id": "civilians", "ar": "مدنيون", "en": "Civilians", "phrases": ["المدنيين"]},
      {"id": "civilians", "ar": "مدنيون", "en": "Civilians", "phrases": ["المدنيين"]},
      {"id": "farmers", "ar": "مزارعون", "phrases": [], "colour": "green"}],
      "members": ["أبناء", 3]})js", "groups.json", problems);
  std::vector<std::string> fields;
  for (const Problem& p : problems) {
    EXPECT_EQ(p.file, "groups.json");
    fields.push_back(p.field);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"members", "id", "en", "phrases", "colour"}));
  problems.clear();
  validate_groups("[]", "groups.json", problems);
  EXPECT_EQ(problems.size(), 1u);
}

TEST(KnowledgeBase, AdditionsAddAndOverride) {
  KnowledgeBase kb = KnowledgeBase::builtin();
  std::vector<Problem> problems;
  size_t n = kb.load("mine.json", R"js({"actors": [
      {"id": "haftar", "type": "person", "name": {"ar": "خليفة حفتر", "en": "Khalifa Haftar, edited"}},
      {"id": "new_reporter", "type": "person", "name": {"ar": "سامي المراسل"}, "state": "lby"}]})js", problems);
  kb.validate(problems);
  EXPECT_EQ(n, 2u);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(kb.find("haftar")->name_en, "Khalifa Haftar, edited");
  EXPECT_NE(kb.find("new_reporter"), nullptr);
}

TEST(KnowledgeBase, BadAdditionsAreReportedWithTheirActorAndField) {
  KnowledgeBase kb;
  std::vector<Problem> problems;
  std::string long_name(4000, 'x');
  kb.load("bad.json", R"js({"actors": [
      {"id": "Bad Id", "type": "person", "name": {"ar": "اسم"}},
      {"id": "a", "type": "wizard", "name": {"ar": "اسم"}},
      {"id": "b", "type": "person", "name": {"ar": ")js" + long_name + R"js("}},
      {"id": "c", "type": "person", "name": {"ar": "اسم"}, "aliases": {"ar": [")js" + long_name + R"js("]}},
      {"id": "d", "type": "person", "name": {"ar": "اسم"}, "state": "nowhere",
       "roles": [{"title": "ambassador", "from": "2019-13-01"}]},
      {"id": "e", "type": "organization", "name": {"ar": "نادي"}, "sector": "football"},
      {"id": "f", "type": "organization", "name": {"ar": "نادي"}, "needs_context": "yes"},
      {"id": "g", "type": "person", "name": {"ar": "اسم"}, "alias": {"ar": ["اسم آخر"]},
       "roles": [{"title": "minister", "of": "f", "since": "2019"}]},
      {"id": "h", "type": "armed_group", "name": {"ar": "جماعة"}, "partner": {"of": ["nobody"], "ar": ["الجماعة"]}},
      {"id": "i", "type": "armed_group", "name": {"ar": "جماعة"}, "partner": ["الجماعة"]},
      {"id": "j", "type": "person", "name": {"ar": "اسم"}, "died": "2015-13-40"},
      {"id": "k", "type": "country", "name": {"ar": "بلد"}, "died": "2015"}]})js", problems);
  kb.validate(problems);
  std::string all;
  for (const Problem& p : problems) all += p.message + "\n";
  EXPECT_NE(all.find("lowercase"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown type \"wizard\""), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"b\": name is longer than"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"c\": ar has a name longer than"), std::string::npos) << all;
  EXPECT_NE(all.find("invalid date"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown actor \"nowhere\""), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"e\": sector is \"sport\", \"humanitarian\", \"rights\" or absent"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"f\": needs_context must be true or false"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"g\": alias is not a key of an actor"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"g\": roles a role has an unknown key \"since\""), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"h\": partner.of names unknown actor \"nobody\""), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"i\": partner must be an object"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"j\": died must be an ISO date"), std::string::npos) << all;
  EXPECT_NE(all.find("actor \"k\": died is for persons only"), std::string::npos) << all;
  EXPECT_NE(kb.find("g"), nullptr);  // read all the same
  EXPECT_EQ(kb.find("b"), nullptr);
  ASSERT_NE(kb.find("c"), nullptr);
  EXPECT_TRUE(kb.find("c")->aliases_ar.empty());  // the overlong alias is left out
}

TEST(KnowledgeBase, AnalyzerReportsAdditionProblemsAndUsesTheRest) {
  Analyzer analyzer;
  auto summary = nlohmann::json::parse(analyzer.add_knowledge_base(
      "mine.json", R"js({"actors": [{"id": "x1", "type": "person", "name": {"ar": "مراد البرعصي"}}, {"id": 5}]})js"));
  EXPECT_EQ(summary["actors"], 1);
  EXPECT_FALSE(summary["problems"].empty());  // the actor without a usable id
  analyzer.add_file("d.jsonl", R"js({"id": "d", "text": "قال مراد البرعصي إن الاجتماع انتهى دون اتفاق بين الأطراف."})js");
  auto analysis = nlohmann::json::parse(analyzer.analysis_json());
  ASSERT_FALSE(analysis["documents"][0]["mentions"].empty());
  EXPECT_EQ(analysis["documents"][0]["mentions"][0]["actor"], "x1");
}

}  // namespace
}  // namespace marsad::actors
