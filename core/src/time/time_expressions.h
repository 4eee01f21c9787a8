// Time expressions of one document: found on normalized tokens and normalized
// to TIMEX3-style values, relative ones resolved against the document date but
// never finer than that date's own precision.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"
#include "text/word_forms.h"

namespace marsad::time {

struct TimeExpression {
  uint32_t first_token = 0, end_token = 0;  // token index range [first, end) in the document's tokens
  std::string type;    // "DATE", "DURATION", "SET", "TIME"
  std::string value;   // "2019-04-15", "2019-04", "2019", "2019-W16", "PAST_REF", "P36D", "XXXX-04-05", …
  std::string anchor;  // "document" (resolved against the document date), "text" (absolute in the text),
                       // "none" (depends on the document date, which is unknown: value has X's)
  bool relative = false;  // the value depends on the document date (resolved or not: see anchor)
};

// Finds and normalizes the time expressions of one document, in text order and
// without overlaps. `document_date` is "", "2019", "2019-04" or "2019-04-21".
// `forms`: the document's word forms, when the caller has them;
// `hamza_below`: text::written_hamza_below of the original, when the caller has it.
// Relative times are read from the day the text was written (time/writing_day.h);
// `written`, when given, receives it (the document's date when the text does not move it).
std::vector<TimeExpression> find_times(std::string_view normalized, const std::vector<text::Token>& tokens,
                                       std::string_view document_date, const text::WordForms* forms = nullptr,
                                       const std::vector<bool>* hamza_below = nullptr, std::string* written = nullptr);

// Per token of a document of `token_count` tokens: inside one of `times`.
std::vector<bool> time_token_mask(const std::vector<TimeExpression>& times, size_t token_count);

}  // namespace marsad::time
