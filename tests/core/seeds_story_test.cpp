// The seeds' story, end to end through the public API: who is named, when
// things happened, what the US did toward Haftar, and when it turned. These are
// the "done when" checks of the actor, time and event layers on real text.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "test_files.h"

namespace marsad {
namespace {

using Json = nlohmann::json;

class Seeds : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer();
    analyzer_->add_file("seeds.jsonl", test::seeds_jsonl());
    analysis_ = new Json(Json::parse(analyzer_->analysis_json(), nullptr, false));
  }
  static void TearDownTestSuite() {
    delete analysis_;
    delete analyzer_;
  }

  static const Json& doc(const std::string& prefix) {
    for (const Json& d : (*analysis_)["documents"])
      if (d["id"].get<std::string>().rfind(prefix, 0) == 0) return d;
    static const Json none;
    return none;
  }

  static std::set<std::string> actors_in(const Json& d) {
    std::set<std::string> ids;
    for (const Json& m : d["mentions"]) ids.insert(m["actor"]);
    return ids;
  }

  static bool has_time(const Json& d, const std::string& text, const std::string& value) {
    for (const Json& t : d["times"])
      if (t["text"].get<std::string>().find(text) != std::string::npos && t["value"] == value) return true;
    return false;
  }

  // An event of the document (`list`: "events", the reported ones, or
  // "weak_events", those shown on request).
  static bool has_event(const Json& d, const std::string& family, const std::set<std::string>& sources,
                        const std::set<std::string>& targets, const std::string& date = "",
                        const char* list = "events") {
    for (const Json& e : d[list]) {
      std::string src = e["source"], tgt = e["target"];
      std::string src_state = e.value("source_state", ""), tgt_state = e.value("target_state", "");
      bool s = sources.count(src) || sources.count(src_state);
      bool t = targets.count(tgt) || targets.count(tgt_state);
      if (e["symmetric"] == true) {
        s = s || sources.count(tgt);
        t = t || targets.count(src);
      }
      bool when = date.empty() || (e["date"].is_string() && e["date"] == date);
      if (e["code"].get<std::string>().rfind(family, 0) == 0 && s && t && when) return true;
    }
    return false;
  }

  static Analyzer* analyzer_;
  static Json* analysis_;
};

Analyzer* Seeds::analyzer_ = nullptr;
Json* Seeds::analysis_ = nullptr;

TEST_F(Seeds, EveryNamedActorIsFoundAndResolved) {
  // One id per real-world actor, in each seed: the people, armies, governments,
  // states, outlets and places the articles name.
  const std::map<std::string, std::set<std::string>> expected = {
      {"000", {"haftar", "lna", "benghazi", "gna", "un", "millett", "lby", "ita", "misrata", "alfano", "perrone",
               "al_marj", "aguila_saleh", "tobruk", "cnn", "trump", "usa", "waldhauser", "bodde"}},
      {"001", {"lna", "haftar", "benghazi", "isis", "gwarsha", "zwai", "bani", "akher_saa", "ganfouda", "derna",
               "ansar_sharia", "kobler", "winer", "millett", "hasi", "mismari", "twitter"}},
      {"002", {"lna", "tripoli", "white_house", "trump", "haftar", "unsc", "rus", "irn", "ven", "benghazi", "derna",
               "ghadames_conference", "sarraj", "qat", "tur", "zawiya", "syr", "mismari", "lna_general_command"}},
      {"003", {"trump", "haftar", "lna", "ita", "usa", "rus", "fra", "cia", "conte", "palazzo_chigi", "rome",
               "state_dept", "huffpost_italia", "gna", "sarraj"}},
      {"004", {"rus", "haftar", "gna", "state_dept", "coates", "norland", "tripoli", "bashagha",
               "gharyan", "tarhuna", "kaniyat", "libya_alhadath", "mismari", "berlin_conference", "tun"
              }},
  };
  for (const auto& [prefix, ids] : expected) {
    std::set<std::string> found = actors_in(doc(prefix));
    for (const std::string& id : ids) EXPECT_TRUE(found.count(id)) << "seed " << prefix << " misses " << id;
  }
}

