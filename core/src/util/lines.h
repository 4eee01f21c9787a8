// A text read line by line ("\n" ends a line; a last line without one is read
// too), with the number of the line last read: for the data files and models
// the core parses.
#pragma once

#include <cstdint>
#include <string_view>

namespace marsad::util {

class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  // The next line into `line`; false at the end.
  bool next(std::string_view& line) {
    if (pos_ >= text_.size()) return false;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++number_;
    return true;
  }
  int64_t number() const { return number_; }  // of the line last read, from 1

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int64_t number_ = 0;
};

}  // namespace marsad::util
