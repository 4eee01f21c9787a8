// A reader's corrections of actors, written as a knowledge-base addition:
// "amend" changes only the fields it gives (of an actor of the knowledge base
// or of a name found in text), "same_as" merges an actor into another,
// "hidden" keeps an actor out of the queries' answers. Each is checked on the
// knowledge base, then on an analyzed corpus of sentences written here.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "actors/knowledge_base.h"
#include "marsad/analyzer.h"

namespace marsad::actors {
namespace {

using Json = nlohmann::json;

bool has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Two actors of one's own, one with a body it belongs to and a role.
constexpr const char* kMine = R"js({"actors": [
  {"id": "sea_brigade", "type": "armed_group", "name": {"ar": "كتيبة البحر", "en": "Sea Brigade"}, "state": "lby"},
  {"id": "sea_battalion", "type": "armed_group", "name": {"ar": "سرية البحر", "en": "Sea Battalion"},
   "aliases": {"ar": ["سرية البحر الأولى"]}, "short": ["البحرية"]},
  {"id": "salem_mariner", "type": "person", "name": {"ar": "سالم البحار"}, "affiliation": "sea_battalion",
   "roles": [{"title": "commander", "of": "sea_battalion", "from": "2015-01-01"}]}]})js";

KnowledgeBase mine() {
  KnowledgeBase kb = KnowledgeBase::builtin();
  std::vector<Problem> problems;
  kb.load("mine.json", kMine, problems);
  EXPECT_TRUE(problems.empty());
  return kb;
}

TEST(Corrections, AmendRenamesAndKeepsTheEarlierNameAsAnAlias) {
  KnowledgeBase kb = mine();
  std::vector<Problem> problems;
  size_t n = kb.load("fix.json", R"js({"actors": [
      {"id": "sea_brigade", "amend": true, "name": {"ar": "لواء البحر"}, "aliases": {"ar": ["كتيبة البحار"]}},
      {"id": "haftar", "amend": true, "name": {"en": "Field Marshal Haftar"}}]})js", problems);
  EXPECT_EQ(n, 2u);
  EXPECT_TRUE(problems.empty()) << problems[0].message;
  const Actor* a = kb.find("sea_brigade");
  EXPECT_EQ(a->name_ar, "لواء البحر");
  EXPECT_EQ(a->name_en, "Sea Brigade");  // not given: unchanged
  EXPECT_TRUE(has(a->aliases_ar, "كتيبة البحر"));   // still read in text
  EXPECT_TRUE(has(a->aliases_ar, "كتيبة البحار"));  // added
  EXPECT_EQ(a->state, "lby");
  const Actor* h = kb.find("haftar");
  EXPECT_EQ(h->name_en, "Field Marshal Haftar");
  EXPECT_EQ(h->name_ar, "خليفة حفتر");  // an amendment keeps what it does not give
  EXPECT_FALSE(h->roles.empty());
  EXPECT_TRUE(has(h->aliases_en, "Khalifa Haftar"));
}

TEST(Corrections, AmendRetypesAndHides) {
  KnowledgeBase kb = mine();
  std::vector<Problem> problems;
  EXPECT_FALSE(kb.has_hidden());
  kb.load("fix.json", R"js({"actors": [
      {"id": "sea_brigade", "amend": true, "type": "organization"},
      {"id": "sea_battalion", "amend": true, "hidden": true}]})js", problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(kb.find("sea_brigade")->type, "organization");
  EXPECT_TRUE(kb.has_hidden());
  EXPECT_TRUE(kb.hidden("sea_battalion"));
  EXPECT_FALSE(kb.hidden("sea_brigade"));
  kb.load("fix2.json", R"js([{"id": "sea_battalion", "amend": true, "hidden": false}])js", problems);
  EXPECT_FALSE(kb.hidden("sea_battalion"));  // shown again by a later file
}

