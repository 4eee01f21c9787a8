// A trie over normalized words, for lexicons of multiword phrases (actor
// names, titles, event triggers), and the longest-match lookup that reads the
// first word through its clitics (وبحفتر finds حفتر; للأمم المتحدة finds الأمم المتحدة).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"
#include "util/hash_map64.h"

namespace marsad::text {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;

  PhraseTrie() : values_(1) {}

  // Adds a phrase (normalized and segmented like document text) with a value.
  // Returns false when the phrase has no words.
  bool add(std::string_view phrase, uint32_t value);

  int64_t child(uint32_t node, uint64_t word_hash) const {
    const uint32_t* child = edges_.find(edge_key(node, word_hash));
    return child ? int64_t{*child} : int64_t{-1};
  }
  const std::vector<uint32_t>& values(uint32_t node) const { return values_[node]; }

  static uint64_t hash(std::string_view word);
  static uint64_t hash_definite(std::string_view bare);  // the hash of "ال" + bare

  // The words of a phrase, normalized and segmented as document text is.
  static std::vector<std::string> words_of(std::string_view phrase);

 private:
  static uint64_t edge_key(uint32_t node, uint64_t h) { return h * 0x9E3779B97F4A7C15ull ^ node; }

  std::vector<std::vector<uint32_t>> values_;  // per node
  util::HashMap64 edges_;
};

struct PhraseMatch {
  uint32_t first = 0, end = 0;  // token range
  uint32_t node = 0;            // the trie node reached: its values
  uint8_t prefix_bytes = 0;     // proclitics read off the first word
  bool definite = false;        // they included the article
  bool pronoun_end = false;     // the last word is the phrase's preposition with its pronoun («القبض عليهم»)
};

class WordForms;

// The node a phrase ending in a preposition reaches from `node` with `word`,
// that preposition with its pronoun glued to it («القبض على» through «عليهم»),
// when that node ends a phrase; -1 otherwise. For a word the trie has no edge for.
int64_t preposition_with_pronoun_end(const PhraseTrie& trie, uint32_t node, std::string_view word);

// The longest phrase of `trie` starting at token `i` (a word), reading the
// first word whole or through its proclitics (`forms`: the document's); false when none.
// `limit`: the phrase ends there at the latest.
bool longest_match(const PhraseTrie& trie, const WordForms& forms, std::string_view normalized,
                   const std::vector<Token>& tokens, uint32_t i, PhraseMatch& out, uint32_t limit = UINT32_MAX);

}  // namespace marsad::text
