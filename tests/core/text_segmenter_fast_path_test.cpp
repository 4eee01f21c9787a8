// The segmenter's fast path must give exactly ICU's tokens: on the seeds, on
// the bench corpus (when ../shared is there), and on random strings over the
// characters whose word-break classes it handles, mixed with others it must
// leave to ICU (marks, ZWJ, "_", Latin-1 letters, emoji).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/normalizer.h"
#include "text/segmenter.h"

namespace marsad::text {
namespace {

std::string describe(std::string_view s, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens)
    out += "[" + std::string(t.in(s)) + "|" + std::to_string(static_cast<int>(t.kind)) + (t.arabic ? "a" : "") +
           (t.paragraph_start ? "p" : "") + "]";
  return out;
}

void expect_same_as_icu(std::string_view normalized) {
  std::vector<Token> fast, icu;
  segment_words(normalized, fast, Segmentation::kFast);
  segment_words(normalized, icu, Segmentation::kIcuOnly);
  ASSERT_EQ(describe(normalized, fast), describe(normalized, icu)) << normalized;
}

std::vector<std::string> jsonl_texts(const std::string& path, size_t limit) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  std::string line;
  while (texts.size() < limit && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
  }
  return texts;
}

TEST(SegmenterFastPath, SameTokensAsIcuOnTheSeeds) {
  for (const std::string& text : jsonl_texts(MARSAD_SOURCE_DIR "/web/corpus/seeds.jsonl", 100))
    expect_same_as_icu(normalize(text).text);
}

TEST(SegmenterFastPath, SameTokensAsIcuOnNewsWrittenForThisTest) {
  for (const char* text : {
           "قال المتحدث باسم الجيش، العميد أحمد المسماري، إن 3.5 مليون دينار صرفت في 12/4/2019.",
           "ليبيا.كما أعلنت الأمم المتحدة (UNSMIL) عن 1,000 لاجئ؛ و2014 كان عاما صعبا: 5:30 صباحا.",
           "#حفتر_ليبيا «اجتماع» “باريس” — مؤتمر برلين… غسان سلامة؟ نعم! a.b a:b 1:2 1;2 a'b 7'8 x_1",
       })
    expect_same_as_icu(normalize(text).text);
}

TEST(SegmenterFastPath, SameTokensAsIcuOnRandomStrings) {
  const std::vector<std::string> alphabet = {
      "ا", "ب", "ليبيا", "a", "Z", "1", "42", " ", " ", "  ", "\n", "\t", "\r\n", ".", ",", ";", ":", "'", "_", "\"",
      "«", "»", "؟", "،", "-", "(", "/", "#", "!", "é", "\u064B", "\u200D", "\u200C", "\u0640", "😀", "٣", "‘", "’",
      "…", "—", "“", "\u00A0", "ی", "ـ", "%", "$",
      // every character the fast path classifies, in every context
      "!", "&", ")", "*", "+", "<", "=", ">", "?", "@", "[", "\\", "]", "^", "`", "{", "|", "}", "~", "–", "”",
      "ab", "2019", "\u0645\u062d\u0645\u062f"};
  std::mt19937 rng(20261121);
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    size_t n = 1 + rng() % 12;
    for (size_t k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
    expect_same_as_icu(s);
    if (HasFatalFailure()) return;
  }
}

TEST(SegmenterFastPath, SameTokensAsIcuOnTheBenchCorpus) {
  // scripts/test sets MARSAD_BENCH_JSONL to a sample of ../shared's bench corpus.
  const char* path = std::getenv("MARSAD_BENCH_JSONL");
  std::vector<std::string> texts = path ? jsonl_texts(path, 400) : std::vector<std::string>();
  if (texts.empty()) GTEST_SKIP() << "no bench sample (MARSAD_BENCH_JSONL)";
  for (const std::string& text : texts) {
    expect_same_as_icu(normalize(text).text);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace marsad::text
