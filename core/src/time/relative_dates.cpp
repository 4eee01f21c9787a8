// Dates relative to the document date: اليوم، أمس، أمس الأول، غدا، بعد غد،
// قبل يومين، منذ ثلاثة أشهر، بعد أسبوعين، الأسبوع الماضي، الشهر الجاري،
// العام المقبل، الخامس من الشهر الجاري، مطلع الشهر الماضي.
#include <cstdio>

#include "time/candidates.h"
#include "time/numbers.h"
#include "time/resolve.h"
#include "time/units.h"
#include "time/weekdays.h"

namespace marsad::time {
namespace {

// Parts of a day or a period written before it; they belong to the expression.
const Lexicon& day_parts() {
  static const Lexicon lex{{"صباح", 1}, {"مساء", 1}, {"ظهر", 1}, {"فجر", 1}, {"ليلة", 1}, {"ظهيرة", 1},
                           {"عصر", 1}, {"ضحى", 1}, {"منتصف", 1}, {"صبيحة", 1}, {"عشية", 1}};
  return lex;
}
const Lexicon& period_parts() {
  static const Lexicon lex{{"مطلع", 1}, {"منتصف", 1}, {"أواخر", 1}, {"أواسط", 1}, {"نهاية", 1}, {"بداية", 1},
                           {"أوائل", 1}, {"مستهل", 1}, {"أول", 1}, {"آخر", 1}, {"بدايات", 1}, {"نهايات", 1}};
  return lex;
}

// The words a day word can start with (أمس، غدا، اليوم، الليلة…).
const Lexicon& day_word_starts() {
  static const Lexicon lex{{"أول", 1}, {"أمس", 1}, {"الأمس", 1}, {"البارحة", 1}, {"بعد", 1}, {"غدا", 1},
                           {"الغد", 1}, {"غد", 1}, {"اليوم", 1}, {"الليلة", 1}};
  return lex;
}
const Lexicon& periods() {
  static const Lexicon lex{{"الأسبوع", static_cast<int>(Unit::kWeek)}, {"الشهر", static_cast<int>(Unit::kMonth)},
                           {"العام", static_cast<int>(Unit::kYear)}, {"السنة", static_cast<int>(Unit::kYear)}};
  return lex;
}
const Lexicon& plural_periods() {
  static const Lexicon lex{{"الأيام", 1}, {"الأسابيع", 1}, {"الأشهر", 1}, {"الشهور", 1},
                           {"السنوات", 1}, {"الأعوام", 1}, {"العقود", 1}, {"السنين", 1}};
  return lex;
}

// Every word a relative date can start with, numbers aside: most words are
// none, and each would otherwise be asked a dozen questions.
bool may_start(const Words& w, uint32_t i) {
  static const Lexicon cues{{"قبل", 1}, {"منذ", 1}, {"بعد", 1}, {"هذا", 1}, {"هذه", 1}, {"يوم", 1}};
  static const Lexicon starts{&day_parts(), &period_parts(), &day_word_starts(), &periods(), &plural_periods(), &cues};
  return w.lookup(i, starts, true) >= 0 || may_be_number(w, i);
}

// -1 past, 0 current, +1 next; 2 when token i is none of these.
int direction(const Words& w, uint32_t i) {
  // Stored as direction + 1: a lexicon answers -1 for "absent".
  static const Lexicon lex{
      {"الماضي", 0}, {"الماضية", 0}, {"المنصرم", 0}, {"المنصرمة", 0}, {"الفارط", 0}, {"الفارطة", 0},
      {"الفائت", 0}, {"الفائتة", 0}, {"السابق", 0}, {"السابقة", 0}, {"المنقضي", 0}, {"الأخير", 0}, {"الأخيرة", 0},
      {"الجاري", 1}, {"الجارية", 1}, {"الحالي", 1}, {"الحالية", 1}, {"المقبل", 2}, {"المقبلة", 2}, {"القادم", 2},
      {"القادمة", 2},
  };
  int v = w.lookup(i, lex, false);
  return v < 0 ? 2 : v - 1;
}

const char* unresolved_for(Unit u) {
  switch (u) {
    case Unit::kMonth: return "XXXX-XX";
    case Unit::kYear:
    case Unit::kDecade: return "XXXX";
    default: return "XXXX-XX-XX";
  }
}

// Today, yesterday, tomorrow and their day parts. Returns the day offset, or 99.
int day_word(const Words& w, uint32_t i, uint32_t& end) {
  static const std::string yawm = key("اليوم"), ams = key("أمس"), alams = key("الأمس"), bariha = key("البارحة"),
                           awwal = key("الأول"), ula = key("الأولى"), awwal0 = key("أول"), min = key("من"), ghadan = key("غدا"),
                           ghad = key("غد"), alghad = key("الغد"), baad = key("بعد"), layla = key("الليلة");
  if (w.lookup(i, day_word_starts(), true) < 0) return 99;  // most words: none of them
  if (w.is(i, awwal0, true) && (w.is(i + 1, ams, true) || (w.is(i + 1, min) && w.is(i + 2, ams)))) {
    end = w.is(i + 1, min) ? i + 3 : i + 2;
    return -2;
  }
  if (w.is(i, ams, true) || w.is(i, alams, true) || w.is(i, bariha, true)) {
    end = i + 1;
    // «أمس الأول», «البارحة الأولى» (the Gulf's): the day before yesterday.
    if (w.is(i + 1, awwal) || (w.is(i, bariha, true) && w.is(i + 1, ula))) {
      ++end;
      return -2;
    }
    return -1;
  }
  if (w.is(i, baad, true) && (w.is(i + 1, ghad) || w.is(i + 1, alghad))) {
    end = i + 2;
    return 2;
  }
  // «غد» alone after a part of the day or «يوم» («صباح غد», «يوم غد»).
  static const std::string yawm0 = key("يوم");
  if (w.is(i, ghadan, true) || w.is(i, alghad, true) ||
      (w.is(i, ghad) && i > 0 && (day_parts().find(w.at(i - 1)) >= 0 || w.at(i - 1) == yawm0))) {
    end = i + 1;
    return 1;
  }
  if (w.is(i, yawm, true)) {
    // "اليوم الأول"، "اليوم التالي"، "اليوم الوطني": a day, not today — unless a weekday
    // follows, or a preposition written with the article's letters ("اليوم إلى").
    // After a part of the day ("فجر اليوم من …") it is today whatever follows.
    static const std::string ila = key("إلى"), illa = key("إلا");
    bool day_part = i > 0 && day_parts().find(w.at(i - 1)) >= 0;
    std::string_view next = w.at(i + 1);
    if (!day_part && next.substr(0, key("ال").size()) == key("ال") && next != ila && next != illa &&
        weekday_at(w, i + 1) == 0)
      return 99;
    if (!day_part && (w.is(i + 1, min) || w.is(i + 1, key("الذي")) || w.is(i + 1, key("ذاته")) || w.is(i + 1, key("نفسه"))))
      return 99;
    end = i + 1;
    return 0;
  }
  if (w.is(i, layla, true)) {
    end = i + 1;
    int d = direction(w, i + 1);
    if (d == -1) {
      ++end;
      return -1;
    }
    if (d == 1) ++end;
    return 0;
  }
  return 99;
}

void add_day(const Context& c, uint32_t first, uint32_t end, int offset, std::vector<Candidate>& out) {
  out.push_back(relative(first, end, c.doc, shift(c.doc, Unit::kDay, offset), "XXXX-XX-XX"));
}

// الأسبوع/الشهر/العام/السنة + الماضي/الجاري/المقبل, or "هذا العام".
bool named_period(const Words& w, uint32_t i, Unit& unit, int& dir, uint32_t& end) {
  static const std::string hadha = key("هذا"), hadhihi = key("هذه");
  if ((w.is(i, hadha, true) || w.is(i, hadhihi, true))) {
    int p = w.lookup(i + 1, periods(), false);
    if (p < 0) return false;
    unit = static_cast<Unit>(p);
    dir = 0;
    end = i + 2;
    return true;
  }
  int p = w.lookup(i, periods(), true);
  if (p < 0) return false;
  int d = direction(w, i + 1);
  if (d == 2) return false;
  unit = static_cast<Unit>(p);
  dir = d;
  end = i + 2;
  return true;
}

DateValue period_value(const DateValue& doc, Unit unit, int dir) {
  if (!doc.known()) return doc;
  if (unit == Unit::kWeek) {
    if (doc.precision == Precision::kDay) return doc.plus_days(7 * dir);  // formatted as a week by the caller
    return doc;  // a month- or year-dated document cannot name its weeks
  }
  return shift(doc, unit, dir).coarsened(unit_precision(unit));
}

}  // namespace

void find_relative_dates(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const std::string qabl = key("قبل"), mundhu = key("منذ"), baad = key("بعد"), min = key("من"),
                           yawm = key("يوم"), fi = key("في");
  static const Lexicon approx{{"نحو", 1}, {"حوالي", 1}, {"حوالى", 1}, {"قرابة", 1}, {"زهاء", 1}, {"أكثر", 2},
                              {"أقل", 2}, {"ما يقارب", 1}};
  for (uint32_t i = 0; i < w.size(); ++i) {
    if (!may_start(w, i)) continue;
    uint32_t end;
    // A day part joins its day: "صباح اليوم"، "مساء أمس".
    uint32_t first = i, at = i;
    if (w.lookup(i, day_parts(), true) >= 0) at = i + 1;
    int offset = day_word(w, at, end);
    if (offset == 99 && at != i) {
      at = i;
      first = i;
      offset = day_word(w, at, end);
    }
    // «أطلقوا اليوم (أمس) عشرات الصواريخ», «اليوم (أمس السبت)»: the wire's «today»
    // put right in brackets by the paper that printed it a day later.
    if (offset == 0 && w.at(end) == "(") {
      uint32_t inner_end = 0;
      int inner = day_word(w, end + 1, inner_end);
      uint32_t close = inner_end;
      if (inner != 99 && inner != 0 && weekday_at(w, close) != 0) ++close;
      if (inner != 99 && inner != 0 && w.at(close) == ")") offset = inner, end = close + 1;
    }
    if (offset != 99) {
      add_day(c, first, end, offset, out);
      continue;
    }

    // قبل/منذ/بعد + quantity
    bool before = w.is(i, qabl, true) || w.is(i, mundhu, true);
    bool after = w.is(i, baad, true);
    if (before || after) {
      uint32_t k = i + 1;
      int a = w.lookup(k, approx, true);
      if (a == 1) ++k;
      else if (a == 2 && w.is(k + 1, min)) k += 2;
      Quantity q;
      if (read_quantity(w, k, q) && q.unit != Unit::kMinute) {
        int digits = 0;
        bool year_follows = w.integer(q.end, &digits) >= 0 && digits == 4;
        bool event_follows = w.is(q.end, min) && !q.vague;  // "قبل يومين من الانتخابات": relative to an event
        if (event_follows && q.has_number) {  // the span between two events: a duration
          out.push_back(Candidate{q.first, q.end, "DURATION", duration_value(q), "text", false, 1});
          continue;
        }
        if (year_follows || event_follows || (!q.has_number && !q.vague && q.unit == Unit::kDay)) continue;
        if (q.vague) {
          out.push_back(Candidate{i, q.end, "DATE", before ? "PAST_REF" : "FUTURE_REF", "text", false, 1});
          continue;
        }
        int n = before ? -q.count : q.count;
        if (q.unit == Unit::kHour) n = before ? -(q.count / 24) : q.count / 24;
        Unit u = q.unit == Unit::kHour ? Unit::kDay : q.unit;
        out.push_back(relative(i, q.end, c.doc, shift(c.doc, u, n), unresolved_for(u)));
        continue;
      }
    }

    // [مطلع] الأسبوع/الشهر/العام الماضي
    Unit unit;
    int dir;
    first = i;
    at = i;
    if (w.lookup(i, period_parts(), true) >= 0) at = i + 1;
    if (named_period(w, at, unit, dir, end) || (at != i && named_period(w, (at = i), unit, dir, end))) {
      DateValue v = period_value(c.doc, unit, dir);
      Candidate cand = relative(first, end, c.doc, v, unit == Unit::kWeek ? "XXXX-WXX" : unresolved_for(unit));
      if (unit == Unit::kWeek && v.precision == Precision::kDay) cand.value = v.iso_week();
      // A day of that month: "الخامس من الشهر الجاري".
      out.push_back(cand);
      continue;
    }

    // [يوم] day من [هذا] الشهر الجاري/الماضي/المقبل; «في 12 الشهر الجاري» without
    // «من» after «في» (else «قتل 15 الشهر الماضي» counts the dead).
    NumberMatch day;
    first = i;
    at = i;
    if (w.is(i, yawm, true)) at = i + 1;
    if (read_day(w, at, day) && (w.is(day.end, min) || (i > 0 && w.is(i - 1, fi)))) {
      uint32_t k = w.is(day.end, min) ? day.end + 1 : day.end;
      if (named_period(w, k, unit, dir, end) && unit == Unit::kMonth) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", day.value);
        DateValue v;
        if (c.doc.known()) {
          if (c.doc.precision >= Precision::kMonth) {
            DateValue m = c.doc.coarsened(Precision::kMonth).plus_months(dir);
            v = day.value <= days_in_month(m.year, m.month) ? DateValue::ymd(m.year, m.month, day.value) : m;
          } else {
            v = c.doc;  // the month is unknown: only the year is
          }
        }
        out.push_back(relative(first, end, c.doc, v, buf));
        continue;
      }
    }

    // الأيام الماضية، السنوات الأخيرة، الأشهر المقبلة: vague spans.
    if (w.lookup(i, plural_periods(), true) >= 0) {
      int d = direction(w, i + 1);
      if (d == -1) out.push_back(Candidate{i, i + 2, "DATE", "PAST_REF", "text", false, 0});
      if (d == 1) out.push_back(Candidate{i, i + 2, "DATE", "FUTURE_REF", "text", false, 0});
    }
  }
}

}  // namespace marsad::time
