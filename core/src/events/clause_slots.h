// A light reading of the clause around a trigger: which slot each
// participant fills — the subject after the verb (Arabic news is verb-first:
// «التقى رئيس المجلس الرئاسي فائز السراج، أمس الأحد، في موسكو وزير الخارجية
// الروسي») or before it, the object, a prepositional complement, the genitive
// or adjective of a verbal noun, the agent after «من قبل», one of a pair after
// «بين», the subject carried from the clause before («والتقى على هامشه …»), the
// reporter of a clause opened by «أن», or nothing of this predicate.
// Adjuncts are skipped: time expressions, parentheticals between commas,
// adverbs of time. The argument model reads the slots; they carry over to
// news of any outlet, unlike word windows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/sentence_view.h"
#include "events/trigger_scan.h"

namespace marsad::events {

enum class Slot : uint8_t {
  kSubject,         // the first bare participant after a verb, adjuncts skipped
  kSubjectBefore,   // the bare participant just before the verb (SVO, «X قد استقبل Y»)
  kObject,          // a bare participant after the subject
  kComplement,      // governed by one of the trigger's prepositions
  kOtherPreposition,// governed by another preposition
  kGenitive,        // right after a verbal noun, with no preposition («زيارة وفد»، «اعتقال X»)
  kAdjective,       // a nationality adjective right after a verbal noun («مساعدات سعودية»)
  kGoverningSubject,// the subject of the verb that governs a verbal noun («شن X هجوما»)
  kAgent,           // after «من قبل», «على يد», «بواسطة»
  kPaired,          // after «بين» or «جمع»
  kCarried,         // the subject of the clause before, for a verb joined by و with no subject of its own
  kReporter,        // the subject of the clause that reports this one («قال X إن …»)
  kReporterSelf,    // … who is also this clause's subject («اعترف X بأنه طلب …»)
  kPossessor,       // whom a verbal noun's pronoun may stand for: the subject before it («قال كارتر بعد لقائه بالملك»)
  kRelativeHead,    // the noun a relative clause hangs on, its subject («X الذي يزور روسيا»)
  kRecipient,       // the subject of «تلقى» before a verbal noun: its target («تلقى X اتصالا من Y»)
  kEmbedded,        // the subject of the clause a statement opens («قال X إن Y …»: what X speaks of)
  kActAgent,        // the agent of the act the object names («أدان X الهجوم الذي شنه Y»)
  kBeyond,          // in the clause of another predicate, or across a clause boundary
};

const char* slot_name(Slot s);

// A predicate of its own: a verb, or a phrase that starts with one (not with
// the article or a preposition: «في بيان» is an adverbial, not a predicate).
bool verb_like(const SentenceView& v, const FoundTrigger& t);

// A circumstantial participle («…، مطالبا إياها», «ومؤكدا»): its agent is the
// subject of the clause it hangs on, as sure as that clause's own.
bool circumstantial_participle(const SentenceView& v, const FoundTrigger& t);
bool circumstantial_participle_at(const SentenceView& v, uint32_t i, size_t prefix_bytes);

// The slot of every participant of the view (in its order) for the trigger k.
std::vector<Slot> clause_slots(const SentenceView& view, const std::vector<FoundTrigger>& triggers, size_t k);

}  // namespace marsad::events
