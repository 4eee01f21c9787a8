// The matcher's working state, shared by the files that implement its phases:
// matcher.cpp (lexicon phrases, evidence and focus, names, institutions),
// role_phrases.cpp (titles, roles and the names after them) and
// found_names.cpp (names from the learned name finder, short forms),
// groups.cpp (a state's people by occupation or condition) and
// honorific_references.cpp («جلالته», «سموه»: the person they stand for) and
// family_name_references.cpp (a known person's family name alone).
#pragma once

#include <cmath>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/focus.h"
#include "actors/matcher.h"
#include "text/phrase_trie.h"
#include "text/token.h"
#include "util/hash_map64.h"

namespace marsad::actors {

// A phrase of the lexicon found at a token range.
using Raw = text::PhraseMatch;

using text::is_quote_mark;

// How sure the name finder must be (its Viterbi margin) for a name to become an actor.
constexpr float kMinMargin = 2.f;
constexpr float kSureMargin = 20.f;  // sure enough to take given names alone for a full name, or a family name alone
// So sure that the finder's name needs no cue: one word alone, or a person's
// name that begins with no given name the lists know («فان نيستلروي»). Of
// the names this sure out of fold on ANERcorp's training part (marsad-train-ner
// --cross-validate 5 --dump), nine in ten are right for one word of each type,
// eight in ten for persons without a known given name; at 30 under six in ten
// organizations of one word are.
constexpr float kVerySureMargin = 50.f;
// A found name's confidence in its mention: its margin on a scale of 0 to 1.
inline float confidence_of(float margin) { return 1.f - std::exp(-margin / 5.f); }

// The first half of a compound family name: «عبد العزيز», «أبو زيد», «بن علي», «آل سعود».
inline bool is_name_connector(std::string_view w) {
  for (std::string_view c : {"عبد", "ابو", "بن", "ابن", "ال"})
    if (w == c) return true;
  return false;
}

class Matcher {
 public:
  Matcher(const MatchInput& in, const text::WordForms& forms, const KnowledgeBase& kb, const Lexicon& lex)
      : in_(in), forms_(forms), kb_(kb), lex_(lex) {}

  ActorMatches run();

 private:
  // --- matcher.cpp -----------------------------------------------------------
  void find_raw();
  void gather_evidence();
  size_t resolve(size_t k);
  bool resolve_institution(size_t k, size_t& next);
  void add_places_inside(const Raw& r, const Actor& place);
  bool operation_force(const Raw& r, const Actor& operation);
  // --- groups.cpp ----------------------------------------------------------------
  bool resolve_group(size_t k, size_t& next);
  std::string group_actor(const Group& g, const std::string& state_id);
  bool has_word(std::string_view w);
  float support(uint32_t actor);
  bool needs_support(uint32_t actor, const std::vector<Entry>& entries) const;
  bool ha_for_ta_marbuta(const Raw& r, uint32_t actor) const;
  bool short_alone(const Raw& r, uint32_t actor);
  bool given_name_not_nisba(const Raw& r) const;
  bool another_given_name(const Raw& r, uint32_t actor) const;
  bool same_given_name(const Mention& m, const std::string& id) const;
  bool named_after(uint32_t lead) const;
  bool in_lineage(uint32_t first) const;
  bool before_lineage(uint32_t end) const;
  bool lineage_differs(uint32_t first, uint32_t end, const std::string& id) const;
  static bool is_kunya(std::string_view w);
  void add_country_references();
  std::string state_before(size_t k) const;
  void add_in_text_order(const std::vector<Mention>& found);
  // --- partners.cpp -------------------------------------------------------------
  void add_partners();
  // --- honorific_references.cpp ------------------------------------------------
  void add_honorific_references();
  // --- family_name_references.cpp ----------------------------------------------
  void add_family_name_references();
  bool family_of_a_named_father(std::string_view family) const;
  bool family_of_a_known_person(std::string_view family) const;
  bool before_given_name(uint32_t i) const;
  void add_head_noun_references();
  bool names_another(uint32_t next, bool adjective_only) const;
  std::string_view type_of(const std::string& id) const;
  bool is_person(const std::string& id) const;
  bool in_office(const Actor& a) const;
  const Raw* raw_starting_at(uint32_t token) const;
  const Raw* raw_ending_at(uint32_t token) const;
  bool found_person_around(uint32_t first, uint32_t end) const;
  const Entry* choose(const std::vector<Entry>& entries, EntryKind kind);
  const Entry* find_kind(const std::vector<Entry>& entries, EntryKind kind);
  const Entry* short_of(const Raw& r, const std::vector<Entry>& entries);
  bool adjective_after_noun(const Raw& r) const;
  bool generic_fits(uint32_t actor);
  bool read_as_own_name(const Raw& r, uint32_t target) const;
  bool common_word_with_article(const Raw& r, uint32_t target) const;
  bool on_behalf_of(const Mention& m) const;
  bool locative(const Raw& r) const;
  bool honorific(uint32_t i) const;
  bool honorific_word(std::string_view w) const;
  bool names_alone(uint32_t first, uint32_t end, const std::string& id) const;
  bool names_within(uint32_t first, uint32_t end, const std::string& id) const;
  void emit(uint32_t first, uint32_t end, const std::string& id, const char* kind, std::string role = "",
            std::string role_of = "", int64_t lead = -1, float confidence = 1);

