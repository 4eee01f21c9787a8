// Strict reading of query parameters: unknown keys are ignored, a known key
// with a value of the wrong type or shape is an error (never guessed): the
// first one is kept as an invalid_argument Status.
#pragma once

#include <string>
#include <vector>

#include "util/json.h"
#include "util/status.h"

namespace marsad::query {

class Params {
 public:
  explicit Params(const util::Json& j) : j_(j) {}

  // A string parameter ("" when absent); a non-string sets the error.
  std::string text(const char* key, size_t max_size = 200) {
    if (!j_.is_object() || !j_.contains(key) || j_[key].is_null()) return "";
    if (!j_[key].is_string() || j_[key].get_ref<const std::string&>().size() > max_size) {
      fail(std::string(key) + " must be a string of at most " + std::to_string(max_size) + " bytes");
      return "";
    }
    return j_[key].get<std::string>();
  }

  // An ISO date parameter at any precision ("" when absent).
  std::string date(const char* key) {
    std::string d = text(key, 10);
    bool ok = d.empty() || ((d.size() == 4 || d.size() == 7 || d.size() == 10) && d[0] >= '1' && d[0] <= '2');
    for (size_t i = 0; ok && i < d.size(); ++i) ok = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
    if (!ok) fail(std::string(key) + " must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    return ok ? d : "";
  }

  // An integer within [lo, hi] (`fallback` when absent).
  int number(const char* key, int fallback, int lo, int hi) {
    if (!j_.is_object() || !j_.contains(key) || j_[key].is_null()) return fallback;
    if (!j_[key].is_number_integer() || j_[key].get<int64_t>() < lo || j_[key].get<int64_t>() > hi) {
      fail(std::string(key) + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
      return fallback;
    }
    return static_cast<int>(j_[key].get<int64_t>());
  }

  // A true/false parameter (false when absent).
  bool flag(const char* key) {
    if (!j_.is_object() || !j_.contains(key) || j_[key].is_null()) return false;
    if (!j_[key].is_boolean()) {
      fail(std::string(key) + " must be true or false");
      return false;
    }
    return j_[key].get<bool>();
  }

  // A list of strings (empty when absent): at most `max_count`, each at most `max_size` bytes.
  std::vector<std::string> texts(const char* key, size_t max_count, size_t max_size = 200) {
    std::vector<std::string> out;
    if (!j_.is_object() || !j_.contains(key) || j_[key].is_null()) return out;
    const util::Json& list = j_[key];
    bool ok = list.is_array() && list.size() <= max_count;
    for (size_t i = 0; ok && i < list.size(); ++i)
      ok = list[i].is_string() && list[i].get_ref<const std::string&>().size() <= max_size;
    if (!ok) {
      fail(std::string(key) + " must be a list of at most " + std::to_string(max_count) + " strings");
      return out;
    }
    for (const auto& v : list) out.push_back(v.get<std::string>());
    return out;
  }

  // One of the allowed values (the first when absent).
  std::string choice(const char* key, std::initializer_list<const char*> allowed) {
    std::string v = text(key, 40);
    if (v.empty()) return *allowed.begin();
    for (const char* a : allowed)
      if (v == a) return v;
    fail(std::string(key) + " has an unknown value");
    return *allowed.begin();
  }

  bool ok() const { return status_.ok(); }
  const util::Status& status() const { return status_; }

 private:
  void fail(std::string message) {
    if (status_.ok()) status_ = util::InvalidArgumentError(std::move(message));
  }

  const util::Json& j_;
  util::Status status_;
};

}  // namespace marsad::query
