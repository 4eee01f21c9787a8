// One event (all its reports) as the queries show it, with the evidence: each
// report's sentence, in its document, with UTF-16 spans.
#pragma once

#include "query/index.h"
#include "util/json.h"

namespace marsad::query {

util::Json event_json(const CorpusIndex& index, const EventCluster& cluster);

// The periods a date falls in: "2019-04" for month, "2019" for year; "" when
// the date is coarser than the period.
std::string period_of(std::string_view date, std::string_view period);

}  // namespace marsad::query
