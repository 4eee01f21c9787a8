# Shared paths and environment for the scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${MARSAD_BUILD_DIR:-$ROOT/build}"
DEPS_DIR="$BUILD_DIR/deps"            # downloaded sources, kept between builds
ICU_SRC="$DEPS_DIR/icu-72.1"          # ICU source tree (common/, stubdata/, data/in/)
SHARED_DIR="$(cd "$ROOT/.." && pwd)/shared"
# Debian's node does not see Debian's node modules (acorn) without this; emcc needs them.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
JOBS="${JOBS:-$(nproc)}"
