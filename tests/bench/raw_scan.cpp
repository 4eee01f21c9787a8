// Bench-only wasm (built by scripts/bench with em++, not part of the app):
// the raw UTF-8 scan, exported for tests/bench/node_bench.mjs.
#include <cstdlib>

#include "raw_scan.h"

extern "C" {
__attribute__((export_name("scan"))) uint32_t scan(const uint8_t* p, size_t n) { return marsad_raw_scan(p, n); }
__attribute__((export_name("alloc"))) uint8_t* alloc(size_t n) { return static_cast<uint8_t*>(std::malloc(n)); }
}
