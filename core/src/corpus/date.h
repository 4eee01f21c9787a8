// Dates as found in corpora → ISO 8601 at the precision given: "2019",
// "2019-04", "2019-04-21". Accepts year-first dates with - / or . separators,
// unambiguous day-first dates (21/04/2019), ISO datetimes (the day is kept) and
// Arabic-Indic digits.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad::corpus {

enum class DateError {
  kNone,
  kInvalid,    // not a date we read, or out of range (years 1000..2999)
  kAmbiguous,  // both day and month ≤ 12 and different: 03/04/2019
};

// The ISO form of `s`, or nullopt (with the reason in `*error` when given).
std::optional<std::string> parse_date(std::string_view s, DateError* error = nullptr);

}  // namespace marsad::corpus
