// The clause slots of tests/fixtures/events/slots.txt: what the light reading
// of a clause says each participant of a trigger is, with the built-in
// knowledge base and lexicons. Deterministic: no learned model is involved.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "case_file.h"
#include "events/extractor.h"
#include "text/normalizer.h"

namespace marsad::events {
namespace {

struct Case {
  std::string name, date, sentence, trigger;
  std::vector<std::pair<std::string, std::string>> slots;  // actor → slot
};

std::string trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::vector<Case> read_cases(const std::string& path) {
  std::vector<Case> cases;
  for (const test::CaseText& text : test::read_case_file(path)) {
    Case c{text.name, text.date, text.sentence, "", {}};
    for (const std::string& line : text.expected) {  // «TRIGGER: actor slot, actor slot…»
      size_t colon = line.find(':');
      c.trigger = trim(line.substr(0, colon));
      std::stringstream rest(line.substr(colon + 1));
      for (std::string item; std::getline(rest, item, ',');) {
        std::istringstream fields(item);
        std::string actor, slot;
        fields >> actor >> slot;
        c.slots.emplace_back(actor, slot == "none" ? "(not a participant)" : slot);
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(EventSlots, EachParticipantFillsTheSlotOfItsClause) {
  std::vector<Case> cases = read_cases(MARSAD_FIXTURES_DIR "/events/slots.txt");
  ASSERT_GE(cases.size(), 12u);
  const actors::KnowledgeBase& kb = actors::KnowledgeBase::builtin();
  for (const Case& c : cases) {
    test::ParsedCase parsed;
    test::parse_case(c.sentence, c.date, parsed);
    const analysis::DocumentParse& p = parsed.parse;
    std::string wanted = text::normalize_key(c.trigger);
    const TriggerInstance* found = nullptr;
    std::vector<TriggerInstance> instances = trigger_instances(parsed.input(), TriggerLexicon::builtin(), kb);
    for (const TriggerInstance& t : instances)
      if (p.tokens[t.first].in(p.norm.text) == wanted) found = &t;
    EXPECT_NE(found, nullptr) << "case «" << c.name << "»: no trigger «" << c.trigger << "»";
    if (!found) continue;
    for (const auto& [actor, slot] : c.slots) {
      std::string got = "(not a participant)";
      // An actor named twice (a name and its apposition) fills the slot of its first mention that has one.
      for (size_t i = 0; i < found->participants.size(); ++i) {
        if (found->participants[i]->actor != actor) continue;
        for (const std::string& f : found->participant_features[i])
          if (f.rfind("s=", 0) == 0 && (got == "(not a participant)" || got == "beyond")) got = f.substr(2);
      }
      EXPECT_EQ(got, slot) << "case «" << c.name << "», trigger «" << c.trigger << "», actor " << actor;
    }
  }
}

// The features of participant `actor` for the trigger written `trigger` in `sentence`.
std::vector<std::string> features_of(const std::string& sentence, const std::string& trigger, const std::string& actor) {
  test::ParsedCase parsed;
  test::parse_case(sentence, "2016-05-10", parsed);
  const analysis::DocumentParse& p = parsed.parse;
  std::string wanted = text::normalize_key(trigger);
  for (const TriggerInstance& t : trigger_instances(parsed.input(), TriggerLexicon::builtin(), actors::KnowledgeBase::builtin()))
    if (p.tokens[t.first].in(p.norm.text) == wanted)
      for (size_t i = 0; i < t.participants.size(); ++i)
        if (t.participants[i]->actor == actor) return t.participant_features[i];
  return {};
}

bool has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

// What stands between a trigger and a participant: mentions and time words do
// not count, other words do — a participant behind nouns of its own is theirs.
TEST(EventSlots, TheWordsBetweenATriggerAndAParticipantAreCounted) {
  const std::string s = "اتهمت باريس أمس أنقرة بمساعدة جماعة الحوثي.";
  EXPECT_TRUE(has(features_of(s, "اتهمت", "fra"), "g=0|subject"));
  EXPECT_TRUE(has(features_of(s, "اتهمت", "tur"), "g=0|object"));
  std::vector<std::string> houthis = features_of(s, "اتهمت", "houthis");
  ASSERT_FALSE(houthis.empty());
  EXPECT_FALSE(has(houthis, "g=0|object"));
  EXPECT_TRUE(has(houthis, "g=1|object") || has(houthis, "g=2|object")) << "two words between: «بمساعدة جماعة»";
}

// A verb has one object: a second bare one, not joined to the first by و, is
// marked as such; objects joined by و are one.
TEST(EventSlots, ASecondObjectIsMarkedButNotAJoinedOne) {
  const std::string s = "اتهمت باريس أنقرة بمساعدة جماعة الحوثي.";
  EXPECT_FALSE(has(features_of(s, "اتهمت", "tur"), "later=object"));
  EXPECT_TRUE(has(features_of(s, "اتهمت", "houthis"), "later=object"));
  const std::string joined = "اتهمت باريس أنقرة وطهران بدعم الإرهاب.";
  EXPECT_FALSE(has(features_of(joined, "اتهمت", "irn"), "later=object"));
}

// The pair proposed for `trigger` in `sentence` under a model written here.
std::pair<std::string, std::string> proposed(const std::string& sentence, const std::string& trigger,
                                             const std::string& model_text) {
  ArgumentModel model;
  std::string error;
  EXPECT_TRUE(model.load(model_text, &error)) << error;
  test::ParsedCase parsed;
  test::parse_case(sentence, "2016-05-10", parsed);
  const analysis::DocumentParse& p = parsed.parse;
  std::vector<TriggerInstance> all = trigger_instances(parsed.input(), TriggerLexicon::builtin(), actors::KnowledgeBase::builtin());
  std::vector<TriggerInstance> one;
  for (TriggerInstance& t : all)
    if (p.tokens[t.first].in(p.norm.text) == text::normalize_key(trigger)) one.push_back(std::move(t));
  std::vector<EventCandidate> c = propose_events(one, model);
  if (c.empty()) return {};
  return {one[0].participants[c[0].source]->actor, one[0].participants[c[0].target]->actor};
}

// «بين» names an act's two sides; a model, however sure of the host as a
// source, does not make the host a side.
TEST(EventProposals, WhenBetweenNamesTwoSidesTheyAreTheSides) {
  const std::string model = "bias\t0\t0\t0\ns=governing-subject\t0\t6\t0\ns=paired\t0\t1\t1\n";
  auto [source, target] = proposed("وأعلنت الدوحة عن محادثات بين الحكومة الأفغانية وحركة طالبان.", "محادثات", model);
  EXPECT_EQ(std::minmax(source, target), std::minmax(std::string("afg"), std::string("taliban")));
}

// One does not cooperate with whom one is against: «ضد X» is no target of joining.
TEST(EventProposals, WhomACooperativeActIsAgainstIsNotItsTarget) {
  const std::string model = "bias\t0\t0\t0\ns=subject\t0\t3\t0\ns=other-preposition\t0\t0\t5\n";
  auto [source, target] = proposed("انضمت قطر إلى التحالف ضد تنظيم داعش.", "انضمت", model);
  EXPECT_NE(target, "isis");
}


// The trigger features of the trigger written `trigger` in `sentence`.
std::vector<std::string> trigger_features_of(const std::string& sentence, const std::string& trigger) {
  test::ParsedCase parsed;
  test::parse_case(sentence, "2016-05-10", parsed);
  const analysis::DocumentParse& p = parsed.parse;
  for (const TriggerInstance& t : trigger_instances(parsed.input(), TriggerLexicon::builtin(), actors::KnowledgeBase::builtin()))
    if (p.tokens[t.first].in(p.norm.text) == text::normalize_key(trigger)) return t.features;
  return {};
}

// A sentence of sport, markets or entertainment is marked for the event model,
// which weighs it (it is seldom about acts between states and groups).
TEST(EventFeatures, ASentenceOfSportMarketsOrEntertainmentIsMarked) {
  std::vector<std::string> match = trigger_features_of("استقبل أمير الرياض السفير الأمريكي بعد المباراة النهائية للدوري.", "استقبل");
  ASSERT_FALSE(match.empty());
  EXPECT_TRUE(has(match, "e:leisure"));
  std::vector<std::string> film = trigger_features_of("زار وزير الثقافة الفرنسي الرياض لحضور عرض الفيلم.", "زار");
  EXPECT_TRUE(has(film, "e:leisure"));
  std::vector<std::string> talks = trigger_features_of("استقبل أمير الرياض السفير الأمريكي في مكتبه أمس.", "استقبل");
  ASSERT_FALSE(talks.empty());
  EXPECT_FALSE(has(talks, "e:leisure"));
}

// The event model weighs the act's CAMEO code (a call is surer than a
// request), not the word that names it.
TEST(EventFeatures, TheTriggersCodeIsAFeatureItsWordIsNot) {
  std::vector<std::string> call = trigger_features_of("أجرى وزير الخارجية الفرنسي اتصالا هاتفيا بنظيره الأردني.", "أجرى");
  ASSERT_FALSE(call.empty());
  EXPECT_TRUE(std::any_of(call.begin(), call.end(), [](const std::string& f) { return f.rfind("e:code=04", 0) == 0; }));
  EXPECT_FALSE(std::any_of(call.begin(), call.end(), [](const std::string& f) { return f.find("اجري") != std::string::npos; }));
}

// The features the event model weighs for the pair proposed for `trigger`.
std::vector<std::string> candidate_features_of(const std::string& sentence, const std::string& trigger) {
  test::ParsedCase parsed;
  test::parse_case(sentence, "2016-05-10", parsed);
  const analysis::DocumentParse& p = parsed.parse;
  std::vector<TriggerInstance> one;
  for (TriggerInstance& t : trigger_instances(parsed.input(), TriggerLexicon::builtin(), actors::KnowledgeBase::builtin()))
    if (p.tokens[t.first].in(p.norm.text) == text::normalize_key(trigger)) one.push_back(std::move(t));
  std::vector<EventCandidate> c = propose_events(one, ArgumentModel::builtin());
  return c.empty() ? std::vector<std::string>{} : c[0].features;
}

// Two sides of one state (a president and his own minister) are
// marked for the event model: such news is seldom an act between actors.
TEST(EventFeatures, TwoSidesOfOneStateAreMarked) {
  std::vector<std::string> own = candidate_features_of("التقى الرئيس المصري عبد الفتاح السيسي بوزير الخارجية المصري سامح شكري.", "التقى");
  ASSERT_FALSE(own.empty());
  EXPECT_TRUE(has(own, "same-state|04"));
  std::vector<std::string> other = candidate_features_of("التقى الرئيس المصري عبد الفتاح السيسي بوزير الخارجية الأمريكي جون كيري.", "التقى");
  ASSERT_FALSE(other.empty());
  EXPECT_FALSE(has(other, "same-state|04"));
}

// The event model also weighs how sure both sides are at once, with the
// pattern, how near each stands to the trigger, and both sides' types with the root.
TEST(EventFeatures, BothSidesAndTheirDistancesAreWeighed) {
  std::vector<std::string> f =
      candidate_features_of("انتقد وزير الخارجية البحريني خالد بن أحمد آل خليفة إيران بشدة.", "انتقد");
  ASSERT_FALSE(f.empty());
  auto starts = [&](const std::string& prefix) {
    return std::any_of(f.begin(), f.end(), [&](const std::string& x) { return x.rfind(prefix, 0) == 0; });
  };
  EXPECT_TRUE(starts("sides=")) << "no feature of both sides' certainty";
  EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const std::string& x) {
    return x.rfind("sides=", 0) == 0 && x.find("verb: subject → object") != std::string::npos;
  }));
  EXPECT_TRUE(starts("source-g=")) << "no feature of the words between the source and the trigger";
  EXPECT_TRUE(starts("target-d=")) << "no feature of the target's distance";
  EXPECT_TRUE(has(f, "types|root=person|country|11"));
}

}  // namespace
}  // namespace marsad::events
