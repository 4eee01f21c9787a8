// A document read up to its events: normalized, segmented into words and
// sentences, its time expressions read, its names found, its actors matched. The
// pipeline's first half, shared by analyze_document and the trainers of the
// learned parts (which need its intermediate structures).
#pragma once

#include <optional>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "actors/matcher.h"
#include "events/event_input.h"
#include "marsad/document.h"
#include "names/name_finder.h"
#include "text/normalizer.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"
#include "time/time_expressions.h"

namespace marsad::analysis {

struct DocumentParse {
  text::NormalizedText norm;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  std::vector<text::Sentence> story;  // the same, without the page's furniture (text/furniture.h)
  std::optional<text::WordForms> forms;  // each word's clitics read once, for every stage
  std::vector<bool> time_tokens;  // per token: inside a time expression
  std::vector<bool> final_hamza;  // per token: its last letter written «أ» (text::written_final_hamza)
  std::vector<names::FoundName> names;
  actors::ActorMatches actors;
  std::vector<time::TimeExpression> times;
  std::string written;  // the day the text was written: the document's date, or a day or two before (time/writing_day.h)
};

// Fills `out`, reusing its buffers.
void parse_document(const Document& doc, const actors::KnowledgeBase& kb, const actors::Lexicon& lexicon,
                    DocumentParse& out);

// What the event layer reads of a parsed document (dated `date`, its acts by the day the
// text was written); valid while `p` is.
inline events::EventInput event_input(const DocumentParse& p, std::string_view date) {
  return {p.norm.text, p.tokens, p.story, p.actors.mentions, p.times, p.written.empty() ? date : p.written, &*p.forms,
          &p.time_tokens, &p.actors.new_actors, &p.final_hamza};
}

}  // namespace marsad::analysis
