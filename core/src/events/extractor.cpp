#include "events/extractor.h"

#include <algorithm>
#include <optional>

#include "events/arabic_cues.h"
#include "text/phrase_trie.h"
#include "text/word_forms.h"
#include "util/hash_map64.h"
#include "time/governing_time.h"

namespace marsad::events {
namespace {

constexpr uint32_t kSubjectReach = 4;    // a verb's subject follows it within this many words
constexpr uint32_t kGenitiveReach = 2;   // a noun's genitive follows it within this many words
constexpr uint32_t kAdjacentSubject = 2; // words allowed between a preceding subject and its verb (قد، كان)
constexpr uint32_t kBetweenReach = 6;    // "لقاء يوم الخميس الماضي بين X وY"
constexpr uint32_t kDistantSubject = 8;  // farthest a subject may stand before its verb or noun
constexpr uint32_t kComplementReach = 8; // a complement noun follows its trigger within this many words

// After a subject, the genitive of a meeting or visit noun is the one met or
// visited ("وصل السفير للقاء حفتر"); the genitive of other nouns is their agent
// ("دعم عدوان حفتر": Haftar's aggression).
bool genitive_is_object(std::string_view code) { return family(code) == "04"; }

// Visits and force can be aimed at a place (a city visited, a base seized).
bool place_target(std::string_view code) {
  std::string_view f = family(code);
  return f == "04" || f == "14" || f == "15" || f == "17" || f == "18" || f == "19" || f == "20";
}

bool cooperative(std::string_view code) { return code < "09"; }
bool statement(std::string_view code) { return family(code) == "01"; }

struct Context {
  const EventInput& in;
  const TriggerLexicon& lexicon;
  const Cameo& cameo;
  const actors::KnowledgeBase& kb;
  const text::WordForms& forms;

  std::string_view word(uint32_t i) const { return in.tokens[i].in(in.normalized); }
};

// The preposition governing a mention: glued to its phrase's first word
// (بحفتر → ب, وللأمم → ل, بالمشير خليفة حفتر → ب), the word before the phrase
// (مع حفتر → مع), or before a noun that governs it (إزاء استغلال روسيا → ازاء).
std::string preposition_of(const Context& c, const actors::Mention& m, bool through_noun = false) {
  std::string_view prefix = m.proclitics;
  if (prefix.substr(0, 2) == "و" || prefix.substr(0, 2) == "ف") prefix.remove_prefix(2);
  if (prefix.substr(0, 2) == "ب" || prefix.substr(0, 2) == "ل" || prefix.substr(0, 2) == "ك")
    return std::string(prefix.substr(0, 2));
  uint32_t lead = m.lead_token;
  if (lead > 0 && is_preposition(c.word(lead - 1))) return std::string(c.word(lead - 1));
  if (through_noun && lead > 1 && is_preposition(c.word(lead - 2)) &&
      c.in.tokens[lead - 1].kind == text::TokenKind::kWord && c.word(lead - 1).substr(0, 4) != "ال")
    return std::string(c.word(lead - 2));
  // A preposition glued to a governing noun with the article: "أشاد بالدور الذي قام به الجيش".
  if (through_noun)
    for (uint32_t back = 1; back <= 4 && back <= lead; ++back) {
      std::string_view w = c.word(lead - back);
      if (w.substr(0, 6) == "بال" || w.substr(0, 6) == "وبال") return "ب";
      if (w.substr(0, 4) == "لل" || w.substr(0, 6) == "ولل") return "ل";
      if (is_clause_punctuation(w)) break;
    }
  return "";
}

bool prep_allowed(const Trigger& t, const std::string& prep) {
  if (t.target_preps.empty()) return prep.empty();
  return std::find(t.target_preps.begin(), t.target_preps.end(), prep) != t.target_preps.end();
}

struct Modality {
  bool negated = false, conditional = false, question = false, future = false;
};

// Modality of a trigger from the words just before it in its clause.
Modality modality(const Context& c, const text::Sentence& s, uint32_t trigger, uint8_t prefix_bytes) {
  Modality m;
  std::string_view prefix = c.word(trigger).substr(0, prefix_bytes);
  bool future_prefix = prefix.find("س") != std::string_view::npos;  // سيزور: س + imperfect
  uint32_t from = trigger > s.first_token + 3 ? trigger - 3 : s.first_token;
  for (uint32_t i = from; i < trigger; ++i) {
    std::string_view x = c.word(i);
    if (is_clause_punctuation(x)) { m = Modality{}; continue; }  // a clause boundary resets what came before
    if (is_negation(x)) m.negated = true;
    if (is_future_marker(x)) m.future = true;
    if (is_condition(x)) m.conditional = true;
  }
  m.future |= future_prefix;
  if (c.word(s.first_token) == "هل") m.question = true;
  std::string_view last = c.word(s.end_token - 1);
  if (last == "؟" || last == "?") m.question = true;
  return m;
}

class SentenceEvents {
 public:
  // `first_mention` is where this sentence's mentions start in the document's
  // (sorted) mentions: each sentence reads only its own, so the cost stays
  // linear in the document's length.
  SentenceEvents(const Context& c, uint32_t index, size_t first_mention, std::vector<Event>& out)
      : c_(c), s_(c.in.sentences[index]), index_(index), out_(out) {
    const auto& all = c.in.mentions;
    for (size_t k = first_mention; k < all.size() && all[k].first_token < s_.end_token; ++k) {
      const actors::Mention& m = all[k];
      if (m.first_token < s_.first_token || m.end_token > s_.end_token) continue;
      all_mentions_.push_back(&m);
      if (can_act(m)) mentions_.push_back(&m);
      if (can_act(m) || is_place(m)) places_and_actors_.push_back(&m);
    }
    for (uint32_t i = s_.first_token; i < s_.end_token; ++i)
      if (is_complementizer(c.word(i))) complementizers_.push_back(i);
  }

