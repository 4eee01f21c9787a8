#include "events/clause_slots.h"

#include <algorithm>
#include <optional>

#include "actors/honorifics.h"
#include "events/arabic_cues.h"
#include "events/cameo.h"
#include "text/clitics.h"

namespace marsad::events {
namespace {

constexpr uint32_t kAsideReach = 16;  // a relative clause between commas is at most this long
constexpr uint32_t kDuringReach = 8;   // «خلال» stands within this many words after the clause's verb
constexpr uint32_t kPairingReach = 3;  // «بين» or «جمع» stands within this many words after its trigger
constexpr uint32_t kClashPairingReach = 12;  // … after a clash's noun, past where and when it was
constexpr uint32_t kReceiverReach = 12;  // «كان في استقباله» names who receives this close, past where and when
constexpr uint32_t kPairStartReach = 3;  // the first side starts this close after «بين» («بين ميليشيات التمرد الحوثي»)
constexpr uint32_t kNone = UINT32_MAX;
constexpr uint32_t kTopicReach = 10;  // «أما X، …، فقال»: the topic stands this close

// A verb of taking place with no agent of its own («جرى», «تم», «دارت»; not «عقد»
// or «أجرى», which also conduct: «الوزير عقد اجتماعا»).
bool took_place(std::string_view w) {
  return is_taking_place_verb(w) && w != "عقد" && w != "عقدت" && w != "اجري";
}

// Words that open a clause of time before the main one: «عندما اجتمع X بـY، قال».
bool is_time_conjunction(std::string_view w) {
  static constexpr std::string_view k[] = {"عندما", "حين", "حينما", "بعدما", "لما", "قبلما"};
  return detail::one_of(w, k);
}

// Words that open a new clause whose arguments are not this predicate's.
bool opens_clause(std::string_view w) {
  static constexpr std::string_view k[] = {"حيث", "بينما", "فيما", "عندما", "حين", "حينما", "لكن", "ولكن", "كما",
                                           "بعدما", "قبلما", "اذ", "بل", "ثم", "وسط", "تمهيدا", "استعدادا",
                                           // a cause: «انتقد X أطرافا بسبب محاولة بعضها استغلال Y»
                                           "بسبب", "جراء", "لان", "لانه", "لانها", "لانهم",
                                           // a purpose: «… سعيا لاسترضاء أعضاء الكونغرس» (and «في محاولة ل…»: extent_after)
                                           "سعيا", "بهدف",
                                           // a topic set against the one before: «أيدت قطر الاتفاق أما السعودية فكانت حذرة»
                                           "اما", "واما"};
  return detail::one_of(w, k) || is_complementizer(w) || w == "الذي" || w == "التي" || w == "الذين" ||
         w == "؛" || w == ";" || w == ":";
}

// "من قبل X", "على يد X", "على أيدي X", "بأيدي X", "بيد X", "بواسطة X".
bool passive_agent(const SentenceView& v, uint32_t lead) {
  if (lead < v.first() + 1) return false;
  std::string_view before = v.word(lead - 1);
  if (before == "بواسطه" || before == "بايدي" || before == "بيد") return true;
  if (lead < v.first() + 2) return false;
  std::string_view two = v.word(lead - 2);
  return (before == "قبل" && (two == "من" || two == "ومن")) ||
         ((before == "يد" || before == "ايدي") && (two == "علي" || two == "وعلي"));
}

// Verbs that receive what a verbal noun gives: their subject is its target,
// «من X» its source («تلقى الأمير اتصالا هاتفيا من الرئيس»); or that undergo
// it («تعرضت X لهجوم من Y»: X undergoes Y's act).
bool receiving_verb(std::string_view w) {
  w = text::behind_conjunction(w);
  return cue_lists().receiving_verbs.contains(w);
}

// A verb with an object pronoun right after a verbal noun names its agent:
// «قصف شنه داعش», «هجوما بدأته تركيا», «الغارة التي نفذتها طائرات».
bool light_verb_with_pronoun(std::string_view w) {
  w = text::behind_conjunction(w);
  const WordSet& k = cue_lists().light_verbs;
  for (std::string_view suffix : {"ه", "ها", "هم", "هما"}) {
    if (w.size() <= suffix.size() || w.substr(w.size() - suffix.size()) != suffix) continue;
    std::string_view stem = w.substr(0, w.size() - suffix.size());
    if (k.contains(stem)) return true;
    if (stem.size() > 2 && stem.substr(stem.size() - 2) == "و" && k.contains(std::string(stem) + "ا")) return true;  // شنوها
  }
  return false;
}

// The words of a light verb naming an act's agent that starts at token i: one
// with its object pronoun («شنه», «نفذتها»), two with it after ب («قام بها»,
// «قامت به»); 0 when none starts there.
uint32_t light_verb_at(const SentenceView& v, uint32_t i) {
  if (i >= v.end()) return 0;
  if (light_verb_with_pronoun(v.word(i))) return 1;
  static constexpr std::string_view kPronounsAfterB[] = {"به", "بها", "بهم", "بهما"};
  if (i + 1 < v.end() && cue_lists().light_verbs.contains(text::behind_conjunction(v.word(i))) &&
      detail::one_of(v.word(i + 1), kPronounsAfterB))
    return 2;
  return 0;
}

// The words of such a light verb ending right before token `lead`, 0 when none
// does — counting the noun of the agent's arms or members between them
// («غارة نفذتها طائرات التحالف», «هجوم شنه مسلحو داعش»), which the name owns.
uint32_t light_verb_before(const SentenceView& v, uint32_t lead) {
  for (uint32_t n : {1u, 2u})
    if (lead >= v.first() + n && light_verb_at(v, lead - n) == n) return n;
  if (lead > v.first() && (is_arm_noun(v.word(lead - 1)) || is_member_noun(v.word(lead - 1))))
    for (uint32_t n : {1u, 2u})
      if (lead >= v.first() + n + 1 && light_verb_at(v, lead - 1 - n) == n) return n + 1;
  return 0;
}

uint32_t lead_of(const Participant& p) { return p.lead; }

bool bare(const Participant& p) { return p.preposition.empty(); }

// Word `w` is participant p's preposition, as written or behind a conjunction
// («في», «وفي»: «في» itself starts with the letter of «ف»).
bool stands_as_preposition_of(std::string_view w, const Participant& p) {
  return !p.preposition.empty() && (w == p.preposition || text::behind_conjunction(w) == p.preposition);
}

// «في قصف الحوثيين», «خلال زيارة ظريف إلى»: the preposition before a noun of
// violence or of a visit governs the noun; the name right after it is its
// genitive, its agent, as «قصف الحوثيين» alone would be (the model still weighs
// it). Not other nouns': «في دعم الحكومة» has it backed; nor «كان في استقبال X»,
// where X is received; nor «في اجتماع الدوحة», where a meeting is held.
bool governs_the_noun(const FoundTrigger& t, const Participant& p, uint32_t end, const SentenceView& v) {
  std::string_view f = family(t.trigger->code);
  if (verb_like(v, t) || (f != "04" && f < "18") || p.lead != end || t.match.first <= v.first()) return false;
  if (f == "04" && (p.place || p.mention->kind == "metonym")) return false;
  if (is_preposition(v.word(end - 1))) return false;
  if (!stands_as_preposition_of(v.word(t.match.first - 1), p)) return false;
  return !(f == "04" && t.match.first > v.first() + 1 && is_was(v.word(t.match.first - 2)));
}

class Reader {
 public:
  Reader(const SentenceView& v, const std::vector<FoundTrigger>& triggers)
      : v_(v), triggers_(triggers), read_(triggers.size()) {}

  // «عقب عزل مرسي», «بعد مقتل X», «جراء قصف Y»: a name in the genitive of a noun
  // that an adverbial governs belongs to that adverbial, not to the clause.
  bool in_adverbial(uint32_t lead) const {
    if (lead < v_.first() + 2) return false;
    std::string_view before = v_.word(lead - 1);
    return governs_a_noun(text::behind_conjunction(v_.word(lead - 2))) && !is_clause_punctuation(before) &&
           !is_preposition(before) && !is_complementizer(before) && !is_negation(before) &&
           !v_.inside_mention(lead - 1);
  }

  // The slots of trigger k's participants, read once: a clause reads the ones
  // before it (the subject it carries, the object of the verb before). The
  // reference stays valid: read_ is never resized.
  const std::vector<Slot>& slots(size_t k) {
    if (!read_[k]) read_[k] = read_slots(k);
    return *read_[k];
  }

