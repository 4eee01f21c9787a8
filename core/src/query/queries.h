// The questions the page asks, each answered with JSON: timeline, actor
// profile, relation A→B (stance over time, turning points, framing), network,
// mentions of many actors by period, search. Parameters come as a JSON object; bad parameters are an
// invalid_argument Status, an unknown actor not_found.
#pragma once

#include <string_view>

#include "query/index.h"
#include "util/json.h"
#include "util/status.h"

namespace marsad::query {

using util::Json;

util::Result<Json> timeline(const CorpusIndex& index, const Json& params);
util::Result<Json> actor_profile(const CorpusIndex& index, const Json& params);
util::Result<Json> relation(const CorpusIndex& index, const Json& params);
util::Result<Json> network(const CorpusIndex& index, const Json& params);
util::Result<Json> mentions_by_period(const CorpusIndex& index, const Json& params);

// Dispatches by name ("timeline", "actor", "relation", "network", "mentions"); an unknown
// name or malformed parameters are invalid_argument.
util::Result<Json> run_query(const CorpusIndex& index, std::string_view kind, std::string_view params_json);

}  // namespace marsad::query
