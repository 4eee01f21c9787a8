// One input document, as read from a corpus file.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace marsad {

struct Document {
  std::string id;       // given, else derived from the content (see corpus)
  std::string title, source, author, section, url, lang;
  std::string date;     // ISO 8601 at its own precision: "", "2019", "2019-04", "2019-04-21"
  std::string text;     // valid UTF-8: invalid input bytes were replaced by U+FFFD
  // Fields the reader did not recognize, kept and passed through: name → raw JSON value.
  std::vector<std::pair<std::string, std::string>> extra;
  // Where it came from.
  std::string file;
  int64_t line = 0;
};

}  // namespace marsad
