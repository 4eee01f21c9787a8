#include "api/memory_budget.h"

#include <string>

#include "util/heap.h"

namespace marsad::api {
namespace {

// Peak heap while a file is read and analyzed, per byte of the file, the file's
// own copy included (measured on the bench corpus: tests/bench/README.md).
constexpr size_t kPeakHeapPerInputByte = 4;

std::string mb(size_t bytes) { return std::to_string((bytes + 500'000) / 1'000'000); }

}  // namespace

util::Status MemoryBudget::admit(size_t input_bytes) const {
  if (limit_ == 0) return util::OkStatus();
  size_t in_use = util::heap_in_use(), need = input_bytes * kPeakHeapPerInputByte;
  if (in_use + need <= limit_) return util::OkStatus();
  return util::ResourceExhaustedError("not loaded: analyzing this file (" + mb(input_bytes) + " MB) needs about " +
                                      mb(need) + " MB of memory, and " + mb(limit_ > in_use ? limit_ - in_use : 0) +
                                      " MB remain of the " + mb(limit_) +
                                      " MB the analyzer may use; the documents loaded before are kept");
}

size_t MemoryBudget::max_input_bytes(size_t heap_in_use) const {
  return limit_ > heap_in_use ? (limit_ - heap_in_use) / kPeakHeapPerInputByte : 0;
}

}  // namespace marsad::api
