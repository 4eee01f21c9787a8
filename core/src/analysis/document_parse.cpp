#include "analysis/document_parse.h"

#include "names/tokens.h"
#include "text/furniture.h"
#include "text/segmenter.h"

namespace marsad::analysis {
namespace {

// «صحيفة "الغد" الأردنية», «فريق 14 آذار»: a day word inside the name of an
// outlet, a body or a person the knowledge base lists is part of the name, not
// a time (an event's name, «حرب أكتوبر 1973», does date it; a name the name
// finder read on into «أمس» is the finder's error, not the day's).
void drop_times_inside_names(const actors::KnowledgeBase& kb, DocumentParse& out) {
  const std::vector<actors::Mention>& mentions = out.actors.mentions;  // in text order, as the times are
  size_t from = 0;
  auto inside_a_name = [&](const time::TimeExpression& t) {
    while (from < mentions.size() && mentions[from].end_token <= t.first_token) ++from;
    for (size_t i = from; i < mentions.size() && mentions[i].first_token <= t.first_token; ++i) {
      const actors::Mention& m = mentions[i];
      if (m.kind != "name" || m.end_token < t.end_token) continue;
      const actors::Actor* a = kb.find(m.actor);
      if (a && a->type != "event_name") return true;
    }
    return false;
  };
  if (std::erase_if(out.times, inside_a_name) > 0) out.time_tokens = time::time_token_mask(out.times, out.tokens.size());
}

}  // namespace

void parse_document(const Document& doc, const actors::KnowledgeBase& kb, const actors::Lexicon& lexicon,
                    DocumentParse& out) {
  text::normalize(doc.text, out.norm);
  out.tokens.clear();
  text::segment_words(out.norm.text, out.tokens);
  text::split_sentences(out.norm.text, out.tokens, out.sentences);
  out.story = text::story_sentences(out.sentences, text::furniture_tokens(out.norm.text, out.tokens));
  out.forms.emplace(out.norm.text, out.tokens);
  std::vector<bool> hamza_below = text::written_hamza_below(doc.text, out.norm, out.tokens);
  out.final_hamza = text::written_final_hamza(doc.text, out.norm, out.tokens);
  out.times = time::find_times(out.norm.text, out.tokens, doc.date, &*out.forms, &hamza_below, &out.written);
  out.time_tokens = time::time_token_mask(out.times, out.tokens.size());
  std::vector<bool> written_ya = names::written_ya(doc.text, out.norm, out.tokens);
  out.names = names::find_names(out.norm.text, out.tokens, out.sentences, lexicon.gazetteer(), names::builtin_model(),
                                &written_ya);
  std::vector<bool> final_ha = text::written_final_ha(doc.text, out.norm, out.tokens);
  out.actors = actors::match_actors({out.norm.text, out.tokens, doc.date, &*out.forms, &out.names,
                                     kb.outlet(doc.source, doc.url), &out.time_tokens, &final_ha},
                                    kb, lexicon);
  drop_times_inside_names(kb, out);
}

}  // namespace marsad::analysis
