// The questions the page asks, each answered with JSON: timeline, actor
// profile, relation A→B (stance over time, turning points, framing), network,
// search. Parameters come as a JSON object; bad parameters give an "error".
#pragma once

#include <string_view>

#include "util/json.h"
#include "query/index.h"

namespace marsad::query {

using util::Json;

Json timeline(const CorpusIndex& index, const Json& params);
Json actor_profile(const CorpusIndex& index, const Json& params);
Json relation(const CorpusIndex& index, const Json& params);
Json network(const CorpusIndex& index, const Json& params);

// Dispatches by name ("timeline", "actor", "relation", "network"); an unknown
// name or malformed parameters give {"error": "..."}.
Json run_query(const CorpusIndex& index, std::string_view kind, std::string_view params_json);

}  // namespace marsad::query
