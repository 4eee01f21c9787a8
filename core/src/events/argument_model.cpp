#include "events/argument_model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "data/embedded.h"
#include "util/lines.h"

namespace marsad::events {

const ArgumentModel& ArgumentModel::builtin() {
  static const ArgumentModel model = data::load_embedded<ArgumentModel>("events/model.txt");
  return model;
}

bool ArgumentModel::load(std::string_view text, std::string* error) {
  weights_.clear();
  util::Lines lines(text);
  for (std::string_view line; lines.next(line);) {
    if (line.empty() || line[0] == '#') continue;
    int64_t line_number = lines.number();
    // feature \t event \t source \t target
    std::array<double, 3> w{};
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      if (error) *error = "line " + std::to_string(line_number) + ": no weights";
      weights_.clear();
      return false;
    }
    std::string feature(line.substr(0, tab));
    std::string rest(line.substr(tab + 1));
    char* cursor = rest.data();
    for (double& x : w) {
      char* next = nullptr;
      x = std::strtod(cursor, &next);
      if (next == cursor) {
        if (error) *error = "line " + std::to_string(line_number) + ": bad weight";
        weights_.clear();
        return false;
      }
      cursor = next;
    }
    weights_.emplace(std::move(feature), w);
  }
  return true;
}

double ArgumentModel::probability(Role role, const std::vector<std::string>& features) const {
  double z = 0;
  if (auto it = weights_.find("bias"); it != weights_.end()) z += it->second[role];
  for (const std::string& f : features)
    if (auto it = weights_.find(f); it != weights_.end()) z += it->second[role];
  return 1.0 / (1.0 + std::exp(-z));
}

double ArgumentModel::setting(const std::string& name, double fallback) const {
  auto it = weights_.find(name);
  return it == weights_.end() ? fallback : it->second[0];
}

std::string ArgumentModel::strongest(Role role, const std::vector<std::string>& features) const {
  std::string best;
  double best_weight = 0;
  for (const std::string& f : features)
    if (auto it = weights_.find(f); it != weights_.end() && it->second[role] > best_weight) {
      best_weight = it->second[role];
      best = f;
    }
  return best;
}

std::string ArgumentModel::write(const std::unordered_map<std::string, std::array<double, 3>>& weights,
                                 std::string_view header) {
  std::map<std::string, std::array<double, 3>> sorted(weights.begin(), weights.end());  // a stable file
  std::string out(header);
  // Four decimals, without the zeros that end them («0.1200» → «0.12», «0.0000» → «0»):
  // the same numbers in fewer bytes of the app.
  auto number = [](double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", x);
    std::string s(buffer);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? std::string("0") : s;
  };
  for (const auto& [feature, w] : sorted) {
    if (std::fabs(w[0]) < 1e-4 && std::fabs(w[1]) < 1e-4 && std::fabs(w[2]) < 1e-4) continue;
    out += feature;
    for (double x : w) out += "\t" + number(x);
    out += "\n";
  }
  return out;
}

}  // namespace marsad::events