  void run() {
    // Triggers first: an event's arguments stop where the next trigger starts.
    for (uint32_t i = s_.first_token; i < s_.end_token;) {
      text::PhraseMatch m;
      if (c_.in.tokens[i].kind != text::TokenKind::kWord || inside_mention(i)) {
        ++i;
        continue;
      }
      if (split_phrase(i, m)) {
        if (const Trigger* t = applicable(m)) triggers_.push_back({m, t});
        i = m.end;
        continue;
      }
      if (!text::longest_match(c_.lexicon.trie(), c_.forms, c_.in.normalized, c_.in.tokens, i, m) || m.end > s_.end_token) {
        ++i;
        continue;
      }
      if (const Trigger* t = applicable(m)) triggers_.push_back({m, t});
      i = m.end;
    }
    for (size_t k = 1; k < triggers_.size(); ++k) triggers_[k].complement = is_complement(k);
    for (size_t k = 0; k < triggers_.size(); ++k) {
      if (triggers_[k].complement) continue;  // the object of the trigger before it, not an event of its own
      // Arguments stop at the next verb; a noun trigger after this one is
      // usually its object ("رفض دعوة السراج", "أدانت الغارة"), not a new clause.
      limit_ = s_.end_token;
      for (size_t n = k + 1; n < triggers_.size(); ++n)
        if (triggers_[n].trigger->kind != TriggerKind::kNoun) {
          limit_ = triggers_[n].match.first;
          break;
        }
      code_event(*triggers_[k].trigger, triggers_[k].match);
    }
  }

 private:
  struct Found {
    text::PhraseMatch match;
    const Trigger* trigger;
    bool complement = false;
  };

  // A noun trigger with a glued ب right after another trigger is that
  // trigger's object: "إشادة الأمم المتحدة … بتحرير بنغازي" praises the
  // liberation; the UN did not liberate anything.
  bool is_complement(size_t k) const {
    const Found& f = triggers_[k];
    if (f.trigger->kind != TriggerKind::kNoun || f.match.prefix_bytes == 0) return false;
    std::string_view prefix = c_.word(f.match.first).substr(0, f.match.prefix_bytes);
    if (prefix.substr(0, 2) == "و" || prefix.substr(0, 2) == "ف") prefix.remove_prefix(2);
    if (prefix.substr(0, 2) != "ب") return false;
    const Found& before = triggers_[k - 1];
    return f.match.first - before.match.end <= kComplementReach;
  }

  // The agent of an act named as a complement: the source of the latest
  // earlier event in the document coded from the same word ("تحرير بنغازي"
  // announced by Haftar is what the UN praises).
  const actors::Mention* agent_of_complement(uint32_t after) const {
    for (const Found& f : triggers_) {
      if (!f.complement || f.match.first < after) continue;
      std::string_view word = bare(f.match);
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        text::PhraseMatch earlier{it->trigger_first, it->trigger_end, 0, 0, false};
        if (bare(earlier) == word) return find_mention(it->source);
      }
      return nullptr;
    }
    return nullptr;
  }