TEST_F(Seeds, VariantsAndCliticsResolveToOneActor) {
  std::map<std::string, std::set<std::string>> forms;  // actor → texts it was found as
  for (const Json& d : (*analysis_)["documents"])
    for (const Json& m : d["mentions"]) forms[m["actor"]].insert(m["text"]);
  EXPECT_TRUE(forms["haftar"].count("وحفتر"));
  EXPECT_TRUE(forms["haftar"].count("بخليفة حفتر"));
  EXPECT_TRUE(forms["trump"].count("ترمب"));            // spelling variant
  EXPECT_TRUE(forms["trump"].count("دونالد ترامب"));
  EXPECT_TRUE(forms["waldhauser"].count("توماس وولد هاوزر"));  // a name split in two
  EXPECT_TRUE(forms["un"].count("الأمم_المتحدة"));     // inside a hashtag
  EXPECT_TRUE(forms["misrata"].count("ومصراته"));      // ta marbuta written as ha, behind و
}

TEST_F(Seeds, RelativeDatesResolveAgainstTheDocumentDate) {
  EXPECT_TRUE(has_time(doc("002"), "الاثنين الفارط", "2019-04-15"));
  EXPECT_TRUE(has_time(doc("002"), "أمس الاول", "2019-04-19"));
  EXPECT_TRUE(has_time(doc("000"), "الخامس من الشهر الجاري", "2017-07-05"));
  EXPECT_TRUE(has_time(doc("000"), "قبل شهرين", "2017-05"));
  EXPECT_TRUE(has_time(doc("000"), "قبل يومين", "2017-07"));  // never finer than the document date
  EXPECT_TRUE(has_time(doc("004"), "الثلاثاء", "2019-11"));
}

TEST_F(Seeds, UndatedDocumentsGetTightWindowsWithTheirBasis) {
  const Json& w1 = doc("001")["date_window"];
  EXPECT_EQ(w1["from"], "2015-11-17");  // Kobler took office as UN envoy
  EXPECT_EQ(w1["to"], "2017-01");       // Winer's mandate as US envoy ended
  const Json& w3 = doc("003")["date_window"];
  EXPECT_EQ(w3["from"], "2018-06-01");  // Conte, prime minister of Italy
  EXPECT_EQ(w3["to"], "2021-01-20");    // Trump, president
  EXPECT_EQ(w3["basis"].size(), 2u);
}

TEST_F(Seeds, TheStoryEventsAreCoded) {
  const std::set<std::string> us = {"usa"}, haftar = {"haftar", "lna"};
  EXPECT_TRUE(has_event(doc("002"), "041", {"trump"}, {"haftar"}, "2019-04-15"));  // the phone call
  EXPECT_TRUE(has_event(doc("000"), "04", us, {"haftar"}));       // the US delegation in al-Marj, 2017
  EXPECT_TRUE(has_event(doc("004"), "04", us, {"haftar"}));       // the delegation meeting, 2019
  // Acts of conflict (an accusation, a concern, a demand pinned on someone) are
  // reported only from the confidence where such acts were right nine times in
  // ten in cross-validation; the model is less sure of these: reported or weak.
  auto reported_or_weak = [](const Json& d, const char* family, const std::set<std::string>& s,
                             const std::set<std::string>& t) {
    return has_event(d, family, s, t, "", "events") || has_event(d, family, s, t, "", "weak_events");
  };
  EXPECT_TRUE(reported_or_weak(doc("004"), "11", us, {"rus"}));  // concern about Russia
  // The demand that Haftar stop: «طلب الخارجية الأمريكية من حفتر إنهاء هجومه»
  // stands in a relative clause of a long sentence.
  EXPECT_TRUE(reported_or_weak(doc("004"), "10", us, {"haftar"}));
  // Italy's ambassador visits Haftar: right, but the model is less sure of it
  // (about 0.6) than of the events the page shows by default (from the
  // threshold chosen on everyday news): reported or weak.
  EXPECT_TRUE(reported_or_weak(doc("000"), "04", {"ita"}, {"haftar"}));
  // Not coded: the UN's and the British ambassador's praise «بتحرير بنغازي» —
  // praise of a liberation whose agent the clause does not name.
  // Haftar in Rome: his visit to Italy or his meeting with Conte, either way round.
  EXPECT_TRUE(has_event(doc("003"), "04", {"ita", "conte"}, {"haftar"}) ||
              has_event(doc("003"), "04", {"haftar"}, {"ita", "conte"}));
  EXPECT_TRUE(reported_or_weak(doc("002"), "11", {"lna_general_command", "lna", "haftar"}, {"qat"}));  // accusations
  EXPECT_TRUE(reported_or_weak(doc("002"), "11", {"lna_general_command", "lna", "haftar"}, {"tur"}));
}