  std::vector<Slot> read_slots(size_t k) {
    const FoundTrigger& t = triggers_[k];
    const auto& ps = v_.participants();
    std::vector<Slot> out(ps.size(), Slot::kBeyond);
    uint32_t first = t.match.first, end = t.phrase_end;
    uint32_t after_end = extent_after(k), before_start = extent_before(k);
    bool verb = verb_like(v_, t);
    // A circumstantial participle («…، متهما الولايات المتحدة») has the subject of
    // the clause before it, not the word before it; what follows it is its object.
    bool participle = verb && circumstantial(t);
    // Before the trigger: the subject (verbs) or the governing verb's subject (nouns).
    int subject_before = -1;
    for (size_t i = 0; i < ps.size() && !participle; ++i) {
      const actors::Mention& m = *ps[i].mention;
      if (m.end_token > first || lead_of(ps[i]) < before_start || !bare(ps[i]) || apposition(i)) continue;
      if (verb && first - m.end_token > 3) continue;  // «X قد استقبل», «وكان X قد …»: a few words at most
      // «…الأمريكية، متهما»: not across a comma — but for the subject a complementizer
      // opens, set off by a comma from its verb («إن وزير الخارجية المصري، اجتمع»).
      bool opened = lead_of(ps[i]) > v_.first() && is_complementizer(v_.word(lead_of(ps[i]) - 1)) &&
                    first == m.end_token + 1;
      if (verb && (m.kind == "nisba" || (v_.punctuation_between(m.end_token - 1, first) && !opened))) continue;
      // «تمكن الجيش والمقاومة اليمنية من السيطرة»: the adjective of the name before it is no subject of its own.
      if (!verb && m.kind == "nisba" && i > 0 && lead_of(ps[i]) == ps[i - 1].mention->end_token) continue;
      if (verb && in_adverbial(lead_of(ps[i]))) continue;  // «وعقب عزل مرسي شنت الحكومة»: Morsi is no subject
      // «على سقوط سنجار بيد داعش طالب الرئيس»: the agent of another act, no subject.
      if (verb && passive_agent(v_, lead_of(ps[i]))) continue;
      // «بدأ كيري نهاره بلقاء أمير قطر قبل التوجه إلى اللقاء مع وزراء الخليج»: whom
      // the act before acts on does not govern the next noun; it is no agent of it
      // (a pronoun on the noun may stand for it: «بزيارة X ولقائه بالملك»).
      if (!verb && !t.enclitic && acted_on_by_trigger_before(k, i)) continue;
      if (ps[i].locative) continue;  // «المقاومة في محافظة البيضاء وسط اليمن …»: where, not who
      if (verb && in_brackets(ps[i])) continue;  // «وفي إب (وسط اليمن) سيطرت المقاومة»: an aside
      // «وإلى جانب أهداف حزب العمال قصفت طائرات تركية …»: whose targets or
      // positions they are is what is struck, never who acts.
      if (verb && lead_of(ps[i]) > v_.first() && is_held_noun(v_.word(lead_of(ps[i]) - 1))) continue;
      subject_before = static_cast<int>(i);
    }
    // «قوات التحالف الذي تقوده الولايات المتحدة نفذت 18 غارة»: the subject of a
    // relative clause right before the verb is the clause's; the verb's subject
    // is the noun the clause hangs on.
    if (verb && subject_before >= 0)
      if (int head = head_of_relative_subject(subject_before); head >= 0) subject_before = head;
    // «أعلنت البحرين تعليق صحيفة الوسط واتهمتها …»: a verb joined by و or ف to the
    // clause before shares its subject; the name nearest before the conjunction
    // may be that clause's object.
    bool joined = verb && t.match.prefix_bytes > 0 &&
                  (v_.word(first).substr(0, 2) == "و" || v_.word(first).substr(0, 2) == "ف");
    // «تم إجلاء الجنود الأميركيين وسيطر عليها الحوثيون»: a joined verb whose object is the
    // pronoun of its preposition, with a name right after it: that name is its subject, and
    // the name before the و ends the clause before. (Not a pronoun glued to the verb:
    // «انتقدت دعوة المملكة واستضافتها قوات التحالف» is also a noun, "its hosting".)
    bool object_pronoun_then_name =
        (t.pronoun_complement && names_subject_after(end)) ||
        (end < v_.end() && !text::preposition_before_pronoun(v_.word(end)).empty() && names_subject_after(end + 1));
    if (joined && subject_before >= 0 && object_pronoun_then_name) subject_before = -1;
    bool carried_before = false;
    if (joined && subject_before >= 0)
      if (int c = carried_subject(k); c >= 0 && c != subject_before && ps[c].mention->end_token <= first)
        subject_before = c, carried_before = true;
    // «شككت أصوات بسياسة أنقرة مع المنظمات التي تقاتل النظام السوري واتهمت
    // الحكومة»: the object of the verb before is not the joined verb's subject,
    // which is that verb's (above) or one no actor names.
    if (joined && subject_before >= 0 && !carried_before && object_of_verb_before(k, subject_before))
      subject_before = -1;
    // «أما المبعوث الأمريكي، جوناثان واينر، فقال»: the topic after «أما» is the
    // subject of the verb that «ف» opens, whatever commas stand between.
    if (verb && subject_before < 0 && t.match.prefix_bytes > 0 && v_.word(first).substr(0, 2) == "ف")
      for (uint32_t i = first; i > v_.first() && first - i < kTopicReach; --i)
        if (v_.word(i - 1) == "اما") {
          for (size_t j = 0; j < ps.size(); ++j)
            if (lead_of(ps[j]) == i && bare(ps[j])) subject_before = static_cast<int>(j);
          break;
        }
    // «وسبق لهولاند أن التقى روحاني»: the ل-name after «سبق» is the subject of the
    // verb after «أن» ("X had already met").
    if (verb && subject_before < 0 && first >= v_.first() + 3 && is_complementizer(v_.word(first - 1)))
      for (size_t j = 0; j < ps.size(); ++j)
        if (ps[j].preposition == "ل" && ps[j].mention->end_token + 1 == first && lead_of(ps[j]) > v_.first() &&
            is_already_verb(text::behind_conjunction(v_.word(lead_of(ps[j]) - 1))))
          subject_before = static_cast<int>(j);
    // «واتفاقا جرى التفاوض عليه بين إيران والقوى الست»: a noun right after a verb of
    // taking place is that verb's subject; no one before it is its agent.
    if (!verb && subject_before >= 0 && first > v_.first() && took_place(text::behind_conjunction(v_.word(first - 1))))
      subject_before = -1;
    // «استنكرت البحرين هجوم الحوثيين», «استنكر الزياني تصريحات المالكي ضد السعودية»:
    // the subject of a verb of condemning or rejecting does not do the act its object names.
    if (!verb && subject_before >= 0 && disapproved_act(k, ps[subject_before])) subject_before = -1;
    bool received = false;
    if (subject_before >= 0 && !verb) {
      uint32_t lead = lead_of(ps[subject_before]);
      // «تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا»: a role phrase and the name it introduces.
      for (int i = subject_before; i > 0 && ps[i - 1].mention->end_token == lead && bare(ps[i - 1]);)
        lead = lead_of(ps[--i]);
      // The verb right before the subject, or before the place, the positions or the
      // forces it names («تعرضت بلدة الزبداني», «تعرضت مواقع التنظيم», «تلقت قوات X»).
      auto before_name = [&](std::string_view w) {
        return is_place_noun(w) || is_held_noun(w) || is_facility_noun(w) || is_member_noun(w) || is_arm_noun(w);
      };
      received = (lead > v_.first() && receiving_verb(v_.word(lead - 1))) ||
                 (lead > v_.first() + 1 && before_name(v_.word(lead - 1)) && receiving_verb(v_.word(lead - 2))) ||
                 // «أن الحوثيين تلقوا ضربات من الجيش»: the subject first, the verb right before the noun.
                 (first > v_.first() && ps[subject_before].mention->end_token + 1 == first &&
                  receiving_verb(v_.word(first - 1))) ||
                 // «قتل 15 من عناصر الحوثي في غارات للتحالف», «لقي 12 من مسلحي داعش مصرعهم
                 // في غارة»: whom a word of dying or wounding names before an attack's noun
                 // (not a clash's: «قتل 13 من الحوثيين وقوات صالح في اشتباكات» names one side).
                 (attack(t.trigger->code) && !t.trigger->symmetric &&
                  suffered_in(lead, ps[subject_before].mention->end_token, t));
    }
    // A verbal noun with a possessive pronoun has its agent in the pronoun, which
    // may stand for the subject before it («قال كارتر بعد لقائه بالملك») or not
    // («لبحث وقف هجومه»): that subject is its possessor, a slot the model weighs.
    bool possessor = !verb && t.enclitic && !received;
    // «وذلك خلال استقباله المهندس بحاح», «مشددا أثناء لقائه كيري»: a meeting's
    // noun with its pronoun right after «خلال» or «أثناء» has its agent in the
    // pronoun, the subject of the verb it is said with — not a name across a
    // comma before it, that verb's object («كشف خامنئي خلال لقائه»: the name right
    // before is). Not a visit («استقبل الملك الرئيس خلال زيارته»: the guest's).
    if (possessor && first > v_.first() && is_during_word(v_.word(first - 1)) && family(t.trigger->code) == "04" &&
        t.trigger->code.rfind("042", 0) != 0 &&
        (subject_before < 0 || v_.punctuation_between(ps[subject_before].mention->end_token - 1, first)))
      if (int c = carried_subject(k); c >= 0 && ps[c].mention->end_token <= first) subject_before = c;
    // «…، واصفا زيارته للكويت»: a noun with its pronoun right after a circumstantial
    // participle has the participle's agent in it, the subject of the clause before.
    if (possessor && first > v_.first() + 1 && !v_.inside_mention(first - 1) && circumstantial_at(first - 1, 0))
      if (int c = carried_subject(k); c >= 0 && ps[c].mention->end_token < first) subject_before = c;
    if (subject_before >= 0) {
      // «عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعاً»: the whole coordinated
      // subject, and the role phrase right before a name.
      Slot slot = verb ? (carried_before ? Slot::kCarried : Slot::kSubjectBefore)
                  : received ? Slot::kRecipient : possessor ? Slot::kPossessor : Slot::kGoverningSubject;
      for (int i = subject_before; i >= 0; --i) {
        out[i] = slot;
        bool introduces = i > 0 && ps[i - 1].mention->end_token == lead_of(ps[i]) && bare(ps[i - 1]) &&
                          ps[i - 1].mention->actor == ps[i].mention->actor;
        if (!ps[i].coordinated && !introduces) break;
      }
    }
    // A set phrase split by its subject («ألقى داعش القبض على»): the words between are
    // the subject — also where a time adverb governs the phrase («بعيد توصل إيران إلى
    // اتفاق»: the adverb's noun is the phrase's first word, the name its agent).
    bool receiving = verb && receiving_verb(v_.word(first));  // «تلقى X اتصالا من Y»: the trigger itself receives
    // The phrase's first word is no preposition of the name right after it («وعبر
    // الوزير عن قلقه» is not «وعبر», "and via").
    for (size_t i = 0; i < ps.size(); ++i)
      if (lead_of(ps[i]) > first && ps[i].mention->end_token <= end && t.phrase_end > t.match.end &&
          (bare(ps[i]) || is_time_adverb(ps[i].preposition) || first_word_read_as_preposition(ps[i], first)))
        out[i] = receiving ? Slot::kRecipient : Slot::kSubject;
    // «المسلحون الذين أفرجت عنهم السلطات»: a verb's preposition with its pronoun
    // right after it, a name after that: the pronoun stands for the head, and the
    // name is the subject. With «في» only when the head is no actor («العام الذي
    // زار فيه بوتين المملكة»); «تصريحات ترامب التي هاجم فيها ماكين» are Trump's.
    std::string_view pronoun_preposition = verb && !t.pronoun_complement && end < v_.end()
                                               ? text::preposition_before_pronoun(v_.word(end))
                                               : std::string_view();
    bool pronoun_after = !pronoun_preposition.empty() && names_subject_after(end + 1) &&
                         (pronoun_preposition != "في" ||
                          (before_start > v_.first() + 1 && !v_.inside_mention(before_start - 2)));
    // A verb in a relative clause: the noun the clause hangs on is its subject
    // («خالد العبيدي الذي يزور روسيا»), what follows the verb its object.
    if (verb && subject_before < 0 && before_start > v_.first() && is_relative_pronoun(v_.word(before_start - 1)) &&
        first == before_start)
      for (size_t i = ps.size(); i-- > 0;)
        // «X الذي», «X، الذي», «بX الذي»: the head, whatever governs it.
        if (ps[i].mention->end_token + 1 == before_start ||
            (ps[i].mention->end_token + 2 == before_start && is_clause_punctuation(v_.word(before_start - 2)))) {
          // «حزب الله الذي تدعمه إيران»: with a name right after the verb, the
          // verb's own pronoun stands for the head, which is what it acts on; that
          // name is its subject. («الوفد الذي زاره»: with none, the head visits.)
          // So does the pronoun of the phrase's preposition («الخلية التي ألقت
          // الشرطة القبض عليها»).
          if ((t.enclitic && names_subject_after(end)) || t.pronoun_complement) {
            out[i] = Slot::kObject;
            break;
          }
          if (pronoun_after && pronoun_preposition != "في") {
            out[i] = listed(t, std::string(pronoun_preposition)) ? Slot::kComplement : Slot::kOtherPreposition;
            break;
          }
          // «السياح الروس الذين زاروا تركيا», «الصحف البريطانية التي اتهمت»: an
          // adjective of origin ends the head, a noun no actor names — not the state.
          if (ps[i].mention->kind == "nisba") break;
          // «العشائر في سوريا التي اعترض زعماء بعضها»: the verb's subject follows it,
          // people no actor names; the head is only whose they are.
          if (end < v_.end() && !v_.inside_mention(end) && names_people(v_.word(end))) break;
          out[i] = Slot::kRelativeHead;
          subject_before = static_cast<int>(i);
          break;
        }
    // After the trigger, up to the next predicate or clause.
    // «قالت إن مسلحين خطفوا مواطنا»: a subject no actor names stands right before
    // the verb; what follows is its object.
    bool unnamed_subject = verb && first > v_.first() && !v_.inside_mention(first - 1) &&
                           is_unnamed_agent(text::behind_conjunction(v_.word(first - 1)));
    // «قتل 44 شخصا في …», «أصيب ثلاثة جنود»: a verb with no subject before it and a
    // number right after has that number as its subject (the unvoweled passive's
    // patient), not a name further on.
    unnamed_subject |= verb && subject_before < 0 && end < v_.end() && v_.token(end).kind == text::TokenKind::kNumber;
    // «ودحضت المحامية ليئا تسيمل ادعاءات الأمن الإسرائيلي»: a person by their trade
    // right after the verb, with no actor's name after it, is its subject; the name
    // further on is its object.
    // So are states or parties no actor names: «ولطالما اتهمت دول العالم الحرس الثوري».
    // Not members of a group named after them («خطف عناصر من جبهة النصرة», «مسلحين تابعين لحزب …»).
    uint32_t next_word = end + 1;  // the word after it, behind quote marks («منظمة «هيومن رايتس ووتش»»)
    while (next_word < v_.end() && text::is_quote_mark(v_.word(next_word))) ++next_word;
    unnamed_subject |= verb && subject_before < 0 && end + 1 < v_.end() && !v_.inside_mention(end) &&
                       !v_.inside_mention(end + 1) && !(next_word < v_.end() && v_.inside_mention(next_word)) &&
                       (is_person_noun(text::behind_conjunction(v_.word(end))) ||
                        (is_unnamed_agent(v_.word(end)) && v_.word(end + 1) != "من" &&
                         v_.word(end + 1).find("تابع") == std::string_view::npos));
    // «وعقد جلالته اجتماعا مع …»: an honorific pronoun right after the verb is its
    // subject, a mention when the actors layer knows whom it stands for, unnamed when not.
    unnamed_subject |= verb && subject_before < 0 && end < v_.end() && !v_.inside_mention(end) &&
                       actors::honorific_pronoun(v_.word(end)) != actors::Honorific::kNone;
    // «وعبر الزياني عن استغرابه من …»: a phrase split by its subject has it between
    // its words, named by an actor or not; read whole with the subject's pronoun on
    // its last word («وعبر عن استغرابه»), its subject is the clause's before it. Either
    // way no name after the phrase is its subject.
    bool split = t.phrase_end > t.match.end;
    bool subject_inside = verb && t.trigger->kind == TriggerKind::kPhrase &&
                          (split || (t.match.end - t.match.first >= 2 && ends_in_pronoun(v_.word(t.match.end - 1))));
    bool plural_pronoun = verb && !t.enclitic && carries_plural_subject(v_.word(first).substr(t.match.prefix_bytes));
    // «زيارة إلى الرياض التقى خلالها وزير الدفاع»: a verb "during it" has the
    // agent of the act before as its subject; the name after it is its object.
    bool during_it = verb && subject_before < 0 && end < v_.end() && is_during_pronoun(v_.word(end));
    // «المنظمات التي تقاتل النظام السوري»: a verb right after a relative pronoun,
    // with no object pronoun of its own, has its subject in the pronoun (the head
    // the clause hangs on, an actor or not); the name after it is its object
    // («الغارة التي شنتها طائرات التحالف»: with one, the name is the subject).
    bool relative_subject = verb && !t.enclitic && !pronoun_after && first == before_start &&
                            before_start > v_.first() && is_relative_pronoun(v_.word(before_start - 1));
    // «في عمليات استهدفت تنظيم داعش وحزب العمال»: a verb right after an indefinite noun
    // of operations or of an attack (a relative clause with no pronoun, which only an
    // indefinite noun takes: not «وبعد اللقاء انتقد لافروف») has that noun for its
    // subject; the names after it are its objects.
    relative_subject |= verb && !t.enclitic && !pronoun_after && t.match.prefix_bytes == 0 && subject_before < 0 &&
                        first > v_.first() && !v_.inside_mention(first - 1) &&
                        !text::behind_conjunction(v_.word(first - 1)).starts_with("ال") &&
                        (is_operation_noun(text::behind_conjunction(v_.word(first - 1))) || act_noun_before(first));
    bool feminine = verb && feminine_past(t);
    bool detached_pronoun = verb && end < v_.end() && is_detached_object_pronoun(v_.word(end));  // «مطالبا إياها»
    // «قال كازنوف إنه دعا بريطانيا»: a verb right after «أنه», «إنها», «بأنهم» has its
    // subject in that pronoun; the name after it is its object.
    bool pronoun_subject = verb && subject_before < 0 && first > v_.first() && is_complementizer(v_.word(first - 1)) &&
                           pronoun_complementizer(first);
    bool subject_seen = (subject_before >= 0 && verb) || participle || unnamed_subject || subject_inside ||
                        plural_pronoun || during_it || relative_subject || pronoun_subject;
    // The end of the first object or complement read: «شن أكثر من 40 غارة على مواقع
    // للحوثيين في صعدة، معقلهم الرئيس»: no subject stands after a comma past it.
    uint32_t argument_end = kNone;
    for (size_t i = 0; i < ps.size(); ++i) {
      const Participant& p = ps[i];
      uint32_t lead = lead_of(p);
      if (lead < end || lead >= after_end || aside(end, lead, verb)) continue;
      if (i > 0 && argument_end == kNone && (out[i - 1] == Slot::kObject || out[i - 1] == Slot::kComplement))
        argument_end = ps[i - 1].mention->end_token;
      if (apposition(i)) continue;
      // «السيطرة عليها قوات الحكومة»: the phrase's pronoun is its complement; a bare
      // name after it is none (nor a verbal noun's genitive).
      if (!verb && t.pronoun_complement && bare(p) && !passive_agent(v_, lead)) continue;
      // «بمحافظة تعز اليمنية»: an adjective of origin right after a place is the place's.
      if (p.mention->kind == "nisba" && !p.coordinated && i > 0 && ps[i - 1].place &&
          lead == ps[i - 1].mention->end_token && lead_of(ps[i - 1]) >= end) {
        out[i] = out[i - 1];
        continue;
      }
      if (verb && p.mention->kind == "nisba" && names_complement_act(k, lead)) {  // «استنكرت X القصف التركي»
        out[i] = Slot::kActAgent;
        continue;
      }
      // «الغارات التي نفذتها تركيا», «الزيارة التي قام بها كيري»: the agent after its light verb.
      uint32_t agent_verb = !verb && bare(p) ? light_verb_before(v_, lead) : 0;
      // «فرضت عقوبات على قطريين بتهمة تمويل تنظيم القاعدة»: past the charge, a name is
      // inside it, no side of the act.
      if (charge_between(end, lead)) continue;
      // «بدأ لقاءه معهم حيال مزايا الاتفاق مع إيران»: a name after its preposition
      // past a word of topic is in the topic («الاتفاق مع إيران»), no side of the act.
      if (!bare(p) && topic_between(*t.trigger, end, lead)) continue;
      // «وتدعو تركيا … إلى إقامة منطقة حظر طيران … لإبعاد تنظيم الدولة»: an appeal or a
      // demand that names no addressee before what it asks has every name past that
      // inside the request (not a demanded change of leader: «طالب بإقالة الوزير X» is against X).
      if (verb && asks(t.trigger->code) && t.trigger->code.rfind("104", 0) != 0 && argument_end == kNone &&
          asked_content_between(end, lead))
        continue;
      // «وتعهدت باستمرار الدعم للمقاومة من قبل قوات التحالف», «الزيارة الأولى للمنسق
      // إلى عدن بعد تحريرها من الحوثيين من قبل المقاومة»: past another act's noun,
      // «من قبل X» is that act's agent, no side of this one.
      if (passive_agent(v_, lead) && trigger_between(end, lead)) continue;
      if (passive_agent(v_, lead) || ((received || receiving) && p.preposition == "من") ||
          (agent_verb > 0 && lead >= end + agent_verb && lead <= end + 1 + agent_verb))
        out[i] = Slot::kAgent;
      else if (uint32_t w = pairing_word(end, lead, is_definite_word(v_.word(end - 1)), !verb && t.trigger->symmetric);
               w != kNone) {
        // After «بين X وY» the sentence goes on: a place, a border («قرب الحدود العراقية
        // والسورية») is no third side.
        if (pair_member(i, w, out)) out[i] = Slot::kPaired;
      }
      // «لتعزيز أمنها على الحدود مع سوريا»: the border's neighbour, no side of the act.
      else if (p.preposition == "مع" && p.locative)
        out[i] = Slot::kOtherPreposition;
      // «على سكان القرى اليمنية مع الحدود السعودية», «داخل الأراضي السورية»: a state
      // named by its border or its ground is where, not who is acted on.
      else if (bare(p) && p.locative)
        out[i] = Slot::kOtherPreposition;
      // «اجتماع إقليمي بماليزيا»: a state or a place after the ب of a meeting's noun is where it is held.
      else if (!verb && p.preposition == "ب" && family(t.trigger->code) == "04" &&
               (p.place || (p.type == "country" && p.mention->kind == "name")))
        out[i] = Slot::kOtherPreposition;
      // «قصف الحوثيون أحياء سكنية في مدينة تعز», «غارات على مواقع في صعدة»: where the
      // things an attack strikes are, no one named as holding them, is what it strikes.
      else if (attack(t.trigger->code) && p.place && (p.preposition == "في" || p.preposition == "ب") &&
               struck_things_located_at(i, end))
        out[i] = Slot::kObject;
      else if (!bare(p) && !governs_the_noun(t, p, end, v_))
        out[i] = listed(t, p.preposition) ? Slot::kComplement : Slot::kOtherPreposition;
      // «لزيارة إيطاليا», «زيارتهما روسيا»: a state or a place right after the noun of a
      // visit, in construct, is where one goes — unless where follows («زيارة السعودية
      // للعراق»); after the article it is the adjective of who goes («الزيارة السعودية»).
      else if (!verb && lead == end && t.trigger->code.rfind("042", 0) == 0 &&
               !is_definite_word(v_.word(t.match.first)) &&
               (p.mention->kind == "name" || p.mention->kind == "metonym") && (p.place || p.type == "country") &&
               !destination_after(i))
        out[i] = Slot::kComplement;
      // «خلال لقائه نظيره الأمريكي»: a noun with its pronoun takes no genitive; the
      // name right after it is its object («وزيارتي ولي العهد», "the two visits of",
      // is a dual's genitive).
      else if (!verb && lead == end)
        out[i] = p.mention->kind == "nisba"                                  ? Slot::kAdjective
                 : t.enclitic && !v_.word(t.match.first).ends_with("ي") ? Slot::kObject
                                                                             : Slot::kGenitive;
      else if (p.coordinated && i > 0 && out[i - 1] != Slot::kBeyond) out[i] = out[i - 1];  // «X وY»: one slot
      // «ودعت المتمردين إلى …»: an oblique plural after the verb is its object,
      // whose subject is named elsewhere or carried from the clause before.
      // Whose positions or strongholds they are («ضربات لنحو 13 موقعا من معاقل
      // «داعش»») is what is struck, never who strikes.
      // «حيث زار السعودية 13 مرة»: a state or a place right after a verb of visiting is
      // where one goes, not who goes.
      // «التقت … وزير الخارجية الإيراني»: a feminine verb's subject is no man by his title;
      // «وسيلتقي، اليوم، نظيره المصري»: nor is one's counterpart (he is met).
      // «قصفت الطائرات نحو 20 من مواقع X»: some of what a group holds is struck, it never strikes.
      else if (verb && !subject_seen && !(p.type != "person" && is_oblique_plural(v_.word(lead))) &&
               !(p.counted && owns_held_place(p.mention->first_token)) && !genitive_of_glued_act(lead) &&
               !(feminine && masculine_title(p, end)) && !named_as_counterpart(lead, end) &&
               !owns_held_place(lead) && !new_conjunct_between(end, lead) &&
               !(argument_end != kNone && v_.punctuation_between(argument_end - 1, lead)) &&
               !names_the_noun_before(lead) &&
               !(t.trigger->code.rfind("042", 0) == 0 && (p.place || (p.type == "country" && p.mention->kind == "name"))))
        out[i] = receiving ? Slot::kRecipient : Slot::kSubject, subject_seen = true;
      // «وتصنفها واشنطن», «تركيا تقتلنا», «مطالبا إياها»: the object is the verb's own pronoun.
      else if (verb && (t.enclitic || t.pronoun_complement || detached_pronoun)) continue;
      // «طالب المجتمع الدولي بالاضطلاع بمسؤولياته … لحماية الفلسطينيين»: an appeal or
      // a demand to someone no actor names; past what it asks for (after ب or «إلى»),
      // a name is inside the request, not its addressee. So past the named addressee
      // and what it is asked («دعا الشعب اليمني إلى الوقوف … تطبيق قرار مجلس الأمن»).
      else if (verb && asks(t.trigger->code) &&
               ((unnamed_addressee(end) && asked_content_between(end, lead)) ||
                (argument_end != kNone && asked_content_between(argument_end, lead))))
        continue;
      else out[i] = Slot::kObject;
    }
    // «زيارة لوزير الخارجية الفرنسي إلى طهران», «لقاء للمبعوث مع الحوثيين»: after a
    // verbal noun of meeting, the ل-name right after it is its agent when another
    // name follows after إلى, مع or ب (alone, «زيارة للرياض», it is where one goes).
    if (!verb && family(t.trigger->code) == "04")
      for (size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].preposition != "ل" || out[i] != Slot::kComplement || lead_of(ps[i]) > end + 1) continue;
        for (size_t j = i + 1; j < ps.size(); ++j)
          if (out[j] == Slot::kComplement && !ps[j].coordinated &&
              (ps[j].preposition == "الي" || ps[j].preposition == "مع" || ps[j].preposition == "ب")) {
            out[i] = Slot::kAgent;
            break;
          }
        break;
      }
    // «هجوم للمقاومة الشعبية على …», «بقصف لميليشيا الحوثي», «لهجوم من قوات النظام»:
    // right after a verbal noun of attack, a name after ل or من is who attacks
    // (what is struck follows على, or is the genitive: «قصف المدينة»). Not a
    // place («قصف لحلب» is the city struck), nor after a genitive («قصف الطائرات للمواقع»).
    if (!verb && attack(t.trigger->code))
      for (size_t i = 0; i < ps.size(); ++i) {
        uint32_t lead = lead_of(ps[i]);
        if (lead < end) continue;
        bool right_after = lead == end || (v_.word(end) == "من" && lead <= end + 2);  // «من تنظيم داعش»
        bool agent_preposition = ps[i].preposition == "ل" || ps[i].preposition == "من";
        // «محاولة تسلل من فرنسا إلى بريطانيا»: from where to where, not who.
        uint32_t after = ps[i].mention->end_token;
        bool from_to = ps[i].preposition == "من" && after < v_.end() && v_.word(after) == "الي";
        if (right_after && agent_preposition && !ps[i].place && !from_to &&
            (out[i] == Slot::kComplement || out[i] == Slot::kOtherPreposition))
          out[i] = Slot::kAgent;
        break;  // only the first name after the noun
      }
    bool split_subject = std::find(out.begin(), out.end(), Slot::kSubject) != out.end();
    subject_seen |= split_subject;
    // A verb with no subject of its own — joined by و («والتقى على هامشه …»), or a
    // participle after a comma («…، متهما تركيا») — carries the subject of the clause before.
    bool no_subject = !std::any_of(out.begin(), out.end(), [](Slot x) {
      return x == Slot::kSubject || x == Slot::kSubjectBefore || x == Slot::kRecipient || x == Slot::kRelativeHead;
    });
    if (during_it) {
      if (int agent = agent_of_act_before(k); agent >= 0 && out[agent] == Slot::kBeyond) out[agent] = Slot::kCarried;
    } else if (verb && no_subject && !unnamed_subject && !relative_subject && !pronoun_subject &&
               (participle || before_start > v_.first() || subject_before < 0)) {
      if (int carried = carried_subject(k, participle); carried >= 0 && out[carried] == Slot::kBeyond)
        out[carried] = Slot::kCarried;
    }
    // «حمل الحوثيون الأمم المتحدة المسؤولية، واتهموها بالتورط», «انتقد الحكومة،
    // مطالبا إياها بالوفاء»: the object pronoun of a verb joined to the clause before
    // (by و, or as its circumstantial participle) with no object named stands for
    // the actor that clause acts on.
    if (verb && (joined || participle) && no_object_named(out) &&
        (t.enclitic || detached_pronoun))
      if (int antecedent = object_of_trigger_before(k); antecedent >= 0 && out[antecedent] == Slot::kBeyond)
        out[antecedent] = Slot::kObject;
    // So does the pronoun of the verb's own preposition right after it, with no name
    // after it as the verb's subject: «استقبل الوزير نظيره وبحث معه …», «هاتف الرئيس
    // نظيره وقدم له التعازي».
    if (verb && (joined || participle) && no_object_named(out) && !pronoun_after && !pronoun_preposition.empty() &&
        listed(t, std::string(pronoun_preposition)))
      if (int antecedent = object_of_trigger_before(k); antecedent >= 0 && out[antecedent] == Slot::kBeyond)
        out[antecedent] = Slot::kComplement;
    // «اشتباكات بينها وبين الحوثيين»: one side is the pronoun — the clause's own
    // subject, or the one it carries — the other follows «وبين».
    if (uint32_t w = pronoun_pairing(end); w != kNone) {
      // The pronoun's side: a verb's subject; a noun's, the subject of the clause
      // before (not just the noun it hangs on). None known: the sentence is read as it was.
      int own = -1;
      for (size_t i = 0; i < ps.size() && own < 0 && verb; ++i)
        if (out[i] == Slot::kSubject || out[i] == Slot::kSubjectBefore || out[i] == Slot::kCarried)
          own = static_cast<int>(i);
      if (own < 0)
        if (int c = carried_subject(k); c >= 0 && (out[c] == Slot::kBeyond || out[c] == Slot::kGoverningSubject)) own = c;
      for (size_t i = 0, after = 0; own >= 0 && i < ps.size(); ++i) {
        uint32_t lead = lead_of(ps[i]);
        if (lead <= w) continue;
        if ((after == 0 && lead <= w + kPairStartReach) || (after > 0 && ps[i].coordinated)) out[i] = Slot::kPaired, ++after;
        else break;
        if (after == 1) out[own] = Slot::kPaired;
      }
    }
    // «مقتل ثمانية حوثيين في مواجهات مع المقاومة»: the dead a word of dying names
    // before a clash's noun are one of its sides, whom «مع» names right after it the other.
    if (!verb && t.trigger->symmetric && attack(t.trigger->code)) pair_the_dead(t, out);
    // A statement's clause: «قال X إن Y …», «أكد X أن Y …» — the subject of the
    // clause it opens is what the statement is about.
    if (uint32_t comp = after_end; comp < v_.end() && comp <= end + 12 && is_complementizer(v_.word(comp)))
      for (size_t i = 0; i < ps.size(); ++i) {
        uint32_t lead = lead_of(ps[i]);
        if (lead <= comp || lead > comp + 6 || out[i] != Slot::kBeyond || !bare(ps[i])) continue;
        out[i] = Slot::kEmbedded;
        break;
      }
    // The act the object names, and its agent in the relative clause after it:
    // «أدانت X الهجوم الذي شنه Y» — what X condemns is Y's.
    // An indefinite act takes its clause with no relative word: «صدت X هجمات شنها Y».
    // Whom one meets is no act's agent: «التقى X بشأن الغارات التي تشنها Y».
    // A verbal noun's object is read so too: «أعرب عن إدانته الهجوم الذي شنه Y».
    for (size_t i = 0; i < ps.size(); ++i) {
      uint32_t lead = lead_of(ps[i]);
      while (lead > end && text::is_quote_mark(v_.word(lead - 1))) --lead;  // «يرتكبها «داعش»»
      uint32_t n = light_verb_before(v_, lead);
      // «التصريحات التي صدرت عن X»: what was issued from X is X's, as after a light verb.
      static constexpr std::string_view kIssued[] = {"صدر", "صدرت", "صدرا", "صدروا"};
      bool issued = n == 0 && ps[i].preposition == "عن" && lead >= v_.first() + 2 && v_.word(lead - 1) == "عن" &&
                    detail::one_of(v_.word(lead - 2), kIssued);
      if (issued) n = 2;
      if ((!bare(ps[i]) && !issued) || n == 0 || lead < end + 1 + n) continue;
      bool relative = lead - 1 - n == after_end && is_relative_pronoun(v_.word(lead - 1 - n)) &&
                      out[i] == Slot::kBeyond && family(t.trigger->code) != "04" &&
                      object_before_relative(*t.trigger, end, after_end);
      bool indefinite = verb && act_noun_before(lead - n) && (out[i] == Slot::kBeyond || out[i] == Slot::kObject);
      if (!relative && !indefinite) continue;
      out[i] = Slot::kActAgent;
      for (size_t j = i + 1; j < ps.size() && ps[j].coordinated && out[j] == Slot::kBeyond; ++j) out[j] = Slot::kActAgent;
    }
    // «صدت القوات العراقية هجوما لتنظيم داعش»: an attack named as the verb's
    // object, with who attacks after its ل, is that one's act, as it is after a
    // light verb. Not a place («هجوما لحلب» is where it struck); not after «من»
    // (also where from, or some of: «غارات من تركيا», «قتلى من الجنود»).
    // Only with the verb's subject read: the noun after it is then its object
    // («واستهدفت غارات للجيش التركي مواقع»: the strikes are the subject).
    if (verb && subject_seen)
      for (size_t i = 0; i < ps.size(); ++i) {
        const Participant& p = ps[i];
        if (p.place || p.preposition != "ل") continue;
        if (out[i] != Slot::kBeyond && out[i] != Slot::kObject && out[i] != Slot::kComplement &&
            out[i] != Slot::kOtherPreposition)
          continue;
        if (!attack_object_ending_at(lead_of(p), end)) continue;
        out[i] = Slot::kActAgent;
        for (size_t j = i + 1; j < ps.size() && ps[j].coordinated; ++j) out[j] = Slot::kActAgent;
      }
    // «استضافت باكستان مفاوضات بين طالبان والحكومة الأفغانية»: the sides of the
    // meeting a host holds are whom it hosts: the host its subject, the meeting
    // its object (no other object read before).
    if (verb && t.trigger->code.rfind("043", 0) == 0)
      for (size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].preposition != "بين" || ps[i].place || !holds_meeting(end, lead_of(ps[i]))) continue;
        bool host = false, object = false;
        for (size_t j = 0; j < i; ++j) {
          host |= out[j] == Slot::kSubject || out[j] == Slot::kSubjectBefore;
          object |= out[j] == Slot::kObject || out[j] == Slot::kComplement;
        }
        if (!host || object) break;
        for (size_t j = i; j < ps.size() && (j == i || ps[j].coordinated); ++j) out[j] = Slot::kObject;
        break;
      }
    if (received_there(t)) read_reception(k, out);
    // The reporter: the subject of the clause before the «أن» that opens this
    // one — and the subject of this one too when «أنه/بأنها» carries it and no
    // subject follows («اعترف بأنه طلب من بوتفليقة»).
    // Not of «الزيارة», a visit named with the article alone: one tells of one's
    // own as «زيارتي», «زيارته» («يرى النائب أن الزيارة أعطت دفعة»: the visit is another's).
    bool known_visit =
        !verb && t.trigger->code.rfind("042", 0) == 0 && is_definite_word(v_.word(t.match.first)) && !t.enclitic;
    if (int r = reporter(first); r >= 0 && out[r] == Slot::kBeyond && !known_visit)
      out[r] = verb && (pronoun_subject || (!subject_seen && pronoun_complementizer(first))) ? Slot::kReporterSelf
                                                                                            : Slot::kReporter;
    // «ذكرت تقارير أن اسم الرئيس أوباما أطلق على رضع خلال زيارته لنيروبي»: a visit's
    // or meeting's noun whose pronoun is a man's («ه»), with no agent read in its
    // clause, has it in the person named last before it — the pronoun's
    // antecedent — not a guess across the sentence.
    if (possessor && family(t.trigger->code) == "04" && ends_in_his(v_.word(first)) && !agent_read(out))
      for (size_t i = ps.size(); i-- > 0;)
        if (ps[i].mention->end_token <= first && ps[i].type == "person") {
          if (out[i] == Slot::kBeyond) out[i] = Slot::kPossessor;
          break;
        }
    return out;
  }

 private:
  // A slot of the trigger's own agent is read: a subject, possessor, reporter…
  static bool agent_read(const std::vector<Slot>& out) {
    return std::any_of(out.begin(), out.end(), [](Slot s) {
      return s == Slot::kSubject || s == Slot::kSubjectBefore || s == Slot::kCarried || s == Slot::kGoverningSubject ||
             s == Slot::kPossessor || s == Slot::kReporter || s == Slot::kReporterSelf || s == Slot::kRecipient ||
             s == Slot::kAgent || s == Slot::kGenitive || s == Slot::kRelativeHead;
    });
  }

  // The trigger's own target preposition; and «بحق» ("against") for any act of
  // conflict («اعتقالات بحق X», «عقوبات بحق X», «جرائم بحق X»).
  bool listed(const FoundTrigger& t, const std::string& prep) const {
    return t.trigger->takes(prep) || (prep == "بحق" && conflict(t.trigger->code));
  }

  // «وصل X إلى الرياض، وكان في استقباله Y»: Y receives X, as «استقبله Y» says — the
  // first name after the noun (where and when may stand between: «لدى وصوله مطار
  // جدة، Y») is who receives; the one who came is the noun's pronoun, the subject of
  // the clause before, or its genitive right after it («في استقبال سموه», «في
  // استقبال الأمير»).
  void read_reception(size_t k, std::vector<Slot>& out) {
    const FoundTrigger& t = triggers_[k];
    const auto& ps = v_.participants();
    uint32_t end = t.phrase_end;
    int visitor = -1;
    uint32_t from = end;
    if (t.enclitic) {
      visitor = carried_subject(k);
      Slot was = visitor >= 0 ? out[static_cast<size_t>(visitor)] : Slot::kBeyond;
      if (was != Slot::kBeyond && was != Slot::kPossessor && was != Slot::kGoverningSubject) return;
    } else {
      for (size_t i = 0; i < ps.size() && visitor < 0; ++i)
        if (lead_of(ps[i]) == end) visitor = static_cast<int>(i), from = ps[i].mention->end_token;
    }
    if (visitor < 0) return;
    for (size_t i = 0; i < ps.size(); ++i) {
      uint32_t lead = lead_of(ps[i]);
      if (lead < from || ps[i].place || static_cast<int>(i) == visitor) continue;
      if (lead > from + kReceiverReach) return;
      out[i] = Slot::kSubject;
      out[static_cast<size_t>(visitor)] = Slot::kObject;
      return;
    }
  }

  // «وكان في استقباله», «حيث كان في استقبالهم», «وكان في استقبال سموه»: a noun
  // of receiving after «في» and «كان».
  bool received_there(const FoundTrigger& t) const {
    if (verb_like(v_, t) || t.trigger->code.rfind("043", 0) != 0 || t.match.first < v_.first() + 2)
      return false;
    return v_.word(t.match.first - 1) == "في" && is_was(v_.word(t.match.first - 2));
  }

  // «المكالمة الهاتفية التي جرت بين X وY»: right after the trigger (and its
  // adjective), a relative clause that only says the act took place, then «بين».
  bool took_place_between(uint32_t end, uint32_t i) const {
    return i <= end + 1 && i + 2 < v_.end() && is_relative_pronoun(v_.word(i)) &&
           is_taking_place_verb(v_.word(i + 1)) && v_.word(i + 2) == "بين";
  }

  // «ريف حلب الشمالي»: word i is the direction of the place named right before it.
  bool place_adjective(uint32_t i) const {
    std::string_view w = v_.word(i);
    return i > v_.first() && v_.inside_mention(i - 1) && w.substr(0, 4) == "ال" && is_direction(w.substr(4));
  }

  // The name at [lead, end) is named by a word of dying or wounding before it (past
  // a count, «من» and a noun of members) and stands right before «في», «جراء» or «إثر»
  // and the noun of trigger t (past a time and a comma: «من الحوثيين، السبت، في»),
  // or before the noun glued to ب (after «مصرعهم»).
  bool suffered_in(uint32_t lead, uint32_t end, const FoundTrigger& t) const {
    static constexpr std::string_view kIn[] = {"في", "جراء", "اثر", "خلال"};
    uint32_t first = t.match.first, k = end;
    if (k < first && (v_.word(k).starts_with("مصرع") || v_.word(k).starts_with("حتف"))) ++k;
    k = past_others_wounded(k, first);
    while (k + 1 < first && (v_.inside_time(k) || is_clause_punctuation(v_.word(k)))) ++k;
    bool glued_b = t.match.prefix_bytes > 0 && v_.word(first).starts_with("ب");
    if (!(k == first && glued_b) && !(k + 1 == first && detail::one_of(v_.word(k), kIn))) return false;
    constexpr uint32_t kCountReach = 4;  // «قتل 15 من عناصر»
    for (uint32_t i = lead; i-- > v_.first() && lead - i <= kCountReach;) {
      std::string_view w = v_.word(i);
      if (is_suffering_word(w)) return true;
      if (v_.token(i).kind != text::TokenKind::kNumber && w != "من" && !is_member_noun(w) && !is_count_word(w) &&
          !v_.inside_time(i))
        return false;
    }
    return false;
  }

  // «قتل جندي عراقي وأصيب خمسة آخرون في قصف …»: from word k, the others a joined word
  // of wounding counts, no actor named; the word after them, or k when there are none.
  uint32_t past_others_wounded(uint32_t k, uint32_t before) const {
    constexpr uint32_t kCountWords = 2;  // «خمسة», «نحو 20»
    if (k >= before || !v_.word(k).starts_with("و") || !is_suffering_word(text::behind_conjunction(v_.word(k)))) return k;
    auto counts = [&](uint32_t j) {
      return !v_.inside_mention(j) &&
             (v_.token(j).kind == text::TokenKind::kNumber || is_count_word(v_.word(j)) || v_.word(j) == "نحو");
    };
    uint32_t j = k + 1;
    while (j < before && j <= k + kCountWords && counts(j)) ++j;
    if (j < before && (v_.word(j) == "اخرون" || v_.word(j) == "اخرين")) return j + 1;
    return k;
  }

  // The sides of clash t: the dead named before it (with those joined to them by و)
  // and the complement after «مع» right after it (and those joined to it).
  void pair_the_dead(const FoundTrigger& t, std::vector<Slot>& out) const {
    const auto& ps = v_.participants();
    auto chain_end = [&](size_t i) {
      while (i + 1 < ps.size() && ps[i + 1].coordinated) ++i;
      return i;
    };
    size_t dead = ps.size(), with = ps.size();
    for (size_t i = 0; i < ps.size(); ++i) {
      if (ps[i].coordinated) continue;
      size_t last = chain_end(i);
      uint32_t lead = lead_of(ps[i]);
      if (ps[last].mention->end_token <= t.match.first && suffered_in(lead, ps[last].mention->end_token, t)) dead = i;
      if (lead >= t.phrase_end && lead <= t.phrase_end + 1 && ps[i].preposition == "مع" && out[i] == Slot::kComplement)
        with = i;
    }
    if (dead == ps.size() || with == ps.size()) return;
    for (size_t i : {dead, with})
      for (size_t j = i; j <= chain_end(i); ++j) out[j] = Slot::kPaired;
  }

  // A pairing verb with no pronoun of its own («ضم», «جمعت»; not «جمعه»: one side
  // is the pronoun's, the other after ب) nor «بين».
  static bool brings_together(std::string_view w) {
    return is_pairing_word(w) && w != "بين" && !ends_in_pronoun(w);
  }

  // «اشتباكات عنيفة بين X وY», «لقاء جمع X وY»: the pairing word follows the
  // trigger closely, with no other act between. Its position, or kNone.
  // After a definite trigger an indefinite word is no adjective of it: «وجرى خلال
  // الاستقبال استعراض العلاقات بين X وY» pairs X and Y in the relations, not the reception.
  // `wide`: a noun of a clash, whose sides may follow where and when it was
  // («اشتباكات عنيفة في مناطق المعلا والتواهي بين القوات الموالية …», «أول
  // اشتباك من نوعه، بين جنود أتراك وعناصر من داعش»), in its clause.
  uint32_t pairing_word(uint32_t from, uint32_t lead, bool definite, bool wide) const {
    uint32_t reach = wide ? kClashPairingReach : kPairingReach;
    bool took_place = false, placed = false;
    for (uint32_t i = from; i < lead && i < from + reach; ++i) {
      std::string_view w = v_.word(i);
      // «لقاء الدوحة الأخير الذي ضم X وY», «الاجتماع الذي جمع X بـY»: a relative clause
      // on the act's noun whose verb brings the sides together.
      if (is_relative_pronoun(w) && i + 1 < lead && brings_together(v_.word(i + 1))) return i + 1;
      // Past the narrow reach, «بين» follows a place, a time or a comma — not a
      // noun whose sides it names («على الحدود بين», «التوتر بين»).
      if (is_pairing_word(w))
        return took_place || i < from + kPairingReach || is_clause_punctuation(v_.word(i - 1)) ||
                       v_.inside_mention(i - 1) || v_.other_words_between(i - 2, i) == 0 || place_adjective(i - 1)
                   ? i
                   : kNone;
      if (took_place_between(from, i)) {
        ++i, reach += 2, took_place = true;
        continue;
      }
      // «وتجددت الاشتباكات أمس بين X وY»: a time stands between; so does the noun's
      // preposition with its pronoun («اتفاق جرى التفاوض عليه خلال عامين بين X وY»).
      if (v_.inside_time(i) || (i == from && !text::preposition_before_pronoun(w).empty())) {
        ++reach;
        continue;
      }
      if (wide) {
        // A comma only before «بين» or around a time («في ريف إدلب، مساء أمس، بين»).
        bool comma = (w == "،" || w == ",") && i + 1 < lead &&
                     (is_pairing_word(v_.word(i + 1)) || (!v_.inside_mention(i + 1) && v_.other_words_between(i, i + 2) == 0));
        if ((is_clause_punctuation(w) && !comma) || is_complementizer(w) || is_relative_pronoun(w)) return kNone;
        // Not a preposition nor the place after it («المعارك الضارية في ريف حلب بين»).
        placed |= is_preposition(w);
        if (i < from + kPairingReach && definite && !is_definite_word(w) && !placed) return kNone;
      } else if (definite && !is_definite_word(w)) {
        return kNone;
      }
      for (const FoundTrigger& t : triggers_)
        if (t.match.first == i) return kNone;
    }
    return kNone;
  }

  // The verb ending at `end` is addressed to a definite noun no actor names, right
  // after it or after its named or honorific subject («دعا أوباما الحاضرين»).
  bool unnamed_addressee(uint32_t end) const {
    uint32_t j = end;
    while (j < v_.end() && v_.inside_mention(j)) ++j;
    if (j < v_.end() && j == end && actors::honorific_pronoun(v_.word(j)) != actors::Honorific::kNone) ++j;
    return j < v_.end() && !v_.inside_mention(j) && v_.token(j).kind == text::TokenKind::kWord &&
           v_.word(j).substr(0, 4) == "ال" && !is_preposition(v_.word(j)) && !is_relative_pronoun(v_.word(j)) &&
           v_.other_words_between(j - 1, j + 1) == 1;
  }

  // What a verb asks for stands between it and a name: a noun glued to ب, or «إلى».
  bool asked_content_between(uint32_t end, uint32_t lead) const {
    for (uint32_t i = end; i < lead; ++i) {
      if (v_.inside_mention(i)) continue;
      std::string_view w = text::behind_conjunction(v_.word(i));
      if (w == "الي" || (w.size() > 6 && is_glued_to_b(w))) return true;
    }
    return false;
  }

  // The participant after i, right after its name, is where one goes («… للعراق», «… إلى العراق»).
  bool destination_after(size_t i) const {
    const auto& ps = v_.participants();
    if (i + 1 >= ps.size()) return false;
    const Participant& next = ps[i + 1];
    return lead_of(next) == ps[i].mention->end_token && (next.preposition == "ل" || next.preposition == "الي");
  }

  // «بتهمة» or «بتهم» in [end, lead): what follows is the charge.
  bool charge_between(uint32_t end, uint32_t lead) const {
    for (uint32_t i = end; i < lead; ++i)
      if (!v_.inside_mention(i) && (v_.word(i) == "بتهمه" || v_.word(i) == "بتهم")) return true;
    return false;
  }

  // A word of topic («حول», «بشأن», «حيال», «سبل») in [end, lead), outside any name —
  // not one the trigger takes its target with («قلقه إزاء X»).
  bool topic_between(const Trigger& t, uint32_t end, uint32_t lead) const {
    for (uint32_t i = end; i < lead; ++i) {
      std::string_view w = text::behind_conjunction(v_.word(i));
      if (!v_.inside_mention(i) && is_topic_word(w) && !t.takes(w)) return true;
    }
    return false;
  }

  // «بينها وبين» a few words after the trigger ending at `end`: the position of «وبين», or kNone.
  uint32_t pronoun_pairing(uint32_t end) const {
    for (uint32_t i = end; i + 1 < v_.end() && i < end + kPairingReach; ++i)
      if (is_pronoun_pairing(v_.word(i)) && v_.word(i + 1) == "وبين") return i + 1;
    return kNone;
  }

  // The sides after the pairing word at `w`: the first right after it («بين قوات
  // النظام»), then each joined by و to a side before it («وحزب الله», «، والفصائل
  // من جهة أخرى») or backing it («المدعومة بقوات صالح»).
  bool pair_member(size_t i, uint32_t w, const std::vector<Slot>& out) const {
    const Participant& p = v_.participants()[i];
    bool chain = std::any_of(out.begin(), out.begin() + i, [](Slot s) { return s == Slot::kPaired; });
    if (!chain) return lead_of(p) <= w + kPairStartReach;
    // و on the name, on its head noun («ومقاتلي المقاومة»), or alone before it.
    uint32_t lead = lead_of(p);
    bool joined = p.coordinated || p.mention->proclitics.substr(0, 2) == "و" || v_.word(lead).substr(0, 2) == "و" ||
                  (lead > v_.first() && !v_.inside_mention(lead - 1) && v_.word(lead - 1).substr(0, 2) == "و");
    // …to a side: the participant before, or the phrase it closes («بفلول الرئيس المخلوع علي عبدالله صالح»).
    size_t k = i - 1;
    while (k > 0 && lead_of(v_.participants()[k]) == v_.participants()[k - 1].mention->end_token) --k;
    // Past a comma the list goes on right after it («، والفصائل») or after a side's
    // mark («X، من جهة، وY»), not in a clause of its own («…ونظيرهم الأمريكي، وترأس
    // وفد المملكة الجبير»).
    bool comma = false, side_mark = false;
    for (uint32_t j = v_.participants()[i - 1].mention->end_token; j < lead; ++j) {
      comma |= is_clause_punctuation(v_.word(j)) && j + 2 < lead;  // not right before the side or its head noun
      side_mark |= is_side_mark(v_.word(j));
    }
    if (comma && !side_mark) return false;
    return (joined || p.backs) && out[k] == Slot::kPaired;
  }

  // A role phrase set off by a comma right after another participant is its
  // apposition («محمد عبد السلام، الناطق باسم المتمردين»), not a participant of its own.
  // A role phrase right after a name, or after a comma, describes it («الأمير
  // محمد بن سلمان ولي ولي العهد»، «محمد عبد السلام، الناطق باسم المتمردين»).
  bool apposition(size_t i) const {
    const auto& ps = v_.participants();
    // «قائد القوة البرية الإيرانية العميد أحمد رضا بوردستان»: a role phrase (or its
    // adjective) that found no holder, then the person who holds it — the person is
    // the participant.
    if (i + 1 < ps.size() && lead_of(ps[i + 1]) == ps[i].mention->end_token && bare(ps[i + 1]) &&
        ps[i + 1].type == "person" && in_role_phrase(ps[i]))
      return true;
    if (i == 0) return false;
    const Participant& p = v_.participants()[i];
    if (!bare(v_.participants()[i - 1])) return false;
    const actors::Mention& before = *v_.participants()[i - 1].mention;
    uint32_t lead = lead_of(p);
    bool adjacent = lead == before.end_token && !p.coordinated;  // «X ووزير الدفاع»: another one
    bool after_comma = lead == before.end_token + 1 && is_clause_punctuation(v_.word(before.end_token));
    if (!adjacent && !after_comma) return false;
    const std::string& kind = p.mention->kind;
    // «استقبل الرئيس السيسي وزير الخارجية الأمريكي»: a title right after a
    // person that the document's date gives to someone else names the object.
    if (kind == "title" && adjacent && v_.participants()[i - 1].type == "person" && before.actor != p.mention->actor)
      return false;
    // «شكر خادم الحرمين الشريفين الرئيس الصربي»: nor is the role phrase of another
    // state than the person's, right after them.
    const std::string& state = v_.participants()[i - 1].state;
    if (kind == "role" && adjacent && v_.participants()[i - 1].type == "person" && !state.empty() && p.of_a_state &&
        state != p.mention->actor)
      return false;
    return kind == "role" || kind == "title" || kind == "description" || (after_comma && kind == "short");
  }

  // The participant is a role phrase or stands in one («قائد القوة البرية الإيرانية»).
  bool in_role_phrase(const Participant& p) const {
    const std::string& kind = p.mention->kind;
    if (kind != "role" && kind != "nisba" && kind != "institution") return false;
    uint32_t lead = lead_of(p);
    for (uint32_t i = lead + 1; i-- > v_.first() && lead - i <= 3;) {
      if (i < lead && v_.inside_mention(i)) return false;
      if (is_role_head(v_.word(i))) return true;
    }
    return false;
  }

  bool circumstantial(const FoundTrigger& t) const { return circumstantial_participle(v_, t); }
  bool circumstantial_at(uint32_t i, size_t prefix_bytes) const { return circumstantial_participle_at(v_, i, prefix_bytes); }

  // The words from a trigger's end to the relative pronoun at `relative` are its
  // object, the subject between at most («أدان الوزير الهجوم الذي», «التعليق على
  // الغارة التي»): not a noun after another preposition or a topic word
  // («بتصريحات X حيال الغارات التي»).
  bool object_before_relative(const Trigger& t, uint32_t end, uint32_t relative) const {
    for (uint32_t i = end; i < relative; ++i) {
      if (v_.inside_mention(i) || text::is_quote_mark(v_.word(i))) continue;
      std::string_view w = text::behind_conjunction(v_.word(i));
      if ((is_preposition(w) && !t.takes(w)) || is_topic_word(w) || is_clause_punctuation(w))
        return false;
    }
    return true;
  }

  // A verb in the past of the third person feminine singular: «التقت», «استقبلت»
  // (the lexicon has the form without its ت: «التقى», «استقبل»).
  bool feminine_past(const FoundTrigger& t) const {
    if (!verb_like(v_, t) || t.enclitic) return false;
    std::string_view w = v_.word(t.match.first).substr(t.match.prefix_bytes);
    if (w.size() < 6 || w.substr(w.size() - 2) != "ت") return false;
    const auto& forms = TriggerLexicon::builtin().single_words();
    std::string stem(w.substr(0, w.size() - 2));
    return forms.count(stem) || forms.count(stem + "ي");
  }

  // A person named by a man's title, in the name or a few words before it
  // («وزير الخارجية الإيراني علي أكبر صالحي», «الرئيس»; not «الوزيرة»).
  bool masculine_title(const Participant& p, uint32_t from) const {
    if (p.type != "person") return false;
    uint32_t lead = std::min(p.mention->first_token, lead_of(p));
    for (uint32_t i = lead + 1; i-- > from && lead - i <= 4;) {
      std::string_view w = v_.word(i);
      if (!is_role_head(w)) w = text::behind_conjunction(w);  // «ووزير», not «وزير» read as و + زير
      if (is_role_head(w)) return w.substr(w.size() - 2) != "ه";
      if (i < lead && (is_clause_punctuation(w) || v_.token(i).kind != text::TokenKind::kWord)) return false;
    }
    return false;
  }

  // «نظيره المصري سامح شكري»: a participant named as one's counterpart (the word
  // at its lead or a few words before it, after `from`) is the other side.
  bool named_as_counterpart(uint32_t lead, uint32_t from) const {
    constexpr uint32_t kReach = 3;
    for (uint32_t i = lead + 1; i-- > from && lead - i <= kReach;) {
      std::string_view w = text::behind_conjunction(v_.word(i));
      if (is_counterpart_word(w)) return true;
      if (is_clause_punctuation(w) || (i < lead && !v_.inside_mention(i))) return false;
    }
    return false;
  }

  // A trigger noun ends right before `at` («هجمات» in «هجمات شنتها»).
  bool act_noun_before(uint32_t at) const {
    return std::any_of(triggers_.begin(), triggers_.end(),
                       [&](const FoundTrigger& t) { return !verb_like(v_, t) && t.phrase_end == at; });
  }

  // A noun of attack ends right before `at`, after token `from` (the verb's end)
  // in the same clause, as that verb's object: no preposition governs it («صدت X
  // هجوما», not «قتل جنود في هجوم»), no comma, «أن» or other act stands between.
  bool attack_object_ending_at(uint32_t at, uint32_t from) const {
    return std::any_of(triggers_.begin(), triggers_.end(), [&](const FoundTrigger& t) {
      if (verb_like(v_, t) || !attack(t.trigger->code) || t.phrase_end != at || t.match.first < from) return false;
      if (v_.punctuation_between(from - 1, t.match.first) || v_.complementizer_between(from - 1, t.match.first) ||
          v_.relative_between(from - 1, t.match.first))
        return false;
      for (const FoundTrigger& o : triggers_)
        if (o.match.first >= from && o.match.first < t.match.first) return false;
      std::string_view prefix = v_.word(t.match.first).substr(0, t.match.prefix_bytes);
      if (prefix.ends_with("ال")) prefix.remove_suffix(4);
      for (std::string_view p : {"ب", "ل", "ك"})
        if (prefix.find(p) != std::string_view::npos) return false;  // «بهجوم», «لهجوم»
      if (t.match.first == v_.first()) return true;
      std::string_view before = v_.word(t.match.first - 1);  // «في» is no «ف» + «ي»
      // Nor counted («ثلاثة قتلى للجيش»: the dead are its, not its act).
      return !is_preposition(before) && !is_preposition(text::behind_conjunction(before)) &&
             !is_count_word(before) && v_.token(t.match.first - 1).kind != text::TokenKind::kNumber;
    });
  }

  // A noun of meeting (04) stands as the object of the verb that ends at `from`,
  // and `at` (after «بين») is a few words past it: «استضافت X المحادثات المباشرة بين»,
  // «احتضنت X «مباحثات غير رسمية» بين». No comma, «أن», relative or other act between.
  bool holds_meeting(uint32_t from, uint32_t at) const {
    constexpr uint32_t kReach = 4;  // the meeting's adjectives and «من» («الجولة الأولى من المحادثات»)
    return std::any_of(triggers_.begin(), triggers_.end(), [&](const FoundTrigger& t) {
      if (verb_like(v_, t) || family(t.trigger->code) != "04" || t.match.first < from || t.phrase_end > at ||
          at - t.phrase_end > kReach)
        return false;
      if (v_.punctuation_between(from - 1, at) || v_.complementizer_between(from - 1, at) ||
          v_.relative_between(from - 1, at))
        return false;
      for (const FoundTrigger& o : triggers_)
        if (o.match.first >= from && o.match.first < t.match.first) return false;
      return true;
    });
  }

  // «استقبل في برنامجه ثلاثة رؤساء هم كارتر وكلينتون وأوباما»: after «هم» the
  // names are those the noun before counts, the verb's object, not its subject.
  bool names_the_noun_before(uint32_t lead) const {
    if (lead < v_.first() + 2) return false;
    std::string_view w = text::behind_conjunction(v_.word(lead - 1));
    return (w == "هم" || w == "هما") && v_.token(lead - 2).kind == text::TokenKind::kWord;
  }

  // The nisba at `lead` describes a verbal noun that is trigger k's object.
  bool names_complement_act(size_t k, uint32_t lead) const {
    for (size_t j = k + 1; j < triggers_.size() && triggers_[j].match.first < lead; ++j)
      if (triggers_[j].complement && triggers_[j].phrase_end == lead) return true;
    return false;
  }

  // A relative clause set off by commas after a participant («اتهمت الوحدات
  // الكردية، التي تقاتل داعش، تركيا»), or a place in apposition («صدت المقاومة
  // في مأرب، شرق اليمن، هجمات»): an aside, the clause goes on after it.
  // The end of the aside that opens at `i`, or `i` when none does.
  uint32_t aside_end(uint32_t i) const {
    if (i == v_.first() || !is_clause_punctuation(v_.word(i - 1))) return i;
    if (!is_relative_pronoun(v_.word(i)) && !is_direction(v_.word(i)) && !is_relation_noun(v_.word(i))) return i;
    uint32_t end = i, part = i;  // part: where the aside's last stretch between commas opens
    for (uint32_t j = i + 1; j < v_.end() && j < part + kAsideReach; ++j) {
      std::string_view w = v_.word(j);
      if (w == "،" || w == ",") {
        end = j + 1;
        // «، التي تقاتل داعش، وتعتبرها واشنطن شريكا، تركيا»: a relative clause goes
        // on past its comma with a verb joined by و whose pronoun is the head's.
        if (!is_relative_pronoun(v_.word(i)) || j + 1 >= v_.end() || !continues_relative(v_.word(j + 1))) break;
        part = j;
        continue;
      }
      if (is_clause_punctuation(w)) break;
    }
    return end;
  }

  // A word that carries a relative clause on after its comma: و + a verb with the
  // head's pronoun («وتعتبرها», «ويدعمه»), not a name nor a noun with the article.
  bool continues_relative(std::string_view w) const {
    if (w.size() < 8 || w.substr(0, 2) != "و") return false;
    std::string_view rest = w.substr(2);
    bool present = rest.substr(0, 2) == "ت" || rest.substr(0, 2) == "ي";
    return present && ends_in_pronoun(rest) && rest.substr(0, 4) != "ال";
  }

  // «يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء»: a relative clause
  // on the subject right after its verb, closed by a comma that a name follows
  // (the verb's object); so is a clause of what the subject is («وحمل المومني
  // وهو أيضا الناطق باسم الحكومة الأردنية، حكومة إسرائيل»). The word after that
  // comma, or `rel` when there is none.
  uint32_t relative_on_subject(uint32_t rel) const {
    if (rel <= v_.first()) return rel;
    std::string_view opener = v_.word(rel);
    if (!is_relative_pronoun(opener) && opener != "وهو" && opener != "وهي") return rel;
    const Participant* subject = nullptr;
    for (const Participant& p : v_.participants())
      if (p.mention->end_token == rel && bare(p)) subject = &p;
    if (!subject) return rel;
    bool after_verb = std::any_of(triggers_.begin(), triggers_.end(), [&](const FoundTrigger& t) {
      return verb_like(v_, t) && t.phrase_end <= subject->lead && v_.other_words_between(t.phrase_end - 1, subject->lead) == 0;
    });
    if (!after_verb) return rel;
    for (uint32_t j = rel + 1; j < v_.end() && j < rel + kAsideReach; ++j) {
      std::string_view w = v_.word(j);
      if (w == "،" || w == ",") {
        const Participant* next = v_.participant_at(j + 1);
        return next && bare(*next) ? j + 1 : rel;
      }
      if (is_clause_punctuation(w)) break;
    }
    return rel;
  }

  // The participant at `lead` stands in an aside after `from` (a verb's trigger
  // end when `verb`: then also in a relative clause on its subject).
  bool aside(uint32_t from, uint32_t lead, bool verb) const {
    for (uint32_t i = from; i <= lead; ++i) {  // the aside may open with the participant («، شمال سوريا،»)
      uint32_t e = aside_end(i);
      if (e == i && verb) e = relative_on_subject(i);
      if (e != i) {
        if (lead < e) return true;
        i = e - 1;
      }
    }
    return false;
  }

  // Where the arguments after trigger k stop: the next predicate (a verb
  // trigger that is not its object) or the next clause; asides are skipped.
  uint32_t extent_after(size_t k) const {
    uint32_t end = triggers_[k].phrase_end;
    bool verb = verb_like(v_, triggers_[k]);
    uint32_t stop = v_.end();
    // In a relative clause on a verb's subject, the comma that closes it ends
    // the clause: the name after it is that verb's object.
    uint32_t first = triggers_[k].match.first;
    if (first > v_.first())
      if (uint32_t e = relative_on_subject(first - 1); e != first - 1) stop = e - 1;
    // «وعندما اجتمع العبادي بمجلس المحافظة، جلس الفياض صامتا»: a clause of time
    // ends at a comma after which a lone word and a name open the main clause
    // (not at the commas of an apposition: «عندما هدد الرئيس السابق، محمود أحمدي
    // نجاد، المحافظ، عام 2010 بمقاطعة المنتجات الأميركية»).
    bool of_time = first > v_.first() && is_time_conjunction(text::behind_conjunction(v_.word(first - 1)));
    for (uint32_t i = end; i < stop; ++i) {
      if (of_time && v_.word(i) == "،" && opens_main_clause(i + 1)) return i;
      if (uint32_t e = aside_end(i); e != i) {
        i = e - 1;
        continue;
      }
      if (uint32_t e = verb ? relative_on_subject(i) : i; e != i) {
        i = e - 1;
        continue;
      }
      if (took_place_between(end, i)) {
        ++i;
        continue;
      }
      // A later predicate: a verb, or for a verbal noun one glued to the ل of
      // purpose («في زيارة رسمية للاجتماع بالرئيس»: the president is the
      // meeting's). A journey's verb keeps it: «وصل X للقاء حفتر» visits Haftar.
      // (A verb no event of its own still is one: «وفي ختام اللقاء، طلب الرئيس نقل تحياته».)
      for (const FoundTrigger& t : triggers_)
        if (t.match.first == i && &t > &triggers_[k] && (verb_like(v_, t) || (!verb && purpose(t))) &&
            (!t.complement || t.trigger->kind == TriggerKind::kVerb))
          return i;
      // «الغارات التي نفذتها تركيا»: the relative clause that names a verbal
      // noun's agent is still the noun's; it goes on to its object.
      if (!verb && i == end && is_relative_pronoun(v_.word(i)) && i + 1 < stop) {
        if (uint32_t n = light_verb_at(v_, i + 1); n > 0) {
          i += n;
          continue;
        }
      }
      // «لقاء الدوحة الأخير الذي ضم X وY»: so is the one whose verb brings its sides together.
      if (!verb && i < end + kPairingReach && is_relative_pronoun(v_.word(i)) && i + 1 < stop &&
          brings_together(v_.word(i + 1))) {
        ++i;
        continue;
      }
      if (opens_clause(v_.word(i))) return i;
      // «ندد كارتر أمام الكونغرس بأنشطة إيران في محاولة لاسترضاء أعضاء الكونغرس»: a purpose
      // (not «صدت محاولة التفاف نفذتها الميليشيات»: the attempt is what is repelled).
      if (i + 1 < stop && v_.word(i) == "في" && v_.word(i + 1) == "محاوله") return i;
      // «اختطف داعش 220 من أبناء القريتين، بحسب ناشطين …، أفادوا بنزوح … إلى حمص ودمشق»:
      // an attribution after a comma closes the clause (not one within it: «وثمن هادي
      // وفقا لوكالة الأنباء اليمنية مواقف الصين»).
      if (i > end && is_clause_punctuation(v_.word(i - 1)) && opens_attribution(v_.word(i))) return i;
      if (i > end && verb_after_comma(i)) return i;
      // «رفض مكتب الرئيس التعليق وكذلك فعلت الشركة»: who did the same is no side of the act.
      if (i + 1 < stop && is_did_likewise(v_.word(i), v_.word(i + 1))) return i;
      // «زيارة بحاح إلى عدن تمثل صفعة لميليشيات الحوثي»: what the noun's act amounts to.
      if (!verb && is_predicate_verb(v_.word(i))) return i;
      // «زار العبادي قاعدة عسكرية، كان خلفه الفياض», «… وكانت قوات …»: «كان» after
      // a comma, or glued to و, opens the next clause («X كان قد التقى» is X's own).
      std::string_view w = v_.word(i);
      if (w == "وكان" || w == "وكانت" ||
          ((w == "كان" || w == "كانت") && i > v_.first() && is_clause_punctuation(v_.word(i - 1))))
        return i;
      // «أنه توصل إلى اتفاق مع لافروف قد يحمل الأمم المتحدة على …»: «قد» opens a predicate of its own.
      if (i > end && (w == "قد" || w == "وقد" || w == "لقد")) return i;
      // «استقبل الملك وزراء الصحة، وهنأ حاكم نيوزيلندا»: «وهنأ» (congratulated) reads
      // as «وهنا» once normalized, and "and here" after a comma opens a clause as well.
      if (i > v_.first() && is_clause_punctuation(v_.word(i - 1)) && w == "وهنا") return i;
      // «…، لم تكن إيران البند الوحيد»: a negation after a comma opens the next clause.
      if (i > v_.first() && is_clause_punctuation(v_.word(i - 1)) && is_negation(text::behind_conjunction(w))) return i;
    }
    return stop;
  }

  // Word i is a lone word (no name, time or particle) with a name right after it.
  bool opens_main_clause(uint32_t i) const {
    if (i + 1 >= v_.end() || v_.token(i).kind != text::TokenKind::kWord || v_.inside_mention(i) || v_.inside_time(i) ||
        is_preposition(v_.word(i)) || is_complementizer(v_.word(i)))
      return false;
    const Participant* next = v_.participant_at(i + 1);
    return next != nullptr && next->lead == i + 1;
  }

  // «أفرج عنها الاتحاد الأوروبي، سلمت اليونان دفعتين»: past a comma, a lone word
  // that is none of the clause's (no name, time, particle or conjunction), shaped
  // as a perfect verb of «ت» (not a plural of «ات»), with a side right after it
  // is the next clause's verb, the side its subject. A noun in construct there
  // («، دور خادم الحرمين», «، أمير المنطقة الشرقية») keeps the clause going.
  bool verb_after_comma(uint32_t i) const {
    if (!is_clause_punctuation(v_.word(i - 1)) || i + 1 >= v_.end()) return false;
    const Participant* next = v_.participant_at(i + 1);
    if (next == nullptr || next->lead != i + 1 || v_.participant_covering(i) != nullptr || v_.inside_mention(i) ||
        v_.inside_time(i))
      return false;
    std::string_view w = v_.word(i);
    return !w.starts_with("و") && !w.starts_with("ف") && !w.starts_with("ال") && w.ends_with("ت") && !w.ends_with("ات") &&
           !is_preposition(w) && !governs_a_noun(w);
  }

  bool purpose(const FoundTrigger& t) const {
    return t.match.prefix_bytes >= 2 && v_.word(t.match.first).substr(0, 2) == "ل";
  }

  // Where the arguments before trigger k start: after the previous clause
  // opener or the previous verb trigger.
  uint32_t extent_before(size_t k) const {
    const FoundTrigger& t = triggers_[k];
    uint32_t first = t.match.first;
    uint32_t start = v_.first();
    // «اتفق X وY خلال اتصال هاتفي»: a noun of the act in the course of which the
    // clause's act happened reaches back to that clause's subject, past its verb.
    // Not with a pronoun («خلال زيارته»: whose visit, the possessor says).
    bool during = !verb_like(v_, t) && !t.enclitic && t.match.prefix_bytes == 0 && first > v_.first() &&
                  is_during_word(v_.word(first - 1));
    for (size_t j = 0; j < k; ++j)
      if (verb_like(v_, triggers_[j]) && triggers_[j].phrase_end <= first) {
        if (during && triggers_[j].phrase_end + kDuringReach >= first) {
          start = std::max(start, j > 0 ? extent_before(j) : v_.first());
          break;
        }
        start = std::max(start, triggers_[j].phrase_end);
      }
    // «وقال رامي عبد الرحمن "خطفت جبهة النصرة …"»: a quotation opening right
    // before the verb is a clause of its own; the speaker is no subject of it
    // (after «إن» the subject before the quote is the quoted verb's: «إن كيري
    // ولافروف «سيناقشان …»»).
    uint32_t before_start = start == v_.first() ? start : start - 1;
    if (first > start && opening_quote_at(first - 1) && !v_.complementizer_between(before_start, first - 1)) return first;
    for (uint32_t i = first; i > start; --i)
      if (opens_clause(v_.word(i - 1))) return i;
    return start;
  }

  // Token i opens a quotation: «“» or «« », or a straight quote after an even
  // number of them in the sentence.
  bool opening_quote_at(uint32_t i) const {
    std::string_view w = v_.word(i);
    if (w == "«" || w == "“") return true;
    if (w != "\"") return false;
    size_t before = 0;
    for (uint32_t j = v_.first(); j < i; ++j) before += v_.word(j) == "\"";
    return before % 2 == 0;
  }

  // The subject of the nearest verb trigger before k (its subject after it, or
  // before it); with none, the first bare participant of the sentence, the
  // subject of a main verb the lexicon does not list («أكدت الخارجية …، مطالبة»).
  // `main`: a circumstantial participle's, the subject of the clause it hangs on,
  // past the verbs of clauses inside it («أعلن عباس أنه ينوي … في حريق أضرمه
  // مستوطنون …، واصفا»: «أنه ينوي», and «أضرمه» of an indefinite noun, are inside).
  int carried_subject(size_t k, bool main = false) {
    for (size_t j = k; j-- > 0;) {
      if (!verb_like(v_, triggers_[j])) continue;
      const FoundTrigger& t = triggers_[j];
      if (main && (v_.subordinate_clause(t.match.first) || (t.enclitic && t.match.prefix_bytes == 0))) continue;
      const std::vector<Slot>& s = slots(j);
      for (size_t i = 0; i < s.size(); ++i)
        if (s[i] == Slot::kSubject || s[i] == Slot::kSubjectBefore || s[i] == Slot::kCarried) return static_cast<int>(i);
      return -1;
    }
    const auto& ps = v_.participants();
    for (size_t i = 0; i < ps.size() && ps[i].mention->end_token <= triggers_[k].match.first; ++i)
      if (bare(ps[i]) && v_.clause_start(lead_of(ps[i])) == v_.first() && !in_adverbial(lead_of(ps[i])))
        return static_cast<int>(i);
    return -1;
  }

  // The actor the nearest trigger before k acts on: its object, genitive or
  // complement (the first such in its clause), or -1.
  int object_of_trigger_before(size_t k) {
    for (size_t j = k; j-- > 0;) {
      const std::vector<Slot>& s = slots(j);
      for (Slot want : {Slot::kObject, Slot::kGenitive, Slot::kComplement})
        for (size_t i = 0; i < s.size(); ++i)
          if (s[i] == want && v_.participants()[i].mention->end_token <= triggers_[k].match.first)
            return static_cast<int>(i);
      if (verb_like(v_, triggers_[j])) return -1;  // the clause before acts on no actor
    }
    return -1;
  }

  // Participant i is the subject of a relative clause («الذي تقوده X»): the
  // participant that clause hangs on, right before its pronoun, or -1.
  int head_of_relative_subject(int i) const {
    const auto& ps = v_.participants();
    uint32_t lead = lead_of(ps[i]);
    if (lead < v_.first() + 3 || !is_relative_pronoun(v_.word(lead - 2)) || v_.inside_mention(lead - 1)) return -1;
    for (int j = i - 1; j >= 0; --j)
      if (ps[j].mention->end_token == lead - 2) return bare(ps[j]) ? j : -1;
    return -1;
  }

  // Another trigger starts in [from, to).
  bool trigger_between(uint32_t from, uint32_t to) const {
    return std::any_of(triggers_.begin(), triggers_.end(),
                       [&](const FoundTrigger& o) { return o.match.first >= from && o.match.first < to; });
  }

  // Participant i is what the trigger right before k acts on, in its own clause
  // (no comma between): its object or complement, or its genitive when it has an
  // agent besides («بدأ كيري نهاره بلقاء أمير قطر»; alone, «زيارة كارتر», the
  // genitive is who acts).
  bool acted_on_by_trigger_before(size_t k, size_t i) {
    if (k == 0) return false;
    const std::vector<Slot>& s = slots(k - 1);
    if (v_.punctuation_between(triggers_[k - 1].phrase_end - 1, lead_of(v_.participants()[i]))) return false;
    // «قتل 9 من الحوثيين في هجوم للمقاومة»: those a word of dying names are not
    // another act's but what the attack after them struck.
    if (is_suffering_word(text::behind_conjunction(v_.word(triggers_[k - 1].match.first))) &&
        attack(triggers_[k].trigger->code) && !triggers_[k].trigger->symmetric)
      return false;
    if (s[i] == Slot::kObject || s[i] == Slot::kComplement) return true;
    return s[i] == Slot::kGenitive && std::any_of(s.begin(), s.end(), [](Slot x) {
             return x == Slot::kGoverningSubject || x == Slot::kPossessor || x == Slot::kAgent;
           });
  }

  // Participant p stands in an aside in brackets, after its words and closed right
  // after it («(وسط اليمن)»; not a name bracketed alone: «يعرف باسم (جيش الفتح)»).
  bool in_brackets(const Participant& p) const {
    constexpr uint32_t kReach = 3;  // the aside's words before the name
    uint32_t end = p.mention->end_token, lead = lead_of(p);
    if (end >= v_.end() || v_.word(end) != ")" || lead == v_.first() || v_.word(lead - 1) == "(") return false;
    for (uint32_t k = lead; k-- > v_.first() && k + kReach >= lead;) {
      if (v_.word(k) == "(") return true;
      if (v_.word(k) == ")") return false;
    }
    return false;
  }

  static bool no_object_named(const std::vector<Slot>& out) {
    return std::none_of(out.begin(), out.end(), [](Slot x) { return x == Slot::kObject || x == Slot::kComplement; });
  }

  // Participant i is the object of the verb-like trigger right before trigger k.
  bool object_of_verb_before(size_t k, int i) {
    if (k == 0 || !verb_like(v_, triggers_[k - 1])) return false;
    return slots(k - 1)[static_cast<size_t>(i)] == Slot::kObject;
  }

  // «رحب فيها بالحل السياسي، وتصريح المبعوث …»: a comma and a word glued to و
  // between a verb and a name open a new conjunct; the name is not its subject.
  bool new_conjunct_between(uint32_t from, uint32_t lead) const {
    for (uint32_t i = from; i + 1 < lead; ++i)
      if (is_clause_punctuation(v_.word(i)) && v_.word(i + 1).size() > 2 && v_.word(i + 1).substr(0, 2) == "و")
        return true;
    return false;
  }

  // The agent of the trigger just before trigger k, verb or verbal noun: the
  // participant its clause makes its subject, governing subject or agent.
  int agent_of_act_before(size_t k) {
    if (k == 0) return -1;
    const std::vector<Slot>& s = slots(k - 1);
    for (Slot want : {Slot::kSubject, Slot::kSubjectBefore, Slot::kAgent, Slot::kGoverningSubject, Slot::kCarried})
      for (size_t i = 0; i < s.size(); ++i)
        if (s[i] == want) return static_cast<int>(i);
    return -1;
  }

  // The name at `lead` is the genitive of an act's noun glued to ب or ل right
  // before it («واتهمها بدعم النظام السوري»): inside what the verb is about, never its subject.
  bool genitive_of_glued_act(uint32_t lead) const {
    if (lead <= v_.first()) return false;
    if (glued_preposition(text::behind_conjunction(v_.word(lead - 1))).empty()) return false;
    return std::any_of(triggers_.begin(), triggers_.end(), [&](const FoundTrigger& t) {
      return t.match.first == lead - 1 && t.match.end == lead && t.trigger->kind == TriggerKind::kNoun;
    });
  }

  // Between the trigger ending at `end` (or the participant after it, its subject,
  // before participant i) and the place participant i names: things an attack
  // strikes that no one is named as holding (after «على», counted or not: «13
  // موقعا»), a word or two describing them («سكنية», «عسكرية»), then where they
  // are: «في», «في مدينة», «بمدينة», or ب glued to the name.
  bool struck_things_located_at(size_t i, uint32_t end) const {
    const auto& ps = v_.participants();
    uint32_t lead = lead_of(ps[i]);
    uint32_t j = i > 0 && lead_of(ps[i - 1]) >= end ? ps[i - 1].mention->end_token : end;
    while (j < lead && text::is_quote_mark(v_.word(j))) ++j;  // «ميليشيات "صالح" على …»
    if (j < lead && v_.word(j) == "علي") ++j;
    while (j < lead && v_.token(j).kind == text::TokenKind::kNumber) ++j;
    if (j >= lead || v_.inside_mention(j) || !(is_held_noun(v_.word(j)) || is_dwelling_noun(v_.word(j)))) return false;
    constexpr uint32_t kDescribing = 2;
    for (uint32_t described = 0; ++j < lead && described < kDescribing; ++described) {
      std::string_view w = v_.word(j);
      if (w == "في" || glued_preposition(w) == "ب") break;
      if (v_.inside_mention(j) || v_.token(j).kind != text::TokenKind::kWord || is_preposition(w) ||
          w.starts_with("و"))
        return false;
    }
    if (j == lead) return true;  // «بصعدة»
    std::string_view where = v_.word(j);
    if (where == "في")
      return j + 1 == lead || (j + 2 == lead && (text::is_place_noun(v_.word(j + 1)) || is_location_word(v_.word(j + 1))));
    return glued_preposition(where) == "ب" && j + 1 == lead && text::is_place_noun_behind_clitic(where);
  }

  // Noun trigger k is what the verb of disapproval before it (roots 11, 12) acts on,
  // and `subject` that verb's subject, after it: «أدانت البحرين الهجوم», «استنكر
  // الزياني، بشدة، تصريحات …» (commas around an adverb; not past «أن»).
  bool disapproved_act(size_t k, const Participant& subject) const {
    constexpr uint32_t kSubjectGap = 2;  // «استنكر معالي الأمين العام»: the verb's own subject, right after it
    const FoundTrigger& t = triggers_[k];
    for (size_t j = k; j-- > 0;) {
      const FoundTrigger& v = triggers_[j];
      if (!verb_like(v_, v) || v.phrase_end > t.match.first) continue;
      std::string_view f = family(v.trigger->code);
      return (f == "11" || f == "12") && lead_of(subject) >= v.phrase_end && lead_of(subject) <= v.phrase_end + kSubjectGap &&
             !v_.complementizer_between(v.phrase_end - 1, t.match.first);
    }
    return false;
  }

  // The name at `lead` follows a held noun, quote marks aside: «معاقل «داعش»».
  bool owns_held_place(uint32_t lead) const {
    while (lead > v_.first() + 1 && text::is_quote_mark(v_.word(lead - 1))) --lead;
    return lead > v_.first() && is_held_noun(v_.word(lead - 1));
  }

  // The name right after word `first` has that word for its preposition («وعبر»
  // read as «و + عبر»), not a noun's genitive read through it.
  bool first_word_read_as_preposition(const Participant& p, uint32_t first) const {
    return lead_of(p) == first + 1 && stands_as_preposition_of(v_.word(first), p);
  }

  // People no actor names, as a verb's subject right after it: «زعماء», «مسلحون», «الناشط».
  static bool names_people(std::string_view w) {
    w = text::behind_conjunction(w);
    return is_unnamed_people(w) || is_unnamed_agent(w) || is_person_noun(w);
  }

  // An actor's name, bare and no place, stands right after the word before `end`.
  bool names_subject_after(uint32_t end) const {
    for (const Participant& p : v_.participants())
      if (lead_of(p) == end) return bare(p) && !p.place;
    return false;
  }

  // The complementizer opening the clause of `at` carries a pronoun (أنه، بأنها، إنهم).
  bool pronoun_complementizer(uint32_t at) const {
    uint32_t start = v_.clause_start(at);
    if (start == v_.first()) return false;
    std::string_view c = v_.word(start - 1);
    return c.size() > 4 && (c.substr(c.size() - 2) == "ه" || c.substr(c.size() - 4) == "ها" || c.substr(c.size() - 4) == "هم");
  }

  // The bare participant nearest before the complementizer that opens the clause of `at`.
  int reporter(uint32_t at) const {
    if (!v_.reported_clause(at)) return -1;
    uint32_t start = v_.clause_start(at);
    uint32_t complementizer = start - 1;
    const auto& ps = v_.participants();
    for (size_t i = ps.size(); i-- > 0;) {
      const actors::Mention& m = *ps[i].mention;
      if (m.end_token > complementizer) continue;
      if (complementizer - m.end_token > 8) break;
      if (bare(ps[i])) return static_cast<int>(i);
    }
    return -1;
  }

  const SentenceView& v_;
  const std::vector<FoundTrigger>& triggers_;
  std::vector<std::optional<std::vector<Slot>>> read_;  // slots(k), once read
};

}  // namespace

