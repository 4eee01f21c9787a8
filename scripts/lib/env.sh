# Shared paths and environment for the scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${MARSAD_BUILD_DIR:-$ROOT/build}"
DEPS_DIR="$BUILD_DIR/deps"            # downloaded sources, kept between builds
ICU_SRC="$DEPS_DIR/icu-72.1"          # ICU source tree (common/, stubdata/, data/in/)
# One clang build with ASan+UBSan and libFuzzer's instrumentation serves the
# sanitized unit tests (scripts/lib/sanitize.sh) and the fuzz targets
# (scripts/fuzz): the core is compiled once for both.
SANITIZE_DIR="$BUILD_DIR/sanitize"
configure_sanitize_build() {
  command -v clang++ >/dev/null || { echo "clang++ missing (scripts/setup installs it)" >&2; return 1; }
  [ -f "$SANITIZE_DIR/CMakeCache.txt" ] ||
    cmake -S "$ROOT" -B "$SANITIZE_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMARSAD_FUZZ=ON >/dev/null
}
SHARED_DIR="$(cd "$ROOT/.." && pwd)/shared"
# Debian's node does not see Debian's node modules (acorn) without this; emcc needs them.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
JOBS="${JOBS:-$(nproc)}"

# The annotated event sentences in one folder: ../shared's parts A-D and the
# bench sentences annotated for the project (parts N1-N34), unpacked from their
# pointers (tools/data/events-bench.jsonl; the texts stay in ../shared) when
# the pointers changed. Prints the folder; ../shared's own when the bench is absent.
events_dev_dir() {
  local out="$BUILD_DIR/events-dev" pointers="$ROOT/tools/data/events-bench.jsonl"
  local bench="$SHARED_DIR/corpus/bench/saudinewsnet-2015-nonlibya.jsonl.gz"
  if [ ! -f "$bench" ] || [ ! -f "$pointers" ]; then echo "$SHARED_DIR/data/events-dev"; return; fi
  if [ ! -f "$out/.unpacked" ] || [ "$pointers" -nt "$out/.unpacked" ]; then
    rm -rf "$out"
    /usr/bin/python3 "$ROOT/scripts/lib/bench_sentences.py" unpack "$pointers" "$bench" "$out" "$SHARED_DIR/data/events-dev" >&2
    touch "$out/.unpacked"
  fi
  echo "$out"
}
