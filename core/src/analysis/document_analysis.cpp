#include "analysis/document_analysis.h"

#include "actors/matcher.h"
#include "analysis/document_parse.h"
#include "events/cameo.h"
#include "events/extractor.h"
#include "events/quotes.h"
#include "events/triggers.h"
#include "names/name_finder.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"
#include "text/word_forms.h"
#include "time/date_window.h"
#include "time/time_expressions.h"
#include "util/hash.h"

namespace marsad::analysis {
namespace {

// "head_of_government" → "head of government".
std::string readable(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

bool is_former(std::string_view w) { return w == "السابق" || w == "السابقه" || w == "الاسبق" || w == "الراحل"; }

// Tenures of people named in a present role: the evidence for an undated
// document's window ("رئيس الحكومة الإيطالية جوزيبي كونتي" ⇒ Conte's term).
std::vector<time::WindowEvidence> tenures(const std::vector<actors::Mention>& mentions, std::string_view normalized,
                                          const std::vector<text::Token>& tokens, const actors::KnowledgeBase& kb) {
  std::vector<time::WindowEvidence> out;
  for (const actors::Mention& m : mentions) {
    if (m.role.empty() && m.kind != "title") continue;
    if (m.end_token < tokens.size() && is_former(tokens[m.end_token].in(normalized))) continue;
    const actors::Actor* a = kb.find(m.actor);
    if (!a || a->type != "person") continue;
    for (const actors::Role& r : a->roles) {
      if (r.title != m.role || (!m.role_of.empty() && r.of != m.role_of && kb.state_of(r.of) != m.role_of)) continue;
      if (r.from.empty() && r.to.empty()) continue;
      const actors::Actor* of = kb.find(r.of);
      std::string label = a->id + ": " + readable(r.title) + (of ? " of " + (of->name_en.empty() ? of->id : of->name_en) : "");
      out.push_back({label, r.from, r.to});
    }
  }
  return out;
}

// The tokens as the analysis keeps them: forms interned, spans in the original.
void record_words(const text::NormalizedText& norm, const std::vector<text::Token>& tokens, Vocabulary& vocabulary,
                  DocumentAnalysis& out) {
  out.normalized_hash = util::fnv1a(norm.text);
  out.tokens.clear();
  out.tokens.reserve(tokens.size());
  for (const text::Token& t : tokens)
    out.tokens.push_back({vocabulary.intern(t.in(norm.text)), t.kind == text::TokenKind::kWord,
                          ByteSpan{norm.original_begin(t.begin), norm.original_end(t.end)}});
}

}  // namespace

void index_words(std::string_view text, Vocabulary& vocabulary, DocumentAnalysis& out) {
  thread_local text::NormalizedText norm;
  thread_local std::vector<text::Token> tokens;
  text::normalize(text, norm);
  tokens.clear();
  text::segment_words(norm.text, tokens);
  record_words(norm, tokens, vocabulary, out);
}

DocumentAnalysis analyze_document(const Document& doc, AnalysisContext& context) {
  // Working buffers reused across documents: no per-document allocation churn.
  thread_local DocumentParse p;
  parse_document(doc, context.kb, context.lexicon, p);
  const auto& tokens = p.tokens;
  const auto& norm = p.norm;

  DocumentAnalysis out;
  auto original = [&](uint32_t first_token, uint32_t end_token) {
    return ByteSpan{norm.original_begin(tokens[first_token].begin), norm.original_end(tokens[end_token - 1].end)};
  };
  record_words(norm, tokens, context.vocabulary, out);
  out.sentences.reserve(p.sentences.size());
  for (const text::Sentence& s : p.sentences) out.sentences.push_back(original(s.first_token, s.end_token));

  for (const actors::Mention& m : p.actors.mentions) {
    // A found name's clitics (وباسكال) are not part of it: its span starts after them.
    uint32_t begin = tokens[m.first_token].begin;
    if (m.kind == "found") begin += static_cast<uint32_t>(m.proclitics.size());
    out.mentions.push_back({ByteSpan{norm.original_begin(begin), norm.original_end(tokens[m.end_token - 1].end)},
                            m.actor, m.kind, m.role, m.role_of, m.confidence});
  }
  out.focus = p.actors.focus;

  for (const time::TimeExpression& t : p.times)
    out.times.push_back({original(t.first_token, t.end_token), t.type, t.value, t.anchor});

  std::vector<events::Event> events = events::extract_events(event_input(p, doc.date), events::TriggerLexicon::builtin(),
                                                             events::Cameo::builtin(), context.kb);
  for (const events::Event& e : events) {
    const text::Sentence& s = p.sentences[e.sentence];
    EventRef& r = out.events.emplace_back();
    static_cast<events::EventFacts&>(r) = e;  // every fact the extractor found, whatever fields it has
    r.sentence = original(s.first_token, s.end_token);
    r.trigger = original(e.trigger_first, e.trigger_end);
  }
  for (const events::Quote& q : events::find_quotes(norm.text, tokens, p.story, p.actors.mentions))
    out.quotes.push_back({original(q.first_token, q.end_token), q.speaker});

  if (doc.date.empty()) {
    time::DateWindow w = time::infer_window(p.times, tenures(p.actors.mentions, norm.text, tokens, context.kb));
    if (!w.from.empty() || !w.to.empty()) {
      out.has_window = true;
      out.window = {w.from, w.to, w.basis, w.conflict_message};
    }
  }
  out.new_actors = p.actors.new_actors;
  return out;
}

}  // namespace marsad::analysis