  std::string_view bare(const text::PhraseMatch& m) const {
    std::string_view w = c_.word(m.first);
    size_t strip = 0;
    for (std::string_view p : {"وب", "فب", "ب", "ول", "ل", "و"})
      if (w.size() > p.size() + 4 && w.substr(0, p.size()) == p) { strip = p.size(); break; }
    w.remove_prefix(strip);
    if (w.substr(0, 4) == "ال") w.remove_prefix(4);
    return w;
  }

  // Any mention of this actor in the document (for agents found in earlier sentences).
  const actors::Mention* find_mention(const std::string& actor) const {
    for (const auto& m : c_.in.mentions)
      if (m.actor == actor) return &m;
    return nullptr;
  }

  // A set phrase whose first word is separated from the rest by its subject:
  // "أعرب المبعوث الأممي عن قلقه" reads as "أعرب عن قلقه" said by the envoy.
  // The match covers the first word only; `m.end` stays after it so the
  // subject is found verb-first.
  bool split_phrase(uint32_t i, text::PhraseMatch& m) {
    const text::PhraseTrie& trie = c_.lexicon.trie();
    int64_t node = trie.child(text::PhraseTrie::kRoot, c_.forms.hash(i));
    if (node < 0) return false;
    const actors::Mention* subject = nullptr;
    for (const auto* x : all_mentions_)
      if (x->lead_token == i + 1) subject = x;
    if (!subject) return false;
    for (uint32_t j = subject->end_token; j < s_.end_token; ++j) {
      node = trie.child(static_cast<uint32_t>(node), c_.forms.hash(j));
      if (node < 0) return false;
      if (!trie.values(static_cast<uint32_t>(node)).empty()) {
        m = {i, i + 1, static_cast<uint32_t>(node), 0, false};
        resume_after_.push_back({i, j + 1});
        return true;
      }
    }
    return false;
  }

  // Places, event names and adjectives of nationality that modify no agent
  // ("الأزمة الليبية") do not take part in events; places can be the target of
  // a visit or of force (targets_ holds those).
  bool can_act(const actors::Mention& m) const {
    if (m.kind == "nested") return false;  // the state in a person's role phrase: the person acts
    if (m.kind == "metonym" || m.kind == "role" || m.kind == "institution") return true;
    const actors::Actor* a = c_.kb.find(m.actor);
    if (a && (a->type == "place" || a->type == "event_name")) return false;
    if (m.kind == "nisba") return m.lead_token > s_.first_token && is_agent_head(c_.word(m.lead_token - 1));
    return true;
  }

  bool is_place(const actors::Mention& m) const {
    const actors::Actor* a = c_.kb.find(m.actor);
    return a && a->type == "place";
  }

  bool inside_mention(uint32_t i) const {
    // Mentions are sorted and do not overlap: find the last one starting at or before i.
    auto it = std::upper_bound(all_mentions_.begin(), all_mentions_.end(), i,
                               [](uint32_t t, const actors::Mention* m) { return t < m->first_token; });
    return it != all_mentions_.begin() && i < (*(it - 1))->end_token;
  }

  // The first trigger of the phrase whose context words the sentence has
  // (read through clitics: بالأسلحة has أسلحة).
  const Trigger* applicable(const text::PhraseMatch& m) {
    for (uint32_t v : c_.lexicon.trie().values(m.node)) {
      const Trigger& t = c_.lexicon.trigger(v);
      if (t.context.empty()) return &t;
      const auto& words = sentence_words();
      for (const std::string& word : t.context)
        if (words.contains(text::PhraseTrie::hash(word))) return &t;
    }
    return nullptr;
  }

  // The hashes of every word of the sentence as written and behind its
  // proclitics (with and without the article), computed once per sentence.
  const util::HashMap64& sentence_words() {
    if (words_ready_) return sentence_words_;
    words_ready_ = true;
    for (uint32_t i = s_.first_token; i < s_.end_token; ++i) {
      sentence_words_.insert(c_.forms.hash(i), 1);
      for (const text::ProcliticForm& f : c_.forms.proclitic_forms(i)) {
        sentence_words_.insert(f.bare_hash, 1);
        if (f.definite) sentence_words_.insert(f.hash, 1);
      }
    }
    return sentence_words_;
  }

  const actors::Mention* first_after(uint32_t pos, uint32_t reach) const {
    for (const auto* m : mentions_)
      if (m->first_token >= pos) return m->first_token < pos + reach && m->first_token < limit_ ? m : nullptr;
    return nullptr;
  }

