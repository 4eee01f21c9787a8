#include "actors/knowledge_base.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "corpus/date.h"
#include "data/embedded.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

using Json = nlohmann::json;

// The keys an actor and a role may have (core/data/README.md).
constexpr std::string_view kActorKeys[] = {"id",      "type",     "name",    "aliases",     "short",        "nisba",
                                           "metonyms", "descriptions", "generic", "context", "domains", "sector",
                                           "needs_context", "state", "affiliation", "roles", "note",
                                           "hidden", "amend", "same_as", "partner", "died"};
constexpr std::string_view kRoleKeys[] = {"title", "of", "at", "from", "to", "portfolio", "note"};

// Names are matched word by word; a name of thousands of words is not a name
// and would make matching slow, so it is refused with a problem.
constexpr size_t kMaxNameBytes = 300;

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// The id of a name found in text, as the analysis gives it: "new:" and the
// normalized name, its spaces as _ (found_names.cpp).
bool found_id(std::string_view id) {
  if (id.size() <= 4 || id.size() > 400 || id.substr(0, 4) != "new:") return false;
  return std::none_of(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) <= ' '; });
}

template <class T>
void append_new(std::vector<T>& to, const std::vector<T>& from) {
  for (const T& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

void append_name(std::vector<std::string>& to, const std::string& name) {
  if (!name.empty() && std::find(to.begin(), to.end(), name) == to.end()) to.push_back(name);
}

}  // namespace

// An entry that corrects an actor defined before: "amend": true (only the
// fields given change) or "same_as" (the actor is another one).
struct Correction {
  std::string id, same_as;
  Actor patch;  // the fields given
  bool has_type = false, has_name = false, has_hidden = false, has_needs_context = false, has_state = false,
       has_affiliation = false, has_sector = false;
};

namespace {

// Reads the actor fields of one JSON object; problems name the actor and field.
class ActorReader {
 public:
  ActorReader(std::string_view file, std::vector<Problem>& problems) : file_(file), problems_(problems) {}

  bool read(const Json& j, size_t position, Actor& a) {
    where_ = "actor " + std::to_string(position + 1);
    if (!j.is_object()) return fail("", "is not an object");
    a.id = string(j, "id");
    if (!valid_id(a.id)) return fail("id", "must be lowercase ASCII letters, digits or _ (got \"" + a.id + "\")");
    where_ = "actor \"" + a.id + "\"";
    if (!read_type(j, a)) return false;
    check_keys(j);
    if (!read_name(j, a)) return false;
    if (a.name_ar.empty() && a.name_en.empty()) return fail("name", "needs name.ar or name.en");
    read_lists(j, a);
    if (j.contains("partner") && !j["partner"].is_object())
      return fail("partner", "must be an object: {\"of\": [actor ids], \"ar\": [names]}");
    if (!read_sector(j, a) || !read_flag(j, "needs_context", a.needs_context)) return false;
    a.state = string(j, "state");
    a.affiliation = string(j, "affiliation");
    if (!read_died(j, a)) return false;
    if (j.contains("roles")) {
      if (!j["roles"].is_array()) return fail("roles", "must be an array");
      read_roles(j, a);
    }
    if (!read_flag(j, "hidden", a.hidden)) return false;
    a.source = std::string(file_);
    return true;
  }

  // An entry with "amend": true or "same_as": the id of an actor defined
  // before (or of a name found in text), and only the fields it changes.
  static bool is_correction(const Json& j) {
    return j.is_object() && ((j.contains("amend") && j["amend"] == true) || j.contains("same_as"));
  }

  bool read_correction(const Json& j, size_t position, Correction& c) {
    where_ = "actor " + std::to_string(position + 1);
    c.id = string(j, "id");
    bool found = found_id(c.id);
    if (!valid_id(c.id) && !found)
      return fail("id", "must be an actor's id, or a found name's (\"new:…\") (got \"" + c.id + "\")");
    where_ = "actor \"" + c.id + "\"";
    check_keys(j);
    if (bool amend = false; !read_flag(j, "amend", amend)) return false;
    if (j.contains("same_as")) {
      c.same_as = string(j, "same_as");
      if (!valid_id(c.same_as) && !found_id(c.same_as)) return fail("same_as", "must be an actor's id");
      if (c.same_as == c.id) return fail("same_as", "names the actor itself");
      // A merge moves the actor whole: what else the entry says would be lost.
      for (const auto& [key, value] : j.items())
        if (key != "id" && key != "same_as" && key != "amend" && key != "note")
          fail(key, "is not read beside same_as (amend the actor it is merged into)");
      return true;
    }
    Actor& a = c.patch;
    c.has_type = j.contains("type");
    if (c.has_type && !read_type(j, a)) return false;
    if (!read_name(j, a)) return false;
    c.has_name = !a.name_ar.empty() || !a.name_en.empty();
    c.has_hidden = j.contains("hidden");
    if (!read_flag(j, "hidden", a.hidden)) return false;
    if (found) {  // a found name has a name, a type and a place in the lists, nothing else to change
      for (const auto& [key, value] : j.items())
        if (key != "id" && key != "amend" && key != "note" && key != "type" && key != "name" && key != "hidden")
          fail(key, "cannot be changed for a name found in text (only name, type and hidden)");
      return true;
    }
    read_lists(j, a);
    c.has_state = j.contains("state");
    a.state = string(j, "state");
    c.has_affiliation = j.contains("affiliation");
    a.affiliation = string(j, "affiliation");
    c.has_sector = j.contains("sector");
    if (!read_died(j, a)) return false;
    c.has_needs_context = j.contains("needs_context");
    if (!read_sector(j, a) || !read_flag(j, "needs_context", a.needs_context)) return false;
    if (j.contains("roles")) read_roles(j, a);
    return true;
  }

 private:
  // A key no reader knows is a typo or a field from elsewhere: said, and the actor still read.
  void check_keys(const Json& j) {
    for (const auto& [key, value] : j.items())
      if (std::find(std::begin(kActorKeys), std::end(kActorKeys), key) == std::end(kActorKeys))
        fail(key, "is not a key of an actor (core/data/README.md lists them)");
  }

  bool read_type(const Json& j, Actor& a) {
    a.type = string(j, "type");
    if (std::find(std::begin(kActorTypes), std::end(kActorTypes), a.type) == std::end(kActorTypes))
      return fail("type", "unknown type \"" + a.type + "\"");
    return true;
  }

  bool read_name(const Json& j, Actor& a) {
    if (j.contains("name") && j["name"].is_object()) {
      a.name_ar = string(j["name"], "ar");
      a.name_en = string(j["name"], "en");
    }
    if (a.name_ar.size() > kMaxNameBytes || a.name_en.size() > kMaxNameBytes)
      return fail("name", "is longer than " + std::to_string(kMaxNameBytes) + " bytes");
    return true;
  }

  // The names and words an actor is read by (an amendment's are added to the actor's).
  void read_lists(const Json& j, Actor& a) {
    if (j.contains("aliases") && j["aliases"].is_object()) {
      a.aliases_ar = strings(j["aliases"], "ar");
      a.aliases_en = strings(j["aliases"], "en");
    }
    a.short_forms = strings(j, "short");
    a.nisba = strings(j, "nisba");
    a.metonyms = strings(j, "metonyms");
    a.descriptions = strings(j, "descriptions");
    a.generic = strings(j, "generic");
    a.context = strings(j, "context");
    a.domains = strings(j, "domains");
    if (j.contains("partner") && j["partner"].is_object()) {
      a.partner_of = strings(j["partner"], "of");
      a.partner_names = strings(j["partner"], "ar");
    }
  }

  bool read_sector(const Json& j, Actor& a) {
    a.sector = string(j, "sector");
    if (!a.sector.empty() && a.sector != "sport" && a.sector != "humanitarian" && a.sector != "rights")
      return fail("sector", "is \"sport\", \"humanitarian\", \"rights\" or absent");
    return true;
  }

  // A true/false field, left as it is when absent.
  bool read_flag(const Json& j, const char* key, bool& value) {
    if (!j.contains(key)) return true;
    if (!j[key].is_boolean()) return fail(key, "must be true or false");
    value = j[key].get<bool>();
    return true;
  }

  void read_roles(const Json& j, Actor& a) {
    if (!j["roles"].is_array()) { fail("roles", "must be an array"); return; }
    for (const Json& r : j["roles"]) {
      if (!r.is_object()) { fail("roles", "a role is not an object"); continue; }
      for (const auto& [key, value] : r.items())
        if (std::find(std::begin(kRoleKeys), std::end(kRoleKeys), key) == std::end(kRoleKeys))
          fail("roles", "a role has an unknown key \"" + key + "\"");
      Role role{string(r, "title"), string(r, "of"), string(r, "at"), string(r, "from"), string(r, "to"),
                string(r, "portfolio")};
      if (role.title.empty()) { fail("roles", "a role has no title"); continue; }
      if (!date_ok(role.from) || !date_ok(role.to)) {
        fail("roles", "role \"" + role.title + "\" has an invalid date (" + role.from + ".." + role.to + ")");
        continue;
      }
      a.roles.push_back(std::move(role));
    }
  }

  static bool date_ok(const std::string& d) { return d.empty() || corpus::parse_date(d).value_or("") == d; }

  // «died»: the ISO date a person died (at any precision): they act in no news after it.
  bool read_died(const Json& j, Actor& a) {
    a.died = string(j, "died");
    if (a.died.empty()) return true;
    if (!date_ok(a.died)) return fail("died", "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!a.type.empty() && a.type != "person") return fail("died", "is for persons only");
    return true;
  }

  std::string string(const Json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null()) return "";
    if (!j[key].is_string()) { fail(key, "must be a string"); return ""; }
    return j[key].get<std::string>();
  }

  std::vector<std::string> strings(const Json& j, const char* key) {
    std::vector<std::string> out;
    if (!j.contains(key)) return out;
    if (!j[key].is_array()) { fail(key, "must be an array of strings"); return out; }
    for (const Json& s : j[key]) {
      if (!s.is_string()) fail(key, "must be an array of strings");
      else if (s.get_ref<const std::string&>().size() > kMaxNameBytes) fail(key, "has a name longer than " + std::to_string(kMaxNameBytes) + " bytes (left out)");
      else out.push_back(s.get<std::string>());
    }
    return out;
  }

  bool fail(const std::string& field, const std::string& message) {
    problems_.push_back({std::string(file_), 0, -1, field, where_ + ": " + field + (field.empty() ? "" : " ") + message});
    return false;
  }

  std::string_view file_;
  std::vector<Problem>& problems_;
  std::string where_;
};

}  // namespace

const KnowledgeBase& KnowledgeBase::builtin() {
  static const KnowledgeBase kb = [] {
    KnowledgeBase k;
    std::vector<Problem> problems;  // validated at build time (marsad validate-data) and by tests
    for (const data::EmbeddedFile& f : data::embedded_files())
      if (f.path.substr(0, 7) == "actors/") k.load(f.path, f.content, problems);
    return k;
  }();
  return kb;
}

size_t KnowledgeBase::load(std::string_view file_name, std::string_view json, std::vector<Problem>& problems) {
  Json j = Json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded()) {
    problems.push_back({std::string(file_name), 0, -1, "", "not valid JSON"});
    return 0;
  }
  const Json* list = &j;
  if (j.is_object() && j.contains("actors")) list = &j["actors"];
  if (!list->is_array()) {
    problems.push_back({std::string(file_name), 0, -1, "actors", "expected {\"actors\": [...]} or an array"});
    return 0;
  }
  ActorReader reader(file_name, problems);
  size_t count = 0;
  for (size_t i = 0; i < list->size(); ++i) {
    if (ActorReader::is_correction((*list)[i])) {
      Correction c;
      if (reader.read_correction((*list)[i], i, c) && correct(c, file_name, problems)) ++count;
      continue;
    }
    Actor a;
    if (!reader.read((*list)[i], i, a)) continue;
    merged_.erase(a.id);  // defined anew: no longer another's
    has_hidden_ |= a.hidden;
    if (auto it = index_.find(a.id); it != index_.end()) {
      overrides_.push_back({a.id, a.source, actors_[it->second].source});
      actors_[it->second] = std::move(a);  // an override
    } else {
      index_.emplace(a.id, actors_.size());
      actors_.push_back(std::move(a));
    }
    ++count;
  }
  index_outlets();
  return count;
}

