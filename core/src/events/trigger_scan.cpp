#include "events/trigger_scan.h"

#include <algorithm>

#include "actors/honorifics.h"
#include "events/arabic_cues.h"
#include "events/cameo.h"
#include "text/clitics.h"
#include "util/hash_map64.h"

namespace marsad::events {
namespace {

constexpr uint32_t kComplementReach = 8;  // a complement noun follows its trigger within this many words
constexpr uint32_t kAskedReach = 16;    // what an appeal asks for follows it, its addressee between, within this many words
constexpr uint32_t kContentReach = 20;    // what a promise is of follows it, a long subject between, within this many words
constexpr uint32_t kDestinationReach = 8;  // an arrival's destination follows it, its subject between, within this many words
constexpr uint32_t kNoContext = UINT32_MAX;  // no context word of a trigger in its sentence

class Scanner {
 public:
  Scanner(const SentenceView& v, const TriggerLexicon& lexicon) : v_(v), lexicon_(lexicon) {}

  std::vector<FoundTrigger> run() {
    std::vector<FoundTrigger> out;
    for (uint32_t i = v_.first(); i < v_.end();) {
      if (v_.token(i).kind != text::TokenKind::kWord || v_.inside_mention(i)) {
        ++i;
        continue;
      }
      FoundTrigger f;
      if (hamza_form(i, f) || split_phrase(i, f) || whole_phrase(i, f) || with_enclitic(i, f)) {
        if ((f.trigger = applicable(f.match))) {
          out.push_back(f);
          if (f.trigger->kind == TriggerKind::kVerb) verb_end_ = std::max(f.match.end, f.phrase_end);
        }
        i = std::max(f.match.end, f.phrase_end);  // a split phrase's rest is read once
        continue;
      }
      ++i;
    }
    for (size_t k = 1; k < out.size(); ++k) {
      out[k].complement = is_complement(out[k], out[k - 1]);
      out[k - 1].complement |= things_arrive(out[k - 1], out[k]);
      if (bombing_by(out[k], out[k - 1])) out[k - 1].bombing = out[k].trigger->code;
    }
    for (FoundTrigger& f : out)
      f.complement |= attended(f) || undone(f) || topic(f) || occasion(f) || standing(f) || backing(f) ||
                      relays_greetings(f) || discusses_a_paper(f);
    return out;
  }

 private:
  // «وهنأ الملك الرئيس»: a verb that reads as a particle once normalized («هنا»),
  // where the text writes its final hamza (TriggerLexicon::hamza_key).
  bool hamza_form(uint32_t i, FoundTrigger& f) {
    const std::vector<bool>* hamza = v_.input().final_hamza;
    if (!hamza || i >= hamza->size() || !(*hamza)[i]) return false;
    std::string_view w = v_.word(i), bare = text::behind_conjunction(w);
    int64_t node = one_word_trigger(TriggerLexicon::hamza_key(bare));
    if (node < 0) return false;
    f.match = {i, i + 1, static_cast<uint32_t>(node), static_cast<uint8_t>(w.size() - bare.size()), false};
    f.phrase_end = i + 1;
    return true;
  }

  bool whole_phrase(uint32_t i, FoundTrigger& f) {
    if (!text::longest_match(lexicon_.trie(), v_.forms(), v_.input().normalized, v_.input().tokens, i, f.match) ||
        f.match.end > v_.end())
      return false;
    f.phrase_end = f.match.end;
    f.pronoun_complement = f.match.pronoun_end;
    // «هجومه» listed whole is still «هجوم» with a pronoun.
    f.enclitic = f.match.end == i + 1 && (stem_is_trigger(v_.word(i)) || listed_with_pronoun(v_.word(i)));
    return true;
  }

  // A lone final ه may be a ta marbuta (text::enclitic_stems does not read it off
  // a stem ending in any other letter): a form listed whole whose letters before
  // it are a verbal noun's too («استقباله», «هجومه», «دعمه») has the pronoun —
  // not one whose letters before it are only a verb's («سيطرة», «استضافة»).
  bool listed_with_pronoun(std::string_view w) const {
    constexpr std::string_view kHa = "ه";
    if (w.size() < 4 * kHa.size() || !w.ends_with(kHa)) return false;
    int64_t node = one_word_trigger(w.substr(0, w.size() - kHa.size()));
    if (node < 0) return false;
    for (uint32_t t : lexicon_.trie().values(static_cast<uint32_t>(node)))
      if (lexicon_.trigger(t).kind == TriggerKind::kNoun) return true;
    return false;
  }

  bool stem_is_trigger(std::string_view w) const {
    for (const text::EncliticStem& stem : text::enclitic_stems(w))
      if (one_word_trigger(stem.form) >= 0) return true;
    return false;
  }

  // The trie node of `form` read as a whole one-word trigger, -1 when it is none.
  int64_t one_word_trigger(std::string_view form) const {
    int64_t node = lexicon_.trie().child(text::PhraseTrie::kRoot, text::PhraseTrie::hash(form));
    return node >= 0 && !lexicon_.trie().values(static_cast<uint32_t>(node)).empty() ? node : -1;
  }

