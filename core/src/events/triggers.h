// The event trigger lexicon (core/data/events/triggers.json): Arabic verbs,
// verbal nouns and set phrases mapped to CAMEO codes, with how their
// arguments are found.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "marsad/problem.h"
#include "text/phrase_trie.h"

namespace marsad::events {

enum class TriggerKind { kVerb, kNoun, kPhrase };

struct Trigger {
  std::string code;                       // CAMEO
  TriggerKind kind = TriggerKind::kVerb;
  std::vector<std::string> target_preps;  // normalized prepositions introducing the target; empty: direct object
  std::vector<std::string> context;       // normalized words one of which the sentence must contain
  bool symmetric = false;
  // The act names what it is of: a word glued to ب or «أن» follows in its
  // clause («وعد بتقديم», «وعد بأن»). «وعدّ الوزير الحكومة غير شرعية» ('deemed',
  // spelled the same without its shadda) has none.
  bool needs_content = false;
  // One of its prepositions follows it in its clause, past its subject, before any
  // object in the accusative, and it carries no object pronoun: «حقق المدعي العام في
  // القضية» investigates, where «حقق انتصارا» and «النجاحات التي حققها» achieve.
  bool needs_preposition = false;
  // Its context is also met by a place or a state named right after one of its
  // target prepositions («وصل كيري إلى القاهرة»: an arrival, where «وصل عدد
  // القتلى إلى 30» is none).
  bool or_destination = false;
  // Its bare object is what is discussed, never a side («بحث الوزيران الأزمة»,
  // «يبحث المكتب في الخوادم»): its other side follows one of its target
  // prepositions («بحث مع») or is coordinated with its subject.
  bool object_is_topic = false;
  // Its bare object is whom it sends, on the sender's side, never the target
  // («أوفدت الحكومة نائب وزير الخارجية إلى أربيل»: the target follows إلى).
  bool object_is_sent = false;
  // The code of the act when its target is a person and its source no armed
  // group: «شن هجوما حادا على الرئيس», «هاجم الوزير منتقديه» are words (111),
  // where «هاجم مسلحون حوثيون الرئيس» stays force. Empty: the code stands.
  std::string person_target;

  // `prep` (normalized) is one of the prepositions that introduce its target.
  bool takes(std::string_view prep) const {
    return std::find(target_preps.begin(), target_preps.end(), prep) != target_preps.end();
  }
};

class Cameo;

class TriggerLexicon {
 public:
  static const TriggerLexicon& builtin();
  // Reads core/data/events/triggers.json; problems name the entry and the
  // field. With `cameo`, every code is checked against the CAMEO table.
  TriggerLexicon(std::string_view json, std::vector<Problem>& problems, const Cameo* cameo = nullptr);

  const text::PhraseTrie& trie() const { return trie_; }
  // A one-word form whose normalized key is a particle but which ends in «أ»
  // («هنأ», congratulated; «هنا», here) is in the trie under this key: the key
  // with its last ا written ء, a word no normalized text has. Read only where
  // the text writes the hamza (EventInput::final_hamza).
  static std::string hamza_key(std::string_view normalized_word);
  // Every one-word form, normalized (inflections included): words a name must not be.
  const std::unordered_set<std::string>& single_words() const { return single_words_; }
  const Trigger& trigger(uint32_t index) const { return triggers_[index]; }
  size_t size() const { return triggers_.size(); }

 private:
  void add_form(std::string_view form, uint32_t index, std::vector<Problem>& problems);

  text::PhraseTrie trie_;
  std::vector<Trigger> triggers_;
  std::unordered_set<std::string> single_words_;
  std::vector<std::string> intensifiers_;  // read after «عن» in a phrase: «أعرب عن بالغ شكره»
};

}  // namespace marsad::events