std::string KnowledgeBase::resolved(std::string_view id) const {
  std::string at(id);
  for (int depth = 0; depth < 16; ++depth) {
    if (index_.count(at)) return at;
    if (auto f = found_.find(at); f != found_.end() && !f->second.same_as.empty()) { at = f->second.same_as; continue; }
    auto m = merged_.find(at);
    if (m == merged_.end()) return at;
    at = m->second;
  }
  return at;
}

void KnowledgeBase::reindex() {
  index_.clear();
  for (size_t i = 0; i < actors_.size(); ++i) index_.emplace(actors_[i].id, i);
}

// Actor `from` becomes part of `into`: its names are names of `into`, its
// roles `into`'s, what named it (a state, an affiliation, a role's body)
// names `into`, and its id finds `into` from now on.
void KnowledgeBase::merge_into(size_t from, size_t into) {
  Actor gone = std::move(actors_[from]);
  Actor& a = actors_[into];
  append_name(a.aliases_ar, gone.name_ar);
  append_name(a.aliases_en, gone.name_en);
  append_new(a.aliases_ar, gone.aliases_ar);
  append_new(a.aliases_en, gone.aliases_en);
  append_new(a.short_forms, gone.short_forms);
  append_new(a.nisba, gone.nisba);
  append_new(a.metonyms, gone.metonyms);
  append_new(a.descriptions, gone.descriptions);
  append_new(a.generic, gone.generic);
  append_new(a.context, gone.context);
  append_new(a.domains, gone.domains);
  append_new(a.partner_of, gone.partner_of);
  append_new(a.partner_names, gone.partner_names);
  for (Role& r : gone.roles) a.roles.push_back(std::move(r));
  const std::string target = a.id;
  for (Actor& x : actors_) {
    if (x.state == gone.id) x.state = target;
    if (x.affiliation == gone.id) x.affiliation = target;
    for (Role& r : x.roles) {
      if (r.of == gone.id) r.of = target;
      if (r.at == gone.id) r.at = target;
    }
  }
  for (auto& [id, to] : merged_)
    if (to == gone.id) to = target;
  merged_[gone.id] = target;
  actors_.erase(actors_.begin() + static_cast<std::ptrdiff_t>(from));
  reindex();
}