  // A one-word trigger with an enclitic pronoun: «واتهموها», «شنتها», «إدانتهما».
  bool with_enclitic(uint32_t i, FoundTrigger& f) {
    std::string_view w = v_.word(i);
    for (const text::EncliticStem& stem : text::enclitic_stems(w)) {
      int64_t node = one_word_trigger(stem.form);
      if (node < 0) continue;
      f.match = {i, i + 1, static_cast<uint32_t>(node), stem.prefix_bytes, stem.definite};
      // «عن إدانتهما»: the stem «أدانت» is a verb, which a noun's place rules
      // out; the next reading («إدانة») may be the trigger.
      if (!applicable(f.match)) continue;
      f.phrase_end = i + 1;
      f.enclitic = true;
      return true;
    }
    return noun_with_his(i, f);
  }

  // «جدد خلاله ترحيبه بـX»: a verbal noun with the pronoun ه alone, which the
  // clitic readings leave out (a final ه is as often a ة: «حمله» is a campaign,
  // not «حمل» + ه) — for a noun of the lexicon, whose ة-form is no other word.
  bool noun_with_his(uint32_t i, FoundTrigger& f) {
    constexpr size_t kLetter = 2, kMinStem = 4 * kLetter;  // «دعمه» is read by its phrases
    std::string_view w = text::behind_conjunction(v_.word(i));
    if (w.size() < kMinStem + kLetter || !w.ends_with("ه") || w.starts_with("ال")) return false;
    size_t prefix = v_.word(i).size() - w.size();
    std::string_view stem = w.substr(0, w.size() - kLetter);
    int64_t node = one_word_trigger(stem);
    if (node < 0) return false;
    f.match = {i, i + 1, static_cast<uint32_t>(node), static_cast<uint8_t>(prefix), false};
    const Trigger* t = applicable(f.match);
    if (!t || t->kind != TriggerKind::kNoun) return false;
    f.phrase_end = i + 1;
    f.enclitic = true;
    return true;
  }

  // A set phrase whose first word is separated from the rest by its subject:
  // "أعرب المبعوث الأممي عن قلقه" reads as "أعرب عن قلقه" said by the envoy.
  // With the names coordinated to the subject and the times that may follow
  // it, between commas or not («وجهت الولايات المتحدة وبريطانيا وفرنسا، فجر
  // اليوم السبت، ضربات»), or times or a count alone («وكانت قوات الأمن ألقت أمس القبض
  // على», «قد نفذ 44 غارة»).
  bool split_phrase(uint32_t i, FoundTrigger& f) {
    const actors::Mention* subject = nullptr;
    bool headed = false;  // the subject's construct noun stands before its name
    for (const auto* x : v_.mentions())
      if (x->lead_token == i + 1) {
        subject = x;
      } else if (x->lead_token == i + 2 && x->kind != "nisba" && construct_head(i + 1)) {
        subject = x;  // not «شركة أمريكية»: an American company is not the United States
        headed = true;
      }
    // The first word as written or behind its proclitics («ووقفت تركيا إلى جانب»).
    if (split_from(i, v_.forms().hash(i), 0, subject, headed, f)) return true;
    for (const text::ProcliticForm& p : v_.forms().proclitic_forms(i))
      if (!p.definite && split_from(i, p.bare_hash, p.prefix_bytes, subject, headed, f)) return true;
    return false;
  }

