#include "analysis/shard.h"

#include <variant>

#include "analysis/record_fields.h"

namespace marsad::analysis {
namespace {

Json span(ByteSpan s) { return Json::array({s.begin, s.end}); }

// A stored field: as it is, a span as [begin, end].
template <class Value>
Json stored(const Value& v) {
  return v;
}
Json stored(ByteSpan s) { return span(s); }

// A record as every field of its table, in table order.
template <class Record>
Json stored_record(const Record& record, const RecordTable<Record>& table) {
  Json row = Json::array();
  for (const Field<Record>& f : table.fields)
    std::visit([&](auto member) { row.push_back(stored(record.*member)); }, f.member);
  return row;
}

template <class Record>
Json stored_records(const std::vector<Record>& records, const RecordTable<Record>& table) {
  Json list = Json::array();
  for (const Record& r : records) list.push_back(stored_record(r, table));
  return list;
}

Json actor(const actors::Actor& a) {
  Json roles = Json::array();
  for (const auto& r : a.roles) roles.push_back(Json::array({r.title, r.of, r.at, r.from, r.to, r.portfolio}));
  Json j{{"id", a.id}, {"type", a.type}, {"name", a.name_ar}, {"short", a.short_forms}, {"roles", roles}};
  if (!a.name_en.empty()) j["name_en"] = a.name_en;
  if (!a.state.empty()) j["state"] = a.state;
  if (!a.sector.empty()) j["sector"] = a.sector;
  return j;
}

// Defensive readers: a shard may come from anywhere.
class Reader {
 public:
  Reader(std::string& error) : error_(error) {}

  std::string str(const Json& j, const char* key) {
    if (!j.is_object() || !j.contains(key)) return "";
    if (!j[key].is_string()) { fail(std::string(key) + " is not a string"); return ""; }
    return j[key].get<std::string>();
  }
  uint32_t u32(const Json& j) {
    if (!j.is_number_unsigned() || j.get<uint64_t>() > 0xFFFFFFFFu) { fail("an offset is not a 32-bit number"); return 0; }
    return static_cast<uint32_t>(j.get<uint64_t>());
  }
  ByteSpan span(const Json& j, size_t text_size) {
    if (!j.is_array() || j.size() != 2) { fail("a span is not [begin, end]"); return {}; }
    ByteSpan s{u32(j[0]), u32(j[1])};
    if (s.begin > s.end || s.end > text_size) fail("a span lies outside its document");
    return s;
  }
  // One stored field into `out`; false when its JSON type is not the field's.
  bool field(const Json& j, size_t, std::string& out) {
    if (!j.is_string()) return false;
    out = j.get<std::string>();
    return true;
  }
  bool field(const Json& j, size_t, std::vector<std::string>& out) {
    if (!j.is_array()) return false;
    for (const Json& s : j) {
      if (!s.is_string()) return false;
      out.push_back(s.get<std::string>());
    }
    return true;
  }
  template <class Number>
  requires std::is_floating_point_v<Number>
  bool field(const Json& j, size_t, Number& out) {
    if (!j.is_number()) return false;
    out = j.get<Number>();
    return true;
  }
  bool field(const Json& j, size_t, bool& out) {
    if (!j.is_boolean()) return false;
    out = j.get<bool>();
    return true;
  }
  bool field(const Json& j, size_t text_size, ByteSpan& out) {
    out = span(j, text_size);
    return true;  // span() reports its own errors
  }
  // A record stored by stored_record(); false (and the reader failed) when malformed.
  template <class Record>
  bool record(const Json& row, const RecordTable<Record>& table, size_t text_size, Record& out) {
    bool fits = row.is_array() && row.size() == table.fields.size();
    for (size_t i = 0; fits && i < table.fields.size(); ++i)
      fits = std::visit([&](auto member) { return field(row[i], text_size, out.*member); }, table.fields[i].member);
    if (!fits) fail(std::string(table.noun) + " is malformed");
    return ok();
  }
  template <class Record>
  void records(const Json& j, const char* key, const RecordTable<Record>& table, size_t text_size,
               std::vector<Record>& out) {
    for (const Json& row : array(j, key)) {
      if (!record(row, table, text_size, out.emplace_back())) return;
    }
  }

  const Json& array(const Json& j, const char* key) {
    static const Json empty = Json::array();
    if (!j.is_object() || !j.contains(key)) return empty;
    if (!j[key].is_array()) { fail(std::string(key) + " is not an array"); return empty; }
    return j[key];
  }
  bool ok() const { return error_.empty(); }
  void fail(const std::string& message) {
    if (error_.empty()) error_ = message;
  }

