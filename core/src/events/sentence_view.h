// One sentence as the event rules read it: its words, the mentions that can
// take part in an event with the preposition that governs each, and the
// boundaries between clauses (punctuation, complementizers, relative pronouns).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/matcher.h"
#include "events/event_input.h"
#include "text/sentences.h"
#include "text/token.h"
#include "text/word_forms.h"

namespace marsad::events {

// A mention that can be an event's source or target.
struct Participant {
  const actors::Mention* mention = nullptr;
  uint32_t lead = 0;        // the first word of its phrase: the mention's, or the member noun of «مسلحون من داعش»
  std::string preposition;  // the preposition governing it (ب ل ك glued, or مع، الي، علي… before it); "" for none
  std::string type;         // the actor's type (person, country, organization, armed_group, place, media, new)
  std::string state;        // the state the actor acts for, when the knowledge base says
  bool of_a_state = false;  // the actor is a state itself (whatever a role or an institution makes the participant)
  bool place = false;       // a place: only the target of a visit or of force
  bool locative = false;    // a place named as where something happens («في مأرب», «شرقي الرمادي»)
  bool coordinated = false; // joined by و to the participant before it ("X وY")
  bool against = false;     // whom the act is against: after «ضد» or a noun of opposition («في مواجهة X»)
  bool heads = false;       // heads the side before it: after «برئاسة», «بقيادة», or named so elsewhere in the sentence
  bool backs = false;       // is on the side of the participant before it: after «المدعومة ب», «الموالية ل», «بدعم من»
  bool partner = false;     // joined by و to the actor it is the known partner of («الحوثي وصالح»)
  bool origin = false;      // where a traveller came from: «قادما من الرياض»
  bool present = false;     // only present at the act: «بحضور X», «بحضور X وY»
  // Named further on in a phrase of attendees («بحضور ممثلي 75 بلدا بينهم X»):
  // where that phrase opens. Present at an act told before it.
  uint32_t attends_from = UINT32_MAX;
  bool seat = false;        // where a body named before it sits: «المرصد السوري ومقره بريطانيا»
  bool kin = false;         // named as whose kin, allies or creditors are meant: «أبناء الشيخ X», «دائني اليونان»: they act or are acted on
  bool audience = false;    // before whom it is said or done: «أمام X», «أمام لجنة … بX»
  bool attributed = false;  // whose word the sentence is: «بحسب X», «وفقا لX», «نقلا عن X»
  bool bracketed = false;   // spelled out in brackets after the one named before: «الدول الست (الولايات المتحدة، وفرنسا…)»
  bool unarmed = false;     // a relief or rights body (its sector): never the one who uses force
  bool served = false;      // whom an act is done for: «لإعادة هادي», «لدعم المقاومة» — no side of force
  bool armed = false;       // an armed group or a group of people, even named by its nisba
  bool forces = false;      // named by its forces or arms («قوات النظام», «الجيش الوطني», «طيران التحالف»)
  bool owner = false;       // named as who owns or leads a thing before it («قصر الرئيس», «موكب الوزير»)
  bool counted = false;     // named as some of it, counted: «أكثر من 300 من عناصر X», «عشرة من مواقع X» (lead: the count)
  bool dead = false;        // named as one who died («بوفاة الأمير X», «رحيل X»), here or by another name: acts no more
};

class SentenceView {
 public:
  // `time_tokens`: per token of the document, inside a time expression.
  SentenceView(const EventInput& in, const text::WordForms& forms, const std::vector<bool>& time_tokens,
               const actors::KnowledgeBase& kb, uint32_t index, size_t first_mention);

  uint32_t index() const { return index_; }
  uint32_t first() const { return s_.first_token; }
  uint32_t end() const { return s_.end_token; }
  std::string_view word(uint32_t i) const;
  const text::Token& token(uint32_t i) const;
  const text::WordForms& forms() const { return forms_; }
  const EventInput& input() const { return in_; }

  const std::vector<const actors::Mention*>& mentions() const { return mentions_; }  // all, in text order
  const std::vector<Participant>& participants() const { return participants_; }    // in text order
  // The participant whose phrase starts at token i (its lead token), or nullptr.
  const Participant* participant_at(uint32_t i) const;
  // The participant whose phrase, from its lead (titles, a governing noun) to its
  // end, covers token i, or nullptr.
  const Participant* participant_covering(uint32_t i) const;
  bool inside_mention(uint32_t i) const;
  bool inside_time(uint32_t i) const { return time_tokens_[i]; }  // a word of a time expression
  // Words strictly between tokens a < b that are neither in a mention nor in
  // a time expression: what else stands between a trigger and a participant
  // («استنكرت قيادة اللواء الخامس قيام عناصر تابعة لحركة الشباب»: seven words,
  // so the group is not the subject).
  uint32_t other_words_between(uint32_t a, uint32_t b) const;

  // Clause boundaries strictly between tokens a < b.
  bool punctuation_between(uint32_t a, uint32_t b) const;
  bool complementizer_between(uint32_t a, uint32_t b) const;
  bool relative_between(uint32_t a, uint32_t b) const;
  // The start of the clause holding token i: after the last complementizer,
  // relative pronoun or main-clause opener («أما», «بينما», «؛») before it.
  uint32_t clause_start(uint32_t i) const;
  // A verb of undergoing or facing stands before token i in its clause («تعرضت
  // مواقع التنظيم في المدينة لقصف», «تصدت المعارضة لهجوم»): the act glued to ل at
  // i is undergone, not aimed at.
  bool undergone_at(uint32_t i) const;
  // The clause holding token i is a subordinate one (opened by «أن» or «الذي»).
  bool subordinate_clause(uint32_t i) const;
  // The clause holding token i is reported: opened by «أن» after a verb of
  // saying, not by «قبل أن», «بعد أن» (a time) nor by a relative pronoun.
  bool reported_clause(uint32_t i) const;

 private:
  std::string preposition_of(const actors::Mention& m) const;
  void counted_part(Participant& p) const;
  std::optional<std::string> members_before(uint32_t lead) const;
  void read_as_members(Participant& p, std::string preposition) const;
  bool blessed_as_dead(const actors::Mention& m) const;
  bool locative(const Participant& p) const;
  bool heads_side_before(uint32_t lead) const;
  bool backs_side_before(const Participant& p) const;
  bool in_role_of_name(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) const;
  bool holder_named_after(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) const;
  static std::string type_of(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in);
  bool people_of_state(const actors::Mention& m) const;
  bool side_follows(uint32_t end) const;
  bool glued_to_members(uint32_t k) const;
  bool named_by_forces(const actors::Mention& m, uint32_t lead) const;
  bool body_named_before(uint32_t nisba) const;
  bool issue_adjective(const actors::Mention& m) const;
  bool person_named_after(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) const;
  bool origin_of_name_before(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) const;

  const EventInput& in_;
  const text::WordForms& forms_;
  const text::Sentence& s_;
  uint32_t index_;
  std::vector<const actors::Mention*> mentions_;
  std::vector<Participant> participants_;
  std::vector<uint32_t> punctuation_, complementizers_, relatives_, openers_;  // token positions, ascending
  const std::vector<bool>& time_tokens_;  // per token of the document: inside a time expression
};

}  // namespace marsad::events