  bool split_from(uint32_t i, uint64_t first_hash, uint8_t prefix, const actors::Mention* subject, bool headed,
                  FoundTrigger& f) {
    constexpr uint32_t kSplitReach = 12;  // words between the first word and the rest, past the subject's first name
    const text::PhraseTrie& trie = lexicon_.trie();
    int64_t first = trie.child(text::PhraseTrie::kRoot, first_hash);
    if (first < 0) return false;
    // «قدم نائب رئيس جمعية الكشافة الدكتور عبدالله الفهد شكره»: a person after
    // office words no mention reads; the rest must then follow the name at once.
    // (Read only where a phrase begins: most words begin none.)
    bool titled = !subject && (subject = titled_person(i + 1)) != nullptr;
    // Without a subject right after the first word, at least one time between.
    uint32_t from = subject ? titles_end(*subject) : i + 1;
    // «وقدم فتحي محمد صالح (مرافق للمريض) شكره»: an aside in brackets after the subject.
    if (subject && from < v_.end() && v_.word(from) == "(")
      for (uint32_t close = from + 1; close < v_.end() && close <= from + kSplitReach; ++close)
        if (v_.word(close) == ")") {
          from = close + 1;
          break;
        }
    // «قدم الدكتور ناصر باعوم القائم بأعمال وزير الصحة اليمني، شكره»: the office
    // after the name, closed by a comma, and the rest right after it.
    if (subject) {
      uint32_t past = office_after(from);
      if (past != from && rest_at(first, i, prefix, past, headed, f)) return true;
    }
    if (titled)
      return rest_at(first, i, prefix, from, headed, f) ||
             (from + 1 < v_.end() && v_.word(from) == "،" && rest_at(first, i, prefix, from + 1, headed, f));
    bool time_seen = false;
    for (uint32_t rest = from; rest < v_.end() && rest <= from + kSplitReach; ++rest) {
      if (rest > from && !subject_or_time(rest - 1)) return false;
      // A count stands between as a time does: «وكان طيران التحالف قد نفذ 44 غارة».
      if (rest > from) time_seen |= (v_.token(rest - 1).kind == text::TokenKind::kWord && v_.word(rest - 1) != "و" &&
                                     !v_.inside_mention(rest - 1)) ||
                                    v_.token(rest - 1).kind == text::TokenKind::kNumber;
      if (!subject && !time_seen) continue;
      // Past the subject's first name, only a rest that opens with the object
      // («ضربات», «القبض»), not with a preposition: «وصل X وY في زيارة» is a
      // journey and its purpose, read apart.
      // (The subject's closing comma stands between as nothing: «أعرب الوزير X، عن قلقه».)
      bool right_after_subject = rest == from || (rest == from + 1 && v_.word(from) == "،");
      if (subject && !right_after_subject && is_preposition(v_.word(rest))) continue;
      if (rest_at(first, i, prefix, rest, headed, f)) return true;
    }
    return false;
  }

  // The rest of the phrase whose first word (trie node `first`, token i) is read
  // from token `rest` on.
  bool rest_at(int64_t first, uint32_t i, uint8_t prefix, uint32_t rest, bool headed, FoundTrigger& f) const {
    const text::PhraseTrie& trie = lexicon_.trie();
    int64_t node = first;
    for (uint32_t j = rest; j < v_.end(); ++j) {
      int64_t next = trie.child(static_cast<uint32_t>(node), v_.forms().hash(j));
      // «ألقت الشرطة القبض عليهم»: the last preposition with its pronoun.
      bool pronoun = next < 0 && j > rest &&
                     (next = text::preposition_with_pronoun_end(trie, static_cast<uint32_t>(node), v_.word(j))) >= 0;
      node = next;
      if (node < 0) return false;
      if (!trie.values(static_cast<uint32_t>(node)).empty()) {
        f.pronoun_complement = pronoun;
        // «شنت طائرات التحالف غارات»: the verb alone codes the same act, read
        // as a verb; the phrase is for what the first word alone does not say.
        if (headed && same_act(first, static_cast<uint32_t>(node))) return false;
        f.match = {i, i + 1, static_cast<uint32_t>(node), prefix, false};
        f.phrase_end = j + 1;
        return true;
      }
    }
    return false;
  }

  // A word an office may hold: none of a clause's particles, no act of the lexicon.
  bool office_word(uint32_t k) const {
    if (v_.token(k).kind != text::TokenKind::kWord) return false;
    std::string_view w = v_.word(k);
    return v_.inside_mention(k) ||
           (!is_preposition(w) && !is_complementizer(w) && !is_relative_pronoun(w) && !is_clause_punctuation(w) &&
            w != "و" && one_word_trigger(w) < 0);
  }

  // Past an office after a name, to its closing comma: the token after that comma,
  // or `from` when no such office stands there.
  uint32_t office_after(uint32_t from) const {
    constexpr uint32_t kOfficeWords = 8;  // «القائم بأعمال وزير الصحة اليمني»
    for (uint32_t k = from; k < v_.end() && k < from + kOfficeWords; ++k) {
      if (v_.word(k) == "،") return k > from ? k + 1 : from;
      if (!office_word(k)) return from;
    }
    return from;
  }

  // A person named after office words, from token `from` on, that no mention reads
  // whole («نائب رئيس جمعية الكشافة العربية السعودية الدكتور عبدالله الفهد»).
  const actors::Mention* titled_person(uint32_t from) const {
    constexpr uint32_t kOfficeWords = 8;
    for (const Participant& p : v_.participants()) {
      if (p.lead <= from + 1 || p.lead > from + kOfficeWords) continue;
      if (p.type != "person") continue;  // a body or a state the office names
      for (uint32_t k = from; k < p.lead; ++k)
        if (!office_word(k)) return nullptr;
      return p.mention;
    }
    return nullptr;
  }

  // Where the subject's phrase ends with the titles of the same actor that follow
  // it, unpunctuated, and the words of titles no mention reads between them:
  // «تلقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
  // وزير الدفاع اتصالا».
  uint32_t titles_end(const actors::Mention& subject) const {
    constexpr uint32_t kBetween = 8;  // words of a title no mention reads (and the rest of a long name)
    uint32_t end = subject.end_token;
    for (const actors::Mention* x : v_.mentions()) {
      if (x->first_token < end) continue;
      if (x->actor != subject.actor || std::min(x->lead_token, x->first_token) > end + kBetween) break;
      for (uint32_t k = end; k < std::min(x->lead_token, x->first_token); ++k)
        if (v_.token(k).kind != text::TokenKind::kWord || v_.inside_mention(k) || is_preposition(v_.word(k)) ||
            is_complementizer(v_.word(k)) || is_relative_pronoun(v_.word(k)))
          return end;
      end = x->end_token;
    }
    return end;
  }

