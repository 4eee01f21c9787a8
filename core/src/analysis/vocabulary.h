// Distinct normalized word forms of the corpus, each with an id. Search and
// matching look words up here once, instead of once per occurrence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::analysis {

class Vocabulary {
 public:
  uint32_t intern(std::string_view form) {
    auto it = ids_.find(form);
    if (it != ids_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(forms_.size());
    forms_.emplace_back(form);
    ids_.emplace(std::string(form), id);
    return id;
  }
  const std::string& form(uint32_t id) const { return forms_[id]; }
  size_t size() const { return forms_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> forms_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace marsad::analysis
