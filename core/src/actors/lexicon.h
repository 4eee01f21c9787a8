// The phrases the actor matcher looks for — names, short forms, nisba
// adjectives, capital metonyms, descriptions and titles — as a trie over
// normalized words, built once from the knowledge base and the title list.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/knowledge_base.h"
#include "names/features.h"
#include "text/phrase_trie.h"
#include "util/hash_map64.h"

namespace marsad::actors {

enum class EntryKind : uint8_t {
  kName, kShort, kNisba, kMetonym, kDescription, kGeneric, kTitle,
  kInstitution,      // a state institution before the state's adjective or name (target: institution index)
  kBareInstitution,  // one that may stand alone for the state in focus («الجيش», «الحكومة»)
  kNotName,          // a phrase that holds a name but names no actor («مسقط رأسه»)
  kGroup,            // a state's people by occupation or condition («المعلمين», «اللاجئين») (target: group index)
};

// A state institution (core/data/institutions.json): army, government, foreign_ministry…
struct Institution {
  std::string id;
};

// A state's people named by what they do or what befell them
// (core/data/groups.json): civilians, protesters, refugees… Each is a sector
// actor of its state («المعلمين الإيرانيين»: Teachers and students (Iran)).
struct Group {
  std::string id, cameo, name_ar, name_en;
  bool in_is_not_of = false;  // «اللاجئين في لبنان» are in Lebanon, not of it
};

struct Title {
  std::string title;  // a role title (ambassador…) or empty for a rank
  std::string rank;   // field_marshal, colonel… or empty
  std::string of;     // fixed organization (the UN for المبعوث الأممي), or empty
  std::string portfolio;  // a minister's («وزير الطاقة»: energy), or empty
  bool needs_of = false;
  bool honorific = false;  // الدكتور، الشيخ، معالي: before a name, with no role of its own
  bool counterpart = false;  // نظيره: the role of the person named before, in another state
  bool dual = false;
  bool possessive = false;  // «رئيس وزرائه»: the office in the state of the person or state named just before  // «وزيرا خارجية سوريا وعمان»: two holders, of the two states named after it
};

struct Entry {
  EntryKind kind;
  uint32_t target;  // actor index in the knowledge base, title index for kTitle, institution or group index
};

// The JSON texts of the word lists (core/data/titles.json, function_words.json,
// given_names.json, institutions.json, not_names.json, groups.json).
struct WordLists {
  std::string_view titles, function_words, given_names, institutions, not_names, groups;
};

// The word lists compiled in from core/data.
WordLists builtin_word_lists();

// The name finder's gazetteer: the word lists, and every name of the
// knowledge base marked by its actor's type.
names::Gazetteer gazetteer_of(const KnowledgeBase& kb, const WordLists& lists);

// Problems of groups.json (`file` names it): keys missing, unknown or of the
// wrong type, ids repeated, groups without phrases.
void validate_groups(std::string_view json, const std::string& file, std::vector<Problem>& problems);

// A normalized phrase with the names «عبد» begins written joined («عبد الله» →
// «عبدالله»), as news writes them either way.
std::string abd_joined(std::string_view phrase);

class Lexicon {
 public:
  Lexicon(const KnowledgeBase& kb, const WordLists& lists);

  const text::PhraseTrie& trie() const { return trie_; }
  // The entries of the phrase ending at a trie node.
  std::vector<Entry> entries(uint32_t node) const {
    std::vector<Entry> out;
    for (uint32_t v : trie_.values(node)) out.push_back(decode(v));
    return out;
  }

  const std::vector<Title>& titles() const { return titles_; }
  const std::vector<Institution>& institutions() const { return institutions_; }
  const std::vector<Group>& groups() const { return groups_; }
  // Words before a group that count it («عدد من», «آلاف») or name its members («أبناء»), normalized.
  bool is_group_quantifier(std::string_view normalized) const { return group_quantifiers_.count(std::string(normalized)) > 0; }
  bool is_group_member_word(std::string_view normalized) const { return group_members_.count(std::string(normalized)) > 0; }
  // A noun that makes a group after it part of a body's name («نقابة المعلمين»).
  bool is_body_noun(std::string_view normalized) const { return group_bodies_.count(std::string(normalized)) > 0; }
  bool is_function_word(std::string_view normalized) const { return function_words_.count(std::string(normalized)) > 0; }
  bool is_given_name(std::string_view normalized) const { return given_names_.count(std::string(normalized)) > 0; }
  // A word after a title that makes its holder a former one («السابق», «المخلوع»).
  bool is_former(std::string_view normalized) const { return former_.count(std::string(normalized)) > 0; }
  // Normalized context words of an actor (for ambiguous names).
  const std::vector<std::string>& context(uint32_t actor) const { return context_[actor]; }
  // The roles of the knowledge base's persons, each with the state it serves
  // (the state of the body it is of), for finding who held a title on a date.
  struct HeldRole {
    uint32_t actor;
    const Role* role;
    std::string state;
  };
  const std::vector<HeldRole>& held_roles() const { return held_roles_; }
  // The names that stand for an actor only right after another, joined by و
  // (Actor::partner_names): by the other's id, each name's normalized words.
  struct PartnerName {
    uint32_t actor;
    std::vector<std::string> words;
  };
  const std::vector<PartnerName>* partners_after(const std::string& id) const {
    auto it = partners_.find(id);
    return it == partners_.end() ? nullptr : &it->second;
  }
  // Whether a word (by its PhraseTrie hash) begins a context phrase of several words.
  bool begins_context_phrase(uint64_t word_hash) const { return context_heads_.contains(word_hash); }
  // The word lists the name finder's features read, from the same knowledge base.
  const names::Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  // Trie values pack an entry: the kind in the top 4 bits, the target below.
  static uint32_t encode(Entry e) { return (static_cast<uint32_t>(e.kind) << 28) | e.target; }
  static Entry decode(uint32_t v) { return {static_cast<EntryKind>(v >> 28), v & 0x0FFFFFFFu}; }
  void add(std::string_view phrase, Entry entry) { trie_.add(phrase, encode(entry)); }

  text::PhraseTrie trie_;
  std::vector<Title> titles_;
  std::vector<Institution> institutions_;
  std::vector<Group> groups_;
  std::unordered_set<std::string> group_quantifiers_, group_members_, group_bodies_;
  std::unordered_set<std::string> function_words_;
  std::unordered_set<std::string> former_;
  std::unordered_set<std::string> given_names_;
  std::vector<std::vector<std::string>> context_;
  util::HashMap64 context_heads_;  // first words of the context phrases of several words
  std::vector<HeldRole> held_roles_;
  std::unordered_map<std::string, std::vector<PartnerName>> partners_;
  names::Gazetteer gazetteer_;
};

}  // namespace marsad::actors
