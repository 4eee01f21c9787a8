#!/usr/bin/env bash
# Builds the core's unit tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (clang, RelWithDebInfo, build/sanitize: the build the fuzz targets of
# scripts/fuzz share, -DMARSAD_FUZZ=ON) and runs them with CTest. Prints the
# failures and exits non-zero on any: a failed assertion, a memory error, a
# leak, or undefined behaviour (-fno-sanitize-recover: UB aborts the test).
# Run it directly (scripts/lib/sanitize.sh); scripts/test calls it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/env.sh

echo "== core unit tests with ASan+UBSan ($SANITIZE_DIR)"
command -v clang++ >/dev/null || { echo "sanitize: clang++ missing (scripts/setup installs it)" >&2; exit 1; }
if [ ! -f "$SANITIZE_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$SANITIZE_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMARSAD_FUZZ=ON >/dev/null
fi
cmake --build "$SANITIZE_DIR" --target marsad_tests -j"$JOBS"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
ctest --test-dir "$SANITIZE_DIR" --output-on-failure -j"$JOBS" || status=$?
if [ "$status" != 0 ]; then
  echo "sanitize: unit tests failed under ASan+UBSan (details above; log: $SANITIZE_DIR/Testing/Temporary/LastTest.log)" >&2
  exit "$status"
fi
echo "== ASan+UBSan unit tests passed"
