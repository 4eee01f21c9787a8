#!/usr/bin/env bash
# The layer map of core/src, checked: each folder includes only folders of a
# lower layer (and itself). Run by ctest; CONTRIBUTING.md explains the map.
#   tests/layers/check_layers.sh [CORE_SRC]      exit 1 and one line per violation
set -euo pipefail
src=${1:-"$(dirname "$0")/../../core/src"}

# Lowest first. Folders of one layer may not include each other, except the
# pairs in SAME_LAYER_OK.
layers=(
  "util"
  "data"
  "text"
  "corpus time"
  "names"
  "actors"
  "events"
  "analysis"
  "query"
  "api"
)
# None today: the name finder reads no knowledge base (actors::gazetteer_of
# gives it the known names), so names/ sits below actors/.
SAME_LAYER_OK=" "
# From analysis/, the query layer reads the stored records only, never the
# pipeline or the facade: that is what keeps analysis/ and query/ acyclic.
QUERY_MAY_READ=" analysis/records.h analysis/record_fields.h analysis/record_json.h analysis/vocabulary.h analysis/actor_json.h "

declare -A rank
for i in "${!layers[@]}"; do
  for f in ${layers[$i]}; do rank[$f]=$i; done
done

bad=0
report() { echo "$1"; bad=1; }
for dir in "$src"/*/; do
  folder=$(basename "$dir")
  [ -n "${rank[$folder]+x}" ] || { report "core/src/$folder/: not in the layer map (tests/layers/check_layers.sh)"; continue; }
  while IFS=: read -r file line include; do
    [[ $include =~ ^#include\ \"([^\"]+)\" ]] || continue
    target=${BASH_REMATCH[1]}
    dep=${target%%/*}
    where="core/src/$folder/${file#"$dir"}:$line"
    if [ "$dep" = marsad ]; then
      # The public headers: plain records for everyone, the facade for api/ only.
      [ "$target" != marsad/analyzer.h ] || [ "$folder" = api ] || report "$where includes $target: only api/ may"
      continue
    fi
    [ "$dep" != "$folder" ] || continue
    [ -n "${rank[$dep]+x}" ] || { report "$where includes $target: unknown folder"; continue; }
    if [ "$folder" = query ] && [ "$dep" = analysis ] && [[ "$QUERY_MAY_READ" != *" $target "* ]]; then
      report "$where includes $target: query/ reads only$QUERY_MAY_READ"
    elif (( rank[$dep] > rank[$folder] )); then
      report "$where includes $target: $dep/ is a higher layer than $folder/"
    elif (( rank[$dep] == rank[$folder] )) && [[ "$SAME_LAYER_OK" != *" $folder>$dep "* ]]; then
      report "$where includes $target: $dep/ and $folder/ are one layer"
    fi
  done < <(grep -rn --include='*.h' --include='*.cpp' '^#include "' "$dir" || true)
done
exit $bad