  bool joined_by_and(const actors::Mention* a, const actors::Mention* b) const {
    if (b->lead_token < a->end_token) return false;
    uint32_t gap = b->lead_token - a->end_token;
    return (gap == 0 && b->proclitics.substr(0, 2) == "و") || (gap == 1 && c_.word(a->end_token) == "و");
  }

  // Mentions coordinated with `m` by و, forward ("X وY") and, for a subject
  // that ends such a list, backward.
  std::vector<const actors::Mention*> coordinated(const actors::Mention* m, bool backward = false) const {
    std::vector<const actors::Mention*> group{m};
    auto at = std::find(mentions_.begin(), mentions_.end(), m);
    if (at == mentions_.end()) return group;
    for (auto it = at; it + 1 != mentions_.end() && joined_by_and(*it, *(it + 1)) && (*(it + 1))->first_token < limit_; ++it)
      group.push_back(*(it + 1));
    if (backward)
      for (auto it = at; it != mentions_.begin() && joined_by_and(*(it - 1), *it); --it) group.insert(group.begin(), *(it - 1));
    return group;
  }

  uint32_t clause_start(uint32_t pos) const {
    uint32_t start = s_.first_token;
    for (uint32_t k : complementizers_)
      if (k < pos) start = k + 1;
    return start;
  }

  // The nearest mention before `pos` in its clause, not governed by a preposition: the subject.
  const actors::Mention* subject_before(uint32_t pos) const {
    uint32_t floor = clause_start(pos);
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      const actors::Mention* m = *it;
      if (m->end_token > pos) continue;
      if (m->first_token < floor) break;
      if (preposition_of(c_, *m).empty()) return m;
    }
    return nullptr;
  }

  // The reporting source: the subject of the clause just before the
  // complementizer that opens `pos`'s clause ("أعلنت الخارجية الأمريكية أن …").
  const actors::Mention* reporter(uint32_t pos) const {
    uint32_t start = clause_start(pos);
    if (start == s_.first_token) return nullptr;
    uint32_t complementizer = start - 1;
    uint32_t floor = complementizer > 8 ? complementizer - 8 : 0;
    for (auto it = all_mentions_.rbegin(); it != all_mentions_.rend(); ++it) {
      const actors::Mention* m = *it;
      if (m->end_token > complementizer) continue;
      if (m->first_token < floor) break;
      if (m->kind == "nisba" && !(m->lead_token > 0 && (is_agent_head(c_.word(m->lead_token - 1)) ||
                                                          is_reporting_head(c_.word(m->lead_token - 1)))))
        continue;
      if (preposition_of(c_, *m).empty()) return m;
    }
    return nullptr;
  }

  // The target: the first mention after `pos` that the trigger's prepositions
  // allow, in the same clause and before the next trigger.
  const actors::Mention* target_after(const Trigger& t, uint32_t pos, const actors::Mention* not_this) const {
    uint32_t limit = limit_;
    for (uint32_t k : complementizers_)
      if (k >= pos) { limit = std::min(limit, k); break; }
    std::string own_state = not_this ? state_of(*not_this) : "";
    for (const auto* m : place_target(t.code) ? places_and_actors_ : mentions_) {
      if (m->first_token < pos || m == not_this) continue;
      if (m->first_token >= limit) break;
      if (!own_state.empty() && m->actor == own_state) continue;  // "قيادة الجيش الليبي": the source's own adjective
      std::string prep = preposition_of(c_, *m, /*through_noun=*/!t.target_preps.empty());
      if (prep_allowed(t, prep)) return m;
      // A direct object right after the verb or its subject ("هاتف X Y"), or
      // owned by one ("قصف مواقع لتنظيم داعش").
      if (t.kind != TriggerKind::kNoun && t.target_preps.empty() && prep == "ل" && m->lead_token <= pos + 2) return m;
      if (prep.empty() && t.kind != TriggerKind::kNoun && m->lead_token <= pos + 1) return m;
    }
    return nullptr;
  }

  // A statement's target: the subject of the clause it introduces
  // ("قال المبعوث إن الجيش الوطني …" — the envoy speaks of the army).
  const actors::Mention* statement_target(uint32_t pos) const {
    for (uint32_t k : complementizers_) {
      if (k < pos) continue;
      if (k > pos + kSubjectReach + 3) return nullptr;
      for (const auto* m : mentions_)
        if (m->first_token > k && m->first_token <= k + 4 && preposition_of(c_, *m).empty()) return m;
      return nullptr;
    }
    return nullptr;
  }

