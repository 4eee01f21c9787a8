#include "time/writing_day.h"

#include "time/weekdays.h"

namespace marsad::time {

DateValue writing_day(const Words& w, const DateValue& document) {
  constexpr int kMostDaysLate = 2;  // an issue of the morning after, or of the day after a holiday
  if (document.precision != Precision::kDay) return document;
  int late = -1;  // days the document's date is after the writing, as every mention says
  for (uint32_t i = 0; i + 1 < w.size(); ++i) {
    int deictic = deictic_at(w, i);
    if (deictic == kNoDeictic) continue;
    int days_back = -deictic;  // from the writing day to the day the deictic names
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