  // --- role_phrases.cpp --------------------------------------------------------
  size_t resolve_title(size_t k, const Title& title);
  const Actor* complement(const Raw& r, bool* is_nisba, bool* is_metonym);
  bool definite_ending(const Raw& r) const;
  bool definite_start(const Raw& r) const;
  bool head_is_president(const Raw& r) const;
  bool head_is_king(const Raw& r) const;
  bool main_adjective(const Raw& r) const;
  const Actor* person_at(const Raw& r, const Title& title, bool former);
  const Actor* holder(const Title& title, const std::string& of, const std::string& at);
  bool spelled_otherwise(const Actor& person, std::string_view name) const;
  bool unresolved_origin_at(uint32_t i) const;
  bool under_another_post(const Raw& t) const;
  const Actor* named_person_spelled_otherwise(uint32_t first, uint32_t end) const;
  const Raw* descent_name_read_on(const names::FoundName& n) const;
  void merge_respelled();
  void give_titles_to_names_after();
  const Lexicon::HeldRole* last_named_holder(const Title& title, const Raw& t, const std::string& of = {}) const;
  const Actor* holder_in_apposition(const Title& title, const Raw& t, const std::string& of) const;
  bool is_full_name(const Raw& r);
  const Actor* named_by_family_name(const Raw& r) const;
  const Actor* named_in_full_before(uint32_t i, uint32_t words = 1) const;
  const Actor* named_by_title_and_given_name(const Raw& t, uint32_t name_at) const;
  uint32_t unknown_name(uint32_t first, size_t limit);
  bool only_person_short(const Raw& r) const;
  bool names_no_one(uint32_t first, uint32_t end) const;
  std::string bare_name(uint32_t first, uint32_t end) const;
  Raw body_in_phrase(const Raw& t, const std::string& id) const;

  // --- found_names.cpp ---------------------------------------------------------
  void add_found_names();
  bool place_named_after_noun(const names::FoundName& n) const;
  bool sure_family_name(const names::FoundName& n) const;
  std::string new_actor(uint32_t first, uint32_t end, const char* type, const std::string& role,
                        const std::string& of);
  void add_new_actor_short_forms();
  void apply_found_corrections();
  // New actors' names by their first word: (actor index, the name's words).
  using NamesByHead = std::unordered_map<std::string_view, std::vector<std::pair<size_t, std::vector<std::string_view>>>>;
  uint32_t repeated_name(uint32_t i, const NamesByHead& by_name, const std::vector<bool>& covered);
  const names::FoundName* found_name_at(uint32_t first) const;

  std::string_view word(uint32_t i) const { return in_.tokens[i].in(in_.normalized); }
  const Actor& actor(uint32_t index) const { return kb_.actors()[index]; }

  const MatchInput& in_;
  const text::WordForms& forms_;
  const KnowledgeBase& kb_;
  const Lexicon& lex_;
  std::vector<Raw> raw_;
  std::unordered_set<std::string> named_;  // actors named unambiguously, with their states and affiliations
  std::unordered_set<std::string> seen_;   // actors already mentioned
  std::unordered_set<uint32_t> found_generic_;  // countries whose generic name the finder reads as a place (document-wide)
  std::unordered_map<std::string, std::string> respelled_;  // a new person's id → the known person it spells otherwise
  DocumentFocus focus_;
  DocumentFocus text_focus_;     // the same from the text alone, without the outlet's state
  util::HashMap64 doc_words_;    // hashes of the words and their stems behind proclitics (as keys)
  util::HashMap64 doc_phrases_;  // two- and three-word phrases, for context phrases
  ActorMatches out_;
  int depth_ = 0;  // chained titles being resolved
};

}  // namespace marsad::actors