  void code_event(const Trigger& t, const text::PhraseMatch& m) {
    Modality mod = modality(c_, s_, m.first, m.prefix_bytes);
    if (mod.negated || mod.conditional || mod.question) return;
    std::string code = mod.future ? intent_code(t.code) : t.code;

    if (symmetric_pair(code, m)) return;

    const actors::Mention* before = subject_before(m.first);
    const actors::Mention* source = nullptr;
    const actors::Mention* target = nullptr;
    const char* rule = "";
    if (t.kind == TriggerKind::kNoun && possessed(m)) return;  // "هجومه": his attack — whose, the pronoun says
    if (t.kind == TriggerKind::kNoun && (source = nisba_after(m.end))) {
      rule = "noun-nisba";  // "دعم أمريكي للجيش": the adjective names the agent
    } else if (before && m.first - before->end_token <= kAdjacentSubject) {
      source = before;  // subject-first: "X قد استقبل Y"
      rule = "subject-first";
    } else if (t.kind == TriggerKind::kNoun) {
      const actors::Mention* g = first_after(m.end, kGenitiveReach + 1);
      if (g && preposition_of(c_, *g).empty()) {
        if (before && genitive_is_object(code)) {
          source = before;  // "وصل السفير … لزيارة حفتر": the genitive is the one visited
          target = g;
          rule = "noun-object";
        } else {
          source = g;       // "زيارة وفد الحكومة لواشنطن", "عدوان حفتر": the genitive acts
          rule = "noun-genitive";
        }
      }
    } else {
      const actors::Mention* v = first_after(m.end, kSubjectReach + 1);
      if (v && preposition_of(c_, *v).empty()) {
        source = v;  // verb-first, the common order of Arabic news
        rule = "verb-first";
      }
    }
    if (!source && before && m.first - before->end_token <= kDistantSubject) {
      source = before;
      rule = t.kind == TriggerKind::kNoun ? "noun-subject" : "subject-first";
    }
    if (!source) return;
    // Sources joined by و act together ("إشادة الأمم المتحدة والسفير البريطاني").
    std::vector<const actors::Mention*> sources = coordinated(source, /*backward=*/source->end_token <= m.first);
    uint32_t from = std::max(m.end, source->end_token > m.end ? sources.back()->end_token : m.end);
    for (const auto& [first, end] : resume_after_)
      if (first == m.first) from = std::max(from, end);
    if (!target) target = statement(code) && t.target_preps.empty() ? statement_target(from) : target_after(t, from, source);
    if (!target && (family(code) == "05" || family(code) == "11")) {
      target = agent_of_complement(m.end);  // praise or blame for an act: its agent
      if (target) rule = "complement-agent";
    }
    if (!target) {
      if (t.symmetric && sources.size() >= 2) add(code, m, sources[0], sources[1], true, "coordinated");
      return;
    }
    for (const auto* s : sources)
      for (const auto* g : coordinated(target)) add(code, m, s, g, false, rule);
  }

  // "بين X وY" or "جمع X وY" after the trigger: one event, marked symmetric.
  bool symmetric_pair(const std::string& code, const text::PhraseMatch& m) {
    for (uint32_t k = m.end; k < std::min(m.end + kBetweenReach, limit_); ++k) {
      std::string_view w = c_.word(k);
      if (is_clause_punctuation(w)) return false;
      if (!is_pairing_word(w)) continue;
      const actors::Mention* x = first_after(k + 1, 3);
      if (!x) return false;
      auto group = coordinated(x);
      if (group.size() >= 2) {
        add(code, m, group[0], group[1], true, "between");
        return true;
      }
      // "لقاء آخر جمعه برئيس مجلس النواب": the pronoun is the earlier subject.
      if (const actors::Mention* y = subject_before(m.first)) {
        add(code, m, y, x, true, "between");
        return true;
      }
      return false;
    }
    return false;
  }

  // A noun with a possessive pronoun ("هجومه", "دعمها"): its agent is the
  // pronoun's referent, which these rules do not resolve. ه is ambiguous (ة is
  // folded to ه), so only the attested possessive forms count for it.
  bool possessed(const text::PhraseMatch& m) const {
    std::string_view w = c_.word(m.end - 1);
    auto ends = [&](std::string_view p) { return w.size() > p.size() + 4 && w.substr(w.size() - p.size()) == p; };
    if (ends("ها") || ends("هم") || ends("هما")) return true;
    static constexpr std::string_view kPossessed[] = {"هجومه", "دعمه", "عدوانه", "قصفه", "اتصاله", "لقائه", "حربه"};
    return detail::one_of(w, kPossessed);
  }

