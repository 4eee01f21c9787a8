// Word access for the time recognizers: token text, lexicon lookups that see
// through proclitics (وفي، بالأمس، لأكثر), and number-token reading.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/token.h"

namespace marsad::time {

// Words → values. Entries are written in ordinary spelling and normalized on
// construction, so tables read naturally ("أبريل") and match normalized text ("ابريل").
class Lexicon {
 public:
  Lexicon(std::initializer_list<std::pair<std::string_view, int>> entries);
  // -1 when absent.
  int find(std::string_view normalized_word) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> map_;  // looked up without allocating
};

// The normalized form of a lexicon string, computed once per call site via a
// function-local static.
std::string key(std::string_view s);

class Words {
 public:
  struct Stem {
    std::string form;
    bool without_article;  // the bare stem of a definite reading
  };

  Words(std::string_view text, const std::vector<text::Token>& tokens)
      : text_(text), tokens_(tokens), stems_(tokens.size()), stemmed_(tokens.size(), false) {}

  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }
  std::string_view at(uint32_t i) const { return i < tokens_.size() ? tokens_[i].in(text_) : std::string_view(); }
  bool is_punct(uint32_t i) const { return i < tokens_.size() && tokens_[i].kind == text::TokenKind::kPunct; }
  // Tokens i and i+1 touch (no space between them): "15/4/2019" is five touching tokens.
  bool touching(uint32_t i) const { return i + 1 < tokens_.size() && tokens_[i].end == tokens_[i + 1].begin; }

  // The value of token i in `lex`, as written or after proclitics (و ف ب ل ك, the
  // article); -1 when absent.
  int lookup(uint32_t i, const Lexicon& lex, bool clitics = true) const;
  // Token i is `normalized_key`, as written or after proclitics when `clitics`.
  bool is(uint32_t i, std::string_view normalized_key, bool clitics = false) const;

  // Calls f(form) for token i as written and, when `clitics`, for each of its
  // forms behind proclitics (the ones `is` accepts): for indexed lookups.
  template <typename F>
  void for_each_form(uint32_t i, bool clitics, F f) const {
    if (i >= tokens_.size()) return;
    f(at(i));
    if (!clitics || tokens_[i].kind != text::TokenKind::kWord) return;
    for (const Stem& stem : stems(i))
      if (!stem.without_article) f(std::string_view(stem.form));
  }

  // Reads token i as an integer: plain digits, optionally after a one-letter
  // proclitic (و2014) and before a one-letter era mark (2012م, 1440ه).
  // Returns -1 otherwise. `digits` receives the digit count.
  int integer(uint32_t i, int* digits = nullptr, std::string_view* suffix = nullptr) const;

 private:
  // The word's forms behind its proclitics (ال restored, and without it),
  // computed once per token: every recognizer asks about every word.
  const std::vector<Stem>& stems(uint32_t i) const;

  std::string_view text_;
  const std::vector<text::Token>& tokens_;
  mutable std::vector<std::vector<Stem>> stems_;
  mutable std::vector<bool> stemmed_;
};

}  // namespace marsad::time
