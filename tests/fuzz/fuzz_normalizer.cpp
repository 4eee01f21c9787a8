// libFuzzer target: the text layer (normalize, segment_words, clitic_readings,
// split_sentences) on arbitrary bytes after repair_utf8, with its invariants:
// alignment arrays as long as the normalized text, source ranges ordered and
// inside the input, tokens and sentences inside their bounds and increasing.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"

using namespace marsad::text;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input = repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  MARSAD_FUZZ_CHECK(find_invalid_utf8(input) == std::string::npos);

  NormalizedText n = normalize(input);
  MARSAD_FUZZ_CHECK(n.src_begin.size() == n.text.size());
  MARSAD_FUZZ_CHECK(n.src_end.size() == n.text.size());
  MARSAD_FUZZ_CHECK(find_invalid_utf8(n.text) == std::string::npos);
  for (size_t i = 0; i < n.text.size(); ++i) {
    MARSAD_FUZZ_CHECK(n.src_begin[i] <= n.src_end[i]);
    MARSAD_FUZZ_CHECK(n.src_end[i] <= input.size());
    if (i > 0) MARSAD_FUZZ_CHECK(n.src_begin[i - 1] <= n.src_begin[i]);
  }
  std::string key = normalize_key(input);
  MARSAD_FUZZ_CHECK(find_invalid_utf8(key) == std::string::npos);

  std::vector<Token> tokens;
  segment_words(n.text, tokens);
  uint32_t prev_end = 0;
  for (const Token& t : tokens) {
    MARSAD_FUZZ_CHECK(t.begin < t.end);
    MARSAD_FUZZ_CHECK(t.end <= n.text.size());
    MARSAD_FUZZ_CHECK(t.begin >= prev_end);
    prev_end = t.end;
    std::string_view w = t.in(n.text);
    MARSAD_FUZZ_CHECK(find_invalid_utf8(w) == std::string::npos);
    // The original range of the token, as highlights use it.
    MARSAD_FUZZ_CHECK(n.original_begin(t.begin) <= n.original_end(t.end));
    if (t.kind == TokenKind::kWord) {
      std::vector<CliticReading> readings;
      clitic_readings(w, readings);
      MARSAD_FUZZ_CHECK(readings.size() <= kMaxReadings);
      for (const CliticReading& r : readings) {
        MARSAD_FUZZ_CHECK(size_t{r.prefix_bytes} + r.suffix_bytes <= w.size());
        std::string_view stem = r.bare_stem(w);
        MARSAD_FUZZ_CHECK(find_invalid_utf8(stem) == std::string::npos);
        (void)r.stem(w);
        (void)describe_prefix(w, r);
      }
    }
  }

  std::vector<Sentence> sentences;
  split_sentences(n.text, tokens, sentences);
  uint32_t prev = 0;
  for (const Sentence& s : sentences) {
    MARSAD_FUZZ_CHECK(s.first_token <= s.end_token);
    MARSAD_FUZZ_CHECK(s.end_token <= tokens.size());
    MARSAD_FUZZ_CHECK(s.first_token >= prev);
    prev = s.end_token;
  }
  return 0;
}