  // The word alone (trie node `word`) codes an act the phrase (node `phrase`) codes.
  bool same_act(int64_t word, uint32_t phrase) const {
    for (uint32_t a : lexicon_.trie().values(static_cast<uint32_t>(word)))
      for (uint32_t b : lexicon_.trie().values(phrase))
        if (lexicon_.trigger(a).code == lexicon_.trigger(b).code) return true;
    return false;
  }

  // Token k heads the subject named after it, as its construct noun: «نفذت
  // طائرات التحالف ضربات», «أبدى وفد الحكومة استعداده» — a bare noun of no mention.
  bool construct_head(uint32_t k) const {
    std::string_view w = v_.word(k);
    return k + 1 < v_.end() && v_.token(k).kind == text::TokenKind::kWord && !v_.inside_mention(k) &&
           w.substr(0, 4) != "ال" && !is_preposition(w) && !is_complementizer(w) &&
           v_.other_words_between(k - 1, k + 1) == 1;  // a word, not a time
  }

  // Token k may stand between a split phrase's subject and its rest: a time,
  // punctuation, «و», or a name joined by و to the subject («وبريطانيا»).
  bool subject_or_time(uint32_t k) const {
    if (v_.token(k).kind == text::TokenKind::kPunct || v_.word(k) == "و") return true;
    if (v_.other_words_between(k - 1, k + 1) == 0 && !v_.inside_mention(k)) return true;  // a time
    const Participant* p = v_.participant_covering(k);
    if (!p) return false;
    // Or the name a coordinated role phrase introduces: «وولي عهده الشيخ نواف».
    const Participant* before = p == v_.participants().data() ? nullptr : p - 1;
    return p->coordinated || (before && before->coordinated && before->mention->end_token == p->lead &&
                              before->mention->actor == p->mention->actor);
  }

  // The first trigger of the phrase whose context words the sentence has
  // (read through clitics: بالأسلحة has أسلحة) — of several in a row, the one
  // whose context word stands nearest the trigger: «أرسلت … مساعدات إغاثية … على
  // متن طائرات سلاح الجو» sends relief, not arms.
  const Trigger* applicable(const text::PhraseMatch& m) {
    const Trigger* nearest = nullptr;
    uint32_t nearest_distance = kNoContext;
    for (uint32_t value : lexicon_.trie().values(m.node)) {
      const Trigger& t = lexicon_.trigger(value);
      // Verbs take no article, no ك and no ب: «الألعاب» is no «عاب», «كيري» (Kerry) no «ك + يرى»;
      // after a preposition or a governing noun the form is a verbal noun («وقف قصف»).
      if (t.kind == TriggerKind::kVerb && (m.definite || noun_position(m))) continue;
      if (t.kind != TriggerKind::kVerb && names_an_office(m)) continue;
      if (t.needs_content && !content_follows(m.end)) continue;
      if (t.needs_preposition && (carries_pronoun(m) || !preposition_follows(m.end, t))) continue;
      // «واستقبل جثمان الشهيد X محافظ …»: receiving the remains of the dead is no meeting.
      if (t.code.rfind("043", 0) == 0 && m.end < v_.end() && is_remains_noun(text::behind_conjunction(v_.word(m.end))))
        continue;
      // «عالم الاجتماع الفرنسي إميل دوركايم», «أستاذ علم الاجتماع»: sociology, no meeting.
      if (t.code.rfind("04", 0) == 0 && t.kind != TriggerKind::kVerb && m.first > v_.first() &&
          is_science_noun(text::behind_conjunction(v_.word(m.first - 1))))
        continue;
      if (t.context.empty()) return nearest ? nearest : &t;
      bool has_context = std::any_of(t.context.begin(), t.context.end(), [&](const std::string& word) {
        return sentence_words().contains(text::PhraseTrie::hash(word));
      });
      if (has_context) {
        // The distances are read only when a second reading competes.
        if (!nearest) {
          nearest = &t;
        } else {
          if (nearest_distance == kNoContext) nearest_distance = context_distance(*nearest, m);
          if (uint32_t d = context_distance(t, m); d < nearest_distance) nearest = &t, nearest_distance = d;
        }
        continue;
      }
      if (!nearest && t.or_destination && destination_follows(m, t)) return &t;
    }
    return nearest;
  }

