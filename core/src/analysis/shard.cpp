#include "analysis/shard.h"

namespace marsad::analysis {
namespace {

Json span(ByteSpan s) { return Json::array({s.begin, s.end}); }

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
    Json sentences = Json::array(), mentions = Json::array(), times = Json::array(), events = Json::array(),
         quotes = Json::array(), found = Json::array();
    for (ByteSpan s : a.sentences) sentences.push_back(span(s));
    for (const auto& m : a.mentions)
      mentions.push_back(Json::array({span(m.span), m.actor, m.kind, m.role, m.role_of, m.confidence}));
    for (const auto& t : a.times) times.push_back(Json::array({span(t.span), t.type, t.value, t.anchor}));
    for (const auto& e : a.events)
      events.push_back(Json{{"code", e.code}, {"goldstein", e.goldstein}, {"source", e.source}, {"target", e.target},
                            {"source_state", e.source_state}, {"target_state", e.target_state},
                            {"reported_by", e.reported_by}, {"date", e.date}, {"inherited", e.date_inherited},
                            {"sentence", span(e.sentence)}, {"trigger", span(e.trigger)}, {"symmetric", e.symmetric},
                            {"historical", e.historical}, {"confidence", e.confidence}, {"rule", e.rule},
                            {"weak", e.weak}});
    for (const auto& q : a.quotes) quotes.push_back(Json::array({span(q.span), q.speaker}));
    for (const auto& n : a.new_actors) found.push_back(actor(n));
    Json analysis{{"sentences", sentences}, {"mentions", mentions}, {"times", times}, {"events", events},
                  {"quotes", quotes}, {"new_actors", found}, {"duplicates", a.duplicates}, {"focus", a.focus}};
    if (a.has_window)
      analysis["window"] = Json{{"from", a.window.from}, {"to", a.window.to}, {"basis", a.window.basis},
                                {"conflict", a.window.conflict}, {"message", a.window.conflict_message}};
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
    for (const Json& m : r.array(a, "mentions")) {
      if (!m.is_array() || m.size() != 6 || !m[1].is_string() || !m[2].is_string() || !m[3].is_string() ||
          !m[4].is_string() || !m[5].is_number()) { r.fail("a mention is malformed"); break; }
      an.mentions.push_back({r.span(m[0], n), m[1], m[2], m[3], m[4], m[5].get<float>()});
    }
    for (const Json& t : r.array(a, "times")) {
      if (!t.is_array() || t.size() != 4 || !t[1].is_string() || !t[2].is_string() || !t[3].is_string()) {
        r.fail("a time is malformed");
        break;
      }
      an.times.push_back({r.span(t[0], n), t[1], t[2], t[3]});
    }
    for (const Json& e : r.array(a, "events")) {
      EventRef ev;
      ev.code = r.str(e, "code");
      ev.goldstein = e.is_object() && e.contains("goldstein") && e["goldstein"].is_number() ? e["goldstein"].get<double>() : 0;
      ev.source = r.str(e, "source");
      ev.target = r.str(e, "target");
      ev.source_state = r.str(e, "source_state");
      ev.target_state = r.str(e, "target_state");
      ev.reported_by = r.str(e, "reported_by");
      ev.date = r.str(e, "date");
      ev.date_inherited = e.is_object() && e.contains("inherited") && e["inherited"] == true;
      ev.sentence = r.span(e.is_object() && e.contains("sentence") ? e["sentence"] : Json(), n);
      ev.trigger = r.span(e.is_object() && e.contains("trigger") ? e["trigger"] : Json(), n);
      ev.symmetric = e.is_object() && e.contains("symmetric") && e["symmetric"] == true;
      ev.rule = r.str(e, "rule");
      ev.historical = e.is_object() && e.contains("historical") && e["historical"] == true;
      ev.weak = e.is_object() && e.contains("weak") && e["weak"] == true;
      ev.confidence = e.is_object() && e.contains("confidence") && e["confidence"].is_number() ? e["confidence"].get<double>() : 1;
      an.events.push_back(std::move(ev));
    }
    for (const Json& q : r.array(a, "quotes")) {
      if (!q.is_array() || q.size() != 2 || !q[1].is_string()) { r.fail("a quote is malformed"); break; }
      an.quotes.push_back({r.span(q[0], n), q[1]});
    }
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
    if (a.is_object() && a.contains("window") && a["window"].is_object()) {
      const Json& w = a["window"];
      an.has_window = true;
      an.window.from = r.str(w, "from");
      an.window.to = r.str(w, "to");
      for (const Json& b : r.array(w, "basis"))
        if (b.is_string()) an.window.basis.push_back(b);
      an.window.conflict = w.contains("conflict") && w["conflict"] == true;
      an.window.conflict_message = r.str(w, "message");
    }
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
