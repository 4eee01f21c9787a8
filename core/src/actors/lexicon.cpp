#include "actors/lexicon.h"

#include <nlohmann/json.hpp>

#include "data/embedded.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

std::vector<std::string> json_strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const auto& s : j[key])
      if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

std::string json_string(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

}  // namespace

void validate_groups(std::string_view json, const std::string& file, std::vector<Problem>& problems) {
  auto problem = [&](const std::string& field, const std::string& message) {
    problems.push_back({file, 0, -1, field, message});
  };
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (!j.is_object() || !j.contains("groups") || !j["groups"].is_array()) return problem("groups", "no list of groups");
  for (const char* list : {"quantifiers", "members", "bodies"})
    if (j.contains(list) && (!j[list].is_array() || json_strings(j, list).size() != j[list].size()))
      problem(list, std::string(list) + " is not a list of strings");
  for (const auto& [key, value] : j.items())
    if (key != "note" && key != "groups" && key != "quantifiers" && key != "members" && key != "bodies")
      problem(key, "unknown key \"" + key + "\"");
  std::unordered_set<std::string> ids;
  for (const auto& g : j["groups"]) {
    std::string id = g.is_object() ? json_string(g, "id") : "";
    std::string where = "group \"" + id + "\"";
    if (id.empty()) { problem("id", "a group without an id"); continue; }
    if (!ids.insert(id).second) problem("id", where + " is defined twice");
    for (const char* key : {"ar", "en"})
      if (json_string(g, key).empty()) problem(key, where + " has no name \"" + key + "\"");
    if (!g.contains("phrases") || json_strings(g, "phrases").empty() || json_strings(g, "phrases").size() != g["phrases"].size())
      problem("phrases", where + ": phrases must be a non-empty list of strings");
    if (g.contains("in_is_not_of") && !g["in_is_not_of"].is_boolean()) problem("in_is_not_of", where + ": not true or false");
    for (const auto& [key, value] : g.items())
      if (key != "id" && key != "cameo" && key != "ar" && key != "en" && key != "phrases" && key != "in_is_not_of")
        problem(key, where + ": unknown key \"" + key + "\"");
  }
}

WordLists builtin_word_lists() {
  return {data::embedded_file("titles.json"), data::embedded_file("function_words.json"),
          data::embedded_file("given_names.json"), data::embedded_file("institutions.json"),
          data::embedded_file("not_names.json"), data::embedded_file("groups.json")};
}

std::string abd_joined(std::string_view phrase) {
  static constexpr std::string_view kApart = "عبد ال";
  std::string out;
  for (size_t at = 0;;) {
    size_t next = phrase.find(kApart, at);
    if (next == std::string_view::npos) return out.append(phrase.substr(at));
    out.append(phrase.substr(at, next - at));
    // At a word's start only («عبد الله», not «يعبد الله»): the space goes.
    out.append(next == 0 || phrase[next - 1] == ' ' ? "عبدال" : kApart);
    at = next + kApart.size();
  }
}

// «جنديان تركيان», «سفينتان تركيتان»: the duals of a masculine singular adjective of
// origin (normalized: «تركي», «التركي»), which the knowledge base does not list. Their
// oblique masculine case («تركيين») is the plural's, listed. The feminine dual is made
// from the indefinite form only; read with the article it is a pair of lands as often
// as an adjective («الأمريكيتين», the Americas: not_names.json lists those).
std::vector<std::string> duals_of_nisba(std::string_view key) {
  constexpr size_t kMinBytes = 8;  // four letters at least («عربي»)
  std::vector<std::string> out;
  if (key.size() < kMinBytes || !key.ends_with("ي")) return out;
  out.push_back(std::string(key) + "ان");
  if (!key.starts_with("ال")) {
    out.push_back(std::string(key) + "تان");
    out.push_back(std::string(key) + "تين");
  }
  return out;
}

names::Gazetteer gazetteer_of(const KnowledgeBase& kb, const WordLists& lists) {
  using Known = names::Gazetteer::Known;
  names::Gazetteer g(lists.given_names, lists.titles, lists.function_words);
  for (const Actor& a : kb.actors()) {
    Known kind = a.type == "person"                         ? Known::kPerson
                 : a.type == "place" || a.type == "country" ? Known::kPlace
                                                            : Known::kOrganization;
    g.add_known(a.name_ar, kind);
    for (const std::string& s : a.aliases_ar) g.add_known(s, kind);
    if (a.type == "person")
      for (const std::string& s : a.short_forms) g.add_known(s, Known::kFamilyName);
    for (const std::string& s : a.nisba) g.add_known(s, Known::kNisba);
  }
  return g;
}

