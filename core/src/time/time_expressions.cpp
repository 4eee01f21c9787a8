#include "time/time_expressions.h"

#include <algorithm>

#include "time/candidates.h"
#include "time/writing_day.h"

namespace marsad::time {

std::vector<TimeExpression> find_times(std::string_view normalized, const std::vector<text::Token>& tokens,
                                       std::string_view document_date, const text::WordForms* forms,
                                       const std::vector<bool>* hamza_below, std::string* written) {
  Words words(normalized, tokens, forms, hamza_below);
  // Relative times are read from the day the text was written, which its
  // «اليوم (الأربعاء)» may place before the document's date.
  Context ctx{words, writing_day(words, DateValue::parse(document_date))};
  if (written) *written = ctx.doc.precision == Precision::kDay ? ctx.doc.format() : std::string(document_date);
  std::vector<Candidate> cands;
  find_absolute_dates(ctx, cands);
  find_years(ctx, cands);
  find_hijri_dates(ctx, cands);
  find_relative_dates(ctx, cands);
  find_weekdays(ctx, cands);
  find_durations(ctx, cands);
  find_references(ctx, cands);
  find_dated_names(ctx, cands);
  find_anniversaries(ctx, cands);
  find_elapsed(ctx, cands);

  // Longest first, then the stronger family, then the earlier; keep what does not overlap.
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    uint32_t la = a.end - a.first, lb = b.end - b.first;
    if (la != lb) return la > lb;
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.first < b.first;
  });
  std::vector<char> taken(tokens.size(), 0);
  std::vector<TimeExpression> out;
  for (const Candidate& c : cands) {
    if (c.end <= c.first || c.end > tokens.size()) continue;
    bool free = std::none_of(taken.begin() + c.first, taken.begin() + c.end, [](char t) { return t != 0; });
    if (!free) continue;
    std::fill(taken.begin() + c.first, taken.begin() + c.end, 1);
    if (c.type == kDatedName) continue;
    out.push_back(TimeExpression{c.first, c.end, c.type, c.value, c.anchor, c.relative});
  }
  std::sort(out.begin(), out.end(),
            [](const TimeExpression& a, const TimeExpression& b) { return a.first_token < b.first_token; });
  return out;
}

std::vector<bool> time_token_mask(const std::vector<TimeExpression>& times, size_t token_count) {
  std::vector<bool> mask(token_count, false);
  for (const TimeExpression& t : times)
    for (uint32_t i = t.first_token; i < t.end_token && i < token_count; ++i) mask[i] = true;
  return mask;
}

}  // namespace marsad::time
