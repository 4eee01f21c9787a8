// Weekdays, alone or with الماضي/الفارط/المنصرم (the last one before the
// document date) or المقبل/القادم (the next one after it). A bare weekday in a
// news report is the most recent such day on or before the document date — but
// in a clause whose verb announces in the present tense («تصل موغيريني إلى
// المملكة الاثنين», «يعقد المجلس اجتماعه الأحد») it is the coming one. After
// «اليوم» or «أمس» («اليوم (الخميس)») it is the one nearest that day.
#include "time/weekdays.h"

#include <algorithm>
#include <cstdio>

#include "time/candidates.h"
#include "time/resolve.h"
#include "time/tense.h"
#include "time/word_lists.h"

namespace marsad::time {

int weekday_at(const Words& w, uint32_t i) {
  static const Lexicon days(word_list({"weekdays", "days"}));
  int d = w.lookup(i, days, true);
  if (d < 0) return 0;
  // "بين الاثنين" and "الاثنين معا" are "the two".
  if (d == 1 && ((i > 0 && w.is(i - 1, key("بين"))) || w.is(i + 1, key("معا")))) return 0;
  return d;
}

int deictic_at(const Words& w, uint32_t i) {
  static const Lexicon yesterday(word_list({"weekdays", "deictics_before"}));
  static const Lexicon tomorrow(word_list({"weekdays", "tomorrow_before"}));
  static const std::string today_word = key("اليوم");
  if (w.is(i, today_word)) return 0;
  if (w.lookup(i, yesterday, true) >= 0) return -1;
  if (w.lookup(i, tomorrow, true) >= 0) return 1;
  return kNoDeictic;
}

namespace {

// -1 past, +1 next, 0 none.
int modifier(const Words& w, uint32_t i) {
  static const Lexicon lex = [] {
    WordValues all = word_list({"weekdays", "past"}, 1);
    for (const auto& entry : word_list({"weekdays", "next"}, 2)) all.push_back(entry);
    return Lexicon(all);
  }();
  int v = w.lookup(i, lex, false);
  return v == 1 ? -1 : v == 2 ? 1 : 0;
}

}  // namespace

void find_weekdays(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const Lexicon parts(word_list({"weekdays", "parts_before"}));
  static const Lexicon after_parts(word_list({"weekdays", "parts_after"}));
  for (uint32_t i = 0; i < w.size(); ++i) {
    int wd = weekday_at(w, i);
    if (wd == 0) continue;
    uint32_t first = i, end = i + 1;
    // "مساء يوم الخميس": a day part and "يوم" belong to it.
    while (first > 0 && first + 2 >= i && w.lookup(first - 1, parts, true) >= 0) --first;
    // «اليوم (الخميس)», «أمس (الأربعاء)», «أمس الخميس», «غدا الخميس»: the weekday
    // after today, yesterday or tomorrow names the day — the one nearest that day (a report dated the day
    // after it was written still says «اليوم»).
    uint32_t at = i;  // the word before the weekday, a bracket aside
    bool bracket = i >= 2 && w.at(i - 1) == "(" && w.at(end) == ")";
    if (bracket) at = i - 1;
    int anchor = at > 0 ? deictic_at(w, at - 1) : kNoDeictic;  // days from the document date of the deictic
    if (anchor != kNoDeictic) {
      first = std::min(first, at - 1);
      if (bracket) ++end;
    }
    int dir = modifier(w, end);
    if (dir != 0) ++end;
    if (w.lookup(end, after_parts, false) >= 0) ++end;
    if (dir == 0) {
      dir = modifier(w, end);
      if (dir != 0) ++end;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
    DateValue v = c.doc;
    if (c.doc.precision == Precision::kDay) {
      int today = c.doc.weekday();
      if (anchor != kNoDeictic && dir == 0) {
        int from = (today - 1 + anchor + 7) % 7 + 1;  // the deictic's weekday
        int ahead = (wd - from + 7) % 7;              // 0…6 days on from it
        int offset = anchor + (ahead <= 3 ? ahead : ahead - 7);
        // A day after the document's in a clause that does not announce is the
        // document's date off by one; the act is no later one — unless the text
        // says tomorrow («غدا الخميس»).
        if (offset > 0 && anchor <= 0 && !scheduled_clause(w, first) && !future_clause(w, first)) offset = 0;
        v = c.doc.plus_days(offset);
      } else if (dir > 0) {
        int ahead = (wd - today + 7) % 7;
        v = c.doc.plus_days(ahead == 0 ? 7 : ahead);
      } else if (dir == 0 && (scheduled_clause(w, first) || future_clause(w, first))) {
        v = c.doc.plus_days((wd - today + 7) % 7);  // today, or the coming one
      } else {
        int back = (today - wd + 7) % 7;
        if (back == 0 && dir < 0) back = 7;
        v = c.doc.plus_days(-back);
      }
    }
    out.push_back(relative(first, end, c.doc, v, buf));
  }
}

}  // namespace marsad::time
