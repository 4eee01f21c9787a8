#include "events/triggers.h"

#include <nlohmann/json.hpp>

#include "data/embedded.h"
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

}  // namespace

const TriggerLexicon& TriggerLexicon::builtin() {
  static const TriggerLexicon lexicon = [] {
    std::vector<Problem> problems;  // checked by marsad validate-data and the tests
    return TriggerLexicon(data::embedded_file("events/triggers.json"), problems);
  }();
  return lexicon;
}

TriggerLexicon::TriggerLexicon(std::string_view json, std::vector<Problem>& problems) {
  const std::string file = "events/triggers.json";
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (!j.is_object() || !j.contains("triggers") || !j["triggers"].is_array()) {
    problems.push_back({file, 0, -1, "triggers", "expected {\"triggers\": [...]}"});
    return;
  }
  for (size_t i = 0; i < j["triggers"].size(); ++i) {
    const auto& t = j["triggers"][i];
    std::string where = "trigger " + std::to_string(i + 1);
    if (!t.is_object() || !t.contains("code") || !t["code"].is_string() || !t.contains("forms") ||
        !t["forms"].is_array()) {
      problems.push_back({file, 0, -1, "", where + ": needs a code and forms"});
      continue;
    }
    Trigger trigger;
    trigger.code = t["code"].get<std::string>();
    std::string kind = t.contains("kind") && t["kind"].is_string() ? t["kind"].get<std::string>() : "verb";
    trigger.kind = kind == "noun" ? TriggerKind::kNoun : kind == "phrase" ? TriggerKind::kPhrase : TriggerKind::kVerb;
    trigger.target_preps = normalized_list(t, "target_preps");
    trigger.source_preps = normalized_list(t, "source_preps");
    trigger.context = normalized_list(t, "context");
    trigger.symmetric = t.contains("symmetric") && t["symmetric"].is_boolean() && t["symmetric"].get<bool>();
    uint32_t index = static_cast<uint32_t>(triggers_.size());
    triggers_.push_back(std::move(trigger));
    for (const auto& form : t["forms"])
      if (form.is_string()) trie_.add(form.get<std::string>(), index);
  }
}

}  // namespace marsad::events