bool KnowledgeBase::correct(const Correction& c, std::string_view file, std::vector<Problem>& problems) {
  auto fail = [&](const std::string& field, const std::string& message) {
    problems.push_back({std::string(file), 0, -1, field, "actor \"" + c.id + "\": " + field + " " + message});
    return false;
  };
  if (found_id(c.id)) {
    // A name found in text: its correction waits for the matcher to find it.
    FoundCorrection& f = found_[c.id];
    if (!c.same_as.empty()) {
      std::string target = resolved(c.same_as);
      if (target == c.id) return fail("same_as", "would be merged into itself");
      if (!find(target) && !found_id(target))
        return fail("same_as", "names unknown actor \"" + c.same_as + "\"");
      f.same_as = target;
      return true;
    }
    if (c.has_type) f.type = c.patch.type;
    if (c.has_name) {
      f.name_ar = c.patch.name_ar;
      f.name_en = c.patch.name_en;
    }
    if (c.has_hidden) {
      f.hidden = c.patch.hidden;
      has_hidden_ |= f.hidden;
    }
    return true;
  }
  auto it = index_.find(resolved(c.id));
  if (it == index_.end()) return fail("id", "is no actor defined before (amend and same_as change an existing actor)");
  size_t at = it->second;
  if (!c.same_as.empty()) {
    if (actors_[at].id != c.id) return fail("same_as", "was already merged into \"" + actors_[at].id + "\"");
    std::string target = resolved(c.same_as);
    auto to = index_.find(target);
    if (to == index_.end())
      return fail("same_as", "names \"" + c.same_as +
                                 "\", which the knowledge base does not list (an actor can be merged into another "
                                 "of the knowledge base; a found name into any actor)");
    if (to->second == at) return fail("same_as", "would be merged into itself");
    merge_into(at, to->second);
    index_outlets();
    return true;
  }
  Actor& a = actors_[at];
  const Actor& p = c.patch;
  if (c.has_type) a.type = p.type;
  if (c.has_name) {
    // The name shown changes; the earlier one still names the actor in text.
    if (!p.name_ar.empty() && p.name_ar != a.name_ar) {
      append_name(a.aliases_ar, a.name_ar);
      a.name_ar = p.name_ar;
    }
    if (!p.name_en.empty() && p.name_en != a.name_en) {
      append_name(a.aliases_en, a.name_en);
      a.name_en = p.name_en;
    }
  }
  append_new(a.aliases_ar, p.aliases_ar);
  append_new(a.aliases_en, p.aliases_en);
  append_new(a.short_forms, p.short_forms);
  append_new(a.nisba, p.nisba);
  append_new(a.metonyms, p.metonyms);
  append_new(a.descriptions, p.descriptions);
  append_new(a.generic, p.generic);
  append_new(a.context, p.context);
  append_new(a.domains, p.domains);
  append_new(a.partner_of, p.partner_of);
  append_new(a.partner_names, p.partner_names);
  for (const Role& r : p.roles) a.roles.push_back(r);
  if (c.has_state) a.state = p.state;
  if (c.has_affiliation) a.affiliation = p.affiliation;
  if (c.has_sector) a.sector = p.sector;
  if (!p.died.empty()) a.died = p.died;
  if (c.has_needs_context) a.needs_context = p.needs_context;
  if (c.has_hidden) {
    a.hidden = p.hidden;
    has_hidden_ |= a.hidden;
  }
  index_outlets();
  return true;
}

