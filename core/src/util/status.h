// Errors as values (the core is built without exceptions), in the manner of
// sentencepiece's util::Status: a code a caller can branch on and translate,
// and an English message for a reader. Result<T> is a T or the Status that
// says why there is none. At the API a Status becomes
// {"error": {"code": "<code_name>", "message": "…"}} (api/error_json.h).
#pragma once

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace marsad::util {

enum class StatusCode {
  kOk,
  kInvalidArgument,    // the caller's input is malformed: query parameters, a shard
  kNotFound,           // an id names nothing: a document, an actor
  kResourceExhausted,  // the input does not fit under the memory limit
};

// The code as the JSON says it: "ok", "invalid_argument", "not_found", "resource_exhausted".
constexpr std::string_view code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kResourceExhausted: return "resource_exhausted";
  }
  return "unknown";
}

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
inline Status InvalidArgumentError(std::string message) { return {StatusCode::kInvalidArgument, std::move(message)}; }
inline Status NotFoundError(std::string message) { return {StatusCode::kNotFound, std::move(message)}; }
inline Status ResourceExhaustedError(std::string message) {
  return {StatusCode::kResourceExhausted, std::move(message)};
}

// A value, or the error that prevented it. Reading the value of an error is a
// bug in the caller and aborts (there are no exceptions to throw).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Status status) : status_(std::move(status)) {
    if (status_.ok()) std::abort();  // an ok Result needs its value
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& { return checked(); }
  T& value() & { return checked(); }
  T&& value() && { return std::move(checked()); }
  const T& operator*() const& { return checked(); }
  T& operator*() & { return checked(); }
  const T* operator->() const { return &checked(); }
  T* operator->() { return &checked(); }

 private:
  T& checked() {
    if (!value_) std::abort();
    return *value_;
  }
  const T& checked() const {
    if (!value_) std::abort();
    return *value_;
  }

  Status status_;
  std::optional<T> value_;
};

}  // namespace marsad::util

// Returns the Status of `expr` from the enclosing function when it is an error.
#define MARSAD_RETURN_IF_ERROR(expr)                                         \
  do {                                                                       \
    if (::marsad::util::Status marsad_status_ = (expr); !marsad_status_.ok()) \
      return marsad_status_;                                                 \
  } while (0)
