// Finds the actors of one document: names and their spelling variants behind
// clitics and hashtags, titles and roles, nisba adjectives, capital metonyms,
// descriptions, later short forms; unknown names after a title become persons.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"

namespace marsad::actors {

struct Mention {
  uint32_t first_token = 0;  // token range [first_token, end_token)
  uint32_t end_token = 0;
  std::string actor;         // actor id
  std::string kind;          // name, short, title, nisba, metonym, description, role (a role phrase
                             // standing for the state or organization it names)
  std::string role;          // role title or rank read in the text (ambassador, colonel…)
  std::string role_of;       // whose role, when the text says (an actor id)
  std::string proclitics;    // glued to the phrase's first word (وب in وبحفتر): prepositions matter to events
  uint32_t lead_token = 0;   // first token of the whole phrase: the title before a name, else first_token
};

struct MatchInput {
  std::string_view normalized;
  const std::vector<text::Token>& tokens;
  std::string_view date;     // the document date ("" when undated)
  const text::WordForms* forms = nullptr;  // the document's word forms, when the caller has them
};

struct ActorMatches {
  std::vector<Mention> mentions;   // in text order, not overlapping
  std::vector<Actor> new_actors;   // persons named after a title, not in the knowledge base
};

ActorMatches match_actors(const MatchInput& in, const KnowledgeBase& kb, const Lexicon& lexicon);

// True when `date` (any precision) falls within [from, to] (either may be empty = open).
bool date_within(std::string_view date, std::string_view from, std::string_view to);

}  // namespace marsad::actors