const FoundCorrection* KnowledgeBase::found_correction(std::string_view id) const {
  if (found_.empty()) return nullptr;
  auto it = found_.find(std::string(id));
  return it == found_.end() ? nullptr : &it->second;
}

bool KnowledgeBase::hidden(std::string_view id) const {
  if (!has_hidden_) return false;
  if (const FoundCorrection* f = found_correction(id)) return f->hidden;
  const Actor* a = find(id);
  return a && a->hidden;
}

void KnowledgeBase::index_outlets() {
  outlets_.clear();
  for (size_t i = 0; i < actors_.size(); ++i) {
    if (actors_[i].type != "media") continue;
    for (const std::string& n : actors_[i].aliases_en) outlets_.emplace(lowercase(n), i);
    for (const std::string& d : actors_[i].domains) outlets_.emplace(lowercase(d), i);
  }
}

void KnowledgeBase::validate(std::vector<Problem>& problems) const {
  auto check = [&](const Actor& a, const std::string& field, const std::string& id) {
    if (!id.empty() && !find(id))
      problems.push_back({a.source, 0, -1, field, "actor \"" + a.id + "\": " + field + " names unknown actor \"" + id + "\""});
  };
  for (const Actor& a : actors_) {
    check(a, "state", a.state);
    check(a, "affiliation", a.affiliation);
    for (const Role& r : a.roles) {
      check(a, "roles.of", r.of);
      check(a, "roles.at", r.at);
      if (!r.from.empty() && !r.to.empty() && r.to < r.from)
        problems.push_back({a.source, 0, -1, "roles", "actor \"" + a.id + "\": role \"" + r.title + "\" ends before it starts"});
    }
    for (const std::string& id : a.partner_of) check(a, "partner.of", id);
    if (a.partner_of.empty() != a.partner_names.empty())
      problems.push_back({a.source, 0, -1, "partner", "actor \"" + a.id + "\": partner needs both \"of\" (actor ids) and \"ar\" (names)"});
    if (const Actor* s = find(a.state); s && s->type != "country")
      problems.push_back({a.source, 0, -1, "state", "actor \"" + a.id + "\": state \"" + a.state + "\" is not a country"});
  }
  report_shared_names(problems);
}

