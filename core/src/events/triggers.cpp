#include "events/triggers.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "events/cameo.h"

#include "data/embedded.h"
#include "text/inflection.h"
#include "text/normalizer.h"

namespace marsad::events {
namespace {

std::vector<std::string> normalized_list(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const auto& s : j[key])
      if (s.is_string()) out.push_back(text::normalize_key(s.get<std::string>()));
  return out;
}

// Particles and adverbs that a form written with hamza becomes once hamza is
// folded (هنأ → هنا "here"): a trigger form must never read as one of them.
bool is_particle(std::string_view key) {
  static constexpr std::string_view k[] = {"هنا", "هناك", "ان", "من", "الي", "علي", "في", "عن", "ما", "لا", "كان", "قد",
                                           "ثم", "او", "اذا", "لم", "لن", "بل", "حتي", "كما", "مع", "اي", "انه", "انها"};
  return std::find(std::begin(k), std::end(k), key) != std::end(k);
}

}  // namespace

const TriggerLexicon& TriggerLexicon::builtin() {
  static const TriggerLexicon lexicon = [] {
    std::vector<Problem> problems;  // checked by marsad validate-data and the tests
    return TriggerLexicon(data::embedded_file("events/triggers.json"), problems);
  }();
  return lexicon;
}

std::string TriggerLexicon::hamza_key(std::string_view normalized_word) {
  constexpr std::string_view kAlef = "ا";
  if (!normalized_word.ends_with(kAlef)) return {};
  return std::string(normalized_word.substr(0, normalized_word.size() - kAlef.size())) + "ء";
}

void TriggerLexicon::add_form(std::string_view form, uint32_t index, std::vector<Problem>& problems) {
  std::string key = text::normalize_key(form);
  if (is_particle(key)) {
    // «هنأ» → «هنا»: a one-word form that writes its final hamza is kept under a key of its own.
    if (form.ends_with("أ") && key.find(' ') == std::string::npos)
      trie_.add(hamza_key(key), index);
    else
      problems.push_back({"events/triggers.json", 0, -1, "forms",
                          "the form \"" + std::string(form) + "\" reads as the particle \"" + key + "\" once normalized"});
    return;
  }
  trie_.add(form, index);
  // «أعرب عن بالغ شكره», «عن خالص تعازيه»: what one expresses after «عن» may be intensified.
  constexpr std::string_view kAn = "عن ";
  for (size_t at = form.find(kAn); at != std::string_view::npos; at = form.find(kAn, at + 1))
    if (at == 0 || form[at - 1] == ' ')
      for (const std::string& word : intensifiers_) {
        size_t rest = at + kAn.size();
        trie_.add(std::string(form.substr(0, rest)) + word + " " + std::string(form.substr(rest)), index);
      }
  if (!key.empty() && key.find(' ') == std::string::npos) single_words_.insert(std::move(key));
}