Lexicon::Lexicon(const KnowledgeBase& kb, const WordLists& lists) : gazetteer_(gazetteer_of(kb, lists)) {
  const auto& actors = kb.actors();
  context_.resize(actors.size());
  for (uint32_t i = 0; i < actors.size(); ++i) {
    const Actor& a = actors[i];
    for (const std::string* n : {&a.name_ar, &a.name_en}) add(*n, {EntryKind::kName, i});
    for (const auto& s : a.aliases_ar) add(s, {EntryKind::kName, i});
    for (const auto& s : a.aliases_en) add(s, {EntryKind::kName, i});
    for (const auto& s : a.short_forms) add(s, {EntryKind::kShort, i});
    if (a.type == "person")
      for (const Role& r : a.roles) held_roles_.push_back({i, &r, kb.state_of(r.of)});
    for (const auto& s : a.nisba) {
      add(s, {EntryKind::kNisba, i});
      // وفد أمريكي: the indefinite adjective stands for the country as well.
      std::string key = text::normalize_key(s);
      if (key.rfind("ال", 0) == 0 && key.size() > 8) add(key.substr(4), {EntryKind::kNisba, i});
      for (const std::string& dual : duals_of_nisba(key)) add(dual, {EntryKind::kNisba, i});
    }
    for (const auto& s : a.metonyms) add(s, {EntryKind::kMetonym, i});
    for (const auto& s : a.descriptions) add(s, {EntryKind::kDescription, i});
    for (const auto& s : a.generic) add(s, {EntryKind::kGeneric, i});
    for (const std::string& name : a.partner_names)
      for (const std::string& of : a.partner_of) partners_[of].push_back({i, text::PhraseTrie::words_of(name)});
    for (const auto& s : a.context) {
      context_[i].push_back(text::normalize_key(s));
      const std::string& key = context_[i].back();
      if (size_t space = key.find(' '); space != std::string::npos)
        context_heads_.insert(text::PhraseTrie::hash(std::string_view(key).substr(0, space)), 1);
    }
  }
  nlohmann::json titles = nlohmann::json::parse(lists.titles.begin(), lists.titles.end(), nullptr, false);
  if (titles.is_object() && titles.contains("titles") && titles["titles"].is_array()) {
    for (const auto& t : titles["titles"]) {
      if (!t.is_object()) continue;
      uint32_t index = static_cast<uint32_t>(titles_.size());
      auto flag = [&](const char* key) { return t.contains(key) && t[key].is_boolean() && t[key].get<bool>(); };
      titles_.push_back({json_string(t, "title"), json_string(t, "rank"), json_string(t, "of"),
                         json_string(t, "portfolio"), flag("needs_of"), flag("honorific"), flag("counterpart"), flag("dual"), flag("possessive")});
      for (const auto& phrase : json_strings(t, "ar")) add(phrase, {EntryKind::kTitle, index});
    }
    for (const auto& w : json_strings(titles, "former")) former_.insert(text::normalize_key(w));
  }
  nlohmann::json inst = nlohmann::json::parse(lists.institutions.begin(), lists.institutions.end(), nullptr, false);
  if (inst.is_object() && inst.contains("institutions") && inst["institutions"].is_array()) {
    for (const auto& x : inst["institutions"]) {
      if (!x.is_object()) continue;
      uint32_t index = static_cast<uint32_t>(institutions_.size());
      institutions_.push_back({json_string(x, "id")});
      for (const auto& phrase : json_strings(x, "ar")) add(phrase, {EntryKind::kInstitution, index});
      for (const auto& phrase : json_strings(x, "bare")) add(phrase, {EntryKind::kBareInstitution, index});
    }
  }
  nlohmann::json groups = nlohmann::json::parse(lists.groups.begin(), lists.groups.end(), nullptr, false);
  if (groups.is_object() && groups.contains("groups") && groups["groups"].is_array()) {
    for (const auto& x : groups["groups"]) {
      if (!x.is_object()) continue;
      uint32_t index = static_cast<uint32_t>(groups_.size());
      bool in_is_not_of = x.contains("in_is_not_of") && x["in_is_not_of"].is_boolean() && x["in_is_not_of"].get<bool>();
      groups_.push_back({json_string(x, "id"), json_string(x, "cameo"), json_string(x, "ar"), json_string(x, "en"), in_is_not_of});
      for (const auto& phrase : json_strings(x, "phrases")) add(phrase, {EntryKind::kGroup, index});
    }
    for (const auto& w : json_strings(groups, "quantifiers")) group_quantifiers_.insert(text::normalize_key(w));
    for (const auto& w : json_strings(groups, "members")) group_members_.insert(text::normalize_key(w));
    for (const auto& w : json_strings(groups, "bodies")) group_bodies_.insert(text::normalize_key(w));
  }
  nlohmann::json nn = nlohmann::json::parse(lists.not_names.begin(), lists.not_names.end(), nullptr, false);
  if (nn.is_object())
    for (const auto& phrase : json_strings(nn, "phrases")) add(phrase, {EntryKind::kNotName, 0});
  nlohmann::json fw = nlohmann::json::parse(lists.function_words.begin(), lists.function_words.end(), nullptr, false);
  if (fw.is_object())
    for (const auto& w : json_strings(fw, "words")) function_words_.insert(text::normalize_key(w));
  nlohmann::json gn = nlohmann::json::parse(lists.given_names.begin(), lists.given_names.end(), nullptr, false);
  if (gn.is_object())
    for (const auto& w : json_strings(gn, "names")) given_names_.insert(text::normalize_key(w));
}

}  // namespace marsad::actors
