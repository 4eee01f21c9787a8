#include "time/writing_day.h"

#include "time/weekdays.h"
#include "time/word_lists.h"

namespace marsad::time {

DateValue writing_day(const Words& w, const DateValue& document) {
  constexpr int kMostDaysLate = 2;  // an issue of the morning after, or of the day after a holiday
  if (document.precision != Precision::kDay) return document;
  static const Lexicon deictics(word_list({"weekdays", "deictics_before"}));
  static const Lexicon tomorrow(word_list({"weekdays", "tomorrow_before"}));
  static const std::string today_word = key("اليوم");
  int late = -1;  // days the document's date is after the writing, as every mention says
  for (uint32_t i = 0; i + 1 < w.size(); ++i) {
    int days_back;  // from the writing day to the day the deictic names
    if (w.is(i, today_word)) days_back = 0;
    else if (w.lookup(i, deictics, true) >= 0) days_back = 1;
    else if (w.lookup(i, tomorrow, true) >= 0) days_back = -1;
    else continue;
    uint32_t day = w.at(i + 1) == "(" ? i + 2 : i + 1;
    int named = weekday_at(w, day);
    if (named == 0) continue;
    int written = (named - 1 + days_back + 7) % 7 + 1;  // ISO weekday of the writing
    int mention_late = (document.weekday() - written + 7) % 7;
    if (late >= 0 && mention_late != late) return document;  // the text disagrees with itself
    late = mention_late;
  }
  return late >= 1 && late <= kMostDaysLate ? document.plus_days(-late) : document;
}

}  // namespace marsad::time
