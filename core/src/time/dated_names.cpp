// Days that name something, not a time: «ثورة 25 يناير», «هجمات 11 سبتمبر»,
// «شارع 26 سبتمبر», «قوى 14 آذار». A day and month without a year after a
// noun that such names are made with is the name's, and dates nothing: read
// as a date, it would put the 2001 attacks or a Sanaa street in this year.
#include "time/candidates.h"
#include "time/months.h"
#include "time/numbers.h"
#include "time/word_lists.h"

namespace marsad::time {

void find_dated_names(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const Lexicon heads(word_list({"dated_names"}));
  for (uint32_t i = 1; i < w.size(); ++i) {
    NumberMatch day;
    if (!read_day(w, i, day) || w.lookup(i - 1, heads, true) < 0) continue;
    MonthMatch m;
    if (!read_month(w, day.end, m)) continue;
    int digits = 0;
    if (w.integer(m.end, &digits) >= 0 && digits == 4) continue;  // «ثورة 25 يناير 2011» is dated
    Candidate name;
    name.first = i - 1;
    name.end = m.end;
    name.type = kDatedName;
    out.push_back(name);
  }
}

}  // namespace marsad::time