// Word i, behind `prefix_bytes` of clitics, is a circumstantial participle: an
// active participle in the accusative after a comma or و («…، متهما»، «ومطالبا»),
// or anywhere when its alef says accusative («غادر كيري واشنطن متوجها إلى»); the
// simple verb's participle (فاعلا) only after a comma or و («…، داعيا», «رافضا»).
bool circumstantial_participle_at(const SentenceView& v, uint32_t i, size_t prefix_bytes) {
  std::string_view w = v.word(i).substr(prefix_bytes);
  // «… الحوثي. منوها بدور التحالف»: one that opens a sentence goes on the one
  // before, in its accusative («منوها», «مؤكدا»; not «مدينة»).
  if (i == v.first())
    return prefix_bytes == 0 && w.size() >= 10 && w.substr(0, 2) == "م" && w.substr(w.size() - 2) == "ا";
  bool simple = w.size() == 10 && w.substr(2, 2) == "ا" && w.substr(8) == "ا";  // «داعيا»: C ا C C ا
  if (simple) {
    std::string_view before = v.word(i - 1);
    return is_clause_punctuation(before) || (prefix_bytes > 0 && v.word(i).substr(0, 2) == "و");
  }
  if (w.size() < 8 || w.substr(0, 2) != "م" || (w.substr(w.size() - 2) != "ا" && w.substr(w.size() - 2) != "ه")) return false;
  if (prefix_bytes == 0 && w.substr(w.size() - 2) == "ا" && w.size() >= 10) return true;
  std::string_view before = v.word(i - 1);
  return is_clause_punctuation(before) || (prefix_bytes > 0 && v.word(i).substr(0, 2) == "و");
}

