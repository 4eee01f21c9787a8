// The clause slots of tests/fixtures/events/slots.txt: what the light reading
// of a clause says each participant of a trigger is, with the built-in
// knowledge base and lexicons. Deterministic: no learned model is involved.
#include <gtest/gtest.h>

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
        c.slots.emplace_back(actor, slot);
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

}  // namespace
}  // namespace marsad::events
