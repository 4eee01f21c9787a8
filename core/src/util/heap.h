// Bytes of heap in use by this process (the wasm module's heap in a browser),
// for the analyzer's memory limit; 0 where the allocator cannot tell.
#pragma once

#include <cstddef>

namespace marsad::util {

size_t heap_in_use();

}  // namespace marsad::util
