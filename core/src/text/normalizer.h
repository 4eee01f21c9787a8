// Normalization for matching, with an alignment back to the original text.
//
// The original is kept for display; matching runs on the normalized text.
// `src_begin[i]`/`src_end[i]` give, for normalized byte i, the original byte
// range of the character that produced it, so a normalized span [s, t) shows
// the original range [src_begin[s], src_end[t-1]). Dropped diacritics and
// tatweel are absorbed into the character before them, so highlights include
// them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace marsad::text {

struct NormalizedText {
  std::string text;                 // normalized UTF-8
  std::vector<uint32_t> src_begin;  // per normalized byte: original byte where its character starts
  std::vector<uint32_t> src_end;    // per normalized byte: original byte where its character ends

  // Original byte range of the normalized byte range [begin, end), end > begin.
  uint32_t original_begin(uint32_t begin) const { return src_begin[begin]; }
  uint32_t original_end(uint32_t end) const { return src_end[end - 1]; }
};

// Normalizes valid UTF-8 `original`:
//  - NFKC with case folding (presentation forms such as ﻻ become base letters);
//  - diacritics, Quranic marks and tatweel removed;
//  - أ إ آ ٱ → ا, ى → ي, ة → ه, Persian/Urdu ی ک ۀ ہ ھ → ي ك ه;
//  - Arabic-Indic and Eastern digits → ASCII, ٫ → '.', ٬ → ',';
//  - hashtags read as words: '#' dropped, '_' inside the hashtag → ' ';
//  - zero-width and bidi control characters dropped; CRLF → '\n', other
//    spaces → ' '.
// Punctuation and quotes are kept as they are (the segmenter classifies them).
void normalize(std::string_view original, NormalizedText& out);
NormalizedText normalize(std::string_view original);

// Per token of the normalized text: its word was written with alef hamza below
// (إ) first, or right behind a one-letter proclitic («وإب»), a letter the
// normalization folds to ا: what tells Yemen's «إب» from the month «آب».
std::vector<bool> written_hamza_below(std::string_view original, const NormalizedText& norm,
                                      const std::vector<Token>& tokens);

// Per token of the normalized text: its last letter, folded to ا, was written
// with hamza above (أ): what tells «هنأ» (congratulated) from «هنا» (here).
std::vector<bool> written_final_hamza(std::string_view original, const NormalizedText& norm,
                                      const std::vector<Token>& tokens);

// Per token of the normalized text: its last letter, folded to ه, was written
// «ه» (not «ة»): what tells «حواره» (his dialogue) from the town «حوارة».
std::vector<bool> written_final_ha(std::string_view original, const NormalizedText& norm,
                                   const std::vector<Token>& tokens);

// Normalizes a short string (a lexicon entry, a search query) without alignment.
std::string normalize_key(std::string_view s);

}  // namespace marsad::text
