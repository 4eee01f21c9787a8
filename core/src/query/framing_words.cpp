#include "query/framing_words.h"

#include <nlohmann/json.hpp>

#include "data/embedded.h"
#include "text/clitics.h"

namespace marsad::query {

const FramingWords& FramingWords::builtin() {
  static const FramingWords lexicon = [] {
    FramingWords f;
    std::string_view json = data::embedded_file("framing_words.json");
    nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_object() && j.contains("words") && j["words"].is_array())
      for (const auto& w : j["words"]) {
        if (!w.is_object() || !w.contains("ar") || !w["ar"].is_string()) continue;
        FramingWord word{w["ar"].get<std::string>(), w.contains("tone") && w["tone"].is_string() ? w["tone"].get<std::string>() : ""};
        if (f.trie_.add(word.text, static_cast<uint32_t>(f.words_.size()))) f.words_.push_back(std::move(word));
      }
    return f;
  }();
  return lexicon;
}

const FramingWord* FramingWords::at(const analysis::DocumentAnalysis& a, size_t t, const analysis::Vocabulary& v) const {
  if (!a.tokens[t].word) return nullptr;
  std::string_view first = v.form(a.tokens[t].form);
  thread_local std::vector<text::CliticReading> readings;
  text::clitic_readings(first, readings);
  const FramingWord* best = nullptr;
  size_t best_len = 0;
  for (const text::CliticReading& r : readings) {
    if (r.suffix_bytes) continue;
    uint64_t h = r.prefix_bytes == 0 ? text::PhraseTrie::hash(first)
                 : r.definite        ? text::PhraseTrie::hash_definite(r.bare_stem(first))
                                     : text::PhraseTrie::hash(r.bare_stem(first));
    int64_t node = trie_.child(text::PhraseTrie::kRoot, h);
    for (size_t j = t + 1, len = 1; node >= 0; ++j, ++len) {
      const auto& values = trie_.values(static_cast<uint32_t>(node));
      if (!values.empty() && len > best_len) {
        best = &words_[values.front()];
        best_len = len;
      }
      if (j >= a.tokens.size()) break;
      node = trie_.child(static_cast<uint32_t>(node), text::PhraseTrie::hash(v.form(a.tokens[j].form)));
    }
  }
  return best;
}

}  // namespace marsad::query
