// How an error leaves the API: {"error": {"code": "...", "message": "..."}},
// the code from util::StatusCode (what a caller branches on and translates),
// the message in English.
#pragma once

#include <string>

#include "util/json.h"
#include "util/status.h"

namespace marsad::api {

// {"code", "message"}: the error of a failed call, or of a file refused whole.
inline util::Json error_object(const util::Status& status) {
  return util::Json{{"code", std::string(util::code_name(status.code()))}, {"message", status.message()}};
}

// The whole answer of a call that failed.
inline util::Json error_json(const util::Status& status) { return util::Json{{"error", error_object(status)}}; }

}  // namespace marsad::api
