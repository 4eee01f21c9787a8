// What each recognizer family proposes; find_times() keeps the best
// non-overlapping set.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "time/date_value.h"
#include "time/words.h"

namespace marsad::time {

// The type of words that name something with a day (dated_names.cpp): they
// take their words from every other reading and are no time.
inline constexpr const char* kDatedName = "NAME";

struct Candidate {
  uint32_t first = 0, end = 0;
  std::string type;  // DATE, DURATION, SET, or kDatedName
  std::string value;
  std::string anchor;  // document, text, none
  bool relative = false;
  int priority = 0;  // breaks ties between candidates of equal length: higher wins
};

struct Context {
  const Words& words;
  DateValue doc;  // the document date, precision kNone when unknown
};

// One family per file.
void find_absolute_dates(const Context& c, std::vector<Candidate>& out);  // absolute_dates.cpp
void find_years(const Context& c, std::vector<Candidate>& out);           // years.cpp
// The year heading the item of a list of what happened on this day that holds
// token i («1965 - حرب … توقفت في 22 سبتمبر»), or -1 (years.cpp).
int heading_year(const Words& w, uint32_t i);
// The year of a date the sentence named before token i with its month and year, two
// years or more before the document's («حرب أكتوبر 1973 … في يومي 24 و25 أكتوبر»), or
// -1: the sentence tells that year's story. Not a point things run from («منذ فبراير
// 2010 … في 20 يوليو» is this year's July). `found`: the candidates read so far, in text order.
int sentence_year(const Words& w, const std::vector<Candidate>& found, uint32_t i, const DateValue& doc);
void find_hijri_dates(const Context& c, std::vector<Candidate>& out);     // hijri.cpp
void find_relative_dates(const Context& c, std::vector<Candidate>& out);  // relative_dates.cpp
void find_weekdays(const Context& c, std::vector<Candidate>& out);        // weekdays.cpp
void find_durations(const Context& c, std::vector<Candidate>& out);       // durations.cpp (and sets)
void find_references(const Context& c, std::vector<Candidate>& out);      // references.cpp
void find_dated_names(const Context& c, std::vector<Candidate>& out);     // dated_names.cpp
void find_anniversaries(const Context& c, std::vector<Candidate>& out);   // anniversaries.cpp
void find_elapsed(const Context& c, std::vector<Candidate>& out);         // elapsed.cpp

}  // namespace marsad::time
