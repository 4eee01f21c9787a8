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
configure_sanitize_build
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
