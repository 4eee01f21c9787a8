#include "analysis/json_output.h"

#include <cmath>
#include <map>

#include "text/utf16_offsets.h"

namespace marsad::analysis {
namespace {

Json span_json(const text::Utf16Offsets& u16, ByteSpan s) {
  return Json{{"start", u16.at(s.begin)}, {"end", u16.at(s.end)}};
}

void put_if(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

Json actor_json(const actors::Actor& a, size_t mentions) {
  Json j = actors_json_one(a);
  j["mentions"] = mentions;
  return j;
}

}  // namespace

Json actors_json(const std::vector<DocumentAnalysis>& analyses, const actors::KnowledgeBase& kb) {
  std::map<std::string, size_t> counts;  // ordered: stable output
  std::map<std::string, const actors::Actor*> found;
  for (const DocumentAnalysis& a : analyses) {
    for (const MentionRef& m : a.mentions) ++counts[m.actor];
    for (const actors::Actor& n : a.new_actors) found.emplace(n.id, &n);
  }
  Json list = Json::array(), extra = Json::array();
  for (const auto& [id, count] : counts) {
    if (const actors::Actor* a = kb.find(id)) list.push_back(actor_json(*a, count));
    else if (auto it = found.find(id); it != found.end()) extra.push_back(actor_json(*it->second, count));
  }
  for (auto& e : extra) list.push_back(std::move(e));
  return list;
}

Json problem_json(const Problem& p) {
  Json j{{"file", p.file}};
  if (p.line > 0) j["line"] = p.line;
  if (p.byte >= 0) j["byte"] = p.byte;
  put_if(j, "field", p.field);
  j["message"] = p.message;
  if (p.warning) j["warning"] = true;
  return j;
}

Json corpus_json(const corpus::Corpus& corpus) {
  Json errors = Json::array();
  for (const Problem& p : corpus.problems()) errors.push_back(problem_json(p));
  return Json{{"id", corpus.id()}, {"documents", corpus.documents().size()}, {"errors", std::move(errors)}};
}

Json document_json(const Document& doc, const DocumentAnalysis& a, const Vocabulary& vocabulary, bool with_text) {
  text::Utf16Offsets u16(doc.text);
  Json j{{"id", doc.id}};
  put_if(j, "title", doc.title);
  put_if(j, "source", doc.source);
  put_if(j, "author", doc.author);
  put_if(j, "section", doc.section);
  put_if(j, "url", doc.url);
  put_if(j, "lang", doc.lang);
  j["date"] = doc.date.empty() ? Json(nullptr) : Json(doc.date);
  for (const auto& [name, raw] : doc.extra) {
    Json value = Json::parse(raw, nullptr, false);
    if (!value.is_discarded() && !j.contains(name)) j[name] = std::move(value);
  }
  if (a.has_window) {
    Json w{{"from", a.window.from.empty() ? Json(nullptr) : Json(a.window.from)},
           {"to", a.window.to.empty() ? Json(nullptr) : Json(a.window.to)},
           {"basis", a.window.basis}};
    if (a.window.conflict) w["conflict"] = a.window.conflict_message;
    j["date_window"] = std::move(w);
  }
  put_if(j, "focus", a.focus);
  j["length"] = u16.length();
  if (!a.duplicates.empty()) j["duplicates"] = a.duplicates;
  Json sentences = Json::array();
  for (ByteSpan s : a.sentences) sentences.push_back(span_json(u16, s));
  j["sentences"] = std::move(sentences);
  size_t words = 0;
  for (const WordRef& t : a.tokens) words += t.word;
  j["words"] = words;
  Json mentions = Json::array();
  for (const MentionRef& m : a.mentions) {
    Json mention{{"actor", m.actor}, {"start", u16.at(m.span.begin)}, {"end", u16.at(m.span.end)},
                 {"text", std::string_view(doc.text).substr(m.span.begin, m.span.end - m.span.begin)},
                 {"kind", m.kind}};
    put_if(mention, "role", m.role);
    put_if(mention, "role_of", m.role_of);
    if (m.confidence < 1) mention["confidence"] = std::round(m.confidence * 100) / 100;
    mentions.push_back(std::move(mention));
  }
  j["mentions"] = std::move(mentions);
  Json times = Json::array();
  for (const TimeRef& t : a.times)
    times.push_back(Json{{"start", u16.at(t.span.begin)}, {"end", u16.at(t.span.end)},
                         {"text", std::string_view(doc.text).substr(t.span.begin, t.span.end - t.span.begin)},
                         {"type", t.type}, {"value", t.value}, {"anchor", t.anchor}});
  j["times"] = std::move(times);
  Json events = Json::array(), weak_events = Json::array();
  for (const EventRef& e : a.events) {
    Json event{{"code", e.code}, {"goldstein", e.goldstein}, {"source", e.source}, {"target", e.target}};
    put_if(event, "source_state", e.source_state);
    put_if(event, "target_state", e.target_state);
    event["date"] = e.date.empty() ? Json(nullptr) : Json(e.date);
    if (e.date_inherited) event["date_inherited"] = true;
    event["sentence"] = span_json(u16, e.sentence);
    event["trigger"] = span_json(u16, e.trigger);
    event["symmetric"] = e.symmetric;
    event["confidence"] = std::round(e.confidence * 100) / 100;
    if (e.historical) event["historical"] = true;
    put_if(event, "reported_by", e.reported_by);
    event["rule"] = e.rule;
    (e.weak ? weak_events : events).push_back(std::move(event));
  }
  j["events"] = std::move(events);
  j["weak_events"] = std::move(weak_events);
  Json quotes = Json::array();
  for (const QuoteRef& q : a.quotes) {
    Json quote{{"speaker", q.speaker.empty() ? Json(nullptr) : Json(q.speaker)}};
    quote["start"] = u16.at(q.span.begin);
    quote["end"] = u16.at(q.span.end);
    quotes.push_back(std::move(quote));
  }
  j["quotes"] = std::move(quotes);
  if (with_text) {
    j["text"] = doc.text;
    // Tokens as flat [start, end, …] UTF-16 pairs with their normalized forms.
    Json offsets = Json::array(), forms = Json::array();
    for (const WordRef& t : a.tokens) {
      offsets.push_back(u16.at(t.span.begin));
      offsets.push_back(u16.at(t.span.end));
      forms.push_back(vocabulary.form(t.form));
    }
    j["tokens"] = Json{{"offsets", std::move(offsets)}, {"normalized", std::move(forms)}};
  }
  return j;
}

}  // namespace marsad::analysis