  // Words from the trigger to the nearest of its context words in the sentence;
  // one in an actor's name («القوات المسلحة الأردنية») counts as far.
  uint32_t context_distance(const Trigger& t, const text::PhraseMatch& m) const {
    constexpr uint32_t kInName = 100;
    std::vector<uint64_t> hashes;
    for (const std::string& word : t.context) hashes.push_back(text::PhraseTrie::hash(word));
    uint32_t best = kNoContext;
    for (uint32_t j = v_.first(); j < v_.end(); ++j) {
      bool is_context = false;
      for (uint64_t h : hashes) {
        is_context |= v_.forms().hash(j) == h;
        for (const text::ProcliticForm& f : v_.forms().proclitic_forms(j))
          is_context |= f.bare_hash == h || (f.definite && f.hash == h);
        if (is_context) break;
      }
      if (is_context) best = std::min(best, (j >= m.end ? j - m.end : m.first - j) + (v_.inside_mention(j) ? kInName : 0));
    }
    return best;
  }

  // A place or a state right after one of the trigger's target prepositions,
  // a few words on, and a person arriving there, named right before the
  // trigger («وكان بحاح وصل») or between it and the place: «وصل وزير الخارجية
  // الأمريكي جون كيري إلى القاهرة». Troops or aircraft arriving are no visit,
  // nor is the minister announcing them («أعلن الوزير بدء وصول طائرات إلى»).
  bool destination_follows(const text::PhraseMatch& m, const Trigger& t) const {
    bool person = false;
    for (const Participant& p : v_.participants()) {
      if (p.lead > m.end + kDestinationReach) break;
      bool bare_person = p.type == "person" && p.preposition.empty();
      if (bare_person && (p.mention->end_token == m.first || p.lead >= m.end)) person = true;
      if (p.lead >= m.end && person && (p.type == "place" || p.type == "country") &&
          t.takes(p.preposition))
        return true;
    }
    return false;
  }

  // A word glued to ب or a complementizer after `from`, in its clause: what a
  // promise or a threat is of.
  bool content_follows(uint32_t from) const {
    for (uint32_t j = from; j < v_.end() && j < from + kContentReach; ++j) {
      std::string_view w = v_.word(j);
      if (is_clause_punctuation(w)) return false;
      if (is_complementizer(w)) return true;
      if (is_glued_to_b(w)) return true;
    }
    return false;
  }

  // The one word matched is a form of the lexicon with a pronoun glued after it («حققها»).
  bool carries_pronoun(const text::PhraseMatch& m) const {
    if (m.end != m.first + 1) return false;
    return one_word_trigger(v_.word(m.first).substr(m.prefix_bytes)) != static_cast<int64_t>(m.node);
  }

  // One of t's prepositions (alone, or with its pronoun: «معه») follows in the
  // clause, past its subject (names, or a few other words), before any object in
  // the accusative («حقق انتصارا في»: what is achieved).
  bool preposition_follows(uint32_t from, const Trigger& t) const {
    constexpr uint32_t kSubjectReach = 6;  // words of an unnamed subject («المدعي العام السويسري»)
    for (uint32_t j = from, words = 0; j < v_.end() && words <= kSubjectReach; ++j) {
      std::string_view w = v_.word(j);
      if (is_clause_punctuation(w)) return false;
      std::string_view with_pronoun = text::preposition_before_pronoun(w);
      if (t.takes(w) || (!with_pronoun.empty() && t.takes(with_pronoun))) return true;
      if (v_.inside_mention(j)) continue;
      if (is_accusative_object(w)) return false;
      ++words;
    }
    return false;
  }

  bool noun_position(const text::PhraseMatch& m) const {
    std::string_view prefix = v_.word(m.first).substr(0, m.prefix_bytes);
    // «خصائص هاتف موتو إكس», «41 ألف هاتف»: a verb form that is also a common
    // noun is the noun unless a clause opens at it.
    if (m.end == m.first + 1 && cue_lists().noun_homographs.contains(v_.word(m.first).substr(m.prefix_bytes)))
      return !clause_opens_at(m.first, prefix);
    if (prefix.find("ك") != std::string_view::npos || prefix.find("ب") != std::string_view::npos) return true;
    // «تعرضت مواقع التنظيم لقصف»: what one undergoes is a verbal noun.
    if (prefix.find("ل") != std::string_view::npos && v_.undergone_at(m.first)) return true;
    if (m.prefix_bytes || m.first == v_.first()) return false;
    // «دانت المنظمة الخميس قصف المتمردين»: after a verb and its subject (and a
    // time) comes its object; a verb's form there is the verbal noun.
    if (verb_end_ && verb_end_ < m.first && only_a_subject(verb_end_, m.first)) return true;
    std::string_view before = v_.word(m.first - 1);
    // «وأكد سموه دعم الحكومة»: right after an honorific, the verb's subject, comes its object.
    if (actors::honorific_pronoun(text::behind_conjunction(before)) != actors::Honorific::kNone) return true;
    return governs_a_noun(before) || governs_a_noun(text::behind_glued_letter(before));  // «ووقف», «بوقف»
  }

