// Date parsing for the `date` field; see date.h for what is accepted.
#include "corpus/date.h"

#include <cstdio>

#include "corpus/readers.h"
#include "util/civil_date.h"

namespace marsad::corpus {

namespace {

// `s` with Arabic-Indic (U+0660..0669) and Extended Arabic-Indic
// (U+06F0..06F9) digits made ASCII; nullopt if any other non-ASCII remains.
std::optional<std::string> ascii_digits(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (i + 1 >= s.size()) return std::nullopt;
    unsigned char c2 = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9) {
      out.push_back(static_cast<char>('0' + (c2 - 0xA0)));
    } else if (c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9) {
      out.push_back(static_cast<char>('0' + (c2 - 0xB0)));
    } else {
      return std::nullopt;
    }
    ++i;
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a run of 1..max_len digits at s[i]; returns its length (0: none or too long).
size_t digits(std::string_view s, size_t i, size_t max_len, int* value) {
  size_t n = 0;
  int v = 0;
  while (i + n < s.size() && is_digit(s[i + n])) {
    if (n == max_len) return 0;
    v = v * 10 + (s[i + n] - '0');
    ++n;
  }
  *value = v;
  return n;
}

using util::days_in_month;

// Exactly two digits at t[i] (whatever follows), as a number.
bool two_digits(std::string_view t, size_t i, int* value) {
  if (i + 2 > t.size() || !is_digit(t[i]) || !is_digit(t[i + 1])) return false;
  *value = (t[i] - '0') * 10 + (t[i + 1] - '0');
  return true;
}

// "HH:MM", "HH:MM:SS", fractions, then "Z" or "+HH:MM"/"+HHMM"/"+HH".
bool valid_time(std::string_view t) {
  int h = 0, m = 0, sec = 0;
  if (!two_digits(t, 0, &h) || h > 23 || t.size() < 5 || t[2] != ':') return false;
  if (!two_digits(t, 3, &m) || m > 59) return false;
  size_t i = 5;
  if (i < t.size() && t[i] == ':') {
    if (!two_digits(t, i + 1, &sec) || sec > 60) return false;
    i += 3;
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
      size_t f = ++i;
      while (i < t.size() && is_digit(t[i])) ++i;
      if (i == f) return false;
    }
  }
  if (i == t.size()) return true;
  if (t[i] == 'Z' || t[i] == 'z') return i + 1 == t.size();
  if (t[i] != '+' && t[i] != '-') return false;
  int zh = 0, zm = 0;
  if (!two_digits(t, i + 1, &zh) || zh > 14) return false;
  i += 3;
  if (i == t.size()) return true;
  if (t[i] == ':') ++i;
  return two_digits(t, i, &zm) && zm <= 59 && i + 2 == t.size();
}

std::optional<std::string> fail(DateError* error, DateError why) {
  if (error) *error = why;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view input, DateError* error) {
  if (error) *error = DateError::kNone;
  std::optional<std::string> ascii = ascii_digits(trim(input));
  if (!ascii || ascii->empty()) return fail(error, DateError::kInvalid);
  std::string_view s = *ascii;

  int a = 0, b = 0, c = 0;
  size_t i = 0;
  size_t la = digits(s, i, 4, &a);
  if (la == 0) return fail(error, DateError::kInvalid);
  i += la;
  int year = 0, month = 0, day = 0;
  int parts = 1;  // precision: 1 year, 2 year-month, 3 full date
  if (i == s.size()) {
    if (la != 4) return fail(error, DateError::kInvalid);
    year = a;
  } else {
    char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.') return fail(error, DateError::kInvalid);
    size_t lb = digits(s, ++i, 2, &b);
    if (lb == 0) return fail(error, DateError::kInvalid);
    i += lb;
    if (i == s.size()) {  // year-month
      if (la != 4) return fail(error, DateError::kInvalid);
      year = a;
      month = b;
      parts = 2;
    } else {
      parts = 3;
      if (s[i] != sep) return fail(error, DateError::kInvalid);
      size_t lc = digits(s, ++i, 4, &c);
      i += lc;
      if (la == 4 && lc >= 1 && lc <= 2) {
        year = a, month = b, day = c;
      } else if (la <= 2 && lc == 4) {
        // Day-first (21/04/2019) unless only month-first makes sense (04/21/2019).
        year = c;
        if (a > 12 || a == b) {
          day = a, month = b;
        } else if (b > 12) {
          month = a, day = b;
        } else {
          return fail(error, DateError::kAmbiguous);
        }
      } else {
        return fail(error, DateError::kInvalid);
      }
      if (i < s.size()) {  // a time of day: kept out, but it must be one
        if ((s[i] != 'T' && s[i] != 't' && s[i] != ' ') || !valid_time(s.substr(i + 1))) {
          return fail(error, DateError::kInvalid);
        }
      }
    }
  }
  if (year < 1000 || year > 2999) return fail(error, DateError::kInvalid);
  if (parts == 1) return std::to_string(year);
  if (month < 1 || month > 12) return fail(error, DateError::kInvalid);
  char buf[16];
  if (parts == 2) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return std::string(buf);
  }
  if (day < 1 || day > days_in_month(year, month)) return fail(error, DateError::kInvalid);
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

}  // namespace marsad::corpus
