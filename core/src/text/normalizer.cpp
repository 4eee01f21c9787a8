#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/arabic_fold.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

bool is_word_char(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0x0620 && c <= 0x064A) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0x06F0 && c <= 0x06FF) || c >= 0x00C0;
}

// Writes normalized characters with their source ranges.
class Emitter {
 public:
  explicit Emitter(NormalizedText& out) : out_(out) {}

  void emit(char32_t c, uint32_t begin, uint32_t end) {
    size_t before = out_.text.size();
    append_utf8(out_.text, c);
    size_t n = out_.text.size() - before;
    for (size_t k = 0; k < n; ++k) {  // one to four bytes: push_back beats a counted insert
      out_.src_begin.push_back(begin);
      out_.src_end.push_back(end);
    }
    last_ = c;
    last_len_ = n;
  }

  // A character already in normalized form, copied as its bytes.
  void emit_bytes(const char* bytes, size_t n, char32_t c, uint32_t begin, uint32_t end) {
    out_.text.append(bytes, n);
    for (size_t k = 0; k < n; ++k) {
      out_.src_begin.push_back(begin);
      out_.src_end.push_back(end);
    }
    last_ = c;
    last_len_ = n;
  }

  // Extends the previous character's source range to `end` (a dropped mark after it).
  void absorb(uint32_t begin, uint32_t end) {
    if (last_len_ == 0) return;
    size_t size = out_.src_end.size();
    if (out_.src_end[size - 1] != begin) return;  // not adjacent: leave it alone
    for (size_t i = size - last_len_; i < size; ++i) out_.src_end[i] = end;
  }

  // Replaces the previous character by `c` of the same UTF-8 length.
  bool replace_last(char32_t c) {
    std::string tmp;
    append_utf8(tmp, c);
    if (last_len_ != tmp.size()) return false;
    out_.text.replace(out_.text.size() - last_len_, last_len_, tmp);
    last_ = c;
    return true;
  }

  char32_t last() const { return last_len_ ? last_ : 0; }

 private:
  NormalizedText& out_;
  char32_t last_ = 0;
  size_t last_len_ = 0;
};

// State carried across characters.
struct Context {
  bool in_hashtag = false;
  char32_t previous = 0;  // the previous original (unfolded) character
};

bool is_alef(char32_t c) { return c == 0x0627 || c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671; }

// Scraped text loses spaces ("ورعايةايطالية", "فرنساايضا"). Ta marbuta and
// alef maqsura only end words, and no Arabic word has two alefs in a row, so a
// letter after them starts a new word.
bool glued(char32_t previous, char32_t c) {
  if (!is_arabic_letter(c)) return false;
  return previous == 0x0629 || previous == 0x0649 || (is_alef(previous) && is_alef(c) && previous != 0x0622);
}

// Characters that normalization leaves as they are whatever surrounds them:
// most of any text. Others (capitals, tabs, '#', '\r', alef and ya variants,
// ta marbuta, marks, digits to fold) take the general path.
bool is_plain_ascii(unsigned char b) {
  return b >= 0x20 && b < 0x7F && b != '#' && !(b >= 'A' && b <= 'Z');
}
bool is_plain_arabic(char32_t c) {
  return c >= 0x0621 && c <= 0x064A && c != 0x0622 && c != 0x0623 && c != 0x0625 && c != 0x0629 && c != 0x0640 &&
         c != 0x0649;
}

void emit_folded(Emitter& em, Context& ctx, char32_t c, uint32_t begin, uint32_t end,
                 std::string_view original) {
  char32_t previous = ctx.previous;
  if (!is_arabic_mark(c) && c != 0x0640) ctx.previous = c;
  if (glued(previous, c)) em.emit(U' ', begin, begin);  // an inserted space, empty in the original
  if (c == 0x0654 && (em.last() == 0x0648 || em.last() == 0x064A)) {  // composing hamza: و+ٔ → ؤ, ي+ٔ → ئ
    em.replace_last(em.last() == 0x0648 ? 0x0624 : 0x0626);
    em.absorb(begin, end);
    return;
  }
  Folded f = fold(c);
  switch (f.action) {
    case Fold::kAbsorb: em.absorb(begin, end); return;
    case Fold::kDrop: return;
    case Fold::kMap: c = f.to; break;
    case Fold::kKeep: break;
  }
  if (c == '#') {
    size_t next = end;
    if (next < original.size()) {
      char32_t n = next_code_point(original, next);
      if (is_word_char(n)) { ctx.in_hashtag = true; return; }
    }
  }
  if (ctx.in_hashtag) {
    if (c == '_') { em.emit(U' ', begin, end); return; }
    if (!is_word_char(c)) ctx.in_hashtag = false;
  }
  if (c == '\r') {
    if (end < original.size() && original[end] == '\n') return;  // CRLF → LF
    c = '\n';
  }
  em.emit(c, begin, end);
}

