// The framing lexicon (core/data/framing_words.json): words whose choice
// frames an actor — «تحرير» or «عدوان» for the same offensive.
#pragma once

#include <string>
#include <vector>

#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "text/phrase_trie.h"

namespace marsad::query {

struct FramingWord {
  std::string text;  // as the lexicon writes it
  std::string tone;  // "legitimizing" or "delegitimizing"
};

class FramingWords {
 public:
  static const FramingWords& builtin();

  // The framing word (or phrase) starting at token `t` of an analyzed
  // document, read through the first word's clitics; nullptr when none.
  const FramingWord* at(const analysis::DocumentAnalysis& a, size_t t, const analysis::Vocabulary& v) const;

 private:
  text::PhraseTrie trie_;
  std::vector<FramingWord> words_;
};

}  // namespace marsad::query
