// «في مثل هذا اليوم من عام 1990»: an anniversary column's item — the
// document's day and month, in the year named after the phrase. Without a year
// it is that day in a past year no one names (XXXX-MM-DD), and not today,
// which its «اليوم» would otherwise say.
#include <cstdio>

#include "text/phrase_trie.h"
#include "time/candidates.h"
#include "time/word_lists.h"

namespace marsad::time {

void find_anniversaries(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  if (c.doc.precision != Precision::kDay) return;
  static const std::vector<std::vector<std::string>> phrases = [] {
    std::vector<std::vector<std::string>> table;
    for (const auto& entry : word_list({"anniversaries"})) table.push_back(text::PhraseTrie::words_of(key(entry.first)));
    return table;
  }();
  // Their first words, for one lookup per token (most tokens begin none).
  static const Lexicon first_words = [] {
    std::vector<std::pair<std::string, int>> firsts;
    for (const auto& p : phrases) firsts.emplace_back(p[0], 1);
    return Lexicon(firsts);
  }();
  constexpr uint32_t kYearReach = 3;  // «من عام 1990»: the year a few words on
  for (uint32_t i = 0; i < w.size(); ++i) {
    if (w.lookup(i, first_words, true) < 0) continue;
    for (const auto& p : phrases) {
      uint32_t n = static_cast<uint32_t>(p.size());
      bool ok = true;
      for (uint32_t k = 0; k < n && ok; ++k) ok = w.is(i + k, p[k], k == 0);
      if (!ok) continue;
      Candidate cand{i, i + n, "DATE", "", "document", true, 1};
      char buf[32];
      for (uint32_t j = i + n; j < w.size() && j < i + n + kYearReach && !w.is_punct(j); ++j) {
        int digits = 0;
        int year = w.integer(j, &digits);
        if (year < 0) continue;
        if (digits != 4 || year > c.doc.year) break;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, c.doc.month, c.doc.day);
        cand.value = buf;
        cand.end = j + 1;
        break;
      }
      if (cand.value.empty()) {
        std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", c.doc.month, c.doc.day);
        cand.value = buf;
        cand.anchor = "none";
      }
      out.push_back(cand);
    }
  }
}

}  // namespace marsad::time
