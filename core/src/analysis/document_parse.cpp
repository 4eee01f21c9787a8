#include "analysis/document_parse.h"

#include "names/tokens.h"
#include "text/furniture.h"
#include "text/segmenter.h"

namespace marsad::analysis {

void parse_document(const Document& doc, const actors::KnowledgeBase& kb, const actors::Lexicon& lexicon,
                    DocumentParse& out) {
  text::normalize(doc.text, out.norm);
  out.tokens.clear();
  text::segment_words(out.norm.text, out.tokens);
  text::split_sentences(out.norm.text, out.tokens, out.sentences);
  out.story = text::story_sentences(out.sentences, text::furniture_tokens(out.norm.text, out.tokens));
  out.forms.emplace(out.norm.text, out.tokens);
  std::vector<bool> hamza_below = text::written_hamza_below(doc.text, out.norm, out.tokens);
  out.times = time::find_times(out.norm.text, out.tokens, doc.date, &*out.forms, &hamza_below);
  out.time_tokens = time::time_token_mask(out.times, out.tokens.size());
  std::vector<bool> written_ya = names::written_ya(doc.text, out.norm, out.tokens);
  out.names = names::find_names(out.norm.text, out.tokens, out.sentences, lexicon.gazetteer(), names::builtin_model(),
                                &written_ya);
  out.actors = actors::match_actors({out.norm.text, out.tokens, doc.date, &*out.forms, &out.names,
                                     kb.outlet(doc.source, doc.url), &out.time_tokens},
                                    kb, lexicon);
}

}  // namespace marsad::analysis