// Normalizes a run of characters that need ICU, segment by segment so the
// alignment stays as fine as NFKC allows.
void emit_with_icu(Emitter& em, Context& ctx, std::string_view original, size_t run_begin, size_t run_end) {
  const icu::Normalizer2* nfkc = nfkc_casefold();
  size_t pos = run_begin;
  while (pos < run_end) {
    size_t seg_begin = pos;
    icu::UnicodeString segment;
    segment.append(static_cast<UChar32>(next_code_point(original, pos)));
    while (pos < run_end) {  // extend over characters that combine with this one
      size_t peek = pos;
      char32_t n = next_code_point(original, peek);
      if (nfkc && nfkc->hasBoundaryBefore(static_cast<UChar32>(n))) break;
      segment.append(static_cast<UChar32>(n));
      pos = peek;
    }
    icu::UnicodeString normalized;
    UErrorCode status = U_ZERO_ERROR;
    if (nfkc) nfkc->normalize(segment, normalized, status);
    if (!nfkc || U_FAILURE(status)) normalized = segment;
    for (int32_t i = 0; i < normalized.length();) {
      UChar32 c = normalized.char32At(i);
      i += U16_LENGTH(c);
      emit_folded(em, ctx, static_cast<char32_t>(c), static_cast<uint32_t>(seg_begin),
                  static_cast<uint32_t>(pos), original);
    }
  }
}

}  // namespace

void normalize(std::string_view original, NormalizedText& out) {
  out.text.clear();
  out.src_begin.clear();
  out.src_end.clear();
  out.text.reserve(original.size());
  out.src_begin.reserve(original.size());
  out.src_end.reserve(original.size());
  Emitter em(out);
  Context ctx;
  size_t pos = 0;
  while (pos < original.size()) {
    size_t begin = pos;
    if (!ctx.in_hashtag) {  // the plain fast path: bytes copied, nothing decided
      unsigned char b = static_cast<unsigned char>(original[pos]);
      if (is_plain_ascii(b)) {
        em.emit_bytes(&original[pos], 1, b, static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 1));
        ctx.previous = b;
        ++pos;
        continue;
      }
      if (b >= 0xD8 && b <= 0xD9 && pos + 1 < original.size()) {
        unsigned char b2 = static_cast<unsigned char>(original[pos + 1]);
        char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (b2 & 0x3F);
        if ((b2 & 0xC0) == 0x80 && is_plain_arabic(c) && !glued(ctx.previous, c)) {
          em.emit_bytes(&original[pos], 2, c, static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 2));
          ctx.previous = c;
          pos += 2;
          continue;
        }
      }
    }
    char32_t c = next_code_point(original, pos);
    if (is_fast_path(c)) {
      emit_folded(em, ctx, c, static_cast<uint32_t>(begin), static_cast<uint32_t>(pos), original);
      continue;
    }
    size_t run_end = pos;
    while (run_end < original.size()) {
      size_t peek = run_end;
      if (is_fast_path(next_code_point(original, peek))) break;
      run_end = peek;
    }
    emit_with_icu(em, ctx, original, begin, run_end);
    pos = run_end;
  }
}

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  normalize(original, out);
  return out;
}

std::string normalize_key(std::string_view s) {
  NormalizedText n = normalize(s);
  // Collapse runs of spaces and trim: keys compare token by token.
  std::string key;
  for (char ch : n.text) {
    bool space = ch == ' ' || ch == '\n';
    if (space) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(ch);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

namespace {

constexpr std::string_view kAlef = "ا";

// Per token: the word's letter that `letter_at` finds (its byte offset in the
// word, or -1 for none) is written `letter` in the original.
template <typename LetterAt>
std::vector<bool> written_as(std::string_view original, const NormalizedText& norm, const std::vector<Token>& tokens,
                             std::string_view letter, LetterAt letter_at) {
  std::vector<bool> out(tokens.size(), false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    int at = letter_at(t.in(norm.text));
    if (at < 0) continue;
    uint32_t b = norm.original_begin(t.begin + static_cast<uint32_t>(at));
    out[i] = original.substr(b, letter.size()) == letter;
  }
  return out;
}

}  // namespace

std::vector<bool> written_hamza_below(std::string_view original, const NormalizedText& norm,
                                      const std::vector<Token>& tokens) {
  // The alef is the word's first letter, or its second after و ف ب ل ك.
  return written_as(original, norm, tokens, "إ", [](std::string_view w) {
    if (w.starts_with(kAlef)) return 0;
    std::string_view glued = w.substr(0, 2);
    bool proclitic = glued == "و" || glued == "ف" || glued == "ب" || glued == "ل" || glued == "ك";
    return proclitic && w.substr(2).starts_with(kAlef) ? 2 : -1;
  });
}

std::vector<bool> written_final_hamza(std::string_view original, const NormalizedText& norm,
                                      const std::vector<Token>& tokens) {
  return written_as(original, norm, tokens, "أ", [](std::string_view w) {
    return w.size() >= 2 * kAlef.size() && w.ends_with(kAlef) ? static_cast<int>(w.size() - kAlef.size()) : -1;
  });
}

std::vector<bool> written_final_ha(std::string_view original, const NormalizedText& norm,
                                   const std::vector<Token>& tokens) {
  constexpr std::string_view kHa = "ه";
  return written_as(original, norm, tokens, kHa, [&](std::string_view w) {
    return w.size() >= 2 * kHa.size() && w.ends_with(kHa) ? static_cast<int>(w.size() - kHa.size()) : -1;
  });
}

}  // namespace marsad::text