  // A clause opens at token `i`: the sentence's start, clause punctuation
  // before it, و or ف glued to it, or a particle that opens one before it.
  bool clause_opens_at(uint32_t i, std::string_view prefix) const {
    if (i == v_.first() || prefix.find("و") != std::string_view::npos || prefix.find("ف") != std::string_view::npos)
      return true;
    std::string_view before = v_.word(i - 1);
    static constexpr std::string_view kOpeners[] = {"قد", "وقد", "ثم", "كما", "فيما", "بينما", "حين", "عندما", "بعدما", "لما"};
    return is_clause_punctuation(before) || detail::one_of(before, kOpeners);
  }

  // A verbal noun that ends an office's name is no act: «مسؤول عمليات الإغاثة»,
  // «منسق الشؤون الإنسانية» (the head and indefinite nouns of a genitive chain
  // before the noun with its article), «اللجنة العليا للإغاثة» (ل of what the
  // body is for). «تلقى وزير الخارجية الاتصال» is no chain: «الخارجية» ends it.
  bool names_an_office(const text::PhraseMatch& m) const {
    constexpr uint32_t kChain = 3;  // the head and at most two words between
    std::string_view word = v_.word(m.first);  // the article may be the form's own («الإغاثة» listed whole)
    bool article = word.substr(0, 4) == "ال" && m.prefix_bytes <= 4, purpose = word.substr(0, 4) == "لل";
    if (!article && !purpose) return false;
    for (uint32_t k = 1; k <= kChain && m.first >= v_.first() + k; ++k) {
      uint32_t i = m.first - k;
      if (v_.token(i).kind != text::TokenKind::kWord || v_.inside_mention(i)) return false;
      std::string_view w = v_.word(i);
      std::string_view bare = w.substr(0, 4) == "ال" ? w.substr(4) : w;
      if (is_office_head(bare)) return purpose || w.size() == bare.size();
      // Between: nouns of the chain (no article, for a genitive chain), or the
      // body's adjectives before a purpose («العليا»); nothing that opens a phrase.
      if (is_preposition(w) || is_complementizer(w) || (article && w.size() != bare.size())) return false;
    }
    return false;
  }

  // Words [from, to) are a subject (a participant's phrase, its head noun
  // included: «منظمة العفو الدولية») and times, nothing else.
  bool only_a_subject(uint32_t from, uint32_t to) const {
    bool named = false;
    for (uint32_t i = from; i < to; ++i) {
      bool in_phrase = v_.participant_covering(i) != nullptr;
      named |= in_phrase;
      if (!in_phrase && v_.other_words_between(i - 1, i + 1) > 0) return false;
    }
    return named;
  }

  // Word i agrees with the noun of a base right before it: «قاعدة جوية»,
  // «بقاعدة جوية», «القاعدة الجوية».
  bool adjective_of_base(uint32_t i) const {
    std::string_view noun = v_.word(i - 1), w = v_.word(i);
    bool definite = noun.substr(0, 4) == "ال";
    if (definite != (w.substr(0, 4) == "ال")) return false;
    if (definite) return is_base_noun(noun.substr(4));
    return is_base_noun(noun) || is_base_noun(text::behind_glued_letter(noun));
  }

  // The hashes of every word of the sentence as written and behind its
  // proclitics (with and without the article), computed once per sentence —
  // not an adjective of a base («قاعدة جوية»: an air base is no air strike).
  const util::HashMap64& sentence_words() {
    if (words_ready_) return words_;
    words_ready_ = true;
    for (uint32_t i = v_.first(); i < v_.end(); ++i) {
      if (i > v_.first() && adjective_of_base(i)) continue;
      words_.insert(v_.forms().hash(i), 1);
      for (const text::ProcliticForm& f : v_.forms().proclitic_forms(i)) {
        words_.insert(f.bare_hash, 1);
        if (f.definite) words_.insert(f.hash, 1);
      }
    }
    return words_;
  }

  // A verbal noun is the object of the trigger before it, not an event of its
  // own: glued to ب («أشاد … بتحرير بنغازي», «هدد بقصف»), or right after a verb
  // or its subject («ألغى زيارته», «رفض الهدنة», «أدانت الجامعة الاعتداء»). No verb takes ب, so a ب-word is a noun
  // whatever the lexicon lists it as.
  // «حضر الاستقبال X وY»: the people who attended a reception or a meeting are
  // not its sides; the act is not reported here.
  bool attended(const FoundTrigger& f) const {
    if (f.trigger->kind == TriggerKind::kVerb || f.match.first == v_.first()) return false;
    std::string_view before = v_.word(f.match.first - 1);
    if (cue_lists().attending_verbs.contains(text::behind_conjunction(before))) return true;
    // «وكان في الاستقبال السفير X والملحق Y»: those named were of the welcoming
    // party (with a pronoun, «كان في استقباله X», X received the one it stands for).
    return before == "في" && !f.enclitic && f.match.first >= v_.first() + 2 && is_was(v_.word(f.match.first - 2)) &&
           v_.word(f.match.first).starts_with("ال");
  }

