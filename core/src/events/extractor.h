// Turns sentences into coded events — the cascade: triggers from the lexicon
// (trigger_scan), what the text asserts of each (modality: negated,
// conditional, questioned and denied acts are dropped, announced ones become
// intent), the participants that fill its source and target, chosen by the
// learned argument model from where they stand in the clause
// (argument_features), and its date (dating). Every event says how sure it is
// (its confidence) and why (its rule).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/matcher.h"
#include "events/argument_model.h"
#include "events/cameo.h"
#include "events/event_facts.h"
#include "events/clause_slots.h"
#include "events/event_input.h"
#include "events/modality.h"
#include "events/triggers.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"
#include "time/time_expressions.h"

namespace marsad::events {

struct Event : EventFacts {
  uint32_t sentence = 0;                        // sentence index
  uint32_t trigger_first = 0, trigger_end = 0;  // token range of the trigger
  bool guessed = false;                         // a side its clause does not give (beyond it, or a subject carried over)
  bool guess_reportable = false;                // the guess is only its source, beyond the clause, and no act of
                                                // conflict: reported from the model's @min_guessed_confidence
};


// A trigger with everything the argument model reads (the trainer's examples,
// and what extract_events decides on).
struct TriggerInstance {
  uint32_t sentence = 0;
  uint32_t first = 0, end = 0;   // the trigger's tokens
  const Trigger* trigger = nullptr;
  std::string code;              // intent for an announced act
  Modality modality;
  bool complement = false;       // the object of the trigger before it: not an event of its own
  bool unnamed_counterpart = false;  // «خلال لقائه ببعض أنصاره»: whom a meeting is with is no actor
  bool object_pronoun = false;   // a verb with its object pronoun («هددوه»): whom it stands for may be named before
  bool circumstantial = false;   // a circumstantial participle («…، مطالبا إياها»): the subject it carries is no guess
  bool speakers = false;         // a noun with a pronoun of the first person («لقائي», «زيارتنا»): the speaker's act
  bool taken_part_in = false;    // a meeting its subjects take part in («يشارك X وY في اجتماع»): they do not meet each other
  std::vector<std::string> features;
  std::vector<const actors::Mention*> participants;
  std::vector<bool> places;
  std::vector<bool> locatives;      // a place named as where the act happened
  std::vector<std::string> states;  // each participant's state
  // The bodies a person holds a role in, with those they belong to («ستيفن
  // أوبراين»: OCHA, the United Nations): no counterpart of theirs.
  std::vector<std::vector<std::string>> bodies;
  std::vector<std::vector<std::string>> participant_features;
  std::vector<Slot> slots;          // each participant's slot in the trigger's clause
  std::vector<std::string> types;   // each participant's actor type
  std::vector<bool> known;          // in the knowledge base, not a name found in the text
  std::vector<bool> against;        // whom the act is against («ضد X», «في مواجهة X»)
  std::vector<bool> heads;          // heads the side before it («اجتماعا برئاسة X»): not its counterpart
  std::vector<bool> backs;          // on the side of the participant before it («المدعومة بقوات صالح»)
  std::vector<bool> partners;       // joined by و to its known partner («ميليشيات الحوثي وصالح»)
  // No side of the act, whatever its clause says: where a traveller came from («قادما من
  // الرياض»), one only present at it («بحضور X»), whose word the sentence is («بحسب X»),
  // a group's members spelled out in brackets («الدول الست (فرنسا، …)»), where a body
  // sits («ومقره بريطانيا»), whose kin are meant («أبناء الشيخ X»).
  std::vector<bool> no_side;
  std::vector<bool> audience;       // before whom it is said («أمام X»): no side of a statement
  std::vector<bool> unarmed;        // a relief or rights body: never the source of force
  std::vector<bool> served;         // whom the act is done for («شن غارات لإعادة هادي»): no side of conflict
  std::vector<bool> armed;          // an armed group or a crowd, whatever names it («مسلحون حوثيون»)
  std::vector<bool> forces;         // named by its forces or arms («قوات النظام»)
  std::vector<bool> owner;          // the owner of a thing named before it («قصر الرئيس»)
  std::vector<bool> dead;           // named as one who died («بوفاة X»): never the source
  std::vector<bool> land_left;      // a country or place after «من»: where a retreat leaves from
  std::vector<bool> refuge;         // a country or place after «إلى» the act does not take: where one flees to
  std::vector<bool> coordinated;    // joined by و to the participant before it
  // Paired participants split into two sides by «من جهة … من جهة أخرى»
  // («اشتباكات بين X وY من جهة، وZ من جهة أخرى»): 1 or 2; 0 when not split.
  std::vector<uint8_t> sides;
  const actors::Mention* reporter = nullptr;  // the subject of the clause that reports the trigger's, if any
};

std::vector<TriggerInstance> trigger_instances(const EventInput& in, const TriggerLexicon& lexicon,
                                               const actors::KnowledgeBase& kb);

// The event the argument models propose for a trigger: its best source and
// target, before the event model decides how sure it is (the trainer's
// examples for the event model, and what extract_events keeps or drops).
struct EventCandidate {
  size_t instance = 0;        // in the trigger instances
  size_t source = 0, target = 0;  // participants of that instance
  bool symmetric = false;
  std::string code;           // the act's CAMEO code: the instance's, or its trigger's person_target
  std::string rule;           // the argument pattern («verb: subject → complement»)
  std::vector<std::string> features;  // what the event model reads
};

std::vector<EventCandidate> propose_events(const std::vector<TriggerInstance>& instances, const ArgumentModel& model);

std::vector<Event> extract_events(const EventInput& in, const TriggerLexicon& lexicon, const Cameo& cameo,
                                  const actors::KnowledgeBase& kb,
                                  const ArgumentModel& model = ArgumentModel::builtin());

// The CAMEO code for an announced, not yet done, act: a future visit (042) is
// an intent to meet (036); a future attack is a threat.
std::string intent_code(std::string_view code);

// Visits and force can be aimed at a place (a city visited, a base seized).
bool place_target(std::string_view code);

}  // namespace marsad::events
