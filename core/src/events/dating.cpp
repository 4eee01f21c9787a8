#include "events/dating.h"

#include <algorithm>

#include "events/arabic_cues.h"
#include "events/extractor.h"
#include "time/governing_time.h"

namespace marsad::events {
namespace {

constexpr int kHistoricalYears = 10;

int year_of(std::string_view date) {
  if (date.size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return 0;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

}  // namespace

EventDate date_of(const SentenceView& v, uint32_t first, uint32_t end, std::string_view document_date) {
  const auto& times = v.input().times;
  const time::TimeExpression* found = nullptr;
  // The first time after the trigger (times are in text order), if in the sentence.
  auto next = std::partition_point(times.begin(), times.end(),
                                   [&](const time::TimeExpression& t) { return t.first_token < end; });
  if (next != times.end() && next->first_token < v.end()) {
    bool boundary = false;
    for (uint32_t k = end; k < next->first_token && !boundary; ++k)
      boundary = is_clause_punctuation(v.word(k)) || is_complementizer(v.word(k));
    if (!boundary && next->type == "DATE") found = &*next;
  }
  if (!found) {
    int g = time::governing_time(times, v.first(), v.end(), first, v.input().normalized, &v.input().tokens);
    if (g >= 0) found = &times[g];
  }
  EventDate out;
  if (found && !found->value.empty() && found->value.find('X') == std::string::npos && found->value[0] >= '0' &&
      found->value[0] <= '9') {
    out.value = found->value;
    int event_year = year_of(out.value), document_year = year_of(document_date);
    out.historical = event_year && document_year && document_year - event_year >= kHistoricalYears;
  } else {
    out.value = std::string(document_date);
    out.inherited = true;
  }
  return out;
}

}  // namespace marsad::events