TEST(Corrections, SameAsMergesNamesRolesAndWhatNamedTheActor) {
  KnowledgeBase kb = mine();
  std::vector<Problem> problems;
  size_t n = kb.load("fix.json", R"js({"actors": [{"id": "sea_battalion", "same_as": "sea_brigade"}]})js", problems);
  kb.validate(problems);
  EXPECT_EQ(n, 1u);
  EXPECT_TRUE(problems.empty()) << problems[0].message;
  const Actor* a = kb.find("sea_brigade");
  EXPECT_TRUE(has(a->aliases_ar, "سرية البحر"));
  EXPECT_TRUE(has(a->aliases_ar, "سرية البحر الأولى"));
  EXPECT_TRUE(has(a->aliases_en, "Sea Battalion"));
  EXPECT_TRUE(has(a->short_forms, "البحرية"));
  // The merged id finds the actor it was merged into; it is no actor of its own.
  EXPECT_EQ(kb.find("sea_battalion"), a);
  EXPECT_EQ(std::count_if(kb.actors().begin(), kb.actors().end(), [](const Actor& x) { return x.id == "sea_battalion"; }), 0);
  const Actor* salem = kb.find("salem_mariner");
  EXPECT_EQ(salem->affiliation, "sea_brigade");
  EXPECT_EQ(salem->roles[0].of, "sea_brigade");
}

TEST(Corrections, BadCorrectionsAreReportedWithTheirActorAndField) {
  KnowledgeBase kb = mine();
  std::vector<Problem> problems;
  size_t n = kb.load("bad.json", R"js({"actors": [
      {"id": "nobody_here", "amend": true, "name": {"ar": "أحد"}},
      {"id": "sea_brigade", "same_as": "nobody_here"},
      {"id": "sea_brigade", "same_as": "sea_brigade"},
      {"id": "sea_brigade", "same_as": "new:جبهه_البحر"},
      {"id": "sea_brigade", "amend": true, "type": "wizard"},
      {"id": "new:جبهه_البحر", "amend": true, "aliases": {"ar": ["x"]}},
      {"id": "sea_battalion", "same_as": "sea_brigade", "name": {"ar": "اسم"}}]})js", problems);
  ASSERT_EQ(problems.size(), 7u);
  for (const Problem& p : problems) EXPECT_EQ(p.file, "bad.json");
  EXPECT_NE(problems[0].message.find("nobody_here"), std::string::npos);
  EXPECT_EQ(problems[1].field, "same_as");
  EXPECT_EQ(problems[2].field, "same_as");
  EXPECT_EQ(problems[3].field, "same_as");  // a knowledge-base actor into a found name: the other way round
  EXPECT_EQ(problems[4].field, "type");
  EXPECT_EQ(problems[5].field, "aliases");  // a found name has only a name, a type and hidden
  EXPECT_EQ(problems[6].field, "name");     // what else a merge says is not read
  EXPECT_EQ(n, 2u);  // the found name's entry and the merge were still applied
  EXPECT_EQ(kb.find("sea_battalion"), kb.find("sea_brigade"));
  EXPECT_EQ(kb.find("sea_brigade")->name_ar, "كتيبة البحر");
}

TEST(Corrections, FoundNamesAreCorrectedByTheirId) {
  KnowledgeBase kb = mine();
  std::vector<Problem> problems;
  kb.load("fix.json", R"js({"actors": [
      {"id": "new:جبهه_البحر", "amend": true, "name": {"ar": "جبهة البحر", "en": "Sea Front"}, "type": "armed_group"},
      {"id": "new:سالم_البحار_الاول", "same_as": "salem_mariner"},
      {"id": "new:بيان", "amend": true, "hidden": true}]})js", problems);
  EXPECT_TRUE(problems.empty()) << problems[0].message;
  const FoundCorrection* f = kb.found_correction("new:جبهه_البحر");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name_ar, "جبهة البحر");
  EXPECT_EQ(f->type, "armed_group");
  EXPECT_EQ(kb.found_correction("new:سالم_البحار_الاول")->same_as, "salem_mariner");
  EXPECT_TRUE(kb.hidden("new:بيان"));
  EXPECT_FALSE(kb.hidden("new:جبهه_البحر"));
  EXPECT_EQ(kb.found_correction("new:غيره"), nullptr);
}

