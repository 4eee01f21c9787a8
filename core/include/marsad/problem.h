// A problem found in the input: where it is and what is wrong.
// Problems are values, never exceptions: a bad line or field is reported and
// the rest of the input is still read.
#pragma once

#include <cstdint>
#include <string>

namespace marsad {

struct Problem {
  std::string file;        // input file name as given
  int64_t line = 0;        // 1-based line in the file; 0 when not applicable
  int64_t byte = -1;       // byte offset in the file; -1 when not applicable
  std::string field;       // the field concerned ("date", "text"…); empty for the whole record
  std::string message;     // human-readable, in English
  bool warning = false;    // true: reported, but the document was kept unchanged
};

}  // namespace marsad
