#include "events/extractor.h"

#include <algorithm>
#include <optional>

#include "actors/honorifics.h"
#include "events/arabic_cues.h"
#include "events/argument_features.h"
#include "events/clause_slots.h"
#include "events/dating.h"
#include "events/sentence_view.h"
#include "events/trigger_scan.h"
#include "text/tense.h"
#include "time/date_value.h"

namespace marsad::events {
namespace {

// How sure an event must be to be reported (event × source × target): the
// model's settings, chosen by the trainer in cross-validation on the training
// parts for precision first; an act of force claims more. These stand in for
// a model without them.
constexpr double kMinConfidence = 0.30;
constexpr double kMinForceConfidence = 0.40;
// Weaker events are kept as weak ones (the page shows them on request) down
// to this floor; below it a proposal is mostly wrong.
constexpr double kWeakConfidence = 0.25;
// The longest sentence read for events (real news: 99.9% under 200 words) and
// the most actors in one.
constexpr uint32_t kMaxSentenceTokens = 400;
constexpr size_t kMaxParticipants = 60;

bool cooperative(std::string_view code) { return code < "09"; }
bool de_escalation(std::string_view code) { return code.substr(0, 3) == "087"; }

// A trigger glued to ل of purpose: «لبحث», «للتباحث», «ليبحث».
bool is_purpose(const SentenceView& v, const FoundTrigger& f) {
  return f.match.prefix_bytes >= 2 && v.word(f.match.first).substr(0, 2) == "ل";
}

bool force(std::string_view code) {
  std::string_view f = family(code);
  return f == "15" || f == "17" || f == "18" || f == "19" || f == "20";
}

// The word right after the trigger's phrase, or one word later, is one `is`
// knows: «عملية عسكرية مشتركة» (joint), «اجتماعا مقررا» (scheduled).
bool said_of_it(const SentenceView& v, const FoundTrigger& f, bool (*is)(std::string_view)) {
  // Or after its genitive, up to its preposition («زيارة وزيرة خارجية الاتحاد الأوروبي
  // فيديريكا موغيريني المرتقبة إلى المملكة»).
  constexpr uint32_t kGenitiveReach = 8;
  bool genitive = false;  // a name seen: the words on are its genitive's
  for (uint32_t i = f.phrase_end; i < v.end() && i < f.phrase_end + kGenitiveReach; ++i) {
    if (is(v.word(i))) return true;
    if (is_clause_punctuation(v.word(i)) || (!v.inside_mention(i) && is_preposition(v.word(i)))) return false;
    genitive |= v.inside_mention(i);
    if (i >= f.phrase_end + 2 && !genitive) return false;
  }
  return false;
}

// Token `lead` stands right after the trigger's phrase, or after its adjectives
// only («خلال الزيارة نفسها لإيطاليا», «الزيارة الرسمية لمصر»).
bool right_after(const SentenceView& v, const FoundTrigger& f, uint32_t lead) {
  for (uint32_t i = f.phrase_end; i < lead; ++i) {
    std::string_view w = v.word(i);
    if (!w.starts_with("ال") && w != "نفسها" && w != "نفسه" && w != "ذاتها" && w != "ذاته") return false;
  }
  return lead >= f.phrase_end;
}

// «ونقل كارتر للملك سلمان تحيات الرئيس أوباما», «نقل فيه سموه تحيات»: the verb of
// conveying before an act's noun, past the messenger, whom it is conveyed to, times,
// «فيه» and «خلال الاستقبال» («خلال لقائه مع الرئيس X»); its position, if any.
std::optional<uint32_t> conveyed_by(const SentenceView& v, const FoundTrigger& f) {
  constexpr uint32_t kReach = 16;  // the messenger's and the recipient's names and titles
  static constexpr std::string_view kBetween[] = {"فيه", "فيها", "خلاله", "خلالها", "ل", "الي", "مع"};
  if (f.trigger->kind != TriggerKind::kNoun || f.match.prefix_bytes) return std::nullopt;
  for (uint32_t i = f.match.first; i-- > v.first() && f.match.first - i <= kReach;) {
    std::string_view w = v.word(i);
    if (cue_lists().conveying_verbs.contains(text::behind_conjunction(w))) return i;
    if (i > v.first() && is_during_word(v.word(i - 1))) {  // «خلال الاستقبال»
      --i;
      continue;
    }
    // A participant's words with its titles («الرئيس المصري عبد الفتاح السيسي»).
    if (const Participant* named = v.participant_covering(i)) {
      i = named->lead;
      continue;
    }
    if (!v.inside_mention(i) && !v.inside_time(i) && !detail::one_of(w, kBetween) &&
        !actors::is_honorific_word(w))
      return std::nullopt;
  }
  return std::nullopt;
}

// «عشية زيارة يقوم بها الوزير»: the act on whose eve the clause stands is still to come.
bool on_its_eve(const SentenceView& v, const FoundTrigger& f) {
  return f.match.first > v.first() && f.match.prefix_bytes == 0 &&
         text::behind_conjunction(v.word(f.match.first - 1)) == "عشيه";
}

// The first word after verbal noun k, within `reach` words and before any
// punctuation or the next trigger (the rest of its clause), that `is` knows;
// v.end() when none.
uint32_t next_in_clause(const SentenceView& v, const std::vector<FoundTrigger>& triggers, size_t k, uint32_t reach,
                        bool (*is)(std::string_view)) {
  const FoundTrigger& f = triggers[k];
  uint32_t stop = std::min(k + 1 < triggers.size() ? triggers[k + 1].match.first : v.end(), f.phrase_end + reach);
  for (uint32_t i = f.phrase_end; i < v.end() && i < stop; ++i) {
    if (is_clause_punctuation(v.word(i))) return v.end();
    if (is(v.word(i))) return i;
  }
  return v.end();
}

// The first relative pronoun in the rest of verbal noun k's clause opens a clause
// whose verb is in the future («الذي سيعقد», «التي ستنطلق»).
bool announced_by_relative(const SentenceView& v, const std::vector<FoundTrigger>& triggers, size_t k) {
  constexpr uint32_t kRelativeReach = 16;  // the noun's adjectives and its two sides stand between
  uint32_t i = next_in_clause(v, triggers, k, kRelativeReach, is_relative_pronoun);
  return i + 1 < v.end() && text::is_future_verb(v.word(i + 1));
}

// «ويشارك كيري ولافروف في اجتماع لرابطة آسيان»: the noun at `first` is what the
// subjects of a verb of taking part, a few words before its «في», take part in.
bool taken_part_in(const SentenceView& v, uint32_t first) {
  constexpr uint32_t kReach = 8;  // the verb's subjects, with their titles, between it and «في»
  if (first <= v.first() || (v.word(first - 1) != "في" && v.word(first - 1) != "وفي")) return false;
  for (uint32_t i = first - 1; i-- > v.first() && first - i <= kReach;) {
    if (is_clause_punctuation(v.word(i))) return false;
    if (v.inside_mention(i)) continue;
    if (cue_lists().participating_verbs.contains(text::behind_conjunction(v.word(i)))) return true;
  }
  return false;
}

// A mark of the future at token i: a name is none («سيرغي لافروف», «سيئون»).
bool future_at(const SentenceView& v, uint32_t i) {
  return !v.inside_mention(i) && (text::is_future_verb(v.word(i)) || text::is_future_marker(v.word(i)));
}

// Verbal noun k is the subject of a verb in the future later in its clause
// («مباحثات الجبير مع لافروف ستتضمن …»): announced. Not a noun that only tells
// when that verb's act is («بعد زيارته للقاهرة سيتوجه إلى عمان»).
bool announced_by_predicate(const SentenceView& v, const std::vector<FoundTrigger>& triggers, size_t k) {
  constexpr uint32_t kPredicateReach = 8;  // words of the noun's complements between, names not counted
  const FoundTrigger& f = triggers[k];
  uint32_t first = f.match.first;
  if (first > v.first() && (is_temporal_before_complementizer(v.word(first - 1)) || is_during_word(v.word(first - 1))))
    return false;
  uint32_t clause = v.clause_start(first);
  uint32_t stop = k + 1 < triggers.size() ? triggers[k + 1].match.first : v.end();
  for (uint32_t i = f.phrase_end, words = 0; i < v.end() && i < stop && words < kPredicateReach; ++i) {
    if (v.inside_mention(i)) continue;
    ++words;
    std::string_view w = v.word(i);
    if (is_clause_punctuation(w) || text::is_quote_mark(w) || w == "حيث" || v.clause_start(i) != clause) return false;
    if (future_at(v, i)) return true;
  }
  return false;
}

// «سيجري الوزير خلال زيارته لموسكو عددا من اللقاءات»: an act's noun that a light
// verb in the future governs, its subject and adjuncts between, is announced.
bool held_by_a_future_light_verb(const SentenceView& v, const FoundTrigger& f) {
  constexpr uint32_t kReach = 10;  // words between, names not counted
  uint32_t clause = v.clause_start(f.match.first);
  for (uint32_t i = f.match.first, words = 0; i-- > clause && words < kReach;) {
    if (v.inside_mention(i)) continue;
    ++words;
    std::string_view w = text::behind_conjunction(v.word(i));
    if (is_clause_punctuation(w)) return false;
    if (text::is_future_verb(w) && cue_lists().light_verbs.contains(w.substr(2))) return true;
    // «سيصدر بيان يؤكد قوة الشراكة»: another verb between governs the noun.
    if (w.starts_with("ي") && !v.inside_time(i)) return false;
  }
  return false;
}

// «سيتم التباحث …، خلال زيارة وزير الخارجية إلى القاهرة»: an act's noun after
// «خلال» or «أثناء» takes the tense of the verb whose time it tells — the
// nearest verb before it, a trigger or a mark of the future.
bool during_an_announced_act(const SentenceView& v, const std::vector<FoundTrigger>& triggers, size_t k) {
  constexpr uint32_t kVerbReach = 16;
  uint32_t first = triggers[k].match.first;
  if (first <= v.first()) return false;
  // «في» tells it too, the act's ordinal between: «وسيزور فابيوس إيران الأسبوع المقبل
  // في أول زيارة يقوم بها …».
  uint32_t during = first - 1;
  if ((v.word(during) == "اول" || v.word(during) == "اولي") && during > v.first()) --during;
  std::string_view before = v.word(during);
  if (!is_during_word(before) && before != "في" && before != "وفي") return false;
  uint32_t clause = v.clause_start(first);
  for (uint32_t i = first - 1, steps = 0; i-- > v.first() && steps < kVerbReach; ++steps) {
    std::string_view w = v.word(i);
    if (i < clause || w == "؛" || w == ";") return false;  // «الذي تم التوصل إليه خلال زيارة»: its own clause
    // «قال X "سنواصل …"، كما أعلن خلال زيارته»: the future is another clause's, past
    // the comma that opens this one (not so right before «خلال»: «سيتم التباحث، خلال الزيارة»).
    if (is_clause_punctuation(w) && i + 1 < during) return false;
    if (future_at(v, i)) return true;
    for (size_t j = 0; j < k; ++j)
      if (triggers[j].match.first == i && triggers[j].trigger->kind != TriggerKind::kNoun)
        return modality_of(v, i, triggers[j].match.prefix_bytes, false).future;
  }
  return false;
}

// Verbal noun k of cooperation is said, later in its clause, to have failed
// or been called off («وكانت صفقة تبادل للأسرى بين X وY قد فشلت»).
bool failed_after(const SentenceView& v, const std::vector<FoundTrigger>& triggers, size_t k) {
  constexpr uint32_t kFailureReach = 12;  // the noun's complements and sides stand between
  return next_in_clause(v, triggers, k, kFailureReach, is_failure_verb) < v.end();
}

std::string state_of(const actors::KnowledgeBase& kb, const actors::Mention& m) {
  std::string s = kb.state_of(m.actor);
  if (s.empty() && !m.role_of.empty()) s = kb.state_of(m.role_of);
  return s == m.actor ? "" : s;
}

// The bodies a person holds a role in, with those they belong to (TriggerInstance::bodies).
std::vector<std::string> bodies_of(const actors::KnowledgeBase& kb, const std::string& person) {
  std::vector<std::string> out;
  const actors::Actor* a = kb.find(person);
  if (!a || a->type != "person") return out;
  for (const actors::Role& r : a->roles) {
    const actors::Actor* body = kb.find(r.of);
    for (int depth = 0; body && body->type != "country" && depth < 4; ++depth, body = kb.find(body->affiliation))
      out.push_back(body->id);
  }
  return out;
}

// The argument pattern of an event, its provenance: the trigger's kind and
// the clause slots of its source and target («verb: subject → complement»).
std::string pattern(const TriggerInstance& t, size_t a, size_t b) {
  const char* kind = t.trigger->kind == TriggerKind::kNoun ? "noun" : t.trigger->kind == TriggerKind::kVerb ? "verb" : "phrase";
  return std::string(kind) + ": " + slot_name(t.slots[a]) + " → " + slot_name(t.slots[b]);
}

// The participants joined by و after participant i, on its side of the trigger:
// "إشادة الأمم المتحدة والسفير البريطاني" — they act together.
std::vector<size_t> with_coordinated(const TriggerInstance& t, size_t i) {
  std::vector<size_t> group{i};
  for (size_t j = i + 1; j < t.participants.size() && t.coordinated[j]; ++j) {
    bool same_side = (t.participants[j]->first_token >= t.end) == (t.participants[i]->first_token >= t.end);
    if (!same_side) break;
    group.push_back(j);
  }
  return group;
}

// The first participant of the coordination («X وY وZ») participant i belongs to.
size_t chain_head(const TriggerInstance& t, size_t i) {
  while (i > 0 && t.coordinated[i]) --i;
  return i;
}

// Participant b backs the coordination participant a belongs to («X وY المدعومين من Z»),
// or the actor named right before b («الملك عبدالله، برفقة ولي العهد»).
bool backs_chain_of(const TriggerInstance& t, size_t b, size_t a) {
  return t.backs[b] && b > 0 && a < b &&
         (chain_head(t, a) == chain_head(t, b - 1) || t.participants[a]->actor == t.participants[b - 1]->actor);
}

// An act of conflict (roots 10–20) is pinned only on the participants its own
// clause makes its sides: not on the one who reports it («قال X إن Y قصف Z»),
// not on one in another predicate's clause, not on a place named in passing
// unless it is the act's target. A news outlet, a relief or a rights body reports
// force; it does not use it.
bool in_clause(Slot s) { return s != Slot::kBeyond && s != Slot::kReporter && s != Slot::kEmbedded; }
bool can_be_conflict_side(const TriggerInstance& t, size_t i, bool as_source) {
  if (!in_clause(t.slots[i])) return false;
  // «شن التحالف غارات … لإعادة هادي إلى السلطة»: whom the act is for is on its side.
  if (t.served[i]) return false;
  // A backer or partner («المدعومين من إيران», «بالتعاون مع الجيش») is on a side
  // without being named its agent or its target; paired («بين X المدعومين بـY وZ») it fights.
  if (t.backs[i] && t.slots[i] != Slot::kPaired) return false;
  if (t.slots[i] == Slot::kOtherPreposition && !(t.places[i] && !as_source)) return false;
  // Where an act of force happened is not what it struck: «هجوم في مأرب»,
  // «مواقع شرقي الرمادي» (the town struck is the object: «قصفت القوات بلدة X»).
  // Nor is it who struck: «قصفت المقاتلات مخازن شرق سوريا».
  // (Unless the clause reads it as what the act strikes: «قصفوا أحياء في تعز».)
  if (force(t.code) && t.locatives[i] && t.slots[i] != Slot::kObject) return false;
  return !(as_source && force(t.code) && (t.types[i] == "media" || t.unarmed[i]));
}

// A verb of sending whose object is a person by name («أوفد أوباما كارتر»).
bool sends_named_person(const TriggerInstance& t) {
  for (size_t i = 0; i < t.participants.size(); ++i)
    if (t.slots[i] == Slot::kObject && t.types[i] == "person") return true;
  return false;
}

bool subject_like(Slot s) {
  return s == Slot::kSubject || s == Slot::kSubjectBefore || s == Slot::kGoverningSubject || s == Slot::kCarried ||
         s == Slot::kRelativeHead || s == Slot::kAgent || s == Slot::kReporterSelf;
}
bool object_like(Slot s) {
  return s == Slot::kObject || s == Slot::kComplement || s == Slot::kGenitive || s == Slot::kRecipient ||
         s == Slot::kActAgent;
}

// The state participant i acts for, or itself when it is one (or acts for none).
const std::string& state_or_self(const TriggerInstance& t, size_t i) {
  return t.states[i].empty() ? t.participants[i]->actor : t.states[i];
}

// «يشارك X وY في اجتماع»: those who take part in a meeting together do not meet each other there.
bool take_part_together(const TriggerInstance& t, size_t i, size_t j) {
  return t.taken_part_in && t.slots[i] == Slot::kGoverningSubject && t.slots[j] == Slot::kGoverningSubject;
}

// Two participants that can be the two sides of an event: other actors, not
// an actor and the state it acts for, and not two of one coordination («أدان X وY
// الهجوم»: X and Y act together) unless the act has no direction («التقى X وY»).
bool distinct(const TriggerInstance& t, size_t i, size_t j) {
  const std::string& x = t.participants[i]->actor;
  const std::string& y = t.participants[j]->actor;
  // An armed group or a group of people is of a state without acting for it:
  // the Houthis against Yemen, the regime against Syrian civilians, talks
  // between the Afghan government and the Taliban.
  // A government named by its head («حكومة العبادي») is another side than its
  // state's other people: the opposition, a vice-president who attacks it.
  auto acts_for = [&](size_t k, size_t other) {
    const actors::Mention& o = *t.participants[other];
    bool headed_by_another = o.kind == "institution" && !o.role_of.empty() && o.role_of != t.participants[k]->actor;
    // «شن طيران النظام غارات على مدينة الزبداني», «سيطر الجيش على مدينة زنجبار»: a
    // town its own state's forces attack or take is held by another.
    bool struck = t.places[k] && attack(t.code) && t.forces[other];
    return t.types[k] != "armed_group" && t.types[k] != "group" && !headed_by_another && !struck;
  };
  if (x == y || (t.states[i] == y && acts_for(i, j)) || (t.states[j] == x && acts_for(j, i))) return false;
  auto serves = [&](size_t k, const std::string& body) {
    return std::find(t.bodies[k].begin(), t.bodies[k].end(), body) != t.bodies[k].end();
  };
  if (serves(i, y) || serves(j, x)) return false;
  // «عقد المجلس اجتماعا برئاسة الأمير X», «قوات التحالف بقيادة السعودية»: who
  // chairs or leads is of the side named before it, not its counterpart (a
  // «وفد برئاسة X» that meets Y makes X a side: no actor stands before X there).
  auto named_before = [&](size_t a, size_t head) {
    for (size_t k = 0; k < head; ++k)
      if (t.participants[k]->actor == t.participants[a]->actor) return true;
    return false;
  };
  if ((t.heads[j] && named_before(i, j)) || (t.heads[i] && named_before(j, i))) return false;
  // «وصل الملك سلمان إلى مكة قادما من جدة»: travel within one's own state is no visit.
  auto home = [&](size_t person, size_t place) {
    return t.places[place] && t.states[place] == state_or_self(t, person);
  };
  if (family(t.code) == "04" && (home(i, j) || home(j, i))) return false;
  if (take_part_together(t, i, j)) return false;
  if (t.sides[i] && t.sides[j]) return t.sides[i] != t.sides[j];  // «X وY من جهة، وZ من جهة أخرى»
  // «الحوثيون المدعومون بقوات صالح»: an ally is not a counterpart.
  if (backs_chain_of(t, j, i) || backs_chain_of(t, i, j)) return false;
  // «قتال بين الحوثيين والمقاومة»: the coordination after «بين» joins the two sides, it
  // does not make them one.
  if (t.slots[i] == Slot::kPaired && t.slots[j] == Slot::kPaired) return true;
  // «أجرى لقاءات مع العبادي والعبيدي»: those met after one preposition met the
  // subject, not each other.
  if (chain_head(t, i) == chain_head(t, j) && t.slots[i] == Slot::kComplement && t.slots[j] == Slot::kComplement)
    return false;
  // «وأبرمت بريطانيا وفرنسا وروسيا اتفاقا مع إيران»: those who act together with
  // a counterpart after the act's preposition are one side, not each other's.
  if (chain_head(t, i) == chain_head(t, j) && subject_like(t.slots[i]) && subject_like(t.slots[j]))
    for (size_t k = 0; k < t.slots.size(); ++k)
      if (t.slots[k] == Slot::kComplement && chain_head(t, k) != chain_head(t, i)) return false;
  return t.trigger->symmetric || chain_head(t, i) != chain_head(t, j);
}

// The participants on participant i's side of «من جهة … من جهة أخرى».
std::vector<size_t> side_of(const TriggerInstance& t, size_t i) {
  std::vector<size_t> out;
  for (size_t j = 0; j < t.sides.size(); ++j)
    if (t.sides[j] == t.sides[i]) out.push_back(j);
  return out;
}

std::string bucket(double p) {
  return p >= 0.8 ? "high" : p >= 0.5 ? "mid" : p >= 0.2 ? "low" : "none";
}

// One act reported by two words of a sentence («فرضت … عقوبات», «سيّر … مساعدات»)
// is one event: the surer report stands.
bool same_act(const Event& a, const Event& b) {
  if (a.sentence != b.sentence || family(a.code) != family(b.code)) return false;
  if (a.source == b.source && a.target == b.target) return true;
  return (a.symmetric || b.symmetric) && a.source == b.target && a.target == b.source;
}

// «وسيزور فابيوس إيران … في أول زيارة يقوم بها وزير خارجية فرنسي»: in one
// sentence, the state a person acts for doing the very same (its code) to the
// same side is the person's act told again — `general` repeats `specific`. Not
// two sides of a clash («بين الجيش والمقاومة»: the army and a force of its state).
bool restates(const Event& specific, const Event& general) {
  return specific.sentence == general.sentence && specific.code == general.code && !specific.symmetric &&
         !general.symmetric && specific.target == general.target && !specific.source_state.empty() &&
         specific.source_state == general.source;
}

// The subject a circumstantial participle carries is that of the verb before
// it («انتقد X الحكومة، مطالبا إياها»): read there as its subject, not itself
// carried nor guessed from a clause that names none. `read`: the slots of the
// sentence's triggers before k, as the clause reading gave them.
bool carried_from_a_subject(const SentenceView& view, const std::vector<FoundTrigger>& triggers, size_t k,
                            const std::vector<Slot>& slots, const std::vector<std::vector<Slot>>& read) {
  auto carried = std::find(slots.begin(), slots.end(), Slot::kCarried);
  if (carried == slots.end()) return false;
  size_t i = static_cast<size_t>(carried - slots.begin());
  for (size_t j = k; j-- > 0;) {
    if (!verb_like(view, triggers[j])) continue;
    return read[j][i] == Slot::kSubject || read[j][i] == Slot::kSubjectBefore;
  }
  return false;
}

// A side the trigger's clause does not give («beyond» it, or a subject carried
// over from the clause before) is a guess, and the event a weak one at most,
// however sure the model — but for a source beyond the clause with the target
// in it, not in an act of conflict: such events are reported from the threshold
// at which they were right as often as the reported events are, in
// cross-validation (never, when none). Carried subjects and targets beyond the
// clause were right about half as often.
struct Guess {
  bool any = false;
  bool reportable = false;
};

Guess guess_of(const TriggerInstance& t, const EventCandidate& c) {
  Slot source = t.slots[c.source], target = t.slots[c.target];
  // The subject carried to a verb joined by و is a guess; to a circumstantial
  // participle it is the clause's own («انتقد X الحكومة، مطالبا إياها»).
  bool carried = source == Slot::kCarried && !t.circumstantial;
  return {source == Slot::kBeyond || carried || target == Slot::kBeyond,
          source == Slot::kBeyond && target != Slot::kBeyond && !conflict(t.code)};
}

void add_event(const TriggerInstance& t, const EventCandidate& c, size_t s, size_t g, double confidence, bool weak,
               Guess guess, const Cameo& cameo, std::vector<Event>& out) {
  Event e;
  e.code = c.code;
  e.goldstein = cameo.goldstein(c.code);
  e.source = t.participants[s]->actor;
  e.target = t.participants[g]->actor;
  e.source_state = t.states[s];
  e.target_state = t.states[g];
  if (const actors::Mention* r = t.reporter; r && r->actor != e.source && r->actor != e.target) e.reported_by = r->actor;
  e.sentence = t.sentence;
  e.trigger_first = t.first;
  e.trigger_end = t.end;
  e.symmetric = c.symmetric;
  e.confidence = confidence;
  e.weak = weak;
  e.guessed = guess.any;
  e.guess_reportable = guess.reportable;
  e.rule = c.rule;
  // Events come sentence by sentence: only this sentence's can be the same act.
  for (auto o = out.rbegin(); o != out.rend() && o->sentence == e.sentence; ++o) {
    if (same_act(*o, e)) {
      if (e.confidence > o->confidence) *o = std::move(e);
      return;
    }
    if (restates(*o, e)) return;  // the person's act stands
    if (restates(e, *o)) {
      *o = std::move(e);
      return;
    }
  }
  out.push_back(std::move(e));
}

// A sports article: clubs and sports bodies named, or the words of a match
// («المباراة», «المدرب», «الدوري», «البطولة», «المنتخب»), three times at
// least. Its «wins», «attacks» and «talks» are games and transfers, its
// states national teams, and the people in it players.
bool sports_document(const EventInput& in, const text::WordForms& forms, const actors::KnowledgeBase& kb) {
  static const std::vector<uint64_t> terms = [] {
    std::vector<uint64_t> h;
    for (std::string_view w : {"مباراه", "مباريات", "لاعب", "لاعبين", "اللاعبين", "مدرب", "الدوري", "نادي", "الملعب",
                               "تعادل", "كره", "بطوله", "منتخب", "منتخبات", "اولمبيه", "الاولمبيه"})
      h.push_back(text::PhraseTrie::hash(w));
    return h;
  }();
  constexpr int kSportsSignals = 3;
  int signals = 0;
  for (const actors::Mention& m : in.mentions)
    if (const actors::Actor* a = kb.find(m.actor); a && a->sector == "sport" && ++signals >= kSportsSignals) return true;
  for (uint32_t i = 0; i < in.tokens.size(); ++i) {
    bool hit = std::find(terms.begin(), terms.end(), forms.hash(i)) != terms.end();
    for (const text::ProcliticForm& f : forms.proclitic_forms(i))
      hit |= std::find(terms.begin(), terms.end(), f.bare_hash) != terms.end();
    if (hit && ++signals >= kSportsSignals) return true;
  }
  return false;
}

// «خلال لقائه ببعض أنصاره», «اجتماع مع مسؤولين»: right after the trigger, its
// own preposition and people no actor names — the counterpart is someone
// unnamed, not an actor named elsewhere in the sentence (unless named right after them).
bool unnamed_counterpart(const SentenceView& v, const FoundTrigger& f) {
  constexpr uint32_t kNameReach = 2;  // «مع مسؤولين أمريكيين»: whose they are, right after
  uint32_t i = f.phrase_end;
  if (i + 1 >= v.end() || v.token(i).kind != text::TokenKind::kWord) return false;
  std::string_view w = v.word(i), people;
  if ((w == "مع" || w == "ب") && f.trigger->takes(w)) people = v.word(i + 1);
  else if (w.size() > 4 && w.substr(0, 2) == "ب" && f.trigger->takes("ب")) people = w.substr(2);
  if (people.empty() || !is_unnamed_people(people)) return false;
  // «مع دبلوماسيين من الولايات المتحدة»: people of a named state are that state's.
  uint32_t after = i + (w == "مع" || w == "ب" ? 2 : 1);
  uint32_t reach = i + kNameReach + (after < v.end() && v.word(after) == "من" ? 1 : 0);
  for (const Participant& p : v.participants())
    if (p.mention->end_token > i && std::min(p.lead, p.mention->lead_token) <= reach) return false;
  return true;
}

// An act with no direction of its own (a meeting, a call) still has one when
// the clause gives it: «تلقى X اتصالا من Y» is Y's call to X, «التقى X بـY» X's
// meeting with Y. Annotators code such an act from its agent; two sides the
// clause does not tell apart («التقى X وY», «محادثات بين X وY») keep their order.
bool directed(const TriggerInstance& t, size_t a, size_t b) {
  return subject_like(t.slots[a]) && object_like(t.slots[b]);
}

// «المعارك بين الحوثيين المدعومين بقوات صالح والمقاومة»: a backer is on the side
// it backs, the next one joined by و on the other. So is a known partner among
// three or more («بين المقاومة وميليشيات الحوثي وصالح»; of two, the text pairs
// them: «اشتباكات بين الحوثيين والموالين لصالح»). Unsplit (all 0) with neither.
std::vector<uint8_t> backed_sides(const TriggerInstance& t) {
  std::vector<uint8_t> sides(t.participants.size(), 0);
  uint8_t side = 0;
  bool backer = false;
  bool many = std::count(t.slots.begin(), t.slots.end(), Slot::kPaired) >= 3;
  for (size_t i = 0; i < t.slots.size(); ++i) {
    if (t.slots[i] != Slot::kPaired) continue;
    if (side == 0) side = 1;
    else if (t.backs[i] || (many && t.partners[i])) backer = true;
    else side = 2;
    sides[i] = side;
  }
  if (!backer || side != 2) std::fill(sides.begin(), sides.end(), 0);
  return sides;
}

// «اشتباكات بين قوات النظام وحزب الله من جهة، والفصائل من جهة أخرى» (or «من
// طرف», «من ناحية»): the paired participants before it are one side, those after
// it the other (when the sentence names any).
std::vector<uint8_t> paired_sides(const SentenceView& view, const TriggerInstance& t) {
  std::vector<uint8_t> sides(t.participants.size(), 0);
  uint32_t first = UINT32_MAX, last = 0;
  for (size_t i = 0; i < t.slots.size(); ++i)
    if (t.slots[i] == Slot::kPaired)
      first = std::min(first, t.participants[i]->first_token), last = std::max(last, t.participants[i]->end_token);
  if (first == UINT32_MAX) return sides;
  // The first «من جهة» after the first side; a second one («من جهة أخرى») closes the
  // other. Or «بينها وبين X»: the side the pronoun stands for, then those after «وبين».
  // It may follow sides no actor names, joined to the last one named («وحزب الله
  // وقوات الدفاع الوطني وجيش التحرير الفلسطيني من جهة»), before any comma.
  constexpr uint32_t kUnnamedSideReach = 6;
  uint32_t split = 0;
  for (uint32_t i = first + 1; i + 1 < view.end() && i <= last + kUnnamedSideReach && !split; ++i) {
    std::string_view w = view.word(i);
    if (i > last && is_clause_punctuation(w)) break;
    if ((w == "من" || w == "ومن") && is_side_mark(view.word(i + 1))) split = i;
    if (w == "وبين" && is_pronoun_pairing(view.word(i - 1))) split = i;
  }
  if (!split) return backed_sides(t);
  bool before = false;
  for (size_t i = 0; i < t.slots.size(); ++i) {
    if (t.slots[i] != Slot::kPaired) continue;
    sides[i] = t.participants[i]->first_token < split ? 1 : 2;
    before |= sides[i] == 1;
  }
  // «بين الحوثيين وقوات صالح من جهة وتشكيلات من الجيش …»: with no side read after
  // «من جهة», those before it are still one side, allies, never each other's foe.
  if (!before) std::fill(sides.begin(), sides.end(), 0);
  return sides;
}

// A slot reads differently beside the others: the genitive of «زيارة حفتر» is
// its target when the visit has a subject, its source when it has none. And a
// verb has one object: a second one, not joined to the first by و, is most
// often the genitive of a noun between («اتهمت باريس أنقرة بمساعدة تنظيم داعش»).
void add_slot_context(TriggerInstance& t) {
  std::vector<bool> later(t.slots.size(), false);
  for (size_t i = 0; i < t.slots.size(); ++i) {
    bool joined = i > 0 && t.coordinated[i] && t.slots[i - 1] == t.slots[i];
    if (joined) later[i] = later[i - 1];
    else
      for (size_t j = 0; j < i && !later[i]; ++j)
        later[i] = t.slots[j] == t.slots[i] && t.participants[j]->actor != t.participants[i]->actor;
    if (later[i] && t.slots[i] != Slot::kBeyond) t.participant_features[i].push_back(std::string("later=") + slot_name(t.slots[i]));
  }
  for (size_t i = 0; i < t.slots.size(); ++i) {
    bool subject = false, object = false;
    for (size_t j = 0; j < t.slots.size(); ++j) {
      if (j == i || t.participants[j]->actor == t.participants[i]->actor) continue;
      subject |= subject_like(t.slots[j]);
      object |= object_like(t.slots[j]);
    }
    t.participant_features[i].push_back(std::string("sx=") + slot_name(t.slots[i]) + (subject ? "|S" : "|-") +
                                        (object ? "O" : "-"));
  }
}

}  // namespace

bool place_target(std::string_view code) {
  std::string_view f = family(code);
  // One arrests or deports people, not a town: «اعتقلت القوات شابا من جنين».
  if (code.substr(0, 3) == "173" || code.substr(0, 3) == "174") return false;
  return f == "04" || f == "07" || f == "14" || f == "15" || f == "17" || f == "18" || f == "19" || f == "20";
}

// A month, a week or a day (YYYY-MM, YYYY-Www, YYYY-MM-DD) that comes wholly
// after the document's day: compared on what both give («الأسبوع المقبل» with
// the document's week). A year alone is too often another clause's («…
// اعتبارا من عام 2016»).
bool after_the_day(std::string_view date, std::string_view document_date) {
  constexpr size_t kMonth = 7;
  if (date.size() < kMonth || document_date.size() < kMonth) return false;
  if (date.find('W') != std::string_view::npos) {
    time::DateValue day = time::DateValue::parse(document_date);
    return day.precision == time::Precision::kDay && date.substr(0, kMonth + 1) > day.iso_week();
  }
  size_t n = std::min(date.size(), document_date.size());
  return date.substr(0, n) > document_date.substr(0, n);
}

std::string intent_code(std::string_view code) {
  std::string_view f = family(code);
  if (f == "01" || f == "02" || f == "03") return std::string(code);
  if (f == "04") return "036";
  if (f == "06") return "031";
  if (f == "07") return "033";
  if (f == "08") return "035";
  if (cooperative(code)) return "030";
  if (f == "18" || f == "19" || f == "20" || f == "15") return "138";
  return "130";
}

// «قال إن فرنسا قد تمنح اليونان قرضا»: «قد» right before the trigger's imperfect
// says "may". The modality layer reads «قد يـ»; an imperfect with ت is told from a
// perfect («قد تم», «قد توصل») by the lexicon holding its form with ي («يمنح»).
bool may_do(const SentenceView& v, const FoundTrigger& f, const TriggerLexicon& lexicon) {
  uint32_t i = f.match.first;
  if (f.trigger->kind != TriggerKind::kVerb || f.match.prefix_bytes > 0 || i == v.first() ||
      text::behind_conjunction(v.word(i - 1)) != "قد")
    return false;
  std::string_view w = v.word(i);
  if (!w.starts_with("ت") || w.size() < 8 || !lexicon.single_words().contains("ي" + std::string(w.substr(2))))
    return false;
  // «وكان الأردن قد تفاوض مع إسرائيل»: after «كان» it is the perfect, "had".
  constexpr uint32_t kCopulaReach = 8;  // «وكان وزير الخارجية الأمريكي جون كيري قد»
  for (uint32_t j = i - 1; j-- > v.first() && j + kCopulaReach >= i;) {
    if (is_clause_punctuation(v.word(j))) break;
    if (is_was(v.word(j))) return false;
  }
  return true;
}

std::vector<TriggerInstance> trigger_instances(const EventInput& in, const TriggerLexicon& lexicon,
                                               const actors::KnowledgeBase& kb) {
  std::vector<TriggerInstance> out;
  std::optional<text::WordForms> own_forms;
  if (!in.forms) own_forms.emplace(in.normalized, in.tokens);
  const text::WordForms& forms = in.forms ? *in.forms : *own_forms;
  if (sports_document(in, forms, kb)) return out;
  // A word of a time expression is no act: «فجر اليوم» is dawn, not «فجّر».
  std::optional<std::vector<bool>> own_times;
  if (!in.time_tokens) own_times = time::time_token_mask(in.times, in.tokens.size());
  const std::vector<bool>& in_time = in.time_tokens ? *in.time_tokens : *own_times;
  size_t first_mention = 0;
  for (uint32_t s = 0; s < in.sentences.size(); ++s) {
    while (first_mention < in.mentions.size() && in.mentions[first_mention].first_token < in.sentences[s].first_token)
      ++first_mention;
    // An event needs a source and a target; a "sentence" of hundreds of words or
    // dozens of actors is a list, a table or hostile input, not a clause to
    // read (the clause reading's cost grows with triggers × participants).
    const text::Sentence& sentence = in.sentences[s];
    if (sentence.end_token - sentence.first_token > kMaxSentenceTokens) continue;
    SentenceView view(in, forms, in_time, kb, s, first_mention);
    if (view.participants().size() < 2 || view.participants().size() > kMaxParticipants) continue;
    std::vector<FoundTrigger> triggers = scan_triggers(view, lexicon);
    std::erase_if(triggers, [&](const FoundTrigger& f) { return in_time[f.match.first]; });
    bool previous_announced = false;  // the trigger before: a future act («سيلتقي», «من المقرر أن يزور»)
    std::vector<std::vector<Slot>> read(triggers.size());  // each trigger's slots as the clause reading gives them
    for (size_t k = 0; k < triggers.size(); ++k) {
      const FoundTrigger& f = triggers[k];
      TriggerInstance t;
      t.sentence = s;
      t.first = f.match.first;
      t.end = f.phrase_end;
      t.trigger = f.trigger;
      t.modality = modality_of(view, f.match.first, f.match.prefix_bytes, !verb_like(view, f));
      if (may_do(view, f, lexicon)) t.modality.unrealized = true;
      if (!verb_like(view, f) && !speech_act(f.trigger->code)) {
        t.modality.denied |= denied_afterwards(view, f.match.first);
        t.modality.future |= prepared_afterwards(view, f.match.first);
      }
      // «سيلتقي كيري لافروف في كوالالمبور لبحث القضايا»: a purpose glued to ل shares
      // the time of the act it is for — the talks of an announced meeting are announced.
      // So is the purpose of a journey: «وصل كارتر إلى السعودية للاجتماع بالملك» reports
      // the arrival, and the meeting it is for.
      bool after_journey = k > 0 && triggers[k - 1].trigger->code.substr(0, 3) == "042";
      if (k > 0 && (previous_announced || after_journey) &&
          is_purpose(view, f) && triggers[k - 1].phrase_end <= f.match.first &&
          !view.punctuation_between(triggers[k - 1].phrase_end - 1, f.match.first))
        t.modality.future = true;
      // «لشن هجمات على», «للسيطرة على المطار»: an act of force glued to the ل of
      // purpose is an aim, not an act done (annotators code it as a plan, not the act).
      if (force(f.trigger->code) && is_purpose(view, f) && !view.undergone_at(f.match.first))
        t.modality.unrealized = true;
      // So is a deal: «مفاوضات لتوقيع اتفاق تجارة», «اجتماع لإبرام اتفاقية» — what talks aim at.
      if (f.trigger->code.rfind("057", 0) == 0 && is_purpose(view, f)) t.modality.unrealized = true;
      // And whatever else talks are for, right after them: «مفاوضات بين X وY لتطبيع
      // العلاقات» (not their own subject: «اجتماع لبحث» is the meeting's talk).
      bool after_talks = k > 0 && family(triggers[k - 1].trigger->code) == "04";
      if (after_talks && family(f.trigger->code) != "04" && is_purpose(view, f) &&
          triggers[k - 1].phrase_end <= f.match.first &&
          !view.punctuation_between(triggers[k - 1].phrase_end - 1, f.match.first))
        t.modality.unrealized = true;
      // «للاجتماع المشترك بين X وY الذي سيعقد غدا»: a verbal noun whose relative
      // clause puts it in the future is announced.
      // So is one said to be scheduled («اجتماعا مقررا بين X وY», «الزيارة المرتقبة»).
      if (f.trigger->kind == TriggerKind::kNoun &&
          (announced_by_relative(view, triggers, k) || said_of_it(view, f, is_schedule_word) ||
           held_by_a_future_light_verb(view, f)))
        t.modality.future = true;
      // A meeting or a visit a verb in the future speaks of is announced (of other
      // acts it tells what they will bring: «هذه الحرب بين تركيا والعمال الكردستاني
      // ستلحق الأضرار» is a war going on).
      if (f.trigger->kind == TriggerKind::kNoun && family(f.trigger->code) == "04" &&
          (announced_by_predicate(view, triggers, k) || during_an_announced_act(view, triggers, k) ||
           on_its_eve(view, f)))
        t.modality.future = true;
      // A deal, talks or a truce that failed or was called off did not take place
      // (an attack that failed did: acts of conflict keep their modality).
      if (f.trigger->kind != TriggerKind::kVerb && family(f.trigger->code) < "09" && failed_after(view, triggers, k))
        t.modality.unrealized = true;
      // What a messenger is to convey («سينقل الجبير … تحيات الملك») is announced.
      std::optional<uint32_t> conveyor = conveyed_by(view, f);
      if (conveyor && text::is_future_verb(view.word(*conveyor))) t.modality.future = true;
      previous_announced = t.modality.future || text::is_future_verb(view.word(f.match.first));
      std::string_view code = f.bombing.empty() ? std::string_view(f.trigger->code) : f.bombing;
      t.code = t.modality.future ? intent_code(code) : std::string(code);
      t.complement = f.complement;
      t.object_pronoun = (f.enclitic && f.trigger->kind != TriggerKind::kNoun) || f.pronoun_complement;
      t.speakers = f.enclitic && f.trigger->kind == TriggerKind::kNoun && ends_in_first_person(view.word(f.match.first));
      t.unnamed_counterpart = family(f.trigger->code) == "04" && unnamed_counterpart(view, f);
      t.taken_part_in = family(f.trigger->code) == "04" && !verb_like(view, f) && taken_part_in(view, f.match.first);
      t.features = trigger_features(view, f, t.modality);
      std::vector<Slot> slots = clause_slots(view, triggers, k);
      read[k] = slots;
      t.circumstantial = circumstantial_participle(view, f) && carried_from_a_subject(view, triggers, k, slots, read);
      // «عملية عسكرية مشتركة بين الأتراك والمعارضة», «دوريات مشتركة بين X وY»:
      // the sides of a joint act of force act together, against neither.
      if (force(f.trigger->code) && said_of_it(view, f, is_joint_word))
        std::replace(slots.begin(), slots.end(), Slot::kPaired, Slot::kBeyond);
      // «قتل 30 مواطنا في هجمات نفذتها بوكو حرام»: a verb of being killed or wounded
      // whose clause names the act that did it, and that act's agent, is read in the
      // passive: the act's noun is the event, with its agent and whom it struck.
      if (f.trigger->kind == TriggerKind::kVerb && is_suffering_word(view.word(f.match.first)) &&
          std::find(slots.begin(), slots.end(), Slot::kActAgent) != slots.end())
        t.complement = true;
      // What a messenger conveys is its sender's (the noun's genitive or pronoun), to
      // whom ل or إلى names before the noun; the messenger is no side.
      std::vector<bool> messenger(view.participants().size());
      // «ونقل الوزير خلال الاستقبال تحيات الملك لـX», «رافق الأمير خلال الزيارة مساعد
      // الوزير»: a meeting told again with the article after «خلال», no pronoun of its
      // own, is the one the text told before; its sides are the clause's subject and
      // whom it names itself («خلال الزيارة التاريخية للأمير X إلى فرنسا», «خلال الزيارة
      // نفسها لإيطاليا», «ب», «مع», «بين») — the clause's object, whom its ل names past
      // another word («خلال الاستقبال تعازيه لـX») and the names beyond are the clause verb's.
      bool told_again = family(f.trigger->code) == "04" && f.trigger->kind == TriggerKind::kNoun && !f.enclitic &&
                        f.match.first > view.first() && is_during_word(view.word(f.match.first - 1)) &&
                        view.word(f.match.first).starts_with("ال");
      if (conveyor)
        for (size_t i = 0; i < view.participants().size(); ++i) {
          const Participant& p = view.participants()[i];
          if (p.lead <= *conveyor || p.mention->end_token > f.match.first) continue;
          if (p.preposition == "ل" || p.preposition == "الي") slots[i] = Slot::kRecipient;
          else if (p.preposition.empty()) messenger[i] = true;
        }
      for (size_t i = 0; i < view.participants().size(); ++i) {
        const Participant& p = view.participants()[i];
        if (p.mention->first_token < f.match.end && p.mention->end_token > f.match.first) continue;  // inside the trigger
        t.participants.push_back(p.mention);
        t.places.push_back(p.place);
        t.locatives.push_back(p.locative);
        t.states.push_back(state_of(kb, *p.mention));
        t.bodies.push_back(bodies_of(kb, p.mention->actor));
        t.coordinated.push_back(p.coordinated);
        t.participant_features.push_back(participant_features(view, triggers, k, i, slots[i]));
        t.slots.push_back(slots[i]);
        t.types.push_back(p.type);
        t.known.push_back(kb.find(p.mention->actor) != nullptr);
        t.against.push_back(p.against);
        t.heads.push_back(p.heads);
        t.backs.push_back(p.backs);
        t.partners.push_back(p.partner);
        // Present at the act, not at one of a relative clause of its own
        // («مشيدا بحضور الملك X الذي يزور القاهرة»: X visits).
        bool present = slots[i] != Slot::kRelativeHead &&
                       (p.present || (p.attends_from != UINT32_MAX && f.match.end <= p.attends_from));
        bool own_side = slots[i] == Slot::kGoverningSubject || slots[i] == Slot::kPaired || slots[i] == Slot::kAgent ||
                        (slots[i] == Slot::kComplement && (p.preposition != "ل" || right_after(view, f, p.lead)));
        bool clause_verbs = told_again && !own_side;
        t.no_side.push_back(present || p.origin || p.seat || p.kin || p.bracketed || p.attributed || messenger[i] ||
                            clause_verbs);
        t.audience.push_back(p.audience);
        t.unarmed.push_back(p.unarmed);
        t.served.push_back(p.served);
        t.armed.push_back(p.armed);
        t.forces.push_back(p.forces);
        t.owner.push_back(p.owner);
        t.dead.push_back(p.dead);
        bool land = p.place || (p.type == "country" && (p.mention->kind == "name" || p.mention->kind == "metonym"));
        t.land_left.push_back(land && p.preposition == "من");
        t.refuge.push_back(land && p.preposition == "الي" && !f.trigger->takes("الي"));
      }
      t.sides = paired_sides(view, t);
      add_slot_context(t);
      // The reporting source: who says the clause («أعلنت الخارجية الأمريكية أن …»).
      for (size_t i = 0; i < t.participants.size(); ++i)
        if (t.slots[i] == Slot::kReporter || t.slots[i] == Slot::kReporterSelf) t.reporter = t.participants[i];
      out.push_back(std::move(t));
    }
  }
  return out;
}

// Participant j of u stands after «من» («المساعدات من السعودية»).
bool after_from(const TriggerInstance& u, size_t j) {
  const std::vector<std::string>& f = u.participant_features[j];
  return std::find(f.begin(), f.end(), "sp=other-preposition|من") != f.end();
}

// A later trigger of trigger k's sentence, standing between it and participant
// i, has i as its participant j with `holds(u, j)`.
template <class Holds>
bool named_by_a_later_trigger(const std::vector<TriggerInstance>& instances, size_t k, size_t i, Holds holds) {
  const TriggerInstance& t = instances[k];
  const actors::Mention* m = t.participants[i];
  for (size_t l = k + 1; l < instances.size(); ++l) {
    const TriggerInstance& u = instances[l];
    if (u.sentence != t.sentence || u.first < t.end || u.first >= m->first_token) continue;
    for (size_t j = 0; j < u.participants.size(); ++j)
      if (u.participants[j] == m && holds(u, j)) return true;
  }
  return false;
}

// A name the clause of trigger k does not give, which a later trigger between
// them takes as its object, complement, paired side or after «من», is that
// trigger's: «في زيارة رسمية للاجتماع بالرئيس» (the president is the meeting's,
// not the visit's), «عقدوا اجتماعا تمهيدا للقمة بين X وY» (X and Y are the
// summit's), «يعقد اجتماعا … بعد تدفق المساعدات من السعودية» (the aid's).
bool taken_by_a_later_trigger(const std::vector<TriggerInstance>& instances, size_t k, size_t i) {
  const TriggerInstance& t = instances[k];
  // «محادثات الشراكة واتفاق جرى التفاوض عليه بين إيران والقوى الست»: the sides
  // «بين» names are the nearest act's before them.
  if (t.slots[i] == Slot::kComplement)
    return named_by_a_later_trigger(instances, k, i,
                                    [](const TriggerInstance& u, size_t j) { return u.slots[j] == Slot::kPaired; });
  if (t.slots[i] != Slot::kBeyond && t.slots[i] != Slot::kOtherPreposition) return false;
  return named_by_a_later_trigger(instances, k, i, [](const TriggerInstance& u, size_t j) {
    return u.slots[j] == Slot::kComplement || u.slots[j] == Slot::kObject || u.slots[j] == Slot::kPaired ||
           (u.slots[j] == Slot::kOtherPreposition && after_from(u, j));
  });
}

// «أدانت السعودية اغتيال النائب العام X», «انتقدت العفو الدولية اعتقال الصحفي X»,
// «استنكرت الجامعة الهجوم على Y»: participant i, named after a later noun of force or
// coercion (roots 17–20) as whom it is done to, is that act's victim: no side of
// trigger k's words of disapproval or rejection (11, 12), which are against its doer.
bool victim_of_an_act_named(const std::vector<TriggerInstance>& instances, size_t k, size_t i) {
  const TriggerInstance& t = instances[k];
  std::string_view f = family(t.code);
  if (f != "11" && f != "12") return false;
  return named_by_a_later_trigger(instances, k, i, [](const TriggerInstance& u, size_t j) {
    if (u.trigger->kind != TriggerKind::kNoun || !(attack(u.code) || family(u.code) == "17")) return false;
    // The genitive of an arrest, an abduction, an assassination (17, 18) is its
    // victim; that of shelling or a fight (19, 20) its doer («قصف المتمردين مناطق سكنية»).
    bool genitive_suffers = family(u.code) == "17" || family(u.code) == "18";
    return u.slots[j] == Slot::kObject || u.slots[j] == Slot::kComplement ||
           (u.slots[j] == Slot::kGenitive && genitive_suffers);
  });
}

// «شن الوزير هجوما حادا على الرئيس»: an attack whose target is a person, or a
// government named by its head («حكومة العبادي»), by anyone but an armed group
// or a crowd, is one of words; armed attacks in news are by forces and groups,
// and on them, their positions and places — and on what a person owns or leads
// («قصر الرئيس», «موكب الوزير»). So is the verb's attack by a person named alone
// on anything but a place («وهاجم أردوغان الاتحاد الأوروبي»): a person's arms are
// their forces, named as such («قوات حفتر»).
bool words_against_a_person(const TriggerInstance& t, size_t source, size_t target) {
  if (t.trigger->person_target.empty() || t.code != t.trigger->code || t.armed[source]) return false;
  const actors::Mention& m = *t.participants[target];
  bool person = t.types[target] == "person" || (m.kind == "institution" && !m.role_of.empty());  // «حكومة العبادي»
  if (person && !t.owner[target]) return true;
  return t.trigger->kind == TriggerKind::kVerb && t.types[source] == "person" && !t.places[target] &&
         t.types[target] != "armed_group";
}

std::vector<EventCandidate> propose_events(const std::vector<TriggerInstance>& instances, const ArgumentModel& model) {
  std::vector<EventCandidate> out;
  for (size_t k = 0; k < instances.size(); ++k) {
    const TriggerInstance& t = instances[k];
    if (t.complement || !t.modality.asserted() || t.participants.size() < 2) continue;
    // «أوفد أوباما وزير دفاعه كارتر إلى إسرائيل»: with an envoy named, the visit is
    // the envoy's, not the sender's; it is left to the envoy's own verb.
    if (t.trigger->object_is_sent && sends_named_person(t)) continue;
    size_t n = t.participants.size();
    std::vector<double> ps(n), pt(n);
    // «استقبل مطار القاهرة طائرة …», «شهدت عدن …»: a verb whose subject is a
    // place has no actor for its source among its objects.
    bool place_subject = false;
    for (size_t i = 0; i < n; ++i)
      place_subject |= t.places[i] && (t.slots[i] == Slot::kSubject || t.slots[i] == Slot::kSubjectBefore);
    for (size_t i = 0; i < n; ++i) {
      // The one who receives (a call, a visit) and the agent of the act the
      // object names are targets by their place in the clause.
      bool only_target = !t.trigger->symmetric && (t.slots[i] == Slot::kRecipient || t.slots[i] == Slot::kActAgent);
      ps[i] = t.places[i] || only_target ? 0 : model.probability(kSource, t.participant_features[i]);
      pt[i] = t.places[i] && !place_target(t.code) ? 0 : model.probability(kTarget, t.participant_features[i]);
      // «انضمت قطر إلى تحالف … ضد داعش», «دعم الأكراد في مواجهة داعش»: one does not
      // cooperate with whom one is against.
      if (t.against[i] && !conflict(t.code)) ps[i] = pt[i] = 0;
      // «فر مقاتلو داعش من ليبيا»: the land a force withdraws or flees from is
      // where it leaves, not the side it yields to (that side is an actor), nor
      // the land it flees to («وفر هادي ومساعدوه إلى الرياض»). Nor is any of `no_side`
      // («وصل إلى عدن قادما من الرياض», «تم توقيع الاتفاقية بحضور X», «وثمن هادي وفقا
      // لوكالة الأنباء اليمنية مواقف الصين», «استقبل الأمير أبناء الشيخ X» …).
      if ((de_escalation(t.code) && (t.land_left[i] || t.refuge[i])) || t.no_side[i]) ps[i] = pt[i] = 0;
      // The dead act no more («بالتعزية بوفاة الأمير X»: X offers no condolences),
      // nor are they whom sympathy goes to (their family, their people are), nor
      // one side of a meeting, a visit, a deal or aid («حوار عن حياة الملك فيصل – رحمه
      // الله – مع …»): only what is done to them by force, or a homage (01), is theirs.
      if (t.dead[i]) ps[i] = 0;
      // A retreat or a surrender is a force's: a person who flees («هرب المالكي من بطش
      // صدام إلى سوريا») retreats from no battle.
      if (t.code.rfind("0874", 0) == 0 && t.types[i] == "person") ps[i] = 0;
      // A news outlet is not met: «قال الوزير في لقاء مع قناة العربية» is an
      // interview, told to the public.
      if (family(t.code) == "04" && t.types[i] == "media") ps[i] = pt[i] = 0;
      if (t.dead[i] && (t.code.rfind("018", 0) == 0 || t.trigger->symmetric || (family(t.code) != "01" && !conflict(t.code))))
        pt[i] = 0;
      // Nor is the audience of what is said or done (not of force: «صمدت أمام الهجوم»).
      if (t.audience[i] && !force(t.code)) ps[i] = pt[i] = 0;
      // «قال كازنوف إنه دعا بريطانيا», «ونفت واشنطن بوست التهم … وحثت المجلس»: who reports
      // a verb's act is not what it is done to, unless its pronoun says so («قال إنهم هددوه»).
      if (t.slots[i] == Slot::kReporter && t.trigger->kind != TriggerKind::kNoun && !t.object_pronoun) pt[i] = 0;
      // «محادثات في ماليزيا بين X وY», «التقى X في الرياض بـY»: where an act happened,
      // after a preposition that is not the act's own, is no side of it; nor is
      // a place named as where beyond the clause («الجمعية … بالمملكة المتحدة»).
      if (t.locatives[i] && (t.slots[i] == Slot::kOtherPreposition || t.slots[i] == Slot::kBeyond)) ps[i] = pt[i] = 0;
      if (taken_by_a_later_trigger(instances, k, i)) ps[i] = pt[i] = 0;
      if (victim_of_an_act_named(instances, k, i)) ps[i] = pt[i] = 0;
      // «ويبحث مكتب التحقيقات في الخوادم التي استخدمتها كلينتون»: what is discussed or looked into is no side.
      if (t.trigger->object_is_topic && (t.slots[i] == Slot::kObject || t.slots[i] == Slot::kOtherPreposition))
        ps[i] = pt[i] = 0;
      // «أوفدت الحكومة التركية نائب وزير الخارجية إلى أربيل»: the envoy sent is no side.
      if (t.trigger->object_is_sent && t.slots[i] == Slot::kObject) ps[i] = pt[i] = 0;
      if (place_subject && (t.slots[i] == Slot::kObject || t.slots[i] == Slot::kComplement ||
                            t.slots[i] == Slot::kOtherPreposition))
        ps[i] = 0;
    }
    if (t.unnamed_counterpart) continue;
    // «تحيات الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية»: an actor the clause
    // already names is no side again from beyond it (their title said after them).
    for (size_t i = 0; i < n; ++i)
      if (t.slots[i] == Slot::kBeyond)
        for (size_t j = 0; j < n; ++j)
          if (j != i && in_clause(t.slots[j]) && t.participants[j]->actor == t.participants[i]->actor) ps[i] = pt[i] = 0;
    // «اعتبر كيري أن تصريحات خامنئي مقلقة، وهذا أحد أسباب لقائي المزمع مع القادة»:
    // a noun of the first person is its reporter's act, when the clause has one.
    if (t.speakers && std::any_of(t.slots.begin(), t.slots.end(), [](Slot s) { return s == Slot::kReporter; }))
      for (size_t i = 0; i < n; ++i)
        if (t.slots[i] != Slot::kReporter) ps[i] = 0;
    bool symmetric = t.trigger->symmetric;
    // «استضافت باكستان المحادثات بين الحكومة الأفغانية وطالبان»: when «بين» names
    // two sides, they are the act's; the host, the sponsor, the place are not.
    bool two_sides = false, one_side = false;
    for (size_t i = 0; i < n; ++i) one_side |= t.slots[i] == Slot::kPaired;
    for (size_t i = 0; i < n && !two_sides; ++i)
      for (size_t j = i + 1; j < n && !two_sides; ++j)
        two_sides = t.slots[i] == Slot::kPaired && t.slots[j] == Slot::kPaired &&
                    t.participants[i]->actor != t.participants[j]->actor;
    // «الاتصالات بين نتنياهو ورئيس مجلس النواب جون بوينر»: one side named, the
    // other no actor the text knows — not someone named elsewhere in the sentence.
    if (one_side && !two_sides && symmetric) continue;
    double best = 0;
    size_t a = n, b = n;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < n; ++j) {
        if (i == j || !distinct(t, i, j)) continue;
        if (two_sides && (t.slots[i] != Slot::kPaired || t.slots[j] != Slot::kPaired)) continue;
        if (conflict(t.code) && !(can_be_conflict_side(t, i, true) && can_be_conflict_side(t, j, symmetric)))
          continue;
        // A meeting or a clash is between actors: the city it is held in is no side of it.
        double score = symmetric ? (t.places[i] || t.places[j] ? 0 : std::max(ps[i], pt[i]) * std::max(ps[j], pt[j]))
                                 : ps[i] * pt[j];
        if (score > best) best = score, a = i, b = j;
      }
    if (a == n) continue;
    if (symmetric && !directed(t, a, b) &&
        (directed(t, b, a) || t.participants[b]->first_token < t.participants[a]->first_token))
      std::swap(a, b);
    EventCandidate c{k, a, b, symmetric, t.code, pattern(t, a, b), t.features};
    if (words_against_a_person(t, a, b)) {
      c.code = t.trigger->person_target;
      c.features.push_back("person-target");
    }
    // What the event model weighs: the trigger's own features, the argument
    // pattern, how sure the argument models are, the participants' types.
    const std::string root(family(c.code));
    c.features.push_back("pattern=" + c.rule);
    c.features.push_back("pattern|root=" + c.rule + "|" + root);
    std::string source_sure = bucket(symmetric ? std::max(ps[a], pt[a]) : ps[a]);
    std::string target_sure = bucket(symmetric ? std::max(ps[b], pt[b]) : pt[b]);
    c.features.push_back("source=" + source_sure);
    c.features.push_back("target=" + target_sure);
    // Both sides at once, with the pattern: a sure subject and a sure object of a
    // verb are another event than a sure subject and a doubtful genitive.
    c.features.push_back("sides=" + source_sure + "|" + target_sure + "|" + c.rule);
    // How near each side stands to the trigger, and what words stand between
    // (cross-validated with the two conjunctions: 439 → 452 events right of 2,365).
    auto side = [](const std::string& f) { return f.rfind("g=", 0) == 0 || f.rfind("d=", 0) == 0; };
    for (const std::string& f : t.participant_features[a])
      if (f.rfind("nisba=", 0) == 0 || side(f)) c.features.push_back("source-" + f);
    for (const std::string& f : t.participant_features[b])
      if (f.rfind("nisba=", 0) == 0 || f.rfind("place=", 0) == 0 || side(f)) c.features.push_back("target-" + f);
    // Who they are: a state, a group, a person — and whether the knowledge base
    // knows them or the name was only found in the text (a local official, a
    // film star: news of such people holds fewer of the acts CAMEO codes).
    // Of one state («استقبل وزير الخارجية سفير بلاده»): the news of a government's own people.
    if (state_or_self(t, a) == state_or_self(t, b)) c.features.push_back("same-state|" + root);
    c.features.push_back("source-type=" + t.types[a] + (t.known[a] ? "" : "|found"));
    c.features.push_back("target-type=" + t.types[b] + (t.known[b] ? "" : "|found"));
    c.features.push_back("types|root=" + t.types[a] + "|" + t.types[b] + "|" + root);  // a state striking a person…
    // How far apart the two sides stand: next to each other they are one phrase's.
    uint32_t la = t.participants[a]->first_token, lb = t.participants[b]->first_token;
    uint32_t apart = la > lb ? la - lb : lb - la;
    c.features.push_back(std::string("apart=") + (apart <= 3 ? "near" : apart <= 10 ? "mid" : "far"));
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Event> extract_events(const EventInput& in, const TriggerLexicon& lexicon, const Cameo& cameo,
                                  const actors::KnowledgeBase& kb, const ArgumentModel& model) {
  std::vector<Event> out;
  std::optional<text::WordForms> own_forms;
  if (!in.forms) own_forms.emplace(in.normalized, in.tokens);
  std::optional<std::vector<bool>> own_times;
  if (!in.time_tokens) own_times = time::time_token_mask(in.times, in.tokens.size());
  EventInput with_forms = in;
  with_forms.forms = in.forms ? in.forms : &*own_forms;
  with_forms.time_tokens = in.time_tokens ? in.time_tokens : &*own_times;
  std::vector<TriggerInstance> instances = trigger_instances(with_forms, lexicon, kb);
  for (const EventCandidate& c : propose_events(instances, model)) {
    const TriggerInstance& t = instances[c.instance];
    double confidence = model.probability(kEvent, c.features);
    // Acts of force, and the other acts of conflict (an accusation, a demand, a
    // threat pinned on someone), are reported from thresholds of their own.
    double threshold = force(c.code) ? model.setting("@min_force_confidence", kMinForceConfidence)
                       : conflict(c.code)
                           ? std::max(model.setting("@min_confidence", kMinConfidence),
                                      model.setting("@min_conflict_confidence", 0))
                           : model.setting("@min_confidence", kMinConfidence);
    double floor = std::min(threshold, model.setting("@weak_confidence", kWeakConfidence));
    if (confidence < floor) continue;
    Guess guess = guess_of(t, c);
    bool weak = confidence < threshold ||
                (guess.any && !(guess.reportable && confidence >= model.setting("@min_guessed_confidence", 1.0)));
    // Two sides of a clash: each of one side against each of the other.
    if (t.sides[c.source] && t.sides[c.target]) {
      for (size_t s : side_of(t, c.source))
        for (size_t g : side_of(t, c.target))
          if (distinct(t, s, g) && !t.places[s] && !t.places[g]) add_event(t, c, s, g, confidence, weak, guess, cameo, out);
      continue;
    }
    // Participants joined by و act, or are acted on, together; two of one
    // coordination meeting each other («التقى X وY») are one event.
    if (chain_head(t, c.source) == chain_head(t, c.target)) {
      if (take_part_together(t, c.source, c.target)) continue;
      add_event(t, c, c.source, c.target, confidence, weak, guess, cameo, out);
      // «لقاء ضم كيري ولافروف والجبير», «محادثات بين X وY وZ»: each of those a
      // meeting brings together meets each other one.
      if (c.symmetric && t.slots[c.source] == Slot::kPaired && t.slots[c.target] == Slot::kPaired) {
        std::vector<size_t> together = with_coordinated(t, chain_head(t, c.source));
        for (size_t x = 0; x < together.size(); ++x)
          for (size_t y = x + 1; y < together.size(); ++y) {
            size_t s = together[x], g = together[y];
            if (t.slots[s] == Slot::kPaired && t.slots[g] == Slot::kPaired && distinct(t, s, g) && !t.places[s] &&
                !t.places[g])
              add_event(t, c, s, g, confidence, weak, guess, cameo, out);
          }
      }
      continue;
    }
    // The whole coordination, whichever of it the model chose («أدانت السعودية والإمارات»).
    for (size_t s : with_coordinated(t, chain_head(t, c.source)))
      for (size_t g : with_coordinated(t, chain_head(t, c.target)))
        if (s != g && distinct(t, s, g)) add_event(t, c, s, g, confidence, weak, guess, cameo, out);
  }
  // Dates, read once per event.
  size_t first_mention = 0;
  uint32_t sentence = UINT32_MAX;
  std::optional<SentenceView> view;
  for (Event& e : out) {
    if (e.sentence != sentence) {
      sentence = e.sentence;
      while (first_mention < in.mentions.size() && in.mentions[first_mention].first_token < in.sentences[sentence].first_token)
        ++first_mention;
      view.emplace(with_forms, *with_forms.forms, *with_forms.time_tokens, kb, sentence, first_mention);
    }
    EventDate d = date_of(*view, e.trigger_first, e.trigger_end, in.document_date);
    e.date = d.value;
    e.date_inherited = d.inherited;
    e.date_from_context = d.from_context;
    e.date_before = d.before;
    e.historical = d.historical;
    // An act dated after the day of its report, or told as to come with no day
    // («يزور المبعوث المملكة خلال الأيام المقبلة», «قريبا»), has not happened yet: it
    // is announced («تصل موغيريني إلى المملكة الاثنين», «يزور الوزير القاهرة غدا»,
    // «سيزور موسكو خلال شهر سبتمبر المقبل»), and the announcement is the news
    // of the story's day (or of the report's).
    if (d.to_come || (!d.inherited && after_the_day(d.value, in.document_date))) {
      e.code = intent_code(e.code);
      e.goldstein = cameo.goldstein(e.code);
      EventDate told = report_date_of(*view, e.trigger_first, in.document_date);
      e.date = told.value;
      e.date_inherited = told.inherited;
      e.date_from_context = told.from_context;
      e.date_before = told.before;
    }
  }
  // The dead act no more, nor are they met, visited or consoled: an act dated
  // after a side's death is another person's misread as theirs («محافظ الطائف فهد
  // بن عبدالعزيز بن معمر» is not King Fahd), or a past act the text does not date.
  // What is said of them or done to them by force still is (as for the dead the
  // sentence names, above).
  auto died_before = [&](const std::string& id, const std::string& date) {
    const actors::Actor* a = kb.find(id);
    return a && !a->died.empty() && after_the_day(date, a->died);
  };
  std::erase_if(out, [&](const Event& e) {
    if (died_before(e.source, e.date)) return true;
    bool said_or_forced = conflict(e.code) || (family(e.code) == "01" && e.code.rfind("018", 0) != 0);
    return died_before(e.target, e.date) && (e.symmetric || !said_or_forced);
  });
  return out;
}

}  // namespace marsad::events
