// Turns sentences into coded events: a trigger from the lexicon, its source
// and target actors from the sentence's structure (verb-first, subject-first,
// nominal, "بين X وY", reported speech), its modality (negated, conditional and
// questioned events are dropped; future ones become intent, 03x), its date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/matcher.h"
#include "events/cameo.h"
#include "events/triggers.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"
#include "time/time_expressions.h"

namespace marsad::events {

struct Event {
  std::string code;
  double goldstein = 0;
  std::string source, target;              // actor ids
  std::string source_state, target_state;  // the states they act for, when known
  std::string reported_by;                 // actor id of a reporting source ("أعلنت الخارجية أن …")
  std::string date;                        // from the governing time expression, else the document's
  bool date_inherited = false;             // true: the document's date, not one read in the sentence
  uint32_t sentence = 0;                   // sentence index
  uint32_t trigger_first = 0, trigger_end = 0;  // token range of the trigger
  bool symmetric = false;
  std::string rule;                        // which argument pattern produced it
};

struct EventInput {
  std::string_view normalized;
  const std::vector<text::Token>& tokens;
  const std::vector<text::Sentence>& sentences;
  const std::vector<actors::Mention>& mentions;     // in text order
  const std::vector<time::TimeExpression>& times;   // in text order
  std::string_view document_date;
  const text::WordForms* forms = nullptr;  // the document's word forms, when the caller has them
};

std::vector<Event> extract_events(const EventInput& in, const TriggerLexicon& lexicon, const Cameo& cameo,
                                  const actors::KnowledgeBase& kb);

// The CAMEO code for an announced, not yet done, act: a future visit (042) is
// an intent to meet (036); a future attack is a threat.
std::string intent_code(std::string_view code);

}  // namespace marsad::events