// --- On an analyzed corpus ----------------------------------------------------

// A businessman the knowledge base does not list, found after his title: twice
// written «أسامة الورفلي», once «اسامه الورفلي»; Bernardino León (the UN
// envoy), Haftar and the House of Representatives' speaker, of the knowledge base.
constexpr const char* kCorpus =
    R"js({"id": "a1", "date": "2015-07-14", "text": "التقى رجل الأعمال أسامة الورفلي مع المبعوث الأممي برناردينو ليون في تونس، وقال أسامة الورفلي إن الحوار مهم."}
{"id": "a2", "date": "2015-07-15", "text": "وأشاد رجل الأعمال أسامة الورفلي بجهود المبعوث الأممي برناردينو ليون في تونس."}
{"id": "a3", "date": "2015-07-16", "text": "انتقد رجل الأعمال اسامه الورفلي المبعوث الأممي برناردينو ليون بشدة."}
{"id": "a4", "date": "2015-07-12", "text": "قال المبعوث الأممي برناردينو ليون إن المشير خليفة حفتر التقى رئيس مجلس النواب عقيلة صالح في طبرق."}
)js";
constexpr const char* kFound = "new:اسامه_الورفلي";

struct Corpus {
  Analyzer analyzer;
  Corpus() { analyzer.add_file("corpus.jsonl", kCorpus); }
  Json actor(const std::string& id) {
    Json analysis = Json::parse(analyzer.analysis_json());
    for (const Json& a : analysis["actors"])
      if (a["id"] == id) return a;
    return Json();
  }
  Json query(const char* kind, const char* params) { return Json::parse(analyzer.query_json(kind, params)); }
  Json correct(const char* json) {
    Json summary = Json::parse(analyzer.add_knowledge_base("marsad-corrections.json", json));
    EXPECT_EQ(summary["problems"], Json::array()) << summary.dump();
    return summary;
  }
};

TEST(Corrections, AFoundNameIsShownAsTheTextsMostOftenWriteIt) {
  Corpus c;
  Json a = c.actor(kFound);
  ASSERT_TRUE(a.is_object());
  EXPECT_EQ(a["in_kb"], false);
  EXPECT_EQ(a["name"]["ar"], "اسامه الورفلي");  // normalized: the id's spelling
  EXPECT_EQ(a["display"], "أسامة الورفلي");     // written so twice, the other way once
  EXPECT_FALSE(c.actor("leon").contains("display"));  // the knowledge base's names are its own
}

TEST(Corrections, AFoundNameRenamedAndRetypedKeepsItsMentions) {
  Corpus c;
  size_t mentions = c.actor(kFound)["mentions"];
  c.correct(R"js({"actors": [{"id": "new:اسامه_الورفلي", "amend": true, "type": "organization",
                   "name": {"ar": "مجموعة الورفلي", "en": "Werfalli Group"}}]})js");
  Json a = c.actor(kFound);
  EXPECT_EQ(a["type"], "organization");
  EXPECT_EQ(a["name"]["ar"], "مجموعة الورفلي");
  EXPECT_EQ(a["name"]["en"], "Werfalli Group");
  EXPECT_FALSE(a.contains("display"));  // the reader's name, not the texts'
  EXPECT_EQ(a["mentions"], mentions);
  // The network draws it with its new type too.
  bool drawn = false;
  Json network = c.query("network", "{}");
  for (const Json& n : network["nodes"])
    if (n["id"] == kFound) {
      drawn = true;
      EXPECT_EQ(n["type"], "organization");
    }
  EXPECT_TRUE(drawn);
}

