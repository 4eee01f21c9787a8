#include "actors/focus.h"

#include <algorithm>

namespace marsad::actors {

void DocumentFocus::add(std::string_view state, float weight) {
  if (state.empty() || weight <= 0) return;
  total_ += weight;
  for (auto& [s, w] : weights_)
    if (s == state) {
      w += weight;
      return;
    }
  weights_.emplace_back(std::string(state), weight);
}

float DocumentFocus::share(std::string_view state) const {
  if (total_ <= 0) return 0;
  for (const auto& [s, w] : weights_)
    if (s == state) return w / total_;
  return 0;
}

std::vector<std::pair<std::string, float>> DocumentFocus::ranked() const {
  std::vector<std::pair<std::string, float>> out = weights_;
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

std::string DocumentFocus::dominant(float min_share, float min_weight) const {
  auto r = ranked();
  if (r.empty() || r[0].second < min_weight || r[0].second < min_share * total_) return "";
  if (r.size() > 1 && r[0].second < 2 * r[1].second) return "";
  return r[0].first;
}

}  // namespace marsad::actors
