#include "events/modality.h"

#include "events/arabic_cues.h"
#include "text/clitics.h"
#include "text/tense.h"

namespace marsad::events {
namespace {

constexpr uint32_t kLookBack = 3;  // negation and future particles stand right before their verb
constexpr uint32_t kAnyReach = 4;  // «أي» before the noun it quantifies, its own nouns between («أي ملامح تسوية أو اتصالات»)
constexpr uint32_t kOnlyReach = 8;   // «فحسب» ("only") after a negated act, its object between
constexpr uint32_t kAskedReach = 4;  // words (names not counted) from a verb of asking back to the act it asks for
constexpr uint32_t kMayReach = 14;  // «قد يعطل» heads its clause, the act a dozen words on
constexpr uint32_t kHabitReach = 6;  // «يزور أوجلان بصفة منتظمة»: the verb's object between it and the habit's word
constexpr uint32_t kBackPointerReach = 4;  // from a denial to the «هذه» of what it denies, names between («نفى السفير قطان هذه»)

// Verbs of denial: an act reported under them is denied («نفت الوزارة أن تكون قصفت»).
// Read behind a conjunction: «ونفى المتحدث أن يكون …».
bool is_denial(std::string_view w) { return cue_lists().denial_verbs.contains(text::behind_conjunction(w)); }
bool is_refusal(std::string_view w) { return cue_lists().refusal_verbs.contains(text::behind_conjunction(w)); }

// Words before a verbal noun that say its act did not take place: put off or
// called off («تأجيل زيارة», «أجّل زيارته»), feared («خشية دعم»), only aimed at
// («لمنع وصول», «بهدف تدمير», «من أجل الضغط»), or wished, owed or possible
// («ضرورة استئناف المفاوضات», «يأمل في رفع العقوبات», «عن أمله في استئناف»,
// «يمكن أن تشن هجوما», «يفترض أن تجتمع»), or ruled out («استبعد لقاء X وY»,
// «من المستبعد أن يلتقي»).
bool is_proposal(std::string_view w) { return cue_lists().proposal_verbs.contains(text::behind_conjunction(w)); }

bool is_unrealizing(std::string_view w) {
  return cue_lists().unrealizing_words.contains(w) || cue_lists().unrealizing_words.contains(text::behind_conjunction(w));
}

// Words of keenness or resolve before an act: intent, not the act («أكد حرص
// البلدين على تعزيز العلاقات», «أعلن عزمه زيارة موسكو»).
bool is_intent(std::string_view w) { return cue_lists().intent_words.contains(w); }

// A call to stop an act: «وقف», «بوقف», «إيقاف», «إنهاء».
bool is_stopping(std::string_view w) {
  for (std::string_view x : {w, text::behind_glued_letter(w)})
    if (x == "وقف" || x == "ايقاف" || x == "انهاء") return true;
  return false;
}

// «إنه يزور أوجلان بصفة منتظمة», «وتعقد روسيا اجتماعات منتظمة مع أعضاء أوبك», «وعادة
// ما تتهم البحرين إيران»: a verb in the present told as a habit, a few words on in
// its clause or with «عادة» right before it, is no act of a day.
bool habitual(const SentenceView& v, uint32_t trigger, uint8_t prefix_bytes, bool verbal_noun) {
  std::string_view verb = v.word(trigger).substr(prefix_bytes);
  if (verbal_noun || text::is_future_verb(v.word(trigger)) ||
      !(verb.starts_with("ي") || verb.starts_with("ت") || verb.starts_with("ن")))
    return false;
  for (uint32_t i = trigger, n = 0; i-- > v.first() && n < 2; ++n)
    if (is_habitual_word(v.word(i))) return true;  // «وعادة ما تتهم»
  for (uint32_t i = trigger + 1; i < v.end() && i <= trigger + kHabitReach; ++i) {
    if (is_clause_punctuation(v.word(i))) return false;
    if (is_habitual_word(v.word(i))) return true;
  }
  return false;
}

// «وإذا تم التوقيع على الاتفاقية، فإنها ستكون أول اتفاقية بين X وY»: the clause
// that answers a condition — opened by ف («فإن», «فسوف», «فستكون») right after
// the clause the condition opens — is as hypothetical as the condition.
bool answers_a_condition(const SentenceView& v, uint32_t trigger) {
  uint32_t open = trigger;  // the first word of the trigger's clause
  while (open > v.first() && !is_clause_punctuation(v.word(open - 1))) --open;
  if (open == v.first()) return false;
  std::string_view w = v.word(open);
  // «فستكون», «فسيتم»: a future verb behind ف (text::is_future_verb reads through it).
  bool answer = w.substr(0, 6) == "فان" || w == "فسوف" || (w.substr(0, 2) == "ف" && text::is_future_verb(w));
  if (!answer) return false;
  uint32_t condition = open - 1;  // the first word of the clause before
  while (condition > v.first() && !is_clause_punctuation(v.word(condition - 1))) --condition;
  return is_condition(v.word(condition)) ||
         (condition + 1 < open && is_condition_phrase(v.word(condition), v.word(condition + 1)));
}

}  // namespace

Modality modality_of(const SentenceView& v, uint32_t trigger, uint8_t prefix_bytes, bool verbal_noun) {
  Modality m;
  std::string_view word = v.word(trigger);
  // Three words back, names, quote marks and a bracketed aside not counted: «ولم تصوب
  // القوات الحكومية السورية نيرانها», «واستبعد ظريف (في ما يبدو في اللحظة الأخيرة) زيارة»,
  // «تفضيل «الملا أختر» إجراء محادثات».
  uint32_t from = trigger;
  for (uint32_t words = 0, depth = 0; from > v.first() && words < kLookBack;) {
    std::string_view w = v.word(--from);
    if (w == ")") ++depth;
    else if (w == "(" && depth > 0) --depth;
    else if (depth == 0 && !v.inside_mention(from) && !text::is_quote_mark(w)) ++words;
  }
  for (uint32_t i = from, depth = 0; i < trigger; ++i) {
    std::string_view x = v.word(i);
    if (x == "(" || x == ")") {  // an aside's brackets, and what they hold, are read past
      depth = x == "(" ? depth + 1 : depth > 0 ? depth - 1 : 0;
      continue;
    }
    if (depth > 0 || v.inside_mention(i)) continue;  // «سيرجي لافروف اجتمع»: a name is no particle
    if (is_clause_punctuation(x)) {  // a clause boundary resets what came before
      m = Modality{};
      continue;
    }
    m.negated |= is_negation(x);
    m.denied |= is_denial(x);
    m.future |= text::is_future_marker(x) || text::is_future_verb(x) || is_intent(x);
    m.conditional |= is_condition(x) || (i > v.first() && is_condition_phrase(v.word(i - 1), x));
    m.unrealized |= is_unrealizing(x);
  }
  m.future |= text::is_future_verb(word) && prefix_bytes > 0;  // the trigger's own «سـ», whatever stands before
  // «سيقف إلى جانب», «ستصل»: a short verb behind the «سـ» the lexicon's reading took off.
  m.future |= text::behind_conjunction(word.substr(0, prefix_bytes)) == "س";
  m.conditional |= answers_a_condition(v, trigger);
  m.habitual = habitual(v, trigger, prefix_bytes, verbal_noun);
  // «لم يكن أردوغان يقصف قوات داعش فحسب لكن أيضا …»: "not only", the act done and more.
  if (m.negated)
    for (uint32_t i = trigger + 1; i < v.end() && i <= trigger + kOnlyReach; ++i) {
      if (is_clause_punctuation(v.word(i))) break;
      if (v.word(i) == "فحسب") m.negated = false;
    }
  // «طلب خلال اللقاء زيارة القوات المصرية», «دعا هادي إلى الحوار»: an act asked for (or
  // refused), not done — a few words back, names between — unless what is asked is that it stop
  // («طالب بوقف قصف الطائرات»: the bombing goes on), or the act is when the asking was
  // («ودعا خلال لقائه»; not «طلب خلال اللقاء زيارة»). So is one a verb of denial
  // governs («نفى رئيس الحكومة التركية بشدة الاتهامات الموجهة لبلاده»): denied.
  if (verbal_noun)
    for (uint32_t i = trigger, words = 0; i-- > v.first() && words < kAskedReach;) {
      if (v.inside_mention(i)) continue;
      std::string_view x = v.word(i);
      if (is_clause_punctuation(x) || is_complementizer(x)) break;
      if (is_stopping(x) || ((is_during_word(x) || is_time_adverb(x)) && i + 1 == trigger)) break;
      // «لرفضها الاعتراف بإسرائيل», «أعلنت رفضها التفاوض»: an act refused is not done.
      if (is_proposal(x) || is_refusal(text::behind_glued_letter(x))) {
        m.unrealized = true;
        break;
      }
      if (is_denial(x)) {
        m.denied = true;
        break;
      }
      ++words;
    }
  // «وقد يعطل الغضب … الجهود الرامية إلى حشد التأييد», «قد يعني هذا أن يشكك»: «قد»
  // before an imperfect verb says "may", and what its clause goes on to tell is
  // possible, not done («قد استقبل», before a past verb, is "has").
  for (uint32_t i = trigger; i-- > v.first() && i + kMayReach >= trigger;) {
    std::string_view x = v.word(i);
    if (is_clause_punctuation(x)) break;
    if (text::behind_conjunction(x) != "قد" || i + 1 >= v.end()) continue;
    std::string_view verb = v.word(i + 1);
    if (verb.substr(0, 2) == "ي" && verb.size() >= 6) m.unrealized = true;  // «قد يصل», «قد يكون»
  }
  // «أي اتصالات», «أي ملامح تسوية أو اتصالات»: any act at all, none in particular —
  // said where none is, or might be, not one that took place. Not «أي أن …» ("that
  // is, …"), which opens a clause that may well assert one.
  for (uint32_t i = trigger > v.first() + kAnyReach ? trigger - kAnyReach : v.first(); i < trigger; ++i)
    if (v.word(i) == "اي" && !v.punctuation_between(i, trigger) && !is_complementizer(v.word(i + 1)))
      m.unrealized = true;
  // «في محاولة لتهدئة قلق إسرائيل»: an attempt's aim, glued to the ل of purpose.
  if (trigger > v.first() && prefix_bytes > 0 && text::behind_conjunction(word).substr(0, 2) == "ل" &&
      (v.word(trigger - 1) == "محاوله" || v.word(trigger - 1) == "محاولات"))
    m.unrealized = true;
  // «نفى المتحدث وجود أي اتصالات», «شكك بوجود مفاوضات»: the act's very existence
  // is denied or doubted, a few words back.
  {
    constexpr uint32_t kExistenceReach = 6;
    uint32_t j = trigger;
    if (j > v.first() && v.word(j - 1) == "اي") --j;
    std::string_view existence = j > v.first() ? v.word(j - 1) : std::string_view();
    if (existence == "وجود" || existence == "بوجود")
      for (uint32_t i = j - 1; i-- > v.first() && i + kExistenceReach >= j - 1;) {
        if (is_clause_punctuation(v.word(i))) break;
        if (is_denial(v.word(i))) m.denied = true;
      }
  }
  // Denied: a denial verb before the complementizer that opens the trigger's clause.
  // Proposed: a verb of proposing, asking or hoping there («اقترح أن تفتح جبهة
  // قتال بين X وY», «طالب بأن تنسحب القوات»): what is asked for is not done.
  // Not a relative clause: «طالب بمحاسبة من شنوا الهجوم» asks about an attack done.
  uint32_t start = v.clause_start(trigger);
  bool after_complementizer = start > v.first() && is_complementizer(v.word(start - 1));
  // «ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا»: a clause that a mark of the
  // future opens with «أن» tells an act to come, whatever stands between.
  // Not an act the clause dates before it: «… أن تقوم تركيا بفتح القاعدة، وذلك بعد اتصال هاتفي».
  // «وصل ماورر إلى صنعاء، على أن يجري محادثات …»: «على أن» after a comma sets
  // what is to follow, an act to come.
  bool to_follow = after_complementizer && start > v.first() + 2 && v.word(start - 2) == "علي" &&
                   is_clause_punctuation(v.word(start - 3));
  if (after_complementizer && start > v.first() + 1 && (to_follow || text::is_future_marker(v.word(start - 2)))) {
    bool dated_before = false;
    for (uint32_t i = start; i < trigger && !dated_before; ++i) {
      std::string_view x = text::behind_conjunction(v.word(i));
      dated_before = x == "ذلك" || x == "بعد" || x == "عقب" || x == "اثر";
    }
    m.future |= !dated_before;
  } else if (after_complementizer && start > v.first() + 1) {
    // «ومن المرجح أن يزور», «من الممكن أن», «من المستبعد أن»: what may happen (or may
    // not) is not told as done.
    std::string_view x = text::behind_conjunction(v.word(start - 2));
    if (x.substr(0, 4) == "ال") x.remove_prefix(4);
    if (cue_lists().possibility_predicates.contains(x)) m.unrealized = true;
  }
  // Five words back, a bracketed aside and names not counted («وتأمل سارة (93 عاما)
  // أن يزور», «رفض رئيس الحكومة التركية أحمد داود أوغلو بشدة أن تكون»).
  if (start > v.first() + 1)
    for (uint32_t i = start - 1, words = 0; i-- > v.first() && words < 5;) {
      if (v.word(i) == ")") {
        while (i > v.first() && v.word(i) != "(") --i;
        continue;
      }
      if (v.inside_mention(i)) continue;
      ++words;
      if (is_denial(v.word(i))) m.denied = true;
      if (after_complementizer && (is_proposal(v.word(i)) || is_refusal(v.word(i)))) m.unrealized = true;
    }
  // «أشار إلى أن هجوما روسيا على فنلندا ممكن»: the clause's predicate, after the
  // act, says it may happen.
  if (after_complementizer)
    for (uint32_t i = trigger + 1; i < v.end() && i <= trigger + kMayReach; ++i) {
      std::string_view x = v.word(i);
      if (is_clause_punctuation(x) || is_complementizer(x)) break;
      if (cue_lists().possibility_predicates.contains(x)) m.unrealized = true;
    }
  // «هل», and «ألم» (the question of a negated past: "did X not …?"); «هل» anywhere
  // before a verb («وسأل: هل ستحارب القوات داعش؟»: asked, not told). A verbal noun
  // the question is about is taken as done («هل تدعمون هجوم القوات على النصرة»).
  if (v.word(v.first()) == "هل" || v.word(v.first()) == "الم" || v.word(v.first()) == "اولم") m.question = true;
  for (uint32_t i = v.first(); i < trigger && !m.question && !verbal_noun; ++i)
    m.question = text::behind_conjunction(v.word(i)) == "هل";
  std::string_view last = v.word(v.end() - 1);
  if (last == "؟" || last == "?") m.question = true;
  return m;
}

namespace {

// A word pointing back at what was told: «هذه المزاعم», «ذلك», «لهذه الزيارة» (not
// «لذلك», "therefore").
bool points_back(std::string_view w) {
  static constexpr std::string_view kDemonstratives[] = {"هذه", "هذا", "ذلك", "تلك", "لهذه", "لهذا"};
  return detail::one_of(w, kDemonstratives);
}

}  // namespace

bool prepared_afterwards(const SentenceView& v, uint32_t trigger) {
  // Not «إعداد», which normalized is also «أعداد» ("numbers": «أعداد تلك القوات»).
  static constexpr std::string_view kPreparing[] = {"ترتيب", "الترتيب", "تحضير", "التحضير"};
  for (uint32_t i = trigger + 1; i + 1 < v.end(); ++i) {
    std::string_view w = v.word(i);
    if ((detail::one_of(w, kPreparing) || detail::one_of(text::behind_glued_letter(w), kPreparing)) &&
        points_back(v.word(i + 1)))
      return true;
  }
  return false;
}

bool denied_afterwards(const SentenceView& v, uint32_t trigger) {
  for (uint32_t i = trigger + 1; i + 1 < v.end(); ++i) {
    if (!is_denial(v.word(i)) || v.inside_mention(i)) continue;
    for (uint32_t j = i + 1; j < v.end() && j <= i + kBackPointerReach; ++j)
      if (points_back(v.word(j)) || v.word(j) == "صحه") return true;  // «صحة هذه الأنباء»
  }
  return false;
}

}  // namespace marsad::events
