// The data files of core/data, compiled into the library (see
// cmake/embed_files.cmake): the knowledge base and the lexicons.
#pragma once

#include <string_view>
#include <vector>

namespace marsad::data {

struct EmbeddedFile {
  std::string_view path;     // relative to core/data, e.g. "actors/countries.json"
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_files();

// The content of one file, or an empty view when there is no such file.
inline std::string_view embedded_file(std::string_view path) {
  for (const EmbeddedFile& f : embedded_files())
    if (f.path == path) return f.content;
  return {};
}

// A built-in table or model read from its embedded file, for a function-local
// static: T has `bool load(std::string_view text, std::string* error)`. The
// error is not read here: marsad validate-data fails the build on a file that
// does not load.
template <typename T>
T load_embedded(std::string_view path) {
  T value;
  value.load(embedded_file(path), nullptr);
  return value;
}

}  // namespace marsad::data
