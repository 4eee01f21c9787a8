#include "events/dating.h"

#include <algorithm>

#include "events/arabic_cues.h"
#include "events/extractor.h"
#include "text/clitics.h"
#include "text/tense.h"
#include "time/date_value.h"
#include "time/governing_time.h"

namespace marsad::events {
namespace {

constexpr int kHistoricalYears = 10;

int year_of(std::string_view date) {
  if (date.size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return 0;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

// A date the calendar can place: neither a reference («PAST_REF») nor a pattern with unknowns.
bool concrete(std::string_view value) {
  return !value.empty() && value.find('X') == std::string_view::npos && value[0] >= '0' && value[0] <= '9';
}

// «المجزرة التي ارتكبتها قوات الأسد أول من أمس»: a day named in a relative
// clause dates the act of the noun it describes, not the story.
bool in_a_relative_clause(const SentenceView& v, uint32_t time_first) {
  constexpr uint32_t kReach = 8;  // the relative pronoun, its verb, the verb's subject and adjuncts
  for (uint32_t i = time_first; i > 0 && time_first - i < kReach;) {
    std::string_view w = v.word(--i);
    if (is_clause_punctuation(w)) return false;
    if (is_relative_pronoun(w)) return true;
  }
  return false;
}

// «تراجع عدد القتلى 6 في المائة مقارنة بالنصف الأول من 2014»: a time a figure is
// compared with is no act's day.
bool compared_with(const SentenceView& v, uint32_t time_first) {
  constexpr uint32_t kReach = 5;  // words back to it: «مقارنة بالنصف الأول من 2014»
  static constexpr std::string_view kWords[] = {"مقارنه", "بالمقارنه", "قياسا", "مقارنا"};
  for (uint32_t i = time_first; i > v.first() && time_first - i < kReach;) {
    std::string_view w = text::behind_conjunction(v.word(--i));
    if (is_clause_punctuation(w)) return false;
    if (detail::one_of(w, kWords)) return true;
  }
  return false;
}

// «أول زيارة لكارتر إلى بغداد منذ تسلمه مهامه في فبراير الماضي»: a time after
// «منذ» and the noun of another act, between the act at `end` and the time, dates
// that act (when the act runs from), not this one. Not «منذ» right before the time
// («يشن التحالف غارات منذ أغسطس 2014»), nor with only a part of the day or the year
// between («منذ يوم الأمس», «منذ نهار الاثنين»): when the act itself began.
bool dates_a_since_clause(const SentenceView& v, uint32_t end, uint32_t time_first) {
  constexpr uint32_t kReach = 6;  // «منذ تسلمه مهامه رسميا في»
  static constexpr std::string_view kParts[] = {"يوم",  "اليوم", "نهار",  "ليل",  "ليله",  "صباح",  "مساء", "فجر", "شهر",
                                                "عام",  "العام", "سنه",   "مطلع", "بدايه", "منتصف", "نهايه", "اواخر", "اوائل"};
  for (uint32_t i = time_first; i > end && time_first - i < kReach;) {
    std::string_view w = v.word(--i);
    if (is_clause_punctuation(w)) return false;
    if (text::behind_conjunction(w) != "منذ") continue;
    for (uint32_t k = i + 1; k < time_first; ++k)
      if (!v.inside_time(k) && !detail::one_of(v.word(k), kParts)) return true;  // another act's noun
    return false;
  }
  return false;
}

// «على صعيد آخر», «في سياق منفصل», «في تطور آخر»: the text turns to another story
// between tokens [from, to); the day it was at is not this one's. («من جهة أخرى» is
// as often the other side of the same story: not one of them.)
bool another_story_between(const SentenceView& v, uint32_t from, uint32_t to) {
  static constexpr std::string_view kFront[] = {"صعيد", "سياق", "شان", "تطور", "حادثه", "موضوع"};
  static constexpr std::string_view kOther[] = {"اخر", "اخري", "ثانيه", "منفصل", "منفصله", "مختلف"};
  for (uint32_t i = from; i + 1 < to; ++i)
    if (detail::one_of(v.word(i), kFront) && detail::one_of(v.word(i + 1), kOther)) return true;
  return false;
}

// A time that opens its sentence or clause («وفي 14 يوليو، التقى …», «وفي وقت
// سابق،») moves the story's day; one inside a phrase («الموقع في 14 يوليو», «منذ
// منتصف يوليو») describes a noun or a state.
bool opens_its_clause(const SentenceView& v, uint32_t time_first) {
  constexpr uint32_t kReach = 2;  // «وفي», «في يوم»
  const auto& sentences = v.input().sentences;
  for (uint32_t i = time_first, n = 0; n <= kReach; --i, ++n) {
    if (i == 0 || v.token(i - 1).kind == text::TokenKind::kPunct) return true;
    auto s = std::partition_point(sentences.begin(), sentences.end(),
                                  [&](const text::Sentence& x) { return x.first_token < i; });
    if (s != sentences.end() && s->first_token == i) return true;
    std::string_view w = text::behind_conjunction(v.word(i - 1));
    if (w != "في" && w != "يوم") return false;
  }
  return false;
}

// The day the story is at, for an act its own clause does not date. News
// tells one day's story: the lead says «أمس» once, and the sentences after it
// go on with that day's acts without saying it again. So the last day named
// before the act stands for it — when it is within a week before the
// document's day (a day further back is the story's history, one after it an
// announcement). Not for an act told in the present tense («ينفي», «يتوقع»):
// that is said on the day of the report; nor past a turn to another story («على
// صعيد آخر»).
const time::TimeExpression* story_day(const SentenceView& v, uint32_t trigger, std::string_view document_date) {
  constexpr int64_t kStoryReachDays = 7;
  constexpr int64_t kHistoryDays = 365;  // a month or a year that ended this long before the document is history
  std::string_view w = text::behind_conjunction(v.word(trigger));
  if (w.substr(0, 2) == "ي") return nullptr;  // an imperfect verb
  time::DateValue document = time::DateValue::parse(document_date);
  if (document.precision != time::Precision::kDay) return nullptr;
  const auto& times = v.input().times;
  auto before = std::partition_point(times.begin(), times.end(),
                                     [&](const time::TimeExpression& t) { return t.end_token <= trigger; });
  uint32_t read_back_to = trigger;  // the words after the time last looked at are read once
  for (auto t = before; t != times.begin();) {
    --t;
    if (another_story_between(v, t->end_token, read_back_to)) return nullptr;
    read_back_to = std::min(read_back_to, t->end_token + 1);
    if (t->type != "DATE" || in_a_relative_clause(v, t->first_token)) continue;
    time::DateValue day = time::DateValue::parse(t->value);
    if (day.precision != time::Precision::kDay) {
      // «هذا العام» holds the document's day: the story stays where it was.
      // «الشهر الماضي», «في وقت سابق»: it has moved back, to no day we know.
      bool holds_today = day.known() && day.first_day().serial() <= document.serial() &&
                         document.serial() <= day.last_day().serial();
      if (holds_today || t->value == "PRESENT_REF") continue;  // «حتى اللحظة»: still the story's day
      // «كما دعم المجهود الحربي في حرب أكتوبر 1973»: history recalled in passing,
      // a year and more back, does not move the story; it goes on at its day.
      if (day.known() && document.serial() - day.last_day().serial() > kHistoryDays) continue;
      // «موجودة في محافظة حلب منذ منتصف يوليو»: nor does a time inside a phrase.
      if (!opens_its_clause(v, t->first_token)) continue;
      return nullptr;
    }
    int64_t days_before = document.serial() - day.serial();
    // «الاتفاق النووي الموقع في الرابع عشر من يوليو»: a day weeks back named in
    // passing is the background's; the story goes on at its day.
    if (days_before > kStoryReachDays && !opens_its_clause(v, t->first_token)) continue;
    return days_before > 0 && days_before <= kStoryReachDays ? &*t : nullptr;
  }
  return nullptr;
}

// «وجاء القرار بعد أن أبرمت واشنطن اتفاقا مع موسكو»: the act right after «بعد أن» is
// done before its clause's (a time named before «بعد» still dates it: «أمس بعد أن
// قصفت مقاتلات تركية» is yesterday's).
bool after_which(const SentenceView& v, uint32_t trigger) {
  return trigger >= v.first() + 2 && v.word(trigger - 1) == "ان" &&
         text::behind_conjunction(v.word(trigger - 2)) == "بعد";
}

// A verb in the perfect, read off its letters behind و/ف: no article, no imperfect
// prefix (not «كانت تتهم», "used to accuse"; ت only with the perfect's own: «اتهمت»).
bool in_the_perfect(std::string_view act) {
  return !act.starts_with("ال") && !act.starts_with("ي") && (!act.starts_with("ت") || act.ends_with("ت"));
}

// «مدينة عدن التي حررها الجيش»: a relative clause in the perfect describes its noun
// by what was done before the report (not «الذي سيتوجه»: to come).
bool describes_by_what_was_done(const SentenceView& v, uint32_t trigger) {
  std::string_view act = text::behind_conjunction(v.word(trigger));
  return in_the_perfect(act) && !text::is_future_verb(act) && trigger > v.first() &&
         is_relative_pronoun(v.word(trigger - 1));
}

// «وكان الرئيس قد التقى …»: «كان … قد» before the act tells it as done before
// the story's day (its background); so does «سبق لـX أن» («وسبق لهولاند أن التقى»).
bool told_as_earlier(const SentenceView& v, uint32_t trigger) {
  constexpr uint32_t kReach = 8;  // «وكان وزير الخارجية الأمريكي جون كيري قد»
  bool before_act = false;        // «قد» seen between the copula and the act
  // «بعد أن كانت واشنطن اتهمت تركيا»: the copula, its named subject and a verb in the
  // perfect is as «قد» is — not a noun the copula's subject («كانت زيارة دي ميستورا مفاجئة»).
  bool perfect = in_the_perfect(text::behind_conjunction(v.word(trigger)));
  if (perfect && after_which(v, trigger)) return true;
  bool only_subject = true, named = false;  // only the subject's names and times between the copula and the act
  for (uint32_t i = trigger; i-- > v.first() && i + kReach >= trigger;) {
    std::string_view w = text::behind_conjunction(v.word(i));
    if (is_clause_punctuation(w)) return false;
    if (is_already_verb(w)) return true;
    if (w == "قد") before_act = true;
    bool copula = w == "كان" || w == "كانت" || w == "كانوا" || w == "كانا";
    if (copula && (before_act || (perfect && only_subject && named))) return true;
    only_subject &= v.inside_mention(i) || v.inside_time(i);
    named |= v.inside_mention(i);
  }
  return false;
}

// «الاجتماع المشترك بين وزراء … وجون كيري، الذي انعقد أمس»: a relative clause
// whose verb only says that an act took place («انعقد», «جرت») is on the act's
// own noun, however far the act's sides stretch it; its day is the act's. Not
// «تم», which goes with another act's noun («الاتفاق الذي تم التوصل إليه»).
const time::TimeExpression* taking_place_day(const SentenceView& v, uint32_t end) {
  constexpr uint32_t kReach = 30;  // the sides of a meeting, with their titles, between the noun and its clause
  constexpr uint32_t kVerbToTime = 3;  // «التي جرت أمس», «الذي انعقد صباح أمس»
  for (uint32_t i = end; i + 1 < v.end() && i < end + kReach; ++i) {
    if (v.complementizer_between(i - 1, i + 1)) return nullptr;
    if (!is_relative_pronoun(v.word(i))) continue;
    std::string_view verb = v.word(i + 1);  // the first relative clause after the act is read, no other
    if (!is_taking_place_verb(verb) || verb == "تم" || verb == "تمت") return nullptr;
    const auto& times = v.input().times;  // in text order: read from the first after the verb
    auto t = std::partition_point(times.begin(), times.end(),
                                  [&](const time::TimeExpression& x) { return x.first_token <= i + 1; });
    for (; t != times.end() && t->first_token <= i + 1 + kVerbToTime; ++t)
      if (t->type == "DATE") return &*t;
    return nullptr;
  }
  return nullptr;
}

// +1 when the act at `trigger` is told as on the eve of the clause's day («عشية
// اجتماعات الدوحة»: the talks come the day after), -1 as on its morrow («غداة
// لقائه»: the meeting was the day before), 0 otherwise.
int eve_or_morrow(const SentenceView& v, uint32_t trigger) {
  if (trigger <= v.first()) return 0;
  std::string_view w = text::behind_conjunction(v.word(trigger - 1));
  return w == "عشيه" ? 1 : w == "غداه" ? -1 : 0;
}

// «قريبا», «في المستقبل», «خلال الأيام المقبلة»: a time to come from the day of
// writing — not «لاحقا», «في وقت لاحق», «بعد أشهر», later than a story's past day.
bool names_the_coming_days(const SentenceView& v, const time::TimeExpression& t) {
  for (uint32_t i = t.first_token; i < t.end_token; ++i) {
    std::string_view w = v.word(i);
    if (w == "قريبا" || w == "قريب" || w == "المستقبل" || w == "المقبله" || w == "القادمه" || w == "العاجل") return true;
  }
  return false;
}

// «ويصل كيري إلى القاهرة خلال أيام»: an act told by a verb in the imperfect with a
// span after «خلال» that counts no number («خلال أيام», «خلال ساعات») in its clause.
bool within_a_coming_span(const SentenceView& v, uint32_t first, uint32_t end) {
  constexpr uint32_t kReach = 10;  // the verb's subject and object, then «خلال»
  if (!text::behind_conjunction(v.word(first)).starts_with("ي")) return false;
  for (const time::TimeExpression& t : v.input().times)
    if (t.type == "DURATION" && t.first_token >= end && t.first_token <= end + kReach && t.end_token <= v.end() &&
        t.value.find('X') != std::string::npos && text::behind_conjunction(v.word(t.first_token)) == "خلال" &&
        !v.punctuation_between(end - 1, t.first_token))
      return true;
  return false;
}

// A day's date moved by `days`; any other value as it is.
std::string shifted(const std::string& value, int days) {
  if (days == 0) return value;
  time::DateValue d = time::DateValue::parse(value);
  return d.precision == time::Precision::kDay ? d.plus_days(days).format() : value;
}

// A participle of a lasting state («القائمة», «المفقودة», «المحتجز») among the three
// words before token `at`, after token `from`.
bool state_participle_before(const SentenceView& v, uint32_t at, uint32_t from) {
  static constexpr std::string_view kStates[] = {"القائم",  "القائمه", "المفقود", "المفقوده", "المحتجز", "المحتجزه",
                                                 "المعتقل", "المعتقله", "الموجود", "الموجوده", "العالق",  "العالقه"};
  for (uint32_t i = at, n = 0; i > from && n < 3; ++n)
    if (detail::one_of(v.word(--i), kStates)) return true;
  return false;
}

}  // namespace

EventDate date_of(const SentenceView& v, uint32_t first, uint32_t end, std::string_view document_date) {
  const auto& times = v.input().times;
  if (within_a_coming_span(v, first, end)) {
    EventDate out{std::string(document_date), true};
    out.to_come = true;
    return out;
  }
  const time::TimeExpression* found = nullptr;
  // A time that is not the act's: «الأولى … منذ عام 2003» (the first since: the act
  // is news), or a recent one in a relative clause on another noun after the act
  // («خلال زيارة إلى عدن التي شهدت معارك الشهر الماضي»; right after the act's
  // noun, «الهجوم الذي شنه داعش الاثنين», the clause is the act's own).
  int document_year = year_of(document_date);
  auto not_the_acts = [&](const time::TimeExpression& t) {
    if (compared_with(v, t.first_token)) return true;
    if (t.first_token > end && dates_a_since_clause(v, end, t.first_token)) return true;
    constexpr uint32_t kFirstReach = 12;  // «للمرة الأولى», «أول زيارة يقوم بها X» stand this close before «منذ»
    // «منذ» before the time, or its first word («أول زيارة … منذ 12 عاما»).
    uint32_t since = v.word(t.first_token) == "منذ" ? t.first_token + 1 : t.first_token;
    if (since > v.first() && v.word(since - 1) == "منذ")
      for (uint32_t k = since - 1; k > v.first() && since - k < kFirstReach; --k) {
        std::string_view w = v.word(k - 1);
        if (w == "الاولي" || w == "اول" || w == "الاول" || w == "لاول") return true;
      }
    // An old date there is kept — but not a point after «منذ» («قبرص الذي تحتله
    // تركيا منذ 1974»): when the other clause's state began, not the act's day.
    bool since_a_point = since == t.first_token && since > v.first() && v.word(since - 1) == "منذ";
    // «الهدنة القائمة منذ العام 2013», «المواطنة المفقودة في اليمن منذ فبراير» after
    // the act: when another noun's lasting state began, not the act's day (right
    // after it, «ويشن التحالف غارات منذ أغسطس 2014», it is when the act began).
    if (since_a_point && t.first_token > end && state_participle_before(v, since - 1, end)) return true;
    int year = year_of(t.value);
    bool old = year && document_year && document_year - year >= kHistoricalYears;
    if (t.first_token <= end || !v.relative_between(end, t.first_token)) return false;
    // An old year in a relative clause right on the act («الحرب التي اندلعت عام 1980»)
    // is its own; on another noun further on («بضيف مصر …، واستكمالا لمسيرة الملك
    // سلمان الذي تطوع للدفاع عن مصر عام 1956») it is that noun's history.
    constexpr uint32_t kOwnRelativeReach = 2;  // words between the act and «الذي»
    return !old || since_a_point || !v.relative_between(end, std::min(t.first_token, end + kOwnRelativeReach + 1));
  };
  // The first time after the trigger (times are in text order), if in the sentence.
  auto next = std::partition_point(times.begin(), times.end(),
                                   [&](const time::TimeExpression& t) { return t.first_token < end; });
  // Clause punctuation or a complementizer in [from, to): a clause of its own begins.
  auto boundary = [&](uint32_t from, uint32_t to) {
    return v.punctuation_between(from - 1, to) || v.complementizer_between(from - 1, to);
  };
  // «باتفاقية جدة التي وقعها فيصل وعبد الناصر، عام 1965م، …»: a time set off by
  // commas right after the clause is its adjunct, not a clause of its own.
  auto set_off = [&](uint32_t from, const time::TimeExpression& t) {
    uint32_t comma = t.first_token - 1;
    if (t.first_token == 0 || comma < from || (v.word(comma) != "،" && v.word(comma) != ",") || boundary(from, comma))
      return false;
    if (v.word(t.first_token).substr(0, 2) == "و") return false;
    return t.end_token >= v.end() || is_clause_punctuation(v.word(t.end_token));
  };
  // A vague reference right before a date gives way to it («في وقت سابق أمس»).
  for (uint32_t from = end;
       next != times.end() && next->first_token < v.end() && (!boundary(from, next->first_token) || set_off(from, *next));
       from = next->end_token, ++next) {
    if (next->type != "DATE" || not_the_acts(*next)) break;
    found = &*next;
    if (concrete(found->value)) break;
  }
  if (!found) found = taking_place_day(v, end);
  // «وقال كيري غداة لقائه لافروف»: an act on the eve or the morrow of the clause's
  // day, which names no day of its own, is a day after or before that day.
  int shift = found ? 0 : eve_or_morrow(v, first);
  if (!found) {
    int g = time::governing_time(times, v.first(), v.end(), first, v.input().normalized, &v.input().tokens);
    // A time inside a clause reported after the act dates that clause's own
    // acts («سلمت …، وقالت: إنها ستسلمها … هذا الشهر»).
    // Nor a year before the document's named in a relative clause before the act and
    // closed before it («الطريق التي استخدمتها قوات صالح في حرب عام 1994، وقد شن
    // التحالف غارات»): that clause's background. (A recent day there is often the
    // act's occasion: «في جلسته التي عقدت أمس، مؤكدا تضامن».)
    bool closed_relative = g >= 0 && times[g].end_token <= first && year_of(times[g].value) &&
                           year_of(times[g].value) < document_year && in_a_relative_clause(v, times[g].first_token) &&
                           v.punctuation_between(times[g].end_token - 1, first);
    if (g >= 0 && !not_the_acts(times[g]) && !closed_relative &&
        !(times[g].first_token >= end && v.complementizer_between(end - 1, times[g].first_token)))
      found = &times[g];
  }
  EventDate out;
  if (found && concrete(found->value)) {
    out.value = shifted(found->value, shift);
    int event_year = year_of(out.value);
    out.historical = event_year && document_year && document_year - event_year >= kHistoricalYears;
    return out;
  }
  if (!found) {
    out = report_date_of(v, first, document_date);
    out.value = shifted(out.value, shift);
    return out;
  }
  // A time of its own that names no day («مؤخرا», «قريبا»): not the story's day either.
  out.value = std::string(document_date);
  out.inherited = true;
  // In the act's own clause, near it, not in a relative clause after it («… مبنى سوف ينتهي العمل فيه قريبا»).
  constexpr uint32_t kComingReach = 10;  // words from the act to its «قريبا»
  bool own = found->first_token < end ||
             (found->first_token <= end + kComingReach && !v.relative_between(end - 1, found->first_token) &&
              !v.complementizer_between(end - 1, found->first_token));
  out.to_come = found->value == "FUTURE_REF" && own && names_the_coming_days(v, *found);
  // «مؤخرا», «آنذاك», «في ذلك الوقت»: done before the report, on a day it does not name.
  out.before = found->value == "PAST_REF" && own;
  return out;
}

EventDate report_date_of(const SentenceView& v, uint32_t trigger_first, std::string_view document_date) {
  EventDate out;
  bool earlier = told_as_earlier(v, trigger_first);
  const time::TimeExpression* day = earlier ? nullptr : story_day(v, trigger_first, document_date);
  if (day) {
    out.value = day->value;
    out.from_context = true;
  } else {
    out.value = std::string(document_date);
    out.inherited = true;
    out.before = earlier || describes_by_what_was_done(v, trigger_first);
  }
  return out;
}

}  // namespace marsad::events
