// Finds the actors of one document: names and their spelling variants behind
// clitics and hashtags, titles and roles, nisba adjectives, capital metonyms,
// state institutions, descriptions, later short forms; ambiguous names read in
// the document's country focus; names the knowledge base does not list, from
// the learned name finder, become actors of their own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "names/name_finder.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"

namespace marsad::actors {

struct Mention {
  uint32_t first_token = 0;  // token range [first_token, end_token)
  uint32_t end_token = 0;
  std::string actor;         // actor id
  std::string kind;          // name, short, title, nisba, metonym, description, role (a role phrase
                             // standing for the state or organization it names), institution (a state's
                             // institution: «الجيش المصري»), nested (the state or organization inside a
                             // person's role phrase: Italy in «رئيس وزراء إيطاليا كونتي»), found (a name the
                             // knowledge base does not list, found by the name finder), reference («بلاده»:
                             // the state of the person named just before)
  std::string role;          // role title or rank read in the text (ambassador, colonel…), the institution,
                             // or "adjective" for a nested mention that is a nisba
  std::string role_of;       // whose role, when the text says (an actor id); of an institution, who heads
                             // it in the text («حكومة العبادي»: the government of Iraq, role_of abadi)
  std::string proclitics;    // glued to the phrase's first word (وب in وبحفتر): prepositions matter to events
  uint32_t lead_token = 0;   // first token of the whole phrase: the title before a name, else first_token
  float confidence = 1;      // how sure the reading is: 1 for the knowledge base, the model's for found names
};

struct MatchInput {
  std::string_view normalized;
  const std::vector<text::Token>& tokens;
  std::string_view date;     // the document date ("" when undated)
  const text::WordForms* forms = nullptr;  // the document's word forms, when the caller has them
  const std::vector<names::FoundName>* found_names = nullptr;  // the name finder's, in text order
  const Actor* outlet = nullptr;  // the document's outlet, when known: evidence for its focus
  const std::vector<bool>* time_tokens = nullptr;  // per token: inside a time expression (no name there)
  const std::vector<bool>* final_ha = nullptr;  // per token: its last letter written «ه», not «ة» (text::written_final_ha)
};

struct ActorMatches {
  std::vector<Mention> mentions;   // in text order, not overlapping
  std::vector<Actor> new_actors;   // actors the knowledge base does not list (in_kb: false)
  std::string focus;               // the state the document is clearly about, "" when none
};

ActorMatches match_actors(const MatchInput& in, const KnowledgeBase& kb, const Lexicon& lexicon);

// True when `date` (any precision) falls within [from, to] (either may be empty = open).
bool date_within(std::string_view date, std::string_view from, std::string_view to);

}  // namespace marsad::actors
