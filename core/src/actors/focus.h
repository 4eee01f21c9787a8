// A document's country focus: which states it is about, from what it names
// unambiguously (states, their people, places and organizations) and from its
// outlet. Ambiguous names (البيضاء, المنطقة الشرقية, طرابلس) and bare common
// nouns (الجيش, الحكومة, المملكة) are read in that focus, or not at all.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::actors {

class DocumentFocus {
 public:
  void add(std::string_view state, float weight);

  // The share of the evidence that points to `state` (0 when none).
  float share(std::string_view state) const;
  // The state the document is clearly about: at least `min_share` of the
  // evidence, twice the next state, and at least `min_weight` of it; "" when none.
  std::string dominant(float min_share = 0.5f, float min_weight = 2.f) const;
  // The states by decreasing weight.
  std::vector<std::pair<std::string, float>> ranked() const;
  float total() const { return total_; }

 private:
  std::vector<std::pair<std::string, float>> weights_;
  float total_ = 0;
};

}  // namespace marsad::actors
