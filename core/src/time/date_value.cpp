#include "time/date_value.h"

#include <cstdio>

namespace marsad::time {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

DateValue DateValue::ymd(int y, int m, int d) { return {y, m, d, Precision::kDay}; }
DateValue DateValue::ym(int y, int m) { return {y, m, 0, Precision::kMonth}; }
DateValue DateValue::y(int y) { return {y, 0, 0, Precision::kYear}; }

DateValue DateValue::parse(std::string_view s) {
  DateValue none;
  if (s.size() < 4 || !is_digits(s.substr(0, 4))) return none;
  int y = digits_value(s.substr(0, 4));
  if (s.size() == 4) return DateValue::y(y);
  if (s.size() < 7 || s[4] != '-' || !is_digits(s.substr(5, 2))) return none;
  int m = digits_value(s.substr(5, 2));
  if (m < 1 || m > 12) return none;
  if (s.size() == 7) return ym(y, m);
  if (s.size() != 10 || s[7] != '-' || !is_digits(s.substr(8, 2))) return none;
  int d = digits_value(s.substr(8, 2));
  if (d < 1 || d > days_in_month(y, m)) return none;
  return ymd(y, m, d);
}

std::string DateValue::format() const {
  char buf[32];
  switch (precision) {
    case Precision::kNone: return "";
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

DateValue DateValue::coarsened(Precision p) const {
  if (p >= precision) return *this;
  DateValue v = *this;
  v.precision = p;
  if (p < Precision::kDay) v.day = 0;
  if (p < Precision::kMonth) v.month = 0;
  if (p < Precision::kYear) v.year = 0;
  return v;
}

int64_t DateValue::serial() const { return days_from_civil(year, month, day); }

DateValue DateValue::from_serial(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return ymd(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

DateValue DateValue::plus_days(int n) const {
  if (precision != Precision::kDay) return *this;
  return from_serial(serial() + n);
}

DateValue DateValue::plus_months(int n) const {
  if (precision < Precision::kMonth) return *this;
  int total = year * 12 + (month - 1) + n;
  DateValue v = *this;
  v.year = total / 12;
  v.month = total % 12 + 1;
  if (precision == Precision::kDay && v.day > days_in_month(v.year, v.month)) v.day = days_in_month(v.year, v.month);
  return v;
}

DateValue DateValue::plus_years(int n) const {
  if (precision == Precision::kNone) return *this;
  DateValue v = *this;
  v.year += n;
  if (precision == Precision::kDay && v.day > days_in_month(v.year, v.month)) v.day = days_in_month(v.year, v.month);
  return v;
}

int DateValue::weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  int64_t s = serial();
  int64_t w = ((s + 3) % 7 + 7) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

std::string DateValue::iso_week() const {
  // The ISO week's year is the year of its Thursday.
  DateValue thursday = plus_days(4 - weekday());
  int week = static_cast<int>((thursday.serial() - ymd(thursday.year, 1, 1).serial()) / 7) + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, week);
  return buf;
}

DateValue DateValue::first_day() const {
  switch (precision) {
    case Precision::kYear: return ymd(year, 1, 1);
    case Precision::kMonth: return ymd(year, month, 1);
    default: return *this;
  }
}

DateValue DateValue::last_day() const {
  switch (precision) {
    case Precision::kYear: return ymd(year, 12, 31);
    case Precision::kMonth: return ymd(year, month, days_in_month(year, month));
    default: return *this;
  }
}

int compare_start(const DateValue& a, const DateValue& b) {
  int64_t x = a.first_day().serial(), y = b.first_day().serial();
  return x < y ? -1 : x > y ? 1 : 0;
}

int compare_end(const DateValue& a, const DateValue& b) {
  int64_t x = a.last_day().serial(), y = b.last_day().serial();
  return x < y ? -1 : x > y ? 1 : 0;
}

}  // namespace marsad::time
