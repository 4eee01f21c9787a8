// Hijri dates marked as such: "15 رمضان 1440 هـ"، "رمضان 1440هـ"، "عام 1440 هجري".
#include "time/hijri.h"

#include "time/candidates.h"
#include "time/months.h"
#include "time/numbers.h"
#include "time/resolve.h"

namespace marsad::time {

DateValue hijri_to_gregorian(int year, int month, int day) {
  // Julian day number of the Hijri date, then days since 1970-01-01 (JDN 2440588).
  int64_t jdn = day + (295 * (month - 1) + 9) / 10  // ceil(29.5 * (month - 1))
                + static_cast<int64_t>(year - 1) * 354 + (3 + 11 * static_cast<int64_t>(year)) / 30 + 1948439;
  return DateValue::from_serial(jdn - 2440588);
}

namespace {

bool hijri_year(int y) { return y >= 1300 && y <= 1600; }

// A Hijri year at i, with its marker: "1440 هـ"، "1440هـ"، "1440 هجري"; `marked` when a marker was seen.
bool read_hijri_year(const Words& w, uint32_t i, int& year, uint32_t& end, bool& marked) {
  static const std::string am = key("عام"), sana = key("سنة"), h = key("ه"), hijri = key("هجري"),
                           hijriya = key("هجرية"), lil_hijra = key("للهجرة");
  static const Lexicon year_words{{"عام", 1}, {"سنة", 1}};  // a one-lookup gate before the exact tests
  uint32_t k = i;
  if (w.integer(k) < 0) {  // most words: neither a number nor عام/سنة before one
    if (w.lookup(k, year_words, true) < 0 || (!w.is(k, am, true) && !w.is(k, sana, true))) return false;
    ++k;
  }
  int digits = 0;
  std::string_view suffix;
  int y = w.integer(k, &digits, &suffix);
  if (y < 0 || digits != 4 || !hijri_year(y)) return false;
  end = k + 1;
  marked = suffix == "ه";
  if (suffix.empty() && (w.is(end, h) || w.is(end, hijri) || w.is(end, hijriya) || w.is(end, lil_hijra))) {
    ++end;
    marked = true;
  }
  year = y;
  return true;
}

}  // namespace

void find_hijri_dates(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  for (uint32_t i = 0; i < w.size(); ++i) {
    NumberMatch day;
    MonthMatch m;
    int year;
    uint32_t end;
    bool marked;
    uint32_t k = i;
    bool has_day = read_day(w, i, day);
    if (has_day) {
      k = day.end;
      if (w.is(k, key("من"))) ++k;
    }
    if (read_hijri_month(w, k, m) && read_hijri_year(w, m.end, year, end, marked)) {
      // A Hijri month name and a year in the Hijri range are enough, marker or not.
      if (has_day && day.value <= 30) {
        Candidate cand = absolute(i, end, hijri_to_gregorian(year, m.month, day.value));
        cand.priority = 3;
        out.push_back(cand);
      } else if (!has_day) {
        // The Gregorian month where the Hijri month's middle falls.
        Candidate cand = absolute(i, end, hijri_to_gregorian(year, m.month, 15).coarsened(Precision::kMonth));
        cand.priority = 3;
        out.push_back(cand);
      }
      continue;
    }
    if (!has_day && read_hijri_year(w, i, year, end, marked) && marked) {
      // A Hijri year straddles two Gregorian years: take the one of its middle.
      Candidate cand = absolute(i, end, hijri_to_gregorian(year, 6, 15).coarsened(Precision::kYear));
      cand.priority = 3;
      out.push_back(cand);
    }
  }
}

}  // namespace marsad::time
