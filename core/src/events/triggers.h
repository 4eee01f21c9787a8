// The event trigger lexicon (core/data/events/triggers.json): Arabic verbs,
// verbal nouns and set phrases mapped to CAMEO codes, with how their
// arguments are found.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/problem.h"
#include "text/phrase_trie.h"

namespace marsad::events {

enum class TriggerKind { kVerb, kNoun, kPhrase };

struct Trigger {
  std::string code;                       // CAMEO
  TriggerKind kind = TriggerKind::kVerb;
  std::vector<std::string> target_preps;  // normalized prepositions introducing the target; empty: direct object
  std::vector<std::string> source_preps;  // for passives and nominals: "من قبل"
  std::vector<std::string> context;       // normalized words one of which the sentence must contain
  bool symmetric = false;
};

class TriggerLexicon {
 public:
  static const TriggerLexicon& builtin();
  TriggerLexicon(std::string_view json, std::vector<Problem>& problems);

  const text::PhraseTrie& trie() const { return trie_; }
  const Trigger& trigger(uint32_t index) const { return triggers_[index]; }
  size_t size() const { return triggers_.size(); }

 private:
  text::PhraseTrie trie_;
  std::vector<Trigger> triggers_;
};

}  // namespace marsad::events
