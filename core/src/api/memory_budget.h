// The ceiling on the heap an analyzer may use. In a browser the wasm heap
// cannot give memory back and running out of it kills the module, so input
// that would go past the ceiling is refused before it is read.
#pragma once

#include <cstddef>

#include "util/status.h"

namespace marsad::api {

class MemoryBudget {
 public:
  void set_limit(size_t bytes) { limit_ = bytes; }  // 0: no ceiling
  size_t limit() const { return limit_; }

  // Ok when analyzing `input_bytes` more fits under the ceiling now; else
  // resource_exhausted, saying how much it needs and how much is left.
  util::Status admit(size_t input_bytes) const;

  // The largest input admit() would take with `heap_in_use` bytes in use
  // (0 when there is no ceiling).
  size_t max_input_bytes(size_t heap_in_use) const;

 private:
  size_t limit_ = 0;
};

}  // namespace marsad::api
