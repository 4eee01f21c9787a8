#include "time/word_lists.h"

#include <nlohmann/json.hpp>

#include "data/embedded.h"

namespace marsad::time {
namespace {

using Json = nlohmann::ordered_json;

const Json& words_json() {
  static const Json json = [] {
    std::string_view text = data::embedded_file("time/words.json");
    return Json::parse(text.begin(), text.end(), nullptr, false);
  }();
  return json;
}

// The value at `path`, or nullptr. Types are checked at each step: the build
// has validated the file, but a wrong type must not abort (no exceptions).
const Json* at(std::initializer_list<std::string_view> path) {
  const Json* j = &words_json();
  for (std::string_view key : path) {
    if (!j->is_object()) return nullptr;
    auto it = j->find(std::string(key));
    if (it == j->end()) return nullptr;
    j = &*it;
  }
  return j;
}

}  // namespace

WordValues word_list(std::initializer_list<std::string_view> path, int value) {
  WordValues out;
  const Json* j = at(path);
  if (!j) return out;
  if (j->is_object()) {
    for (const auto& [word, v] : j->items())
      if (v.is_number_integer()) out.emplace_back(word, v.get<int>());
  } else if (j->is_array()) {
    for (const Json& word : *j)
      if (word.is_string()) out.emplace_back(word.get<std::string>(), value);
  }
  return out;
}

std::vector<std::string> word_list_keys(std::initializer_list<std::string_view> path) {
  std::vector<std::string> out;
  if (const Json* j = at(path); j && j->is_object())
    for (const auto& [key, v] : j->items()) out.push_back(key);
  return out;
}

}  // namespace marsad::time
