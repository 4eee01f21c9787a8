#include "query/search.h"

#include <algorithm>

#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/utf16_offsets.h"
#include "text/utf8.h"

namespace marsad::query {
namespace {

using util::Json;

constexpr size_t kContextChars = 60;  // characters of context on each side
constexpr size_t kMaxHits = 1000;

// For each query word, which vocabulary forms match it: the form itself or
// one of its clitic readings.
std::vector<std::vector<bool>> matching_forms(const std::vector<std::string>& words,
                                              const analysis::Vocabulary& vocabulary) {
  std::vector<std::vector<bool>> match(words.size(), std::vector<bool>(vocabulary.size(), false));
  std::vector<text::CliticReading> readings;
  for (uint32_t id = 0; id < vocabulary.size(); ++id) {
    std::string_view form = vocabulary.form(id);
    text::clitic_readings(form, readings);
    for (size_t w = 0; w < words.size(); ++w) {
      for (const text::CliticReading& r : readings) {
        if (r.bare_stem(form) == words[w] || r.stem(form) == words[w]) {  // as search_terms() below
          match[w][id] = true;
          break;
        }
      }
    }
  }
  return match;
}

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Moves `pos` back (or forward) by up to `n` characters, staying on a line.
size_t step_back(std::string_view s, size_t pos, size_t n) {
  while (pos > 0 && n > 0) {
    size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    if (s[p] == '\n') break;
    pos = p;
    --n;
  }
  return pos;
}

size_t step_forward(std::string_view s, size_t pos, size_t n) {
  while (pos < s.size() && n > 0) {
    if (s[pos] == '\n') break;
    pos += text::utf8_length(static_cast<unsigned char>(s[pos]));
    --n;
  }
  return pos;
}

}  // namespace

Json search(std::string_view query, const corpus::Corpus& corpus,
            const std::vector<analysis::DocumentAnalysis>& analyses, const analysis::Vocabulary& vocabulary) {
  std::string key = text::normalize_key(query);
  std::vector<std::string> words = split_words(key);
  Json hits = Json::array();
  size_t total = 0;
  if (!words.empty()) {
    auto match = matching_forms(words, vocabulary);
    for (size_t d = 0; d < analyses.size(); ++d) {
      const auto& tokens = analyses[d].tokens;
      const Document& doc = corpus.documents()[d];
      text::Utf16Offsets u16(doc.text);
      for (size_t i = 0; i + words.size() <= tokens.size(); ++i) {
        bool ok = true;
        for (size_t w = 0; w < words.size() && ok; ++w) ok = match[w][tokens[i + w].form];
        if (!ok) continue;
        ++total;
        if (hits.size() >= kMaxHits) continue;
        uint32_t begin = tokens[i].span.begin, end = tokens[i + words.size() - 1].span.end;
        std::string_view text = doc.text;
        size_t left = step_back(text, begin, kContextChars), right = step_forward(text, end, kContextChars);
        hits.push_back(Json{{"document", doc.id},
                            {"start", u16.at(begin)},
                            {"end", u16.at(end)},
                            {"text", text.substr(begin, end - begin)},
                            {"left", text.substr(left, begin - left)},
                            {"right", text.substr(end, right - end)}});
      }
    }
  }
  return Json{{"query", std::string(query)}, {"normalized", key}, {"total", total}, {"hits", std::move(hits)}};
}

std::vector<std::string> search_terms(const analysis::DocumentAnalysis& analysis, const analysis::Vocabulary& vocabulary) {
  std::vector<uint32_t> forms;
  forms.reserve(analysis.tokens.size());
  for (const analysis::WordRef& t : analysis.tokens) forms.push_back(t.form);
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::vector<std::string> terms;
  std::vector<text::CliticReading> readings;
  for (uint32_t id : forms) {
    std::string_view form = vocabulary.form(id);
    text::clitic_readings(form, readings);
    for (const text::CliticReading& r : readings) {
      terms.emplace_back(r.bare_stem(form));
      terms.push_back(r.stem(form));
    }
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (!terms.empty() && terms.front().empty()) terms.erase(terms.begin());
  return terms;
}

}  // namespace marsad::query
