#include "events/cue_lists.h"

#include <utility>

#include <nlohmann/json.hpp>

#include "data/embedded.h"

namespace marsad::events {

void WordSet::assign(std::vector<std::string> words) {
  words_ = std::move(words);
  views_.assign(words_.begin(), words_.end());  // words_ is not touched again: the views stay valid
  hashed_ = views_.size() > kScanned;
  set_.clear();
  if (hashed_) set_.insert(views_.begin(), views_.end());
}

namespace {

// The lists of cues.json by key, each read into its member.
// clang-format off
constexpr std::pair<const char*, WordSet CueLists::*> kLists[] = {
    {"role_heads", &CueLists::role_heads}, {"agent_heads", &CueLists::agent_heads},
    {"reporting_heads", &CueLists::reporting_heads}, {"person_nouns", &CueLists::person_nouns}, {"body_nouns", &CueLists::body_nouns}, {"counterpart_words", &CueLists::counterpart_words}, {"unnamed_agents", &CueLists::unnamed_agents},
    {"member_nouns", &CueLists::member_nouns}, {"arm_nouns", &CueLists::arm_nouns}, {"noun_homographs", &CueLists::noun_homographs}, {"team_nouns", &CueLists::team_nouns},
    {"facility_nouns", &CueLists::facility_nouns}, {"venue_nouns", &CueLists::venue_nouns}, {"operation_nouns", &CueLists::operation_nouns}, {"office_heads", &CueLists::office_heads}, {"held_nouns", &CueLists::held_nouns}, {"dwelling_nouns", &CueLists::dwelling_nouns},
    {"paper_nouns", &CueLists::paper_nouns}, {"base_nouns", &CueLists::base_nouns},
    {"property_nouns", &CueLists::property_nouns},
    {"territory_nouns", &CueLists::territory_nouns}, {"issue_nouns", &CueLists::issue_nouns},
    {"relation_nouns", &CueLists::relation_nouns}, {"opposition_nouns", &CueLists::opposition_nouns},
    {"governing_nouns", &CueLists::governing_nouns}, {"light_verbal_nouns", &CueLists::light_verbal_nouns},
    {"backing_words", &CueLists::backing_words}, {"serving_words", &CueLists::serving_words},
    {"belonging_words", &CueLists::belonging_words},
    {"company_words", &CueLists::company_words}, {"heading_words", &CueLists::heading_words},
    {"origin_words", &CueLists::origin_words}, {"directions", &CueLists::directions},
    {"location_words", &CueLists::location_words}, {"time_adverbs", &CueLists::time_adverbs},
    {"during_words", &CueLists::during_words}, {"joint_words", &CueLists::joint_words},
    {"pairing_words", &CueLists::pairing_words},
    {"taking_place_verbs", &CueLists::taking_place_verbs}, {"conveying_verbs", &CueLists::conveying_verbs}, {"receiving_verbs", &CueLists::receiving_verbs},
    {"light_verbs", &CueLists::light_verbs}, {"attending_verbs", &CueLists::attending_verbs},
    {"participating_verbs", &CueLists::participating_verbs},
    {"topic_words", &CueLists::topic_words}, {"undoing_words", &CueLists::undoing_words},
    {"existence_words", &CueLists::existence_words}, {"predicate_verbs", &CueLists::predicate_verbs},
    {"quantity_words", &CueLists::quantity_words}, {"proposal_verbs", &CueLists::proposal_verbs},
    {"possibility_predicates", &CueLists::possibility_predicates}, {"denial_verbs", &CueLists::denial_verbs},
    {"refusal_verbs", &CueLists::refusal_verbs},
    {"unrealizing_words", &CueLists::unrealizing_words}, {"intent_words", &CueLists::intent_words}, {"leisure_words", &CueLists::leisure_words},
    {"death_nouns", &CueLists::death_nouns}, {"count_words", &CueLists::count_words},
    {"death_blessings", &CueLists::death_blessings}, {"unnamed_people", &CueLists::unnamed_people},
    {"kin_nouns", &CueLists::kin_nouns}, {"standing_words", &CueLists::standing_words}, {"habitual_words", &CueLists::habitual_words},
    {"group_heads", &CueLists::group_heads},
    {"suffering_words", &CueLists::suffering_words}, {"epithets", &CueLists::epithets},
};
// clang-format on

}  // namespace

CueLists::CueLists() {
  std::string_view text = data::embedded_file("events/cues.json");
  const nlohmann::json json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!json.is_object()) return;
  for (const auto& entry : kLists) {
    auto it = json.find(entry.first);
    if (it == json.end() || !it->is_array()) continue;  // types checked, not trusted: no exceptions to abort on
    std::vector<std::string> words;
    for (const nlohmann::json& w : *it)
      if (w.is_string()) words.push_back(w.get<std::string>());
    (this->*entry.second).assign(std::move(words));
  }
}

const WordSet* CueLists::find(std::string_view name) const {
  for (const auto& entry : kLists)
    if (name == entry.first) return &(this->*entry.second);
  return nullptr;
}

}  // namespace marsad::events