TriggerLexicon::TriggerLexicon(std::string_view json, std::vector<Problem>& problems, const Cameo* cameo) {
  const std::string file = "events/triggers.json";
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (!j.is_object() || !j.contains("triggers") || !j["triggers"].is_array()) {
    problems.push_back({file, 0, -1, "triggers", "expected {\"triggers\": [...]}"});
    return;
  }
  for (const auto& [key, value] : j.items())
    if (key != "note" && key != "triggers" && key != "intensifiers")
      problems.push_back({file, 0, -1, key, "unknown field \"" + key + "\""});
  if (j.contains("intensifiers")) {
    if (!j["intensifiers"].is_array()) problems.push_back({file, 0, -1, "intensifiers", "expected a list of words"});
    else
      for (const auto& w : j["intensifiers"])
        if (w.is_string()) intensifiers_.push_back(w.get<std::string>());
  }
  for (size_t i = 0; i < j["triggers"].size(); ++i) {
    const auto& t = j["triggers"][i];
    std::string where = "trigger " + std::to_string(i + 1);
    if (!t.is_object() || !t.contains("code") || !t["code"].is_string() ||
        !(t.contains("forms") || t.contains("verbs") || t.contains("participles"))) {
      problems.push_back({file, 0, -1, "", where + ": needs a code and forms, verbs or participles"});
      continue;
    }
    static constexpr std::string_view kKeys[] = {"code", "kind", "forms", "verbs", "participles", "target_preps",
                                                 "context", "symmetric", "needs_content", "needs_preposition", "or_destination", "object_is_topic", "object_is_sent",
                                                 "person_target", "note"};
    for (const auto& [key, value] : t.items())
      if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys))
        problems.push_back({file, 0, -1, key, where + ": unknown field \"" + key + "\""});
    Trigger trigger;
    trigger.code = t["code"].get<std::string>();
    where += " (" + trigger.code + ")";
    if (cameo && !cameo->find(trigger.code))
      problems.push_back({file, 0, -1, "code", where + ": code " + trigger.code + " is not in cameo.tsv"});
    if (t.contains("kind") && (!t["kind"].is_string() || (t["kind"] != "verb" && t["kind"] != "noun" && t["kind"] != "phrase")))
      problems.push_back({file, 0, -1, "kind", where + ": kind is verb, noun or phrase"});
    std::string kind = t.contains("kind") && t["kind"].is_string() ? t["kind"].get<std::string>() : "verb";
    trigger.kind = kind == "noun" ? TriggerKind::kNoun : kind == "phrase" ? TriggerKind::kPhrase : TriggerKind::kVerb;
    trigger.target_preps = normalized_list(t, "target_preps");
    trigger.context = normalized_list(t, "context");
    trigger.symmetric = t.contains("symmetric") && t["symmetric"].is_boolean() && t["symmetric"].get<bool>();
    trigger.needs_content = t.contains("needs_content") && t["needs_content"].is_boolean() && t["needs_content"].get<bool>();
    trigger.needs_preposition =
        t.contains("needs_preposition") && t["needs_preposition"].is_boolean() && t["needs_preposition"].get<bool>();
    trigger.or_destination = t.contains("or_destination") && t["or_destination"].is_boolean() && t["or_destination"].get<bool>();
    trigger.object_is_topic = t.contains("object_is_topic") && t["object_is_topic"].is_boolean() && t["object_is_topic"].get<bool>();
    trigger.object_is_sent = t.contains("object_is_sent") && t["object_is_sent"].is_boolean() && t["object_is_sent"].get<bool>();
    if (t.contains("person_target")) {
      if (t["person_target"].is_string()) trigger.person_target = t["person_target"].get<std::string>();
      if (trigger.person_target.empty() || (cameo && !cameo->find(trigger.person_target)))
        problems.push_back({file, 0, -1, "person_target", where + ": person_target is a code of cameo.tsv"});
    }
    uint32_t index = static_cast<uint32_t>(triggers_.size());
    triggers_.push_back(std::move(trigger));
    if (t.contains("forms") && t["forms"].is_array())
      for (const auto& form : t["forms"])
        if (form.is_string()) add_form(form.get<std::string>(), index, problems);
    // Verbs listed by lemma: [past, present] of the third person masculine singular, every form read;
    // a phrase's as [past, present, the rest of the phrase] («["أجرى", "يجري", "محادثات"]»).
    bool phrase = kind == "phrase";
    if (t.contains("verbs") && t["verbs"].is_array())
      for (const auto& v : t["verbs"]) {
        bool shape = v.is_array() && (v.size() == 2 || (phrase && v.size() == 3));
        for (size_t k = 0; shape && k < v.size(); ++k) shape = v[k].is_string();
        if (!shape) {
          problems.push_back({file, 0, -1, "verbs", where + (phrase ? ": a verb is [past, present] or [past, present, rest]"
                                                                     : ": a verb is [past, present]")});
          continue;
        }
        std::string rest = v.size() == 3 ? " " + v[2].get<std::string>() : "";
        for (const std::string& f : text::past_forms(v[0].get<std::string>())) add_form(f + rest, index, problems);
        for (const std::string& f : text::present_forms(v[1].get<std::string>())) add_form(f + rest, index, problems);
      }
    if (t.contains("participles") && t["participles"].is_array())
      for (const auto& a : t["participles"])
        if (a.is_string())
          for (const std::string& f : text::participle_forms(a.get<std::string>())) add_form(f, index, problems);
  }
}

}  // namespace marsad::events
