// libFuzzer target: time expressions (find_times) on arbitrary text, the
// document date chosen by the first byte among "", "2019", "2019-04",
// "2019-04-21". Checks: expressions inside the tokens, in order, no overlaps.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/time_expressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kDates[] = {"", "2019", "2019-04", "2019-04-21"};
  const char* date = kDates[data[0] % 4];
  std::string input = marsad::text::repair_utf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  marsad::text::NormalizedText n = marsad::text::normalize(input);
  std::vector<marsad::text::Token> tokens;
  marsad::text::segment_words(n.text, tokens);
  auto times = marsad::time::find_times(n.text, tokens, date);
  uint32_t prev = 0;
  for (const auto& t : times) {
    MARSAD_FUZZ_CHECK(t.first_token < t.end_token);
    MARSAD_FUZZ_CHECK(t.end_token <= tokens.size());
    MARSAD_FUZZ_CHECK(t.first_token >= prev);
    prev = t.end_token;
    MARSAD_FUZZ_CHECK(!t.type.empty());
    MARSAD_FUZZ_CHECK(!t.value.empty());
    MARSAD_FUZZ_CHECK(marsad::text::find_invalid_utf8(t.value) == std::string::npos);
  }
  return 0;
}
