// The argument patterns of tests/fixtures/events/patterns.txt, one case each,
// through the core with the built-in knowledge base, lexicons and event model.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "case_file.h"
#include "events/extractor.h"

namespace marsad::events {
namespace {

struct Expectation {
  bool present = true;  // false: "not …"
  std::string root, source, target;
  bool either_way = false;
  std::vector<std::pair<std::string, std::string>> fields;  // key=value: code, date, date_before, reported_by, guessed, trigger
  std::string line;
};

struct Case {
  std::string name, date, sentence;
  bool none = false;
  std::vector<Expectation> expected;
};

std::vector<Case> read_cases(const std::string& path) {
  std::vector<Case> cases;
  for (const test::CaseText& text : test::read_case_file(path)) {
    Case c{text.name, text.date, text.sentence, false, {}};
    for (const std::string& line : text.expected) {
      if (line == "none") {
        c.none = true;
        continue;
      }
      Expectation e;
      e.line = line;
      std::istringstream fields(line);
      std::string word, arrow;
      fields >> word;
      if (word == "not") {
        e.present = false;
        fields >> word;
      }
      e.root = word;
      fields >> e.source >> arrow >> e.target;
      e.either_way = arrow == "<->";
      for (std::string kv; fields >> kv;)
        if (size_t eq = kv.find('='); eq != std::string::npos) e.fields.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
      c.expected.push_back(e);
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

struct Found {
  std::string root, source, target;
  std::map<std::string, std::string> fields;
};

// The events the core codes for a case's sentence: those it reports (the
// built-in model and its thresholds), or every event its clause reading
// proposes, however unsure the model is of it (thresholds at zero).
std::vector<Found> events_of(const Case& c, bool proposed) {
  test::ParsedCase parsed;
  test::parse_case(c.sentence, c.date, parsed);
  ArgumentModel model = ArgumentModel::builtin();
  if (proposed) {
    model.set_setting("@min_confidence", 0);
    model.set_setting("@min_force_confidence", 0);
    model.set_setting("@min_conflict_confidence", 0);
  }
  std::vector<Found> out;
  for (const Event& e : extract_events(parsed.input(), TriggerLexicon::builtin(), Cameo::builtin(),
                                       actors::KnowledgeBase::builtin(), model))
    out.push_back({e.code.substr(0, 2), e.source, e.target,
                   {{"code", e.code}, {"date", e.date}, {"date_before", e.date_before ? "yes" : "no"}, {"reported_by", e.reported_by},
                    {"guessed", e.guessed ? "yes" : "no"}, {"trigger", e.rule.substr(0, e.rule.find(':'))}}});
  return out;
}

bool holds(const Expectation& x, const Found& f) {
  if (f.root != x.root) return false;
  for (const auto& [key, value] : x.fields)
    if (auto it = f.fields.find(key); it == f.fields.end() || it->second != value) return false;
  if (f.source == x.source && f.target == x.target) return true;
  return x.either_way && f.source == x.target && f.target == x.source;
}

std::string listing(const std::vector<Found>& found) {
  std::string out;
  for (const Found& f : found) out += "\n    found " + f.fields.at("code") + " " + f.source + " -> " + f.target;
  return out;
}

// What the clause reading proposes: every expected event is among its
// proposals, and what a case rules out («not», «none») is not even proposed.
TEST(EventPatterns, EachCaseIsReadAsItsSentenceSays) {
  std::vector<Case> cases = read_cases(MARSAD_FIXTURES_DIR "/events/patterns.txt");
  ASSERT_GE(cases.size(), 20u);
  for (const Case& c : cases) {
    std::vector<Found> found = events_of(c, true);
    if (c.none) {
      EXPECT_TRUE(found.empty()) << "case «" << c.name << "»: expected no event" << listing(found);
    }
    for (const Expectation& x : c.expected) {
      bool any = std::any_of(found.begin(), found.end(), [&](const Found& f) { return holds(x, f); });
      EXPECT_EQ(any, x.present) << "case «" << c.name << "»: " << x.line << listing(found);
    }
  }
}

// And what the analyzer reports, at its thresholds, never contradicts a case.
TEST(EventPatterns, NothingReportedContradictsACase) {
  for (const Case& c : read_cases(MARSAD_FIXTURES_DIR "/events/patterns.txt")) {
    std::vector<Found> found = events_of(c, false);
    if (c.none) {
      EXPECT_TRUE(found.empty()) << "case «" << c.name << "»" << listing(found);
    }
    for (const Expectation& x : c.expected) {
      if (x.present) continue;
      EXPECT_FALSE(std::any_of(found.begin(), found.end(), [&](const Found& f) { return holds(x, f); }))
          << "case «" << c.name << "»: " << x.line << listing(found);
    }
  }
}

// A side the trigger's clause does not give (one beyond it, a subject carried
// over from the clause before to a verb joined by و or ثم) makes the event a guess: weak — but for a source
// beyond the clause with the target in it, not in an act of conflict, reported
// from the threshold the model sets for such guesses.
TEST(EventPatterns, AnEventWithASideItsClauseDoesNotGiveIsWeakBelowItsOwnThreshold) {
  test::ParsedCase parsed;
  test::parse_case("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس في زيارة رسمية، ثم التقى بعد ذلك نظيره المصري سامح شكري، "
                   "فيما هاجمت الفصائل مواقع النظام السوري ثم قصفت مواقع حزب الله.",
                   "2015-08-02", parsed);
  for (double guess_threshold : {1.0, 0.0}) {
    ArgumentModel model = ArgumentModel::builtin();
    model.set_setting("@min_confidence", 0);
    model.set_setting("@weak_confidence", 0);
    model.set_setting("@min_conflict_confidence", 0);
    model.set_setting("@min_force_confidence", 0);
    model.set_setting("@min_guessed_confidence", guess_threshold);
    int guessed = 0, given = 0, guessed_conflict = 0;
    for (const Event& e : extract_events(parsed.input(), TriggerLexicon::builtin(), Cameo::builtin(),
                                         actors::KnowledgeBase::builtin(), model)) {
      bool outside = e.rule.find("beyond") != std::string::npos || e.rule.find("carried →") != std::string::npos;
      bool conflict = e.code.substr(0, 2) >= "10";
      EXPECT_EQ(e.guessed, outside) << e.rule;
      bool source_beyond_only = e.rule.find(": beyond →") != std::string::npos && !e.rule.ends_with("→ beyond");
      EXPECT_EQ(e.weak, outside && (conflict || !source_beyond_only || guess_threshold > 0.5)) << e.code << " " << e.rule;
      (outside ? guessed : given) += 1;
      guessed_conflict += outside && conflict;
    }
    EXPECT_GT(guessed, 0);
    EXPECT_GT(given, 0);
    EXPECT_GT(guessed_conflict, 0);
  }
}

// An act of conflict that is not force (an accusation, a demand) is reported
// from a threshold of its own; a meeting at the same confidence is not held to it.
TEST(EventPatterns, AnActOfConflictIsReportedFromItsOwnThreshold) {
  test::ParsedCase parsed;
  test::parse_case("اتهمت الحكومة العراقية تركيا بانتهاك سيادتها، بينما التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبدالله الثاني في القاهرة.",
                   "2016-03-01", parsed);
  for (double conflict_threshold : {0.0, 0.999}) {
    ArgumentModel model = ArgumentModel::builtin();
    model.set_setting("@min_confidence", 0);
    model.set_setting("@weak_confidence", 0);
    model.set_setting("@min_conflict_confidence", conflict_threshold);
    int hostile = 0, other = 0;
    for (const Event& e : extract_events(parsed.input(), TriggerLexicon::builtin(), Cameo::builtin(),
                                         actors::KnowledgeBase::builtin(), model)) {
      if (e.guessed) continue;
      bool conflict = e.code.substr(0, 2) >= "10";
      EXPECT_EQ(e.weak, conflict && conflict_threshold > 0.5) << e.code << " " << e.rule;
      (conflict ? hostile : other) += 1;
    }
    EXPECT_GT(hostile, 0);
    EXPECT_GT(other, 0);
  }
}

// «وسيزور فابيوس طهران … في أول زيارة يقوم بها وزير فرنسي لإيران»: the state a
// person acts for, doing the very same to the same side in one sentence, is the
// person's act told again — one event, the person's (whatever its confidence).
TEST(EventPatterns, AStateRestatingItsPersonsActIsThatAct) {
  test::ParsedCase parsed;
  test::parse_case("وسيزور وزير الخارجية الفرنسي لوران فابيوس طهران الشهر المقبل في أول زيارة يقوم بها وزير فرنسي لإيران منذ 12 عاما.",
                   "2015-07-22", parsed);
  ArgumentModel model = ArgumentModel::builtin();
  model.set_setting("@min_confidence", 0);
  model.set_setting("@weak_confidence", 0);
  int person = 0, state = 0;
  for (const Event& e : extract_events(parsed.input(), TriggerLexicon::builtin(), Cameo::builtin(),
                                       actors::KnowledgeBase::builtin(), model)) {
    if (e.target != "irn" || e.code.substr(0, 2) != "03") continue;
    person += e.source == "fabius";
    state += e.source == "fra";
  }
  EXPECT_EQ(person, 1);
  EXPECT_EQ(state, 0);
}

}  // namespace
}  // namespace marsad::events