TEST(Corrections, AFoundNameMergedIntoAnActorIsThatActorEverywhere) {
  Corpus c;
  size_t found = c.actor(kFound)["mentions"], haftar = c.actor("haftar")["mentions"];
  c.correct(R"js({"actors": [{"id": "new:اسامه_الورفلي", "same_as": "haftar"}]})js");
  EXPECT_TRUE(c.actor(kFound).is_null());
  EXPECT_EQ(c.actor("haftar")["mentions"], found + haftar);
  Json timeline = c.query("timeline", R"js({"actor": "leon", "weak": true})js");
  size_t by_haftar = 0;
  for (const Json& e : timeline["events"]) {
    EXPECT_NE(e["source"], kFound);
    by_haftar += e["source"] == "haftar";
  }
  EXPECT_GE(by_haftar, 3u);  // the businessman's three acts toward León
}

TEST(Corrections, AHiddenActorLeavesTheQueriesButNotTheAnalysis) {
  Corpus c;
  Json before = c.query("timeline", R"js({"weak": true})js");
  c.correct(R"js({"actors": [{"id": "new:اسامه_الورفلي", "amend": true, "hidden": true}]})js");
  EXPECT_EQ(c.actor(kFound)["hidden"], true);
  EXPECT_GT(c.actor(kFound)["mentions"], 0);  // still read in the text
  Json after = c.query("timeline", R"js({"weak": true})js");
  EXPECT_EQ(after["total"], before["total"].get<size_t>() - 3);
  for (const Json& e : after["events"]) EXPECT_NE(e["source"], kFound);
  Json network = c.query("network", "{}");
  for (const Json& n : network["nodes"]) EXPECT_NE(n["id"], kFound);
  // Shown again by a later addition.
  c.correct(R"js({"actors": [{"id": "new:اسامه_الورفلي", "amend": true, "hidden": false}]})js");
  EXPECT_FALSE(c.actor(kFound).contains("hidden"));
  EXPECT_EQ(c.query("timeline", R"js({"weak": true})js")["total"], before["total"]);
}

TEST(Corrections, ActorsOfTheKnowledgeBaseMergedAreCountedAsOne) {
  Analyzer analyzer;
  analyzer.add_knowledge_base("mine.json", kMine);
  analyzer.add_file("sea.jsonl", R"js({"id": "s1", "date": "2015-07-01", "text": "قالت كتيبة البحر إنها مستعدة للحوار. وأعلنت سرية البحر الأولى انسحابها من الميناء."})js");
  auto mentions = [&](const std::string& id) {
    Json analysis = Json::parse(analyzer.analysis_json());
    for (const Json& a : analysis["actors"])
      if (a["id"] == id) return a["mentions"].get<int>();
    return 0;
  };
  ASSERT_EQ(mentions("sea_brigade"), 1);
  ASSERT_EQ(mentions("sea_battalion"), 1);
  analyzer.add_knowledge_base("fix.json", R"js({"actors": [{"id": "sea_battalion", "same_as": "sea_brigade"}]})js");
  EXPECT_EQ(mentions("sea_brigade"), 2);
  EXPECT_EQ(mentions("sea_battalion"), 0);
}

TEST(Corrections, TheTimelineSaysWhichAffiliatedActorsTheActorFilterTookIn) {
  Corpus c;
  // Filtering on the House of Representatives takes in its speaker's meeting with Haftar.
  Json all = c.query("timeline", R"js({"actor": "hor", "weak": true})js");
  ASSERT_EQ(all["total"], 1);
  ASSERT_EQ(all["included"].size(), 1u);
  EXPECT_EQ(all["included"][0]["id"], "aguila_saleh");
  EXPECT_EQ(all["included"][0]["events"], 1);
  Json own = c.query("timeline", R"js({"actor": "hor", "weak": true, "affiliated": false})js");
  EXPECT_EQ(own["total"], 0);
  EXPECT_EQ(own["included"], Json::array());
  EXPECT_FALSE(c.query("timeline", R"js({"weak": true})js").contains("included"));  // no actor filter
  EXPECT_TRUE(c.query("timeline", R"js({"affiliated": "no"})js").contains("error"));
}

}  // namespace
}  // namespace marsad::actors
