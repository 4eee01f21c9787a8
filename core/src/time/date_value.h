// A calendar date that is only as precise as what is known: a year, a month of
// a year, or a day. Values never carry invented parts: a month-precision value
// has day 0, and formatting prints only the known parts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include "util/civil_date.h"

namespace marsad::time {

enum class Precision : uint8_t { kNone, kYear, kMonth, kDay };

struct DateValue {
  int year = 0;
  int month = 0;  // 1..12 when precision >= kMonth, else 0
  int day = 0;    // 1..31 when precision == kDay, else 0
  Precision precision = Precision::kNone;

  static DateValue ymd(int y, int m, int d);
  static DateValue ym(int y, int m);
  static DateValue y(int y);

  bool known() const { return precision != Precision::kNone; }

  // Parses "2019", "2019-04" or "2019-04-21"; anything else gives kNone.
  static DateValue parse(std::string_view iso);
  // "2019", "2019-04", "2019-04-21"; "" when unknown.
  std::string format() const;

  // The same date cut to at most precision `p`.
  DateValue coarsened(Precision p) const;

  // Arithmetic at the value's own precision: days need kDay, months kMonth.
  DateValue plus_days(int n) const;
  DateValue plus_months(int n) const;  // the day is clamped to the month's length
  DateValue plus_years(int n) const;

  int weekday() const;                   // ISO: 1 = Monday … 7 = Sunday (kDay only)
  std::string iso_week() const;          // "2019-W16" (kDay only)

  // Days since 1970-01-01 of a day-precision value, and back.
  int64_t serial() const;
  static DateValue from_serial(int64_t days);

  // First and last day of the period the value denotes (kDay results).
  DateValue first_day() const;
  DateValue last_day() const;
};

using util::is_leap;  // the calendar arithmetic: util/civil_date.h

// ASCII digits only (a non-empty run), and their value: for numeric dates.
bool is_digits(std::string_view s);
int digits_value(std::string_view s);
using util::days_in_month;

// Orders periods by their first day, and by their last day.
int compare_start(const DateValue& a, const DateValue& b);
int compare_end(const DateValue& a, const DateValue& b);

}  // namespace marsad::time
