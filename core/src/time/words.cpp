#include "time/words.h"

#include "text/clitics.h"
#include "text/normalizer.h"

namespace marsad::time {

Lexicon::Lexicon(std::initializer_list<std::pair<std::string_view, int>> entries) {
  for (const auto& [word, value] : entries) map_.emplace(text::normalize_key(word), value);
}

int Lexicon::find(std::string_view w) const {
  auto it = map_.find(w);
  return it == map_.end() ? -1 : it->second;
}

std::string key(std::string_view s) { return text::normalize_key(s); }

const std::vector<Words::Stem>& Words::stems(uint32_t i) const {
  if (!stemmed_[i]) {
    stemmed_[i] = true;
    std::string_view w = at(i);
    thread_local std::vector<text::CliticReading> readings;
    text::clitic_readings(w, readings);
    for (const text::CliticReading& r : readings) {
      if (r.suffix_bytes != 0 || r.prefix_bytes == 0) continue;  // pronouns change the word; whole word done
      stems_[i].push_back({r.stem(w), false});
      if (r.definite) stems_[i].push_back({std::string(r.bare_stem(w)), true});  // "للعام" → ال+عام and عام
    }
  }
  return stems_[i];
}

int Words::lookup(uint32_t i, const Lexicon& lex, bool clitics) const {
  if (i >= tokens_.size() || tokens_[i].kind != text::TokenKind::kWord) return -1;
  int v = lex.find(at(i));
  if (v >= 0 || !clitics) return v;
  for (const Stem& stem : stems(i)) {
    v = lex.find(stem.form);
    if (v >= 0) return v;
  }
  return -1;
}

bool Words::is(uint32_t i, std::string_view k, bool clitics) const {
  if (i >= tokens_.size()) return false;
  if (at(i) == k) return true;
  if (!clitics || tokens_[i].kind != text::TokenKind::kWord) return false;
  for (const Stem& stem : stems(i))
    if (!stem.without_article && stem.form == k) return true;
  return false;
}

int Words::integer(uint32_t i, int* digits, std::string_view* suffix) const {
  if (i >= tokens_.size()) return -1;
  std::string_view w = at(i);
  // One Arabic letter (2 bytes) of proclitic: و ف ب ل.
  for (std::string_view p : {"و", "ف", "ب", "ل"})
    if (w.size() > p.size() && w.substr(0, p.size()) == p && w[p.size()] >= '0' && w[p.size()] <= '9') {
      w.remove_prefix(p.size());
      break;
    }
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
