// «مرت 25 سنة على غزو الكويت», «بمرور عامين على توقيع الاتفاق», «تمر هذه
// الأيام خمسة وعشرون عاما على …», «بعد أسبوعين على توقيع الاتفاق» (not two weeks
// after the document's day): the time passed since an act, told at the
// document's day. What follows «على» was that many units before the document,
// as «قبل 25 عاما» would say: a date of the unit's precision. The span runs
// from the verb of passing through «على», so the act right after is its nearest time.
#include "time/candidates.h"
#include "time/resolve.h"
#include "time/units.h"
#include "time/word_lists.h"

namespace marsad::time {

void find_elapsed(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const Lexicon passing = Lexicon(word_list({"elapsed", "verbs"}));
  static const std::string ala = key("على"), hadhihi = key("هذه"), al_ayyam = key("الأيام");
  for (uint32_t i = 0; i < w.size(); ++i) {
    if (w.lookup(i, passing, true) < 0) continue;
    uint32_t k = i + 1;
    if (w.is(k, hadhihi) && w.is(k + 1, al_ayyam)) k += 2;  // «تمر هذه الأيام …»
    Quantity q;
    // A bare singular counts one («بعد عام على انتخابه»).
    if (!read_quantity(w, k, q) || q.vague || q.count < 1 || !w.is(q.end, ala)) continue;
    if (q.unit != Unit::kDay && q.unit != Unit::kWeek && q.unit != Unit::kMonth && q.unit != Unit::kYear &&
        q.unit != Unit::kDecade)
      continue;
    Unit unit = q.unit == Unit::kDecade ? Unit::kYear : q.unit;
    int count = q.unit == Unit::kDecade ? 10 * q.count : q.count;
    DateValue then = shift(c.doc, unit, -count).coarsened(unit_precision(unit));
    const char* unresolved = unit == Unit::kYear    ? "XXXX"
                             : unit == Unit::kMonth ? "XXXX-XX"
                             : unit == Unit::kWeek  ? "XXXX-WXX"
                                                    : "XXXX-XX-XX";
    out.push_back(relative(i, q.end + 1, c.doc, then, unresolved));
    i = q.end;
  }
}

}  // namespace marsad::time
