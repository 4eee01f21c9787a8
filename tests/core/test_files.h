// Reading test inputs whole: fixtures, the seed corpus, the bench sample.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace marsad::test {

// The bytes of the file at `path`; empty when it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The site's seed corpus (web/corpus/seeds.jsonl).
inline std::string seeds_jsonl() { return read_file(MARSAD_SOURCE_DIR "/web/corpus/seeds.jsonl"); }

}  // namespace marsad::test
