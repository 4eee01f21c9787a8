// Distinct normalized word forms of the corpus, each with an id. Search and
// matching look words up here once, instead of once per occurrence.
//
// A corpus has hundreds of thousands of forms: they are kept in one arena of
// bytes with an open-addressing table of ids (about 10 bytes per form beyond
// its text), not as strings in a node-based map (about 150).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::analysis {

class Vocabulary {
 public:
  Vocabulary() : slots_(kInitialSlots, kEmpty) { offsets_.push_back(0); }

  uint32_t intern(std::string_view form);
  std::string_view form(uint32_t id) const {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  size_t size() const { return offsets_.size() - 1; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr size_t kInitialSlots = 1024;  // a power of two
  void grow();

  std::string arena_;              // every form's bytes, one after another
  std::vector<uint32_t> offsets_;  // form id → start in arena_ (and one past the last)
  std::vector<uint32_t> slots_;    // hash table of ids, linear probing, at most half full
};

}  // namespace marsad::analysis
