// The event triggers of a sentence: verbs, verbal nouns and set phrases of the
// trigger lexicon, read through clitics, whose context words the sentence has.
#pragma once

#include <cstdint>
#include <vector>

#include "events/sentence_view.h"
#include "events/triggers.h"
#include "text/phrase_trie.h"

namespace marsad::events {

struct FoundTrigger {
  text::PhraseMatch match;
  const Trigger* trigger = nullptr;
  // A set phrase split by its subject («أعرب المبعوث الأممي عن قلقه»): the match
  // covers the first word; the phrase ends at `phrase_end`.
  uint32_t phrase_end = 0;
  // A verbal noun glued to ب right after another trigger is that trigger's
  // object («أشاد … بتحرير بنغازي»), not an event of its own.
  bool complement = false;
  // The code of the bombing that instrument names («هجوما بسيارة مفخخة»: a car
  // bombing, 1832), where it says more than the trigger's own; empty otherwise.
  std::string_view bombing;
  // Read behind an enclitic pronoun («هجومه», «واتهموها»): the pronoun is an argument.
  bool enclitic = false;
  // The phrase's last preposition carries its complement as a pronoun («ألقت
  // الشرطة القبض عليهم»): who it stands for is named before, not after.
  bool pronoun_complement = false;
};

std::vector<FoundTrigger> scan_triggers(const SentenceView& view, const TriggerLexicon& lexicon);

}  // namespace marsad::events