TEST_F(Seeds, TheCallIsOneEventWithTwoReports) {
  Json t = Json::parse(analyzer_->query_json("timeline", R"({"actor": "trump", "family": "041"})"));
  ASSERT_EQ(t["events"].size(), 1u);
  EXPECT_EQ(t["events"][0]["date"], "2019-04-15");
  EXPECT_GE(t["events"][0]["reports"].size(), 2u);  // the article comes back to the call
}

// The story with the weak events shown too (the November 2019 demand is near
// the reporting threshold): five articles are too few for a firm turn, and the
// relation says so.
TEST_F(Seeds, RelationShowsTheUsMovingTowardHaftarThenTheTurn) {
  Json r = Json::parse(analyzer_->query_json("relation", R"({"a": "usa", "b": "haftar", "weak": true})"));
  ASSERT_FALSE(r.contains("error"));
  std::map<std::string, double> mean;
  for (const Json& p : r["periods"]) mean[p["period"]] = p["mean"];
  // Winer's words of 2016 («قال إن جنود الجيش الوطني الليبي يقدمون … تضحيات») are a
  // statement, which the annotators of real news do not code as an event.
  ASSERT_TRUE(mean.count("2017-07") && mean.count("2019-04") && mean.count("2019-11"));
  EXPECT_GT(mean["2017-07"], 0);
  EXPECT_GT(mean["2019-04"], 0);                // the call and the support
  EXPECT_LT(mean["2019-11"], 0);                // the demand to stop the attack on Tripoli
  ASSERT_EQ(r["turning_points"].size(), 1u);
  EXPECT_EQ(r["turning_points"][0]["period"], "2019-11");
  EXPECT_EQ(r["turning_points"][0]["direction"], "conflictual");
  EXPECT_FALSE(r["turning_points"][0]["evidence_after"].empty());
  EXPECT_EQ(r["turning_points"][0]["tentative"], true);  // a handful of events on each side
  EXPECT_GE(r["turning_points"][0]["events_before"], 2);
  EXPECT_GE(r["turning_points"][0]["events_after"], 2);
  EXPECT_EQ(r["sparse"], false);
}

TEST_F(Seeds, FramingShowsHowEachOutletNamesTheTarget) {
  Json r = Json::parse(analyzer_->query_json("relation", R"({"a": "usa", "b": "haftar"})"));
  std::set<std::string> names;
  for (const Json& outlet : r["framing"])
    for (const Json& n : outlet["names"]) names.insert(n["text"]);
  EXPECT_TRUE(names.count("الجيش الوطني الليبي") || names.count("الجيش الليبي"));
  // Akher Saa (Cairo) writes of liberation and the national army; al-Raed
  // (Tripoli side) of aggression, militias and crimes.
  std::map<std::string, Json> tone;
  for (const Json& outlet : r["framing"]) tone[outlet["outlet"]] = outlet["tone"];
  EXPECT_GT(tone["آخر ساعة"].value("legitimizing", 0), tone["آخر ساعة"].value("delegitimizing", 0));
  EXPECT_GT(tone["الرائد"].value("delegitimizing", 0), tone["الرائد"].value("legitimizing", 0));
}

TEST_F(Seeds, ShardsMergeToTheSameAnalysis) {
  std::ifstream in(MARSAD_SOURCE_DIR "/web/corpus/seeds.jsonl", std::ios::binary);
  std::string line, first, second;
  for (int i = 0; std::getline(in, line); ++i) (i < 2 ? first : second) += line + "\n";
  Analyzer a, b, merged;
  a.add_file("part1.jsonl", first);
  b.add_file("part2.jsonl", second);
  merged.merge_shard("a", a.shard_json());
  merged.merge_shard("b", b.shard_json());
  Json m = Json::parse(merged.analysis_json());
  EXPECT_EQ(m["corpus"]["id"], (*analysis_)["corpus"]["id"]);
  EXPECT_EQ(m["documents"], (*analysis_)["documents"]);
  EXPECT_EQ(m["actors"], (*analysis_)["actors"]);
  EXPECT_EQ(merged.query_json("relation", R"({"a":"usa","b":"haftar"})"),
            analyzer_->query_json("relation", R"({"a":"usa","b":"haftar"})"));
}

}  // namespace
}  // namespace marsad
