// The open word lists of the event rules — heads of role and agent phrases,
// nouns of members, facilities, issues, relations, words of backing and
// company, verbs of denial… — read once from core/data/events/cues.json
// (embedded; its shape is checked by marsad validate-data, and
// core/data/README.md says what each list is). The rules ask them per token
// through arabic_cues.h; what stays in C++ there is grammar (complementizers,
// negation, condition, prepositions, relative pronouns, punctuation).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace marsad::events {

// A list of normalized words, asked per token: a short list is scanned (sizes
// compared first, as the C++ literals were), a longer one hashed. Its views
// point into its own strings, so it is built in place and never copied.
class WordSet {
 public:
  WordSet() = default;
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  void assign(std::vector<std::string> words);
  bool contains(std::string_view w) const {
    if (hashed_) return set_.count(w) > 0;
    for (std::string_view x : views_)
      if (w == x) return true;
    return false;
  }
  size_t size() const { return views_.size(); }

 private:
  static constexpr size_t kScanned = 16;  // at most this many words are scanned rather than hashed
  std::vector<std::string> words_;
  std::vector<std::string_view> views_;
  std::unordered_set<std::string_view> set_;
  bool hashed_ = false;
};

// One member per list of cues.json, named as its key.
struct CueLists {
  CueLists();  // reads the embedded file; a list it lacks is empty (validate-data fails the build first)

  WordSet role_heads, agent_heads, reporting_heads, person_nouns, body_nouns, counterpart_words, unnamed_agents, member_nouns, arm_nouns, noun_homographs, team_nouns, facility_nouns, venue_nouns, operation_nouns, office_heads,
      held_nouns, dwelling_nouns, paper_nouns, base_nouns, property_nouns, territory_nouns, issue_nouns, relation_nouns, opposition_nouns, governing_nouns, light_verbal_nouns,
      backing_words, serving_words, belonging_words, company_words, heading_words, origin_words, directions, location_words,
      time_adverbs, during_words, joint_words, pairing_words, taking_place_verbs, conveying_verbs, receiving_verbs, light_verbs, attending_verbs,
      participating_verbs,
      topic_words, undoing_words, existence_words, predicate_verbs, quantity_words, proposal_verbs, possibility_predicates, denial_verbs, refusal_verbs, unrealizing_words, intent_words, leisure_words,
      death_nouns, count_words, death_blessings, unnamed_people, kin_nouns, standing_words, suffering_words, epithets,
      habitual_words, group_heads;

  // The list named `name` in cues.json, or nullptr.
  const WordSet* find(std::string_view name) const;
};

inline const CueLists& cue_lists() {
  static const CueLists lists;
  return lists;
}

}  // namespace marsad::events
