// Dates written with a day, month and/or year: 15/4/2019، 2019-04-15،
// 15 أبريل 2019، الخامس عشر من نيسان، أبريل 2019، مطلع أبريل، أبريل الماضي.
#include <cstdio>
#include <string>

#include "time/candidates.h"
#include "time/hijri.h"
#include "time/months.h"
#include "time/numbers.h"
#include "time/resolve.h"
#include "time/tense.h"
#include "time/weekdays.h"

namespace marsad::time {
namespace {

bool plausible_year(int y) { return y >= 1900 && y <= 2100; }

// Splits a number token on '.', e.g. "15.4.2019" (one token for the word breaker).
void split_parts(std::string_view t, std::vector<std::string_view>& parts) {
  size_t s = 0;
  for (size_t k = 0; k <= t.size(); ++k)
    if (k == t.size() || t[k] == '.') {
      parts.push_back(t.substr(s, k - s));
      s = k + 1;
    }
}


// 15/4/2019, 2019-04-15, 15.04.2019, 04/2019, 15/4/2019م, 10/8/1440هـ.
bool numeric_date(const Words& w, uint32_t i, uint32_t& end, DateValue& v, bool& hijri) {
  std::string_view first = w.at(i);
  if (first.empty() || first[0] < '0' || first[0] > '9') return false;  // every part must be digits
  std::vector<std::string_view> parts;
  uint32_t k = i;
  split_parts(w.at(k), parts);
  while (parts.size() < 3 && w.touching(k) && w.touching(k + 1)) {
    std::string_view sep = w.at(k + 1);
    if (sep != "/" && sep != "-" && sep != ".") break;
    split_parts(w.at(k + 2), parts);
    k += 2;
  }
  // The year may carry its era glued to it: 4/8/2015م، 19/10/1436هـ (the
  // normalizer has dropped the tatweel).
  hijri = false;
  if (parts.size() == 3 && parts[2].size() == 4 + 2) {
    std::string_view era = parts[2].substr(4);
    if (era != "م" && era != "ه") return false;
    hijri = era == "ه";
    parts[2] = parts[2].substr(0, 4);
  }
  for (std::string_view p : parts)
    if (p.size() > 4 || !is_digits(p)) return false;
  end = k + 1;
  if (hijri) {
    int d = digits_value(parts[0]), m = digits_value(parts[1]), y = digits_value(parts[2]);
    if (y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return false;
    v = hijri_to_gregorian(y, m, d);
    return true;
  }
  if (parts.size() == 3) {
    int a = digits_value(parts[0]), b = digits_value(parts[1]), c = digits_value(parts[2]);
    int y, m, d;
    if (parts[0].size() == 4) {
      y = a, m = b, d = c;
    } else if (parts[2].size() == 4) {
      y = c, m = b, d = a;               // day first, as Arabic news writes
      if (m > 12 && a <= 12) m = a, d = b;  // 4/15/2019
    } else {
      return false;
    }
    if (!plausible_year(y) || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return false;
    v = DateValue::ymd(y, m, d);
    return true;
  }
  if (parts.size() == 2 && parts[1].size() == 4 && parts[0].size() <= 2) {
    int m = digits_value(parts[0]), y = digits_value(parts[1]);
    if (m < 1 || m > 12 || !plausible_year(y)) return false;
    v = DateValue::ym(y, m);
    return true;
  }
  return false;
}

// The day of a year and month, or the month when the day is past its end («31 يونيو»).
DateValue day_of(int year, int month, int day) {
  return day <= days_in_month(year, month) ? DateValue::ymd(year, month, day) : DateValue::ym(year, month);
}

// A year after a month or a day: "2019"، "2019م"، "عام 2019"، "من العام 2019"، "من عام 2019"، "2019 م".
bool read_year_after(const Words& w, uint32_t i, int& year, uint32_t& end) {
  static const std::string min = key("من"), am = key("عام"), alam = key("العام"), sana = key("سنة"),
                           alsana = key("السنة"), m = key("م");
  uint32_t k = i;
  if (w.is(k, min) && (w.is(k + 1, alam) || w.is(k + 1, alsana) || w.is(k + 1, am) || w.is(k + 1, sana))) k += 2;
  else if (w.is(k, am) || w.is(k, alam) || w.is(k, sana)) k += 1;
  std::string_view suffix;
  int digits = 0;
  int y = w.integer(k, &digits, &suffix);
  if (y < 0 || digits != 4 || !plausible_year(y) || suffix == "ه") return false;
  if (w.at(k).size() != static_cast<size_t>(digits) + suffix.size()) return false;  // no proclitic here
  end = k + 1;
  if (suffix.empty() && w.is(end, m)) ++end;
  year = y;
  return true;
}

// "من العام الماضي/الجاري/المقبل" after a month: a year relative to the document.
bool read_relative_year_after(const Words& w, uint32_t i, int& offset, uint32_t& end) {
  // direction + 1: a lexicon answers -1 for "absent".
  static const Lexicon when{{"الماضي", 0}, {"الماضية", 0}, {"المنصرم", 0}, {"الفارط", 0}, {"السابق", 0},
                            {"الجاري", 1}, {"الحالي", 1}, {"الحالية", 1}, {"المقبل", 2}, {"القادم", 2},
                            {"المقبلة", 2}, {"القادمة", 2}};
  static const std::string min = key("من"), alam = key("العام"), alsana = key("السنة");
  if (!w.is(i, min) || !(w.is(i + 1, alam) || w.is(i + 1, alsana))) return false;
  int v = w.lookup(i + 2, when, false);
  if (v < 0) return false;
  offset = v - 1;
  end = i + 3;
  return true;
}

// "الماضي"/"المقبل"/"الجاري" after a month without a year.
int direction_after(const Words& w, uint32_t i, uint32_t& end) {
  // direction + 1: a lexicon answers -1 for "absent".
  static const Lexicon dir{{"الماضي", 0}, {"الفارط", 0}, {"المنصرم", 0}, {"السابق", 0}, {"الفائت", 0},
                           {"المقبل", 2}, {"القادم", 2}, {"الجاري", 1}, {"الحالي", 1}};
  int v = w.lookup(i, dir, false);
  if (v < 0) return 2;
  end = i + 1;
  return v - 1;
}

// Words before a date that belong to it: يوم، شهر، مطلع، منتصف… and a weekday ("الاثنين 15 أبريل").
uint32_t extend_left(const Words& w, uint32_t first, bool day_date) {
  static const std::string yawm = key("يوم"), shahr = key("شهر");
  static const Lexicon part{{"مطلع", 1}, {"منتصف", 1}, {"أواخر", 1}, {"أواسط", 1}, {"نهاية", 1}, {"بداية", 1},
                            {"أوائل", 1}, {"مستهل", 1}, {"أول", 1}, {"آخر", 1}};
  if (!day_date) {
    if (first > 0 && w.is(first - 1, shahr, true)) --first;
    if (first > 0 && w.lookup(first - 1, part, true) >= 0) --first;
    return first;
  }
  if (first > 0 && w.is(first - 1, yawm, true)) --first;
  if (first > 0 && weekday_at(w, first - 1) > 0) --first;
  if (first > 0 && w.is(first - 1, yawm, true)) --first;
  return first;
}

// The tabular Hijri calendar may be a day or two off the one the news
// follows; a weekday named with the date says which day it is
// («الخميس 14/10/1436هـ»).
DateValue on_named_weekday(const Words& w, uint32_t first, uint32_t date, DateValue v) {
  constexpr int kCalendarSlack = 2;
  for (uint32_t k = first; k < date; ++k)
    if (int named = weekday_at(w, k); named > 0) {
      int off = (named - v.weekday() + 7) % 7;  // 0…6 days later
      if (off <= kCalendarSlack) return v.plus_days(off);
      if (7 - off <= kCalendarSlack) return v.plus_days(off - 7);
    }
  return v;
}

}  // namespace

void find_absolute_dates(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  for (uint32_t i = 0; i < w.size(); ++i) {
    uint32_t end;
    DateValue v;
    bool hijri;
    if (numeric_date(w, i, end, v, hijri)) {
      uint32_t first = extend_left(w, i, v.precision == Precision::kDay);
      out.push_back(absolute(first, end, hijri ? on_named_weekday(w, first, i, v) : v));
      continue;
    }
    // day [من] month [year]
    NumberMatch day;
    if (read_day(w, i, day)) {
      uint32_t k = day.end;
      if (w.is(k, key("من"))) ++k;
      if (w.is(k, key("شهر"), true)) ++k;
      MonthMatch m;
      if (read_month(w, k, m)) {
        uint32_t first = extend_left(w, i, true);
        int year;
        int offset;
        if (read_year_after(w, m.end, year, end)) {
          out.push_back(absolute(first, end, day_of(year, m.month, day.value)));
        } else if (read_relative_year_after(w, m.end, offset, end)) {
          DateValue y = c.doc.known() ? DateValue::y(c.doc.year + offset) : DateValue();
          DateValue d = y.known() ? DateValue::ymd(y.year, m.month, day.value) : DateValue();
          char buf[32];
          std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m.month, day.value);
          out.push_back(relative(first, end, c.doc, d, buf));
        } else if (int heading = heading_year(w, first); heading > 0) {
          // An item of a list headed by its year: that year's day.
          end = m.end;
          out.push_back(absolute(first, end, day_of(heading, m.month, day.value)));
        } else {
          end = m.end;
          int dir = direction_after(w, end, end);
          if (dir == 2) dir = future_clause(w, first) || scheduled_clause(w, first) ? 2 : 0;
          if (int year = dir != 0 || end != m.end ? -1 : sentence_year(w, out, first, c.doc); year > 0)
            out.push_back(absolute(first, end, day_of(year, m.month, day.value)));
          else
            out.push_back(month_day_without_year(first, end, c.doc, m.month, day.value, dir));
        }
        continue;
      }
    }
    // month [year]
    MonthMatch m;
    if (read_month(w, i, m)) {
      int year, offset;
      uint32_t first = extend_left(w, i, false);
      if (read_year_after(w, m.end, year, end)) {
        out.push_back(absolute(first, end, DateValue::ym(year, m.month)));
      } else if (m.context == MonthContext::kDateOnly) {
        continue;
      } else if (read_relative_year_after(w, m.end, offset, end)) {
        DateValue v2 = c.doc.known() ? DateValue::ym(c.doc.year + offset, m.month) : DateValue();
        char buf[32];
        std::snprintf(buf, sizeof buf, "XXXX-%02d", m.month);
        out.push_back(relative(first, end, c.doc, v2, buf));
      } else {
        end = m.end;
        int dir = direction_after(w, end, end);
        bool cued = first < i || (i > 0 && month_cue(w, i - 1)) || dir != 2;
        if (m.context == MonthContext::kWeak && !cued) continue;
        if (int heading = heading_year(w, first); heading > 0) {
          out.push_back(absolute(first, end, DateValue::ym(heading, m.month)));
          continue;
        }
        if (dir == 2) dir = future_clause(w, first) || scheduled_clause(w, first) ? 2 : 0;
        if (int year = dir != 0 || end != m.end ? -1 : sentence_year(w, out, first, c.doc); year > 0)
          out.push_back(absolute(first, end, DateValue::ym(year, m.month)));
        else
          out.push_back(month_day_without_year(first, end, c.doc, m.month, 0, dir));
      }
    }
  }
}

}  // namespace marsad::time
