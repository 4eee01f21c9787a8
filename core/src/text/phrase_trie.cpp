#include "text/phrase_trie.h"

#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/word_forms.h"
#include "util/hash.h"

namespace marsad::text {
namespace {

// Quotation marks inside a phrase are skipped: news quotes part of a set phrase.
// Double marks only (is_quote_mark also takes single ones, which may be apostrophes).
bool skipped_in_phrase(std::string_view w) {
  return w == "\"" || w == "«" || w == "»" || w == "“" || w == "”" || w == "„";
}

}  // namespace

uint64_t PhraseTrie::hash(std::string_view word) { return util::fnv1a(word); }
uint64_t PhraseTrie::hash_definite(std::string_view bare) { return util::fnv1a(bare, util::fnv1a("ال")); }

std::vector<std::string> PhraseTrie::words_of(std::string_view phrase) {
  std::string key = normalize_key(phrase);
  std::vector<Token> tokens;
  segment_words(key, tokens);
  std::vector<std::string> words;
  for (const Token& t : tokens) words.emplace_back(t.in(key));
  return words;
}

bool PhraseTrie::add(std::string_view phrase, uint32_t value) {
  std::vector<std::string> words = words_of(phrase);
  if (words.empty()) return false;
  uint32_t node = kRoot;
  for (const std::string& w : words) {
    uint64_t key = edge_key(node, hash(w));
    uint32_t next = edges_.insert(key, static_cast<uint32_t>(values_.size()));
    if (next == values_.size()) values_.emplace_back();
    node = next;
  }
  for (uint32_t v : values_[node])
    if (v == value) return true;
  values_[node].push_back(value);
  return true;
}

int64_t preposition_with_pronoun_end(const PhraseTrie& trie, uint32_t node, std::string_view word) {
  std::string_view p = preposition_before_pronoun(word);
  if (p.empty()) return -1;
  int64_t end = trie.child(node, PhraseTrie::hash(p));
  return end >= 0 && !trie.values(static_cast<uint32_t>(end)).empty() ? end : -1;
}

bool longest_match(const PhraseTrie& trie, const WordForms& forms, std::string_view normalized,
                   const std::vector<Token>& tokens, uint32_t i, PhraseMatch& out, uint32_t limit) {
  bool found = false;
  auto walk = [&](uint64_t first_hash, uint8_t prefix_bytes, bool definite) {
    int64_t node = trie.child(PhraseTrie::kRoot, first_hash);
    if (node < 0) return;
    PhraseMatch cand{i, 0, 0, prefix_bytes, definite};
    if (!trie.values(static_cast<uint32_t>(node)).empty()) { cand.end = i + 1; cand.node = static_cast<uint32_t>(node); }
    for (uint32_t j = i + 1; j < tokens.size() && j < limit; ++j) {
      if (tokens[j].kind == TokenKind::kPunct && skipped_in_phrase(tokens[j].in(normalized)) && j + 1 < tokens.size())
        continue;  // أعربوا “عن قلقهم”
      int64_t next = trie.child(static_cast<uint32_t>(node), forms.hash(j));
      if (next < 0) {
        // A phrase that ends in a preposition, read with its pronoun: «القبض على» in «القبض عليهم».
        if (tokens[j].kind == TokenKind::kWord) {
          int64_t end = preposition_with_pronoun_end(trie, static_cast<uint32_t>(node), tokens[j].in(normalized));
          if (end >= 0) cand = {i, j + 1, static_cast<uint32_t>(end), prefix_bytes, definite, true};
        }
        break;
      }
      node = next;
      if (!trie.values(static_cast<uint32_t>(node)).empty()) { cand.end = j + 1; cand.node = static_cast<uint32_t>(node); }
    }
    if (cand.end == 0) return;
    if (!found || cand.end > out.end) { out = cand; found = true; }  // ties keep the longer first word
  };
  walk(forms.hash(i), 0, false);
  for (const ProcliticForm& f : forms.proclitic_forms(i)) {
    if (f.definite) walk(f.hash, f.prefix_bytes, true);
    walk(f.bare_hash, f.prefix_bytes, f.definite);
  }
  return found;
}

}  // namespace marsad::text
