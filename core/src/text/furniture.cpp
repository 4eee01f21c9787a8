#include "text/furniture.h"

#include <nlohmann/json.hpp>

#include <string>

#include "data/embedded.h"
#include "text/normalizer.h"

namespace marsad::text {
namespace {

// A trailer is the page's last lines: no more words than this after its opener.
constexpr size_t kTrailerReach = 80;

struct Openers {
  std::vector<std::string> trailers, link_lines;  // normalized
};

const Openers& openers() {
  static const Openers o = [] {
    Openers out;
    std::string_view json = data::embedded_file("furniture.json");
    nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    for (auto [key, list] : {std::pair{"trailers", &out.trailers}, std::pair{"link_lines", &out.link_lines}})
      if (j.is_object() && j.contains(key) && j[key].is_array())
        for (const auto& p : j[key])
          if (p.is_string()) list->push_back(normalize(p.get<std::string>()).text);
    return out;
  }();
  return o;
}

// The text from token i on starts with one of `phrases` (the last word may run
// on: «مقالات أخرى للكاتببين العامي…», where scraping glued a title to it).
bool opens(std::string_view s, const std::vector<Token>& tokens, size_t i, const std::vector<std::string>& phrases) {
  std::string_view rest = s.substr(tokens[i].begin);
  for (const std::string& p : phrases)
    if (rest.starts_with(p)) return true;
  return false;
}

}  // namespace

std::vector<bool> furniture_tokens(std::string_view s, const std::vector<Token>& tokens) {
  std::vector<bool> out(tokens.size(), false);
  const Openers& o = openers();
  size_t words_left = 0;
  for (const Token& t : tokens) words_left += t.kind != TokenKind::kPunct;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    if (words_left <= kTrailerReach && opens(s, tokens, i, o.trailers)) {
      std::fill(out.begin() + i, out.end(), true);
      break;
    }
    if (tokens[i].paragraph_start && opens(s, tokens, i, o.link_lines)) {
      // The line, and the next when the phrase stands alone on its line.
      size_t j = i + 1, words = 0;
      for (; j < tokens.size() && !tokens[j].paragraph_start; ++j) words += tokens[j].kind != TokenKind::kPunct;
      if (words <= 2 && j < tokens.size())
        for (++j; j < tokens.size() && !tokens[j].paragraph_start; ++j) {}
      std::fill(out.begin() + i, out.begin() + j, true);
    }
    --words_left;
  }
  return out;
}

std::vector<Sentence> story_sentences(const std::vector<Sentence>& sentences, const std::vector<bool>& furniture) {
  std::vector<Sentence> out = sentences;
  for (Sentence& s : out)
    for (uint32_t t = s.first_token; t < s.end_token; ++t)
      if (furniture[t]) {
        s.end_token = t;
        break;
      }
  return out;
}

}  // namespace marsad::text
