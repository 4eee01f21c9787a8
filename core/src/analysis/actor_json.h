// One actor as the analysis JSON shows it, and as an actor profile (query/)
// shows it too: the one writer of that shape, beside the records.
#pragma once

#include "actors/actor.h"
#include "util/json.h"

namespace marsad::analysis {

// id, type, names, in_kb, state, affiliation, sector (groups), dated roles.
util::Json actors_json_one(const actors::Actor& a);

}  // namespace marsad::analysis
