// libFuzzer target: the .txt corpus reader on arbitrary bytes (see fuzz_common.h).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  marsad::fuzz::read_and_check("x.txt", data, size);
  return 0;
}
