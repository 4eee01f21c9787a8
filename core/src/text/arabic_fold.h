// Per-character folding rules shared by the normalizer's fast path and its
// ICU path. Pure functions of one code point; no ICU here.
#pragma once

namespace marsad::text {

// What happens to one (already NFKC-case-folded) code point.
enum class Fold : unsigned char {
  kKeep,     // emit unchanged
  kMap,      // emit the mapped code point
  kAbsorb,   // drop, extending the previous character's source range (diacritics, tatweel)
  kDrop,     // drop (zero-width and bidi controls)
};

struct Folded {
  Fold action;
  char32_t to;
};

// A letter of the Arabic block (Arabic, Persian, Urdu letters): not a mark, not
// tatweel, not a digit or punctuation. The one definition the text layer uses.
inline bool is_arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x063F) || (c >= 0x0641 && c <= 0x064A) || c == 0x066E || c == 0x066F ||
         (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || c == 0x06EE || c == 0x06EF || (c >= 0x06FA && c <= 0x06FC) ||
         c == 0x06FF;
}

inline bool is_arabic_mark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 ||
         c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED);
}

inline bool is_invisible_control(char32_t c) {
  return c == 0x061C || c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF;
}

inline Folded fold(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return {Fold::kMap, c + 32};
    if (c == '\t' || c == '\v' || c == '\f') return {Fold::kMap, U' '};
    return {Fold::kKeep, c};
  }
  if (c >= 0x0600 && c <= 0x06FF) {
    if (is_arabic_mark(c) || c == 0x0640) return {Fold::kAbsorb, 0};
    switch (c) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
        return {Fold::kMap, 0x0627};                   // alef with hamza/madda/wasla → ا
      case 0x0649: case 0x06CC: case 0x06D2: return {Fold::kMap, 0x064A};  // ى ی ے → ي
      case 0x0629: case 0x06C0: case 0x06C1: case 0x06BE: case 0x06D5:
        return {Fold::kMap, 0x0647};                   // ة ۀ ہ ھ ە → ه
      case 0x06A9: return {Fold::kMap, 0x0643};        // ک → ك
      case 0x066B: return {Fold::kMap, U'.'};          // Arabic decimal separator
      case 0x066C: return {Fold::kMap, U','};          // Arabic thousands separator
      case 0x066A: return {Fold::kMap, U'%'};
      case 0x061C: return {Fold::kDrop, 0};
      default: break;
    }
    if (c >= 0x0660 && c <= 0x0669) return {Fold::kMap, U'0' + (c - 0x0660)};
    if (c >= 0x06F0 && c <= 0x06F9) return {Fold::kMap, U'0' + (c - 0x06F0)};
    return {Fold::kKeep, c};
  }
  if (is_invisible_control(c)) return {Fold::kDrop, 0};
  if (c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000)
    return {Fold::kMap, U' '};
  if (c == 0x2028 || c == 0x2029) return {Fold::kMap, U'\n'};
  return {Fold::kKeep, c};
}

// True when `c` can skip ICU: NFKC with case folding leaves it unchanged
// (apart from what `fold` does itself).
inline bool is_fast_path(char32_t c) {
  if (c < 0x80) return true;
  if (c >= 0x0600 && c <= 0x06FF)
    return !(c >= 0x0675 && c <= 0x0678);  // high hamza forms decompose under NFKC
  if (c >= 0x2010 && c <= 0x2027)
    return c != 0x2011 && c != 0x2017 && c != 0x2024 && c != 0x2025 && c != 0x2026;
  return c == 0x00AB || c == 0x00BB || c == 0x00A0 || is_invisible_control(c) || c == 0x2028 ||
         c == 0x2029;
}

}  // namespace marsad::text
