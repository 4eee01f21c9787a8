// Internal to the corpus readers: the prepared input every format reader works
// on, and the per-format entry points that read_file() dispatches to.
//
// A Source holds the file's text with the BOM removed and invalid UTF-8
// replaced by U+FFFD. Readers work on positions in that text; the Source maps
// them back to 1-based lines and to byte offsets in the original file, so
// problems point at the bytes the user has, not at our repaired copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/reader.h"

namespace marsad::corpus {

struct Source {
  std::string name;  // file name as given
  std::string text;  // valid UTF-8, BOM removed

  // One invalid sequence of the original replaced by U+FFFD (3 bytes) in text.
  struct Replacement {
    size_t text_pos;   // where the U+FFFD is in text
    size_t file_pos;   // where the invalid bytes were in the file
    size_t file_len;   // how many invalid bytes it replaced
  };
  size_t bom = 0;  // bytes skipped at the start of the file (0 or 3)
  std::vector<Replacement> replacements;
  std::vector<size_t> line_starts;  // positions in text where each line starts

  // 1-based line of position `pos` of text (line breaks: \n, \r\n, lone \r).
  int64_t line_of(size_t pos) const;
  // Byte offset in the original file of position `pos` of text.
  int64_t byte_of(size_t pos) const;
  // A problem located at position `pos` of text.
  Problem at(size_t pos, std::string field, std::string message, bool warning = false) const;
  // A problem about the whole file (no line, no byte).
  Problem whole(std::string message) const;
};

// Prepares `bytes`: BOM skipped, invalid UTF-8 replaced, lines indexed.
Source make_source(std::string_view name, std::string_view bytes);

// At most `max_bytes` of `s` (cut on a code point boundary, "…" appended when
// cut) with line breaks and tabs shown as spaces, for quoting in messages.
std::string excerpt(std::string_view s, size_t max_bytes = 40);

// True when `s` is empty or only whitespace (ASCII, NBSP, BOM, LRM/RLM).
bool is_blank(std::string_view s);
// `s` without leading and trailing whitespace (as in is_blank).
std::string_view trim(std::string_view s);

// Per-format readers. Each appends to `out`; none stops at a bad record.
void read_jsonl(const Source& src, ReadResult& out);
void read_json(const Source& src, ReadResult& out);
void read_csv(const Source& src, ReadResult& out);
void read_txt(const Source& src, ReadResult& out);

}  // namespace marsad::corpus