bool circumstantial_participle(const SentenceView& v, const FoundTrigger& t) {
  return verb_like(v, t) && circumstantial_participle_at(v, t.match.first, t.match.prefix_bytes);
}

bool verb_like(const SentenceView& v, const FoundTrigger& t) {
  if (t.trigger->kind == TriggerKind::kVerb) return true;
  return t.trigger->kind == TriggerKind::kPhrase && !t.match.definite && !is_preposition(v.word(t.match.first));
}

const char* slot_name(Slot s) {
  switch (s) {
    case Slot::kSubject: return "subject";
    case Slot::kSubjectBefore: return "subject-before";
    case Slot::kObject: return "object";
    case Slot::kComplement: return "complement";
    case Slot::kOtherPreposition: return "other-preposition";
    case Slot::kGenitive: return "genitive";
    case Slot::kAdjective: return "adjective";
    case Slot::kGoverningSubject: return "governing-subject";
    case Slot::kAgent: return "agent";
    case Slot::kPaired: return "paired";
    case Slot::kCarried: return "carried";
    case Slot::kPossessor: return "possessor";
    case Slot::kReporter: return "reporter";
    case Slot::kReporterSelf: return "reporter-self";
    case Slot::kRelativeHead: return "relative-head";
    case Slot::kRecipient: return "recipient";
    case Slot::kEmbedded: return "embedded";
    case Slot::kActAgent: return "act-agent";
    default: return "beyond";
  }
}

std::vector<Slot> clause_slots(const SentenceView& view, const std::vector<FoundTrigger>& triggers, size_t k) {
  return Reader(view, triggers).slots(k);
}

}  // namespace marsad::events
