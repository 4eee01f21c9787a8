#include "text/segmenter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "text/utf8.h"

namespace marsad::text {
namespace {

bool is_arabic_letter(char32_t c) { return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3); }

bool is_space(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The ICU iterator is expensive to create and cheap to reuse: one per thread.
icu::BreakIterator* word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

// Splits a word token at full stops that sit between two Arabic letters.
void push_word(std::string_view s, Token t, std::vector<Token>& out) {
  size_t start = t.begin;
  size_t pos = t.begin;
  char32_t prev = 0;
  while (pos < t.end) {
    size_t at = pos;
    char32_t c = next_code_point(s, pos);
    if (c == '.' && is_arabic_letter(prev) && pos < t.end) {
      size_t peek = pos;
      if (is_arabic_letter(next_code_point(s, peek))) {
        out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(at), t.kind});
        out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(pos), TokenKind::kPunct});
        start = pos;
      }
    }
    prev = c;
  }
  out.push_back({static_cast<uint32_t>(start), t.end, t.kind});
}

void classify(std::string_view s, Token& t) {
  size_t pos = t.begin;
  bool arabic = true;
  while (pos < t.end) {
    char32_t c = next_code_point(s, pos);
    if (!is_arabic_letter(c)) { arabic = false; break; }
  }
  t.arabic = arabic && t.kind == TokenKind::kWord;
}

}  // namespace

void segment_words(std::string_view normalized, std::vector<Token>& out) {
  size_t first = out.size();
  icu::BreakIterator* bi = word_iterator();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, normalized.data(), static_cast<int64_t>(normalized.size()), &status);
  if (!bi || U_FAILURE(status)) {
    utext_close(ut);
    return;
  }
  bi->setText(ut, status);
  int32_t begin = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; begin = end, end = bi->next()) {
    int32_t rule = bi->getRuleStatus();
    size_t peek = static_cast<size_t>(begin);
    char32_t c = next_code_point(normalized, peek);
    if (rule < UBRK_WORD_NONE_LIMIT && is_space(c)) continue;
    Token t{static_cast<uint32_t>(begin), static_cast<uint32_t>(end), TokenKind::kPunct};
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) t.kind = TokenKind::kNumber;
    else if (rule >= UBRK_WORD_LETTER) t.kind = TokenKind::kWord;
    if (t.kind == TokenKind::kWord) push_word(normalized, t, out);
    else out.push_back(t);
  }
  utext_close(ut);

  // Paragraph starts: the first token, and any token after a line break
  // (scraped news marks paragraphs with one newline as often as with two).
  size_t prev_end = 0;
  for (size_t i = first; i < out.size(); ++i) {
    Token& t = out[i];
    classify(normalized, t);
    int newlines = 0;
    for (size_t p = prev_end; p < t.begin; ++p) newlines += normalized[p] == '\n';
    t.paragraph_start = (i == first) || newlines >= 1;
    prev_end = t.end;
  }
}

}  // namespace marsad::text