  // «طلب الرئيس نقل تحياته إلى الملك»: asking someone to convey greetings is a
  // courtesy, no appeal — not to the one asked, nor to the one greeted.
  bool relays_greetings(const FoundTrigger& f) const {
    constexpr uint32_t kReach = 10;  // the subject's words between the verb and «نقل»
    if (family(f.trigger->code) != "02") return false;
    for (uint32_t i = f.phrase_end; i + 1 < v_.end() && i < f.phrase_end + kReach; ++i) {
      if (is_clause_punctuation(v_.word(i))) return false;
      if (is_relay_word(v_.word(i))) return is_greeting_word(v_.word(i + 1));
    }
    return false;
  }

  // «التقى X وY على هامش اجتماعات الجمعية العامة»: the meeting on whose sidelines
  // an act happens is its occasion, not an act of the same sides («على هامش
  // لقائه بـY», with the pronoun of its agent, is a meeting of its own).
  bool occasion(const FoundTrigger& f) const {
    if (f.trigger->kind != TriggerKind::kNoun || f.match.prefix_bytes || f.enclitic || f.match.first == v_.first())
      return false;
    std::string_view w = v_.word(f.match.first - 1);
    return w == "هامش" || w == "هامشه" || w == "هامشها";
  }

  // «سيمنع أوباما من رفع معظم العقوبات», «طالب بإنهاء الحصار»: a standing measure
  // (sanctions, a blockade, an occupation) that an undoing word governs is what
  // is undone, not a new act.
  bool undone(const FoundTrigger& f) const {
    if (f.trigger->kind != TriggerKind::kNoun || f.match.prefix_bytes) return false;
    std::string_view code = f.trigger->code;
    // Also a truce or a ceasefire ended («إنهاء الهدنة»): its breach, not a new truce.
    if (family(code) != "16" && code.substr(0, 3) != "191" && code.substr(0, 3) != "192" && code.substr(0, 3) != "087")
      return false;
    uint32_t i = f.match.first;
    if (i > v_.first() && is_quantity_word(v_.word(i - 1))) --i;
    // «نقض اتفاق الهدنة», «انهيار اتفاق وقف إطلاق النار»: the agreement that made the truce.
    if (i > v_.first() && code.substr(0, 3) == "087" && is_agreement_noun(v_.word(i - 1))) --i;
    return i > v_.first() && is_undoing_word(v_.word(i - 1));
  }

  // «سيطرت القوات الحكومية بدعم من طيران التحالف على …»: with the backing of, a
  // circumstance of another act (its backer fights beside its subject), no
  // endorsement of anyone.
  bool backing(const FoundTrigger& f) const {
    return f.trigger->kind == TriggerKind::kNoun && is_backing_word(v_.word(f.match.first)) && f.match.end < v_.end() &&
           v_.word(f.match.end) == "من";
  }

  // «هناك اتفاقية أمنية بين الحكومتين»: what there is stands; it is not done here.
  // Nor is a measure in force or talks on hold, as the words after the noun say
  // («الحظر التجاري الأميركي المفروض على إيران», «والمفاوضات المباشرة بين X وY معلقة»).
  bool standing(const FoundTrigger& f) const {
    if (f.trigger->kind != TriggerKind::kNoun) return false;
    if (!f.match.prefix_bytes && f.match.first > v_.first() && is_existence_word(v_.word(f.match.first - 1)))
      return true;
    constexpr uint32_t kStandingReach = 5;  // the noun's adjectives and the sides named after it
    for (uint32_t j = f.match.end; j < v_.end() && j < f.match.end + kStandingReach; ++j) {
      std::string_view w = v_.word(j);
      if (is_clause_punctuation(w)) return false;
      if (is_standing_word(w)) return true;
    }
    return false;
  }

  // «تعتزم ألمانيا وإيران استئناف مشاوراتهما حول التعاون الاقتصادي», «تتعلق بسبل
  // تعزيز العلاقات»: after a topic word (as written or behind the ب that governs
  // it) a noun or a phrase is what talks are about, not an act — no verb stands
  // there. (Not behind و: «وحول زيارة X …،» fronts a visit that took place.)
  bool topic(const FoundTrigger& f) const {
    if (f.trigger->kind == TriggerKind::kVerb || f.match.prefix_bytes || f.match.first == v_.first()) return false;
    std::string_view w = v_.word(f.match.first - 1);
    return is_topic_word(w) || (w.size() > 2 && w.substr(0, 2) == "ب" && is_topic_word(w.substr(2)));
  }

  // «قدم اللواء X ورقة عن … ناقشها الرائد Y والرائد Z»: a verb of discussing
  // whose object pronoun stands for a paper told before it; its subjects are
  // discussants of the paper, not sides meeting each other.
  bool discusses_a_paper(const FoundTrigger& f) const {
    if (f.trigger->kind != TriggerKind::kVerb || !f.enclitic || family(f.trigger->code) != "04") return false;
    for (uint32_t i = v_.first(); i < f.match.first; ++i)
      if (is_paper_noun(v_.word(i)) || is_paper_noun(text::behind_conjunction(v_.word(i)))) return true;  // «ورقة» opens with و
    return false;
  }

