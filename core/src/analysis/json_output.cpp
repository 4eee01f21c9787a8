#include "analysis/json_output.h"

#include <map>

#include "analysis/record_json.h"
#include "text/utf16_offsets.h"

namespace marsad::analysis {
namespace {

Json span_json(const text::Utf16Offsets& u16, ByteSpan s) {
  return Json{{"start", u16.at(s.begin)}, {"end", u16.at(s.end)}};
}

void put_if(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

template <class Record>
Json records_json(const std::vector<Record>& records, const RecordTable<Record>& table, const SpanText& spans) {
  Json list = Json::array();
  for (const Record& r : records) list.push_back(record_json(r, table, spans));
  return list;
}

Json actor_json(const actors::Actor& a, size_t mentions) {
  Json j = actors_json_one(a);
  j["mentions"] = mentions;
  return j;
}

}  // namespace

Json actors_json(const std::vector<Document>& documents, const std::vector<DocumentAnalysis>& analyses,
                 const actors::KnowledgeBase& kb) {
  std::map<std::string, size_t> counts;  // ordered: stable output
  std::map<std::string, const actors::Actor*> found;
  // How each found name is written where the text names it (not its later
  // short forms): its display is the most frequent, not the normalized name.
  std::map<std::string, std::map<std::string, size_t>> written;
  for (size_t d = 0; d < analyses.size(); ++d) {
    const DocumentAnalysis& a = analyses[d];
    for (const MentionRef& m : a.mentions) {
      ++counts[m.actor];
      if (m.kind == "short" || m.actor.rfind("new:", 0) != 0 || d >= documents.size()) continue;  // names found, not groups
      const std::string& text = documents[d].text;
      if (m.span.end > text.size() || m.span.begin >= m.span.end) continue;
      ++written[m.actor][text.substr(m.span.begin, m.span.end - m.span.begin)];
    }
    for (const actors::Actor& n : a.new_actors) found.emplace(n.id, &n);
  }
  Json list = Json::array(), extra = Json::array();
  for (const auto& [id, count] : counts) {
    if (const actors::Actor* a = kb.find(id)) {
      list.push_back(actor_json(*a, count));
    } else if (auto it = found.find(id); it != found.end()) {
      Json j = actor_json(*it->second, count);
      if (kb.hidden(id)) j["hidden"] = true;  // said by the knowledge base, which a shard does not carry
      const actors::FoundCorrection* corrected = kb.found_correction(id);
      if (auto w = written.find(id); w != written.end() && !(corrected && !corrected->name_ar.empty())) {
        const std::pair<const std::string, size_t>* best = nullptr;
        for (const auto& form : w->second)
          if (!best || form.second > best->second) best = &form;  // ties: the first in byte order
        j["display"] = best->first;
      }
      extra.push_back(std::move(j));
    }
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
  SpanText spans{doc.text, u16};
  if (a.has_window) j["date_window"] = record_json(a.window, kDateWindowTable, spans);
  put_if(j, "focus", a.focus);
  j["length"] = u16.length();
  if (!a.duplicates.empty()) j["duplicates"] = a.duplicates;
  Json sentences = Json::array();
  for (ByteSpan s : a.sentences) sentences.push_back(span_json(u16, s));
  j["sentences"] = std::move(sentences);
  size_t words = 0;
  for (const WordRef& t : a.tokens) words += t.word;
  j["words"] = words;
  j["mentions"] = records_json(a.mentions, kMentionTable, spans);
  j["times"] = records_json(a.times, kTimeTable, spans);
  Json events = Json::array(), weak_events = Json::array();
  for (const EventRef& e : a.events) (e.weak ? weak_events : events).push_back(record_json(e, kEventTable, spans));
  j["events"] = std::move(events);
  j["weak_events"] = std::move(weak_events);
  j["quotes"] = records_json(a.quotes, kQuoteTable, spans);
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
