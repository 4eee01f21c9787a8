// What the event layer reads of a document: its words and sentences, the
// mentions of its actors, its time expressions and its date.
#pragma once

#include <string_view>
#include <vector>

#include "actors/actor.h"
#include "actors/matcher.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"
#include "time/time_expressions.h"

namespace marsad::events {

struct EventInput {
  std::string_view normalized;
  const std::vector<text::Token>& tokens;
  const std::vector<text::Sentence>& sentences;
  const std::vector<actors::Mention>& mentions;     // in text order
  const std::vector<time::TimeExpression>& times;   // in text order
  std::string_view document_date;
  const text::WordForms* forms = nullptr;  // the document's word forms, when the caller has them
  const std::vector<bool>* time_tokens = nullptr;  // per token: inside a time expression, when the caller has it
  const std::vector<actors::Actor>* new_actors = nullptr;  // the document's actors outside the knowledge base
  const std::vector<bool>* final_hamza = nullptr;  // per token: its last letter written «أ» (text::written_final_hamza)
};

}  // namespace marsad::events
