// Shared by the corpus-reader fuzz targets: read the input as a file of one
// format and check what read_file() promises whatever the bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "corpus/reader.h"
#include "text/utf8.h"

namespace marsad::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}
#define MARSAD_FUZZ_CHECK(cond) \
  do {                          \
    if (!(cond)) ::marsad::fuzz::fail(#cond); \
  } while (0)

inline void read_and_check(const char* name, const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  corpus::ReadResult r = corpus::read_file(name, bytes);
  for (const Document& d : r.documents) {
    MARSAD_FUZZ_CHECK(text::find_invalid_utf8(d.text) == std::string_view::npos);
    MARSAD_FUZZ_CHECK(text::find_invalid_utf8(d.title) == std::string_view::npos);
    MARSAD_FUZZ_CHECK(text::find_invalid_utf8(d.id) == std::string_view::npos);
    MARSAD_FUZZ_CHECK(d.line >= 0);
  }
  for (const Problem& p : r.problems) {
    MARSAD_FUZZ_CHECK(p.line >= 0);
    MARSAD_FUZZ_CHECK(p.byte >= -1 && p.byte <= static_cast<int64_t>(size));
    MARSAD_FUZZ_CHECK(!p.message.empty());
    MARSAD_FUZZ_CHECK(text::find_invalid_utf8(p.message) == std::string_view::npos);
  }
}

}  // namespace marsad::fuzz