  // A nationality adjective right after a noun trigger ("دعم أمريكي").
  const actors::Mention* nisba_after(uint32_t pos) const {
    for (const auto* m : all_mentions_)
      if (m->lead_token == pos && m->kind == "nisba") return m;
    return nullptr;
  }

  void add(const std::string& code, const text::PhraseMatch& m, const actors::Mention* source,
           const actors::Mention* target, bool symmetric, const char* rule) {
    if (source->actor == target->actor) return;
    Event e;
    e.code = code;
    e.goldstein = c_.cameo.goldstein(code);
    e.source = source->actor;
    e.target = target->actor;
    e.source_state = state_of(*source);
    e.target_state = state_of(*target);
    // An actor and its own state are one side: no event between them.
    if (e.source == e.target_state || e.target == e.source_state) return;
    if (const actors::Mention* r = reporter(m.first); r && r->actor != e.source && r->actor != e.target)
      e.reported_by = r->actor;
    date(m, e);
    e.sentence = index_;
    e.trigger_first = m.first;
    e.trigger_end = m.end;
    e.symmetric = symmetric;
    e.rule = rule;
    out_.push_back(std::move(e));
  }

  // The event's date: a DATE after the trigger in its clause (Arabic puts the
  // adverbial after the verb phrase), else the one the time layer finds
  // governing it in the sentence, else the document's (marked inherited).
  void date(const text::PhraseMatch& m, Event& e) const {
    const auto& times = c_.in.times;
    const time::TimeExpression* found = nullptr;
    for (const auto& t : times) {
      if (t.first_token < m.end || t.first_token >= s_.end_token) continue;
      bool boundary = false;
      for (uint32_t k = m.end; k < t.first_token && !boundary; ++k)
        boundary = is_clause_punctuation(c_.word(k)) || is_complementizer(c_.word(k));
      if (!boundary && t.type == "DATE") found = &t;
      break;
    }
    if (!found) {
      int g = time::governing_time(times, s_.first_token, s_.end_token, m.first, c_.in.normalized, &c_.in.tokens);
      if (g >= 0) found = &times[g];
    }
    if (found && !found->value.empty() && found->value.find('X') == std::string::npos && found->value[0] >= '0' &&
        found->value[0] <= '9') {
      e.date = found->value;
    } else {
      e.date = std::string(c_.in.document_date);
      e.date_inherited = true;
    }
  }

  std::string state_of(const actors::Mention& m) const {
    std::string s = c_.kb.state_of(m.actor);
    if (s.empty() && !m.role_of.empty()) s = c_.kb.state_of(m.role_of);
    return s == m.actor ? "" : s;
  }

  const Context& c_;
  const text::Sentence& s_;
  uint32_t index_;
  std::vector<Event>& out_;
  std::vector<const actors::Mention*> all_mentions_;  // every mention in the sentence
  std::vector<const actors::Mention*> mentions_;      // those that can be an event's argument
  std::vector<const actors::Mention*> places_and_actors_;  // targets of visits and force may be places
  std::vector<uint32_t> complementizers_;
  std::vector<Found> triggers_;
  std::vector<std::pair<uint32_t, uint32_t>> resume_after_;  // split phrases: first word → end of the phrase
  uint32_t limit_ = 0;  // arguments of the current trigger stop here (the next trigger)
  util::HashMap64 sentence_words_;  // hashes (as keys)
  bool words_ready_ = false;
};

}  // namespace

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

std::vector<Event> extract_events(const EventInput& in, const TriggerLexicon& lexicon, const Cameo& cameo,
                                  const actors::KnowledgeBase& kb) {
  std::vector<Event> out;
  std::optional<text::WordForms> own_forms;
  if (!in.forms) own_forms.emplace(in.normalized, in.tokens);
  Context c{in, lexicon, cameo, kb, in.forms ? *in.forms : *own_forms};
  size_t first_mention = 0;
  for (uint32_t s = 0; s < in.sentences.size(); ++s) {
    while (first_mention < in.mentions.size() && in.mentions[first_mention].first_token < in.sentences[s].first_token)
      ++first_mention;
    SentenceEvents(c, s, first_mention, out).run();
  }
  return out;
}

}  // namespace marsad::events
