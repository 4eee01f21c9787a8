// Word access for the time recognizers: token text, lexicon lookups that see
// through proclitics (وفي، بالأمس، لأكثر), and number-token reading.
#pragma once

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/token.h"
#include "text/word_forms.h"
#include "util/hash_map64.h"

namespace marsad::time {

// Words → values. Entries are written in ordinary spelling and normalized on
// construction, so tables read naturally ("أبريل") and match normalized text
// ("ابريل"). Entries are kept by their word hash (text::PhraseTrie::hash), so
// a document's words, hashed once, are looked up without hashing again.
class Lexicon {
 public:
  Lexicon(std::initializer_list<std::pair<std::string_view, int>> entries);
  // A list of core/data/time/words.json (time/word_lists.h).
  explicit Lexicon(const std::vector<std::pair<std::string, int>>& entries);
  // Every entry of these lexicons (value 1): a gate that answers "none of them" in one lookup.
  Lexicon(std::initializer_list<const Lexicon*> parts);
  // -1 when absent.
  int find(std::string_view normalized_word) const;
  // Some entry of two words or more starts with this word.
  bool may_start_phrase(uint64_t first_word_hash) const { return phrase_starts_[first_word_hash % kSignatureBits]; }
  int find_hash(uint64_t word_hash) const {
    if (!signatures_[word_hash % kSignatureBits]) return -1;  // most words: no probe of the map
    const uint32_t* value = map_.find(word_hash);
    return value ? static_cast<int>(*value) : -1;
  }

 private:
  void add(std::string_view word, int value);

  static constexpr size_t kSignatureBits = 4096;
  std::bitset<kSignatureBits> signatures_, phrase_starts_;
  util::HashMap64 map_;  // word hash → value (values are never negative)
};

// The normalized form of a lexicon string, computed once per call site via a
// function-local static.
std::string key(std::string_view s);

class Words {
 public:
  // `forms`: the document's word forms; without them, Words computes its own.
  // `hamza_below`: per token, written with إ where the text has ا (text::written_hamza_below).
  Words(std::string_view text, const std::vector<text::Token>& tokens, const text::WordForms* forms = nullptr,
        const std::vector<bool>* hamza_below = nullptr);

  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }
  std::string_view at(uint32_t i) const { return i < tokens_.size() ? tokens_[i].in(text_) : std::string_view(); }
  // The word hash of token i as written (text::PhraseTrie::hash); 0 past the end.
  uint64_t hash(uint32_t i) const { return i < tokens_.size() ? forms_->hash(i) : 0; }
  bool written_hamza_below(uint32_t i) const { return hamza_below_ && i < hamza_below_->size() && (*hamza_below_)[i]; }
  bool is_punct(uint32_t i) const { return i < tokens_.size() && tokens_[i].kind == text::TokenKind::kPunct; }
  // Token i opens a line of the text (the first token, or a line break before it).
  bool opens_line(uint32_t i) const {
    if (i == 0) return true;
    if (i >= tokens_.size()) return false;
    return text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end).find('\n') != std::string_view::npos;
  }
  // Tokens i and i+1 touch (no space between them): "15/4/2019" is five touching tokens.
  bool touching(uint32_t i) const { return i + 1 < tokens_.size() && tokens_[i].end == tokens_[i + 1].begin; }

  // The value of token i in `lex`, as written or after proclitics (و ف ب ل ك, the
  // article); -1 when absent.
  int lookup(uint32_t i, const Lexicon& lex, bool clitics = true) const;
  // Token i is `normalized_key`, as written or after proclitics when `clitics`.
  bool is(uint32_t i, std::string_view normalized_key, bool clitics = false) const;

  // Calls f(hash) for token i as written and, when `clitics`, for each of its
  // forms behind proclitics (the ones `is` accepts): for indexed lookups.
  template <typename F>
  void for_each_hash(uint32_t i, bool clitics, F f) const {
    if (i >= tokens_.size()) return;
    f(forms_->hash(i));
    if (!clitics) return;
    for (const text::ProcliticForm& form : forms_->proclitic_forms(i)) f(form.hash);
  }

  // Reads token i as an integer: plain digits, optionally after a one-letter
  // proclitic (و2014) and before a one-letter era mark (2012م, 1440ه).
  // Returns -1 otherwise. `digits` receives the digit count.
  int integer(uint32_t i, int* digits = nullptr, std::string_view* suffix = nullptr) const;

 private:
  std::string_view text_;
  const std::vector<text::Token>& tokens_;
  std::optional<text::WordForms> own_forms_;
  const text::WordForms* forms_;
  const std::vector<bool>* hamza_below_;
};

}  // namespace marsad::time
