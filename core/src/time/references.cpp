// Vague references to the past, present or future: مؤخرا، في الآونة الأخيرة،
// حاليا، الآن، في الوقت الراهن، قريبا، في المستقبل القريب، لاحقا.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/phrase_trie.h"
#include "time/candidates.h"
#include "time/word_lists.h"

namespace marsad::time {
namespace {

struct Phrase {
  std::vector<std::string> words;  // normalized tokens
  const char* value;
};

std::vector<Phrase> phrases() {
  // The lists of core/data/time/words.json ("references"), by the value they give.
  static constexpr std::pair<const char*, const char*> kLists[] = {
      {"past", "PAST_REF"}, {"present", "PRESENT_REF"}, {"future", "FUTURE_REF"}};
  std::vector<std::pair<std::string, const char*>> raw;
  for (const auto& [list, value] : kLists)
    for (const auto& entry : word_list({"references", list})) raw.emplace_back(entry.first, value);
  std::vector<Phrase> out;
  for (const auto& [text, value] : raw) {
    Phrase p{{}, value};
    std::string k = key(text);
    size_t s = 0;
    for (size_t i = 0; i <= k.size(); ++i)
      if (i == k.size() || k[i] == ' ') {
        p.words.push_back(k.substr(s, i - s));
        s = i + 1;
      }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

void find_references(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const std::vector<Phrase> table = phrases();
  // The phrases by their first word: each token is looked up once instead of
  // being compared with every phrase.
  static const std::unordered_map<uint64_t, std::vector<uint32_t>> by_first = [] {
    std::unordered_map<uint64_t, std::vector<uint32_t>> m;
    for (uint32_t p = 0; p < table.size(); ++p) m[text::PhraseTrie::hash(table[p].words[0])].push_back(p);
    return m;
  }();
  static const std::string min = key("من");
  std::vector<uint32_t> candidates;
  for (uint32_t i = 0; i < w.size(); ++i) {
    candidates.clear();
    w.for_each_hash(i, true, [&](uint64_t form) {
      auto it = by_first.find(form);
      if (it != by_first.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    });
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (uint32_t index : candidates) {
      const Phrase& p = table[index];
      uint32_t n = static_cast<uint32_t>(p.words.size());
      bool ok = true;
      for (uint32_t k = 0; k < n && ok; ++k) ok = w.is(i + k, p.words[k], k == 0);
      if (!ok) continue;
      // "قريبا من" is "near", in space.
      if (std::string_view(p.value) == "FUTURE_REF" && n == 1 && w.is(i + n, min)) continue;
      out.push_back(Candidate{i, i + n, "DATE", p.value, "text", false, 0});
    }
  }
}

}  // namespace marsad::time