 private:
  std::string& error_;
};

}  // namespace

std::string shard_json(const std::vector<const Document*>& docs, const std::vector<const DocumentAnalysis*>& analyses,
                       const std::vector<Problem>& problems) {
  // Written document by document, never as one tree of the whole corpus.
  std::string out = "{\"marsad_shard\":" + std::to_string(kShardVersion) + ",\"documents\":[";
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& d = *docs[i];
    const DocumentAnalysis& a = *analyses[i];
    Json extra = Json::object();
    for (const auto& [name, raw] : d.extra) extra[name] = raw;
    Json doc{{"id", d.id}, {"title", d.title}, {"source", d.source}, {"author", d.author}, {"section", d.section},
             {"url", d.url}, {"lang", d.lang}, {"date", d.date}, {"text", d.text}, {"extra", extra},
             {"file", d.file}, {"line", d.line}};
    // No tokens: the merging side recomputes them from the text (normalizing
    // and segmenting cost less than writing and parsing a JSON array per token).
    Json sentences = Json::array(), found = Json::array();
    for (ByteSpan s : a.sentences) sentences.push_back(span(s));
    for (const auto& n : a.new_actors) found.push_back(actor(n));
    Json analysis{{"sentences", sentences},
                  {"mentions", stored_records(a.mentions, kMentionTable)},
                  {"times", stored_records(a.times, kTimeTable)},
                  {"events", stored_records(a.events, kEventTable)},
                  {"quotes", stored_records(a.quotes, kQuoteTable)},
                  {"new_actors", found},
                  {"duplicates", a.duplicates},
                  {"focus", a.focus}};
    if (a.has_window) analysis["window"] = stored_record(a.window, kDateWindowTable);
    if (i) out += ',';
    out += Json{{"document", std::move(doc)}, {"analysis", std::move(analysis)}}.dump();
  }
  Json out_problems = Json::array();
  for (const Problem& p : problems) out_problems.push_back(problem_json(p));
  out += "],\"problems\":" + out_problems.dump() + "}";
  return out;
}

util::Status read_shard(std::string_view json, Vocabulary& vocabulary, Shard& out) {
  Json j = Json::parse(json.begin(), json.end(), nullptr, false);
  if (!j.is_object() || !j.contains("marsad_shard") || j["marsad_shard"] != kShardVersion)
    return util::InvalidArgumentError("not a Marsad shard of version " + std::to_string(kShardVersion));
  std::string error;
  Reader r(error);
  for (const Json& entry : r.array(j, "documents")) {
    if (!r.ok()) break;
    const Json& d = entry.is_object() && entry.contains("document") ? entry["document"] : Json();
    const Json& a = entry.is_object() && entry.contains("analysis") ? entry["analysis"] : Json();
    Document doc;
    doc.id = r.str(d, "id");
    doc.title = r.str(d, "title");
    doc.source = r.str(d, "source");
    doc.author = r.str(d, "author");
    doc.section = r.str(d, "section");
    doc.url = r.str(d, "url");
    doc.lang = r.str(d, "lang");
    doc.date = r.str(d, "date");
    doc.text = r.str(d, "text");
    doc.file = r.str(d, "file");
    if (d.is_object() && d.contains("line") && d["line"].is_number_integer()) doc.line = d["line"].get<int64_t>();
    if (d.is_object() && d.contains("extra") && d["extra"].is_object())
      for (const auto& [name, raw] : d["extra"].items())
        if (raw.is_string()) doc.extra.emplace_back(name, raw.get<std::string>());
    size_t n = doc.text.size();
    DocumentAnalysis an;
    index_words(doc.text, vocabulary, an);
    for (const Json& s : r.array(a, "sentences")) an.sentences.push_back(r.span(s, n));
    r.records(a, "mentions", kMentionTable, n, an.mentions);
    r.records(a, "times", kTimeTable, n, an.times);
    r.records(a, "events", kEventTable, n, an.events);
    r.records(a, "quotes", kQuoteTable, n, an.quotes);
    for (const Json& x : r.array(a, "new_actors")) {
      actors::Actor found;
      found.id = r.str(x, "id");
      found.type = r.str(x, "type");
      found.name_ar = r.str(x, "name");
      found.name_en = r.str(x, "name_en");
      found.state = r.str(x, "state");
      found.sector = r.str(x, "sector");
      found.in_kb = false;
      for (const Json& s : r.array(x, "short"))
        if (s.is_string()) found.short_forms.push_back(s);
      for (const Json& role : r.array(x, "roles")) {
        if (!role.is_array() || role.size() != 6) continue;
        actors::Role ro;
        std::string* fields[] = {&ro.title, &ro.of, &ro.at, &ro.from, &ro.to, &ro.portfolio};
        for (size_t i = 0; i < 6; ++i)
          if (role[i].is_string()) *fields[i] = role[i];
        found.roles.push_back(std::move(ro));
      }
      an.new_actors.push_back(std::move(found));
    }
    for (const Json& s : r.array(a, "duplicates"))
      if (s.is_string()) an.duplicates.push_back(s);
    an.focus = r.str(a, "focus");
    if (a.is_object() && a.contains("window")) an.has_window = r.record(a["window"], kDateWindowTable, n, an.window);
    if (!r.ok()) break;
    out.documents.push_back(std::move(doc));
    out.analyses.push_back(std::move(an));
  }
  for (const Json& p : r.array(j, "problems")) {
    Problem pr;
    pr.file = r.str(p, "file");
    pr.field = r.str(p, "field");
    pr.message = r.str(p, "message");
    if (p.is_object() && p.contains("line") && p["line"].is_number_integer()) pr.line = p["line"].get<int64_t>();
    if (p.is_object() && p.contains("byte") && p["byte"].is_number_integer()) pr.byte = p["byte"].get<int64_t>();
    pr.warning = p.is_object() && p.contains("warning") && p["warning"] == true;
    out.problems.push_back(std::move(pr));
  }
  return r.ok() ? util::OkStatus() : util::InvalidArgumentError(error);
}

}  // namespace marsad::analysis
