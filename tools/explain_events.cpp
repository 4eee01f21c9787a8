// Shows how the event extractor reads sentences, for whoever tunes it: the
// actors found, each trigger with its modality, every participant's clause
// slot and how likely the argument model makes it the source or the target,
// and the events proposed with their confidence against the reporting
// thresholds. One sentence per line on standard input (or as arguments).
//   marsad-explain-events [--date YYYY-MM-DD] [--features] [SENTENCE...]
// --features lists what the event model weighs for each proposal.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "analysis/document_parse.h"
#include "events/extractor.h"

using namespace marsad;

namespace {

std::string words(const analysis::DocumentParse& p, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += p.tokens[i].in(p.norm.text);
  }
  return out;
}

void explain(const std::string& sentence, const std::string& date, const actors::Lexicon& lexicon, bool verbose) {
  const actors::KnowledgeBase& kb = actors::KnowledgeBase::builtin();
  const events::ArgumentModel& model = events::ArgumentModel::builtin();
  Document doc;
  doc.id = "explain";
  doc.text = sentence;
  doc.date = date;
  analysis::DocumentParse p;
  analysis::parse_document(doc, kb, lexicon, p);
  events::EventInput in = analysis::event_input(p, doc.date);
  std::printf("\n%s\n  actors:", sentence.c_str());
  for (const actors::Mention& m : p.actors.mentions)
    std::printf(" [%s %s «%s»]", m.actor.c_str(), m.kind.c_str(), words(p, m.first_token, m.end_token).c_str());
  if (verbose) {
    static const char* kTypes[] = {"person", "place", "organization", "other"};
    std::printf("\n  name finder:");
    for (const names::FoundName& n : p.names)
      std::printf(" [%s «%s» margin %.1f]", kTypes[static_cast<int>(n.type)], words(p, n.first, n.end).c_str(), n.margin);
  }
  std::printf("\n");
  std::vector<events::TriggerInstance> instances = events::trigger_instances(in, events::TriggerLexicon::builtin(), kb);
  for (const events::TriggerInstance& t : instances) {
    const events::Modality& m = t.modality;
    std::printf("  trigger «%s» %s%s%s%s%s%s%s%s%s\n", words(p, t.first, t.end).c_str(), t.code.c_str(),
                t.complement ? " complement" : "", m.negated ? " negated" : "", m.conditional ? " conditional" : "",
                m.question ? " question" : "", m.denied ? " denied" : "", m.future ? " future" : "",
                m.unrealized ? " unrealized" : "", m.habitual ? " habitual" : "");
    for (size_t i = 0; i < t.participants.size(); ++i) {
      std::printf("      %-24s %-18s source %.2f  target %.2f\n", t.participants[i]->actor.c_str(),
                  events::slot_name(t.slots[i]), model.probability(events::kSource, t.participant_features[i]),
                  model.probability(events::kTarget, t.participant_features[i]));
      if (verbose) {
        std::printf("       ");
        for (const std::string& f : t.participant_features[i]) std::printf(" %s", f.c_str());
        std::printf("\n");
      }
    }
  }
  double report = model.setting("@min_confidence", 0), force = model.setting("@min_force_confidence", 0);
  for (const events::EventCandidate& c : events::propose_events(instances, model)) {
    const events::TriggerInstance& t = instances[c.instance];
    std::printf("  proposed %s %s → %s  confidence %.2f (reported from %.2f, force from %.2f)  %s\n", c.code.c_str(),
                t.participants[c.source]->actor.c_str(), t.participants[c.target]->actor.c_str(),
                model.probability(events::kEvent, c.features), report, force, c.rule.c_str());
    if (verbose) {
      std::printf("     ");
      for (const std::string& f : c.features) std::printf(" %s:%+.2f", f.c_str(), model.weight(events::kEvent, f));
      std::printf("\n");
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string date;
  bool verbose = false;
  std::vector<std::string> sentences;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--date" && i + 1 < argc) date = argv[++i];
    else if (a == "--features") verbose = true;
    else sentences.push_back(a);
  }
  const actors::Lexicon lexicon(actors::KnowledgeBase::builtin(), actors::builtin_word_lists());
  if (sentences.empty())
    for (std::string line; std::getline(std::cin, line);)
      if (!line.empty()) sentences.push_back(line);
  for (const std::string& s : sentences) explain(s, date, lexicon, verbose);
}
