// The Gregorian calendar's arithmetic, said once for the corpus reader's
// dates and the time layer's: leap years and month lengths.
#pragma once

namespace marsad::util {

constexpr bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// The days of `month` (1–12) of `year`; 0 for a month out of range.
constexpr int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

}  // namespace marsad::util
