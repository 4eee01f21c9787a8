#include "time/words.h"

#include "text/clitics.h"
#include "text/phrase_trie.h"
#include "text/normalizer.h"

namespace marsad::time {

Lexicon::Lexicon(std::initializer_list<std::pair<std::string_view, int>> entries) {
  for (const auto& [word, value] : entries) add(word, value);
}

Lexicon::Lexicon(const std::vector<std::pair<std::string, int>>& entries) {
  for (const auto& [word, value] : entries) add(word, value);
}

void Lexicon::add(std::string_view word, int value) {
  std::string k = text::normalize_key(word);
  uint64_t h = text::PhraseTrie::hash(k);
  signatures_.set(h % kSignatureBits);
  if (size_t space = k.find(' '); space != std::string::npos)
    phrase_starts_.set(text::PhraseTrie::hash(std::string_view(k).substr(0, space)) % kSignatureBits);
  map_.insert(h, static_cast<uint32_t>(value));  // the first value of a word stays
}

Lexicon::Lexicon(std::initializer_list<const Lexicon*> parts) {
  for (const Lexicon* part : parts) {
    signatures_ |= part->signatures_;
    phrase_starts_ |= part->phrase_starts_;
    part->map_.for_each([&](uint64_t h, uint32_t) { map_.insert(h, 1); });
  }
}

int Lexicon::find(std::string_view w) const { return find_hash(text::PhraseTrie::hash(w)); }

std::string key(std::string_view s) { return text::normalize_key(s); }

Words::Words(std::string_view text, const std::vector<text::Token>& tokens, const text::WordForms* forms,
             const std::vector<bool>* hamza_below)
    : text_(text), tokens_(tokens), forms_(forms), hamza_below_(hamza_below) {
  if (!forms_) forms_ = &own_forms_.emplace(text, tokens);
}

int Words::lookup(uint32_t i, const Lexicon& lex, bool clitics) const {
  if (i >= tokens_.size() || tokens_[i].kind != text::TokenKind::kWord) return -1;
  int v = lex.find_hash(forms_->hash(i));
  if (v >= 0 || !clitics) return v;
  for (const text::ProcliticForm& f : forms_->proclitic_forms(i)) {
    v = lex.find_hash(f.hash);
    if (v < 0 && f.definite) v = lex.find_hash(f.bare_hash);  // "للعام" → العام, and عام
    if (v >= 0) return v;
  }
  return -1;
}

bool Words::is(uint32_t i, std::string_view k, bool clitics) const {
  if (i >= tokens_.size()) return false;
  std::string_view w = at(i);
  if (w == k) return true;
  if (!clitics || tokens_[i].kind != text::TokenKind::kWord) return false;
  static constexpr std::string_view kAl = "ال";
  for (const text::ProcliticForm& f : forms_->proclitic_forms(i)) {
    std::string_view bare = w.substr(f.prefix_bytes);
    if (f.definite ? k.size() == kAl.size() + bare.size() && k.substr(0, kAl.size()) == kAl && k.substr(kAl.size()) == bare
                   : k == bare)
      return true;
  }
  return false;
}

int Words::integer(uint32_t i, int* digits, std::string_view* suffix) const {
  if (i >= tokens_.size()) return -1;
  std::string_view w = at(i);
  auto digit = [&](size_t k) { return k < w.size() && w[k] >= '0' && w[k] <= '9'; };
  if (!digit(0) && !digit(2)) return -1;  // most words: neither a digit nor a letter then a digit
  // One Arabic letter (2 bytes) of proclitic: و ف ب ل.
  if (std::string_view rest = text::behind_glued_letter(w); !rest.empty() && rest[0] >= '0' && rest[0] <= '9') w = rest;
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 6) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "م" && rest != "ه") return -1;
  if (suffix) *suffix = rest;
  if (digits) *digits = static_cast<int>(n);
  int v = 0;
  for (size_t k = 0; k < n; ++k) v = v * 10 + (w[k] - '0');
  return v;
}

}  // namespace marsad::time