void KnowledgeBase::report_common_word_names(const std::unordered_set<std::string>& words,
                                             std::vector<Problem>& problems) const {
  for (const Actor& a : actors_) {
    if (a.needs_context) continue;
    std::vector<const std::string*> names{&a.name_ar};
    for (const std::string& s : a.aliases_ar) names.push_back(&s);
    for (const std::string& s : a.metonyms) names.push_back(&s);
    for (const std::string* n : names) {
      std::string key = text::normalize_key(*n);
      if (key.empty() || key.find(' ') != std::string::npos || !words.count(key)) continue;
      problems.push_back({a.source, 0, -1, "aliases",
                          "actor \"" + a.id + "\": the name \"" + *n +
                              "\" is also a common word (an event trigger or a function word): use a longer name, or "
                              "needs_context"});
    }
  }
}

// Two actors named by the same phrase are read by context, or not at all: that
// is right for a real ambiguity (طرابلس in Libya and Lebanon), each side with
// its `context` words, and a mistake otherwise. Each such phrase is a warning.
void KnowledgeBase::report_shared_names(std::vector<Problem>& problems) const {
  std::unordered_map<std::string, std::vector<size_t>> by_phrase;
  for (size_t i = 0; i < actors_.size(); ++i) {
    const Actor& a = actors_[i];
    std::vector<std::string> phrases{a.name_ar};
    phrases.insert(phrases.end(), a.aliases_ar.begin(), a.aliases_ar.end());
    phrases.insert(phrases.end(), a.descriptions.begin(), a.descriptions.end());
    std::sort(phrases.begin(), phrases.end());
    phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
    for (const std::string& p : phrases) {
      std::string key = text::normalize_key(p);
      if (key.empty()) continue;
      auto& list = by_phrase[key];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  for (const auto& [phrase, list] : by_phrase) {
    if (list.size() < 2) continue;
    bool all_have_context = std::all_of(list.begin(), list.end(), [&](size_t i) { return !actors_[i].context.empty(); });
    if (all_have_context) continue;
    std::string ids;
    for (size_t i : list) {
      if (!ids.empty()) ids += ", ";
      ids += actors_[i].id;
    }
    const Actor& last = actors_[list.back()];  // the later file is the one that repeats the name
    problems.push_back({last.source, 0, -1, "aliases",
                        "the name \"" + phrase + "\" is shared by " + ids +
                            " without context words on each: say which by `context`, or keep it for one",
                        true});
  }
}

const Actor* KnowledgeBase::outlet(std::string_view source, std::string_view url) const {
  if (auto it = outlets_.find(lowercase(source)); !source.empty() && it != outlets_.end()) return &actors_[it->second];
  // The URL's host, and the host without its leading labels (www.okaz.com.sa → okaz.com.sa).
  std::string_view host = url;
  if (size_t scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
  host = host.substr(0, host.find('/'));
  while (!host.empty()) {
    if (auto it = outlets_.find(lowercase(host)); it != outlets_.end()) return &actors_[it->second];
    size_t dot = host.find('.');
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return nullptr;
}

const Actor* KnowledgeBase::find(std::string_view id) const {
  if (id.empty()) return nullptr;
  auto it = index_.find(std::string(id));
  if (it == index_.end() && !merged_.empty()) {
    auto m = merged_.find(std::string(id));
    if (m != merged_.end()) it = index_.find(m->second);
  }
  return it == index_.end() ? nullptr : &actors_[it->second];
}

std::string KnowledgeBase::state_of(std::string_view id) const {
  const Actor* a = find(id);
  for (int depth = 0; a && depth < 6; ++depth) {
    if (a->type == "country") return a->id;
    if (!a->state.empty()) return a->state;
    a = find(a->affiliation);
  }
  return "";
}

}  // namespace marsad::actors
