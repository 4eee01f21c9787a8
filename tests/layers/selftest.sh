#!/usr/bin/env bash
# The layer check must fail when the analysis/query cycle comes back: a copy of
# core/src with analysis/ including query/ again, and query/ the pipeline.
set -euo pipefail
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$here/../../core/src" "$tmp/src"
"$here/check_layers.sh" "$tmp/src" >/dev/null || { echo "the layer check fails on the tree as it is"; exit 1; }
echo '#include "query/index.h"' >>"$tmp/src/analysis/json_output.cpp"
echo '#include "analysis/document_analysis.h"' >>"$tmp/src/query/index.cpp"
out=$("$here/check_layers.sh" "$tmp/src") && { echo "a planted cycle was not caught"; exit 1; }
grep -q 'analysis/json_output.cpp.*query/ is a higher layer' <<<"$out" || { echo "missed analysis -> query: $out"; exit 1; }
grep -q 'query/index.cpp.*query/ reads only' <<<"$out" || { echo "missed query -> pipeline: $out"; exit 1; }
