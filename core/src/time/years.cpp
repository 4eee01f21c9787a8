// Years: "عام 2012"، "سنة 2012"، "العام 2012 م"، "2012م"، a bare year after
// a preposition ("في 2012"، "منذ 2014"، "بين 2011 و2014"), where the
// preposition stays outside the expression, and one alone in brackets ("(1988)").
#include "time/candidates.h"
#include "time/resolve.h"

namespace marsad::time {
namespace {

bool plausible_year(int y) { return y >= 1900 && y <= 2100; }

// Token i opens a line or a sentence and a dash or a colon follows it: «1952- …»,
// «… 234 مترا. 1965 - حرب ثانية …», «أحداث اليوم: 1950 - …» (a list written as one paragraph).
bool opens_item(const Words& w, uint32_t i) { return w.opens_line(i) || w.at(i - 1) == "." || w.at(i - 1) == ":"; }
bool heads_list_item(const Words& w, uint32_t i) {
  return opens_item(w, i) && (w.at(i + 1) == "-" || w.at(i + 1) == "–" || w.at(i + 1) == ":");
}

}  // namespace

int heading_year(const Words& w, uint32_t i) {
  constexpr uint32_t kItemReach = 120;  // tokens back to the line's start: one item of a list
  for (uint32_t k = i + 1; k-- > 0 && i - k < kItemReach;) {
    if (!opens_item(w, k)) continue;
    int digits = 0;
    int y = w.integer(k, &digits);
    return digits == 4 && y >= 1000 && y <= 2100 && heads_list_item(w, k) ? y : -1;
  }
  return -1;
}

int sentence_year(const Words& w, const std::vector<Candidate>& found, uint32_t i, const DateValue& doc) {
  constexpr uint32_t kReach = 40;  // tokens back to the date, in one sentence
  constexpr int kPastYears = 2;    // a story this far back is the sentence's own
  if (!doc.known()) return -1;
  for (auto c = found.rbegin(); c != found.rend(); ++c) {
    if (c->end > i) continue;
    if (c->end + kReach < i) return -1;
    for (uint32_t k = c->end; k < i; ++k)
      if (w.opens_line(k) || w.at(k) == "." || w.at(k) == "!" || w.at(k) == "?" || w.at(k) == "؟") return -1;
    // A date of the text itself with a month («أكتوبر 1973», «3 مارس 2011»), not a bare year.
    if (c->type != "DATE" || c->anchor != "text" || c->value.size() < 7 || c->value[4] != '-') return -1;
    static const std::string mundhu = key("منذ");
    for (uint32_t k = c->first; k > 0 && c->first - k < 2; --k)  // «منذ فبراير شباط 2010»: a gloss between
      if (w.is(k - 1, mundhu, true)) return -1;
    int year = std::stoi(c->value.substr(0, 4));
    return year <= doc.year - kPastYears ? year : -1;
  }
  return -1;
}

void find_years(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const Lexicon year_word{{"عام", 1},   {"العام", 1},  {"سنة", 1},     {"السنة", 1}, {"أعوام", 1},
                                 {"الأعوام", 1}, {"عامي", 1},   {"العامين", 1}, {"عامين", 1}, {"سنتي", 1}};
  // «القرارات 1701 و2216», «المادة 1999»: numbers of resolutions, articles, roads.
  static const Lexicon numbered{{"القرار", 1}, {"قرار", 1}, {"القرارات", 1}, {"قرارات", 1}, {"رقم", 1},
                                {"المادة", 1}, {"المواد", 1}, {"الفقرة", 1}, {"البند", 1}, {"الطريق", 1}};
  static const Lexicon cue{{"في", 1}, {"منذ", 1}, {"حتى", 1}, {"خلال", 1}, {"قبل", 1}, {"بعد", 1}, {"مطلع", 2},
                           {"منتصف", 2}, {"أواخر", 2}, {"أوائل", 2}, {"نهاية", 2}, {"بداية", 2}, {"مستهل", 2},
                           {"أواسط", 2}, {"بين", 1}, {"من", 1}, {"إلى", 1}, {"الى", 1}, {"انتخابات", 0}};
  static const std::string m = key("م"), miladi = key("ميلادي"), miladiya = key("ميلادية");
  for (uint32_t i = 0; i < w.size(); ++i) {
    int digits = 0;
    std::string_view suffix;
    int y = w.integer(i, &digits, &suffix);
    if (y < 0 || digits != 4 || suffix == "ه") continue;
    bool prefixed = w.at(i).size() != static_cast<size_t>(digits) + suffix.size();  // و2014
    uint32_t first = i, end = i + 1;
    bool ok = false;
    if (i > 0 && w.lookup(i - 1, year_word, true) >= 0) {
      first = i - 1;
      ok = y >= 1000 && y <= 2100;
      // "مطلع عام 2019": the part of the year belongs to it.
      if (first > 0 && w.lookup(first - 1, cue, true) == 2) --first;
    } else if (i > 0 && w.lookup(i - 1, cue, true) >= 0) {
      ok = plausible_year(y);
      if (w.lookup(i - 1, cue, true) == 2) first = i - 1;
    } else if (i > 0 && (w.at(i - 1) == "(" || w.at(i - 1) == "（") && (w.at(i + 1) == ")" || w.at(i + 1) == "）")) {
      // «نهاية الحرب بين العراق وإيران (1988)»: a year alone in brackets dates what it follows.
      ok = plausible_year(y) && !prefixed && suffix.empty();
    } else if (!suffix.empty() || prefixed) {
      ok = plausible_year(y);  // 2012م; و2014 in a list of years
    } else if (heads_list_item(w, i)) {
      // «1952- الجامعة العربية تحتج على …»: the year heading an item of a
      // list of what happened on this day.
      ok = y >= 1000 && y <= 2100;
    }
    if (prefixed && i > 0 && !ok) ok = plausible_year(y);
    // «و1929» in a list of numbers that a resolution or an article heads
    // («القرارات 1696 و1737 و1929») is none.
    if (prefixed && suffix.empty()) {
      uint32_t head = i;
      while (head > 0 && w.integer(head - 1) >= 0) --head;
      if (head > 0 && w.lookup(head - 1, numbered, true) >= 0) ok = false;
    }
    if (!ok) continue;
    if (suffix.empty() && (w.is(end, m) || w.is(end, miladi) || w.is(end, miladiya))) ++end;
    // "عام 1440 هـ" is Hijri: hijri.cpp takes it.
    if (w.at(end) == key("ه") || w.at(end) == key("هجري") || w.at(end) == key("هجرية")) continue;
    Candidate cand = absolute(first, end, DateValue::y(y));
    out.push_back(cand);
  }
}

}  // namespace marsad::time
