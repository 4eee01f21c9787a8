#include "text/sentences.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace marsad::text {
namespace {

icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

bool is(std::string_view s, const Token& t, std::string_view what) { return t.in(s) == what; }

// Boundaries ICU misses in scraped Arabic news: true when a sentence ends after token i.
bool extra_break_after(std::string_view s, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct || i + 1 >= tokens.size()) return false;
  const Token& next = tokens[i + 1];
  bool comma = is(s, t, ",") || is(s, t, "،");
  if (comma && i > 0 && is(s, tokens[i - 1], ".") && tokens[i - 1].end == t.begin) return true;  // ".,"
  // A full stop glued to the following Arabic word.
  return is(s, t, ".") && next.begin == t.end && next.arabic;
}

}  // namespace

void split_sentences(std::string_view normalized, const std::vector<Token>& tokens, std::vector<Sentence>& out) {
  out.clear();
  if (tokens.empty()) return;
  std::vector<uint32_t> icu_breaks;  // byte offsets where ICU starts a new sentence
  if (icu::BreakIterator* bi = sentence_iterator()) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, normalized.data(), static_cast<int64_t>(normalized.size()), &status);
    if (U_SUCCESS(status)) {
      bi->setText(ut, status);
      for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
        icu_breaks.push_back(static_cast<uint32_t>(b));
    }
    utext_close(ut);
  }
  size_t next_break = 0;
  uint32_t start = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    while (next_break < icu_breaks.size() && icu_breaks[next_break] <= t.begin) ++next_break;
    bool icu_starts_here = next_break > 0 && icu_breaks[next_break - 1] > (i ? tokens[i - 1].begin : 0) &&
                           icu_breaks[next_break - 1] <= t.begin;
    bool starts = i > start && (t.paragraph_start || icu_starts_here || i - start >= kMaxSentenceTokens ||
                                extra_break_after(normalized, tokens, i - 1));
    if (starts) {
      out.push_back({start, i});
      start = i;
    }
  }
  out.push_back({start, static_cast<uint32_t>(tokens.size())});
}

}  // namespace marsad::text
