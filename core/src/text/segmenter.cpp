#include "text/segmenter.h"

#include <cstdint>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "text/arabic_fold.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

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

// Unicode word-break classes of the characters the fast path knows (UAX #29);
// anything else sends its chunk to ICU. Not '@': ICU 72 reads "@name" as one
// word and a lone "@" as a word.
enum class Class : uint8_t { kLetter, kDigit, kMidNumLet, kMidLetter, kMidNum, kOther, kUnknown };

Class class_of(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Class::kLetter;
  if (c >= '0' && c <= '9') return Class::kDigit;
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3)) return Class::kLetter;
  switch (c) {
    case '.': case '\'': return Class::kMidNumLet;
    case ':': return Class::kMidLetter;
    case ',': case ';': case 0x060C: return Class::kMidNum;
    case '!': case '"': case '#': case '$': case '%': case '&': case '(': case ')': case '*': case '+': case '-':
    case '/': case '<': case '=': case '>': case '?': case '[': case '\\': case ']': case '^': case '`':
    case '{': case '|': case '}': case '~': case 0x00AB: case 0x00BB: case 0x061F: case 0x2013: case 0x2014:
    case 0x201C: case 0x201D:
      return Class::kOther;
    default: return Class::kUnknown;
  }
}

bool is_word_class(Class c) { return c == Class::kLetter || c == Class::kDigit; }

// A mid character joins the word characters around it (WB6/7, WB11/12).
bool joins(Class mid, Class before, Class after) {
  if (before != after || !is_word_class(before)) return false;
  if (mid == Class::kMidNumLet) return true;
  return mid == (before == Class::kLetter ? Class::kMidLetter : Class::kMidNum);
}

// Segments [begin, end), a chunk without spaces, when every boundary in it is
// plain: runs of letters, runs of digits, lone punctuation. False (nothing
// appended) when the chunk needs the full rules: letters next to digits,
// joining mid characters ("3.5", "ليبيا.كما"), "_", or characters not classified here.
bool segment_plain_chunk(std::string_view s, size_t begin, size_t end, std::vector<Token>& out) {
  size_t first = out.size();
  auto fail = [&] { out.resize(first); return false; };
  Class prev = Class::kOther;
  size_t pos = begin;
  while (pos < end) {
    size_t at = pos;
    Class c = class_of(next_code_point(s, pos));
    if (c == Class::kUnknown) return fail();
    if (is_word_class(c)) {
      if (is_word_class(prev)) {
        if (c != prev) return fail();  // "و2014": letters and digits join under rules of their own
        out.back().end = static_cast<uint32_t>(pos);
      } else {
        out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(pos),
                       c == Class::kLetter ? TokenKind::kWord : TokenKind::kNumber});
      }
    } else {
      if (c != Class::kOther && pos < end) {
        size_t peek = pos;
        if (joins(c, prev, class_of(next_code_point(s, peek)))) return fail();
      }
      out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(pos), TokenKind::kPunct});
    }
    prev = c;
  }
  return true;
}

bool is_chunk_delimiter(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// ICU's segmentation of normalized[begin, end).
void segment_words_icu(std::string_view normalized, size_t begin, size_t end, std::vector<Token>& out) {
  icu::BreakIterator* bi = word_iterator();
  UErrorCode status = U_ZERO_ERROR;
  std::string_view part = normalized.substr(begin, end - begin);
  UText* ut = utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &status);
  if (!bi || U_FAILURE(status)) {
    utext_close(ut);
    return;
  }
  bi->setText(ut, status);
  int32_t from = bi->first();
  for (int32_t to = bi->next(); to != icu::BreakIterator::DONE; from = to, to = bi->next()) {
    int32_t rule = bi->getRuleStatus();
    size_t peek = begin + static_cast<size_t>(from);
    char32_t c = next_code_point(normalized, peek);
    if (rule < UBRK_WORD_NONE_LIMIT && is_space(c)) continue;
    Token t{static_cast<uint32_t>(begin + from), static_cast<uint32_t>(begin + to), TokenKind::kPunct};
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) t.kind = TokenKind::kNumber;
    else if (rule >= UBRK_WORD_LETTER) t.kind = TokenKind::kWord;
    if (t.kind == TokenKind::kWord) push_word(normalized, t, out);
    else out.push_back(t);
  }
  utext_close(ut);
}

}  // namespace

void segment_words(std::string_view normalized, std::vector<Token>& out, Segmentation how) {
  size_t first = out.size();
  if (how == Segmentation::kIcuOnly) {
    segment_words_icu(normalized, 0, normalized.size(), out);
  } else {
    // Spaces and line breaks always break words (UAX #29), so chunks between
    // them are segmented apart: plain ones here, the rest by ICU with the
    // delimiters around them as context.
    size_t pos = 0, n = normalized.size();
    while (pos < n) {
      if (is_chunk_delimiter(normalized[pos])) { ++pos; continue; }
      size_t end = pos;
      while (end < n && !is_chunk_delimiter(normalized[end])) ++end;
      if (!segment_plain_chunk(normalized, pos, end, out))
        segment_words_icu(normalized, pos > 0 ? pos - 1 : 0, end < n ? end + 1 : end, out);
      pos = end;
    }
  }

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
