// The JSON type every layer writes: insertion-ordered, so the output's field
// order is the order the code writes (the analysis JSON is compared byte for byte).
#pragma once

#include <nlohmann/json.hpp>

namespace marsad::util {

using Json = nlohmann::ordered_json;

}  // namespace marsad::util
