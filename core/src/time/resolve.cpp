#include "time/resolve.h"

#include <cstdio>

namespace marsad::time {

Candidate absolute(uint32_t first, uint32_t end, const DateValue& v) {
  return Candidate{first, end, "DATE", v.format(), "text", false, 2};
}

Candidate relative(uint32_t first, uint32_t end, const DateValue& doc, const DateValue& v, std::string unresolved) {
  if (!doc.known() || !v.known()) return Candidate{first, end, "DATE", std::move(unresolved), "none", true, 1};
  return Candidate{first, end, "DATE", v.format(), "document", true, 1};
}

Precision unit_precision(Unit unit) {
  switch (unit) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay:
    case Unit::kWeek: return Precision::kDay;
    case Unit::kMonth: return Precision::kMonth;
    default: return Precision::kYear;
  }
}

DateValue shift(const DateValue& doc, Unit unit, int n) {
  if (!doc.known()) return doc;
  // Express the shift in days, months or years, then in what the document knows.
  int days = 0, months = 0, years = 0;
  Precision p = unit_precision(unit);
  switch (unit) {
    case Unit::kMinute: break;
    case Unit::kHour: days = n / 24; break;
    case Unit::kDay: days = n; break;
    case Unit::kWeek: days = 7 * n; break;
    case Unit::kMonth: months = n; break;
    case Unit::kYear: years = n; break;
    case Unit::kDecade: years = 10 * n; break;
  }
  DateValue v = doc;
  switch (doc.precision) {
    case Precision::kDay:
      v = p == Precision::kDay ? doc.plus_days(days) : p == Precision::kMonth ? doc.plus_months(months) : doc.plus_years(years);
      break;
    case Precision::kMonth:  // a day shift moves only by whole months, toward no shift
      v = p == Precision::kDay ? doc.plus_months(days / 30) : p == Precision::kMonth ? doc.plus_months(months) : doc.plus_years(years);
      break;
    case Precision::kYear:
      v = p == Precision::kDay ? doc.plus_years(days / 365) : p == Precision::kMonth ? doc.plus_years(months / 12) : doc.plus_years(years);
      break;
    default: break;
  }
  return v.coarsened(p);
}

int year_for_month(const DateValue& doc, int month, int direction) {
  if (doc.precision < Precision::kMonth) return doc.year;  // the year is all we know
  if (direction < 0) return month < doc.month ? doc.year : doc.year - 1;
  if (direction == 2) return month >= doc.month ? doc.year : doc.year + 1;  // future tense: this one or the next
  if (direction > 0) return month > doc.month ? doc.year : doc.year + 1;
  return month <= doc.month ? doc.year : doc.year - 1;
}

Candidate month_day_without_year(uint32_t first, uint32_t end, const DateValue& doc, int month, int day, int direction) {
  char buf[32];
  if (day > 0)
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
  else
    std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
  if (!doc.known()) return relative(first, end, doc, DateValue(), buf);
  int y = year_for_month(doc, month, direction);
  DateValue v = day > 0 ? DateValue::ymd(y, month, day) : DateValue::ym(y, month);
  if (day > days_in_month(y, month)) v = DateValue::ym(y, month);
  return relative(first, end, doc, v, buf);
}

}  // namespace marsad::time
