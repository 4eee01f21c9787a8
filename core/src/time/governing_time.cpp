#include "time/governing_time.h"

#include <algorithm>
#include <cstdlib>

namespace marsad::time {
namespace {

bool clause_break(std::string_view t) { return t == "،" || t == "," || t == ";" || t == "؛"; }

}  // namespace

int governing_time(const std::vector<TimeExpression>& times, uint32_t sentence_first, uint32_t sentence_end,
                   uint32_t trigger_token, std::string_view normalized, const std::vector<text::Token>* tokens) {
  int best = -1;
  bool best_same_clause = false;
  uint32_t best_distance = 0;
  // Times are in text order: only the sentence's are looked at.
  auto from = std::partition_point(times.begin(), times.end(),
                                   [&](const TimeExpression& t) { return t.first_token < sentence_first; });
  for (size_t i = static_cast<size_t>(from - times.begin()); i < times.size() && times[i].first_token < sentence_end; ++i) {
    const TimeExpression& t = times[i];
    if (t.type != "DATE" || t.end_token > sentence_end) continue;
    uint32_t lo, hi, distance;
    if (trigger_token < t.first_token) {
      lo = trigger_token + 1, hi = t.first_token, distance = t.first_token - trigger_token;
    } else if (trigger_token >= t.end_token) {
      lo = t.end_token, hi = trigger_token, distance = trigger_token - t.end_token + 1;
    } else {
      return static_cast<int>(i);  // the trigger is inside the expression
    }
    bool same_clause = true;
    if (tokens)
      for (uint32_t k = lo; k < hi && k < tokens->size() && same_clause; ++k)
        if ((*tokens)[k].kind == text::TokenKind::kPunct && clause_break((*tokens)[k].in(normalized))) same_clause = false;
    bool better = best < 0 || (same_clause && !best_same_clause) ||
                  (same_clause == best_same_clause && distance < best_distance);
    if (better) {
      best = static_cast<int>(i);
      best_same_clause = same_clause;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace marsad::time