  // Trigger f follows an appeal or a demand in its clause, within the reach of
  // what is asked: its addressee and the body asked may stand between.
  bool asked_by(const FoundTrigger& f, const FoundTrigger& before) const {
    return asks(before.trigger->code) && f.match.first > before.phrase_end &&
           f.match.first - before.phrase_end <= kAskedReach &&
           !v_.punctuation_between(before.phrase_end - 1, f.match.first);
  }

  bool is_complement(const FoundTrigger& f, const FoundTrigger& before) const {
    std::string_view prefix = v_.word(f.match.first).substr(0, f.match.prefix_bytes);
    prefix = text::behind_conjunction(prefix);
    // «طالب … ب"قمة عملانية"»: a ب written apart before a quotation is the quoted word's.
    if (prefix.empty() && f.match.first >= v_.first() + 2 && text::is_quote_mark(v_.word(f.match.first - 1)) &&
        text::behind_conjunction(v_.word(f.match.first - 2)) == "ب")
      prefix = "ب";
    // «طالبت الجامعة بتشكيل لجنة … للقيام فورا بزيارة الأراضي»: what an appeal or a
    // demand asks for goes on past the verb's own reach.
    if (prefix.substr(0, 2) == "ب") return f.match.first - before.phrase_end <= kComplementReach || asked_by(f, before);
    // «دعا وكالة التنمية إلى تقديم المساعدة»: what an appeal or a demand is for
    // follows «إلى»; it is asked, not done.
    if (prefix.empty() && (v_.word(f.match.first - 1) == "الي" || v_.word(f.match.first - 1) == "والي") &&
        asked_by(f, before))
      return true;
    bool verb_before = before.trigger->kind == TriggerKind::kVerb;
    if (f.trigger->kind != TriggerKind::kNoun || !verb_before || !prefix.empty() || f.match.first < before.phrase_end)
      return false;
    // «وصلت مساعدات سعودية إلى عدن»: a verb of arriving takes no object; the noun
    // after it is its subject, an act of its own.
    if (arriving(*before.trigger)) return false;
    // «استضافت مصر اجتماعا بين حماس وفتح»: what a host holds took place; the
    // meeting is an act of its own, whose sides meet (and the host meets them).
    if (hosting(*before.trigger) && family(f.trigger->code) == "04") return false;
    return f.match.first == before.phrase_end || only_the_subject_between(before.phrase_end, f.match.first);
  }

  // «هجوما بسيارة مفخخة», «هجوم بعبوة ناسفة»: a bombing (183) glued to ب right after
  // an attack's noun is how the attack was done, and its code the more exact one.
  bool bombing_by(const FoundTrigger& f, const FoundTrigger& attack) const {
    return f.complement && f.trigger->code.substr(0, 3) == "183" && attack.trigger->kind == TriggerKind::kNoun &&
           (family(attack.trigger->code) == "19" || attack.trigger->code == "180") &&
           f.match.first == attack.phrase_end && f.match.prefix_bytes > 0 && v_.word(f.match.first).starts_with("ب");
  }

  // A verb of hosting («استضاف», «احتضن», «استقبل»).
  static bool hosting(const Trigger& t) { return t.kind == TriggerKind::kVerb && t.code.substr(0, 3) == "043"; }

  // A visit's verb whose target only «إلى» introduces: «وصل», «توجه».
  static bool arriving(const Trigger& t) {
    return t.kind == TriggerKind::kVerb && t.code.substr(0, 3) == "042" && t.target_preps.size() == 1 &&
           t.target_preps[0] == "الي";
  }

  // «وصلت مساعدات … إلى عدن»: what arrives is the act named right after the verb
  // (aid, reinforcements), no visitor.
  bool things_arrive(const FoundTrigger& verb, const FoundTrigger& noun) const {
    return arriving(*verb.trigger) && noun.trigger->kind == TriggerKind::kNoun && !noun.match.prefix_bytes &&
           noun.match.first == verb.phrase_end;
  }

  // «أدانت السعودية والإمارات الاعتداء»: the verb's subject, and nothing else,
  // stands between a verb and its object.
  bool only_the_subject_between(uint32_t from, uint32_t to) const {
    if (to - from > kComplementReach) return false;
    for (uint32_t i = from; i < to; ++i)
      if (!v_.inside_mention(i) && v_.word(i) != "و") return false;
    return true;
  }

  const SentenceView& v_;
  const TriggerLexicon& lexicon_;
  util::HashMap64 words_;
  bool words_ready_ = false;
  uint32_t verb_end_ = 0;  // the end of the last verb trigger read
};

}  // namespace

std::vector<FoundTrigger> scan_triggers(const SentenceView& view, const TriggerLexicon& lexicon) {
  return Scanner(view, lexicon).run();
}

}  // namespace marsad::events
