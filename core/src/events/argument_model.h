// The learned part of event coding: three logistic models over named
// features, for whether a trigger is an event (its context), and for which
// participant is its source and which its target. Trained by
// scripts/train-events on the annotated sentences (core/data/events/model.txt).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::events {

enum Role : int { kEvent = 0, kSource = 1, kTarget = 2 };

class ArgumentModel {
 public:
  static const ArgumentModel& builtin();
  // Reads the model text; false (with `error`) when malformed.
  bool load(std::string_view text, std::string* error);
  bool empty() const { return weights_.empty(); }

  // The probability the model gives `role` for these features.
  double probability(Role role, const std::vector<std::string>& features) const;
  // A setting stored with the weights ("@min_confidence"…), or `fallback`.
  double setting(const std::string& name, double fallback) const;
  void set_setting(const std::string& name, double value) { weights_[name] = {value, 0, 0}; }
  // One feature's weight for `role` (0 when the model does not know it).
  double weight(Role role, const std::string& feature) const {
    auto it = weights_.find(feature);
    return it == weights_.end() ? 0 : it->second[role];
  }
  // The feature that contributes most to `role` (for the event's `rule`).
  std::string strongest(Role role, const std::vector<std::string>& features) const;

  // The model as text (for the trainer).
  static std::string write(const std::unordered_map<std::string, std::array<double, 3>>& weights,
                           std::string_view header);

 private:
  std::unordered_map<std::string, std::array<double, 3>> weights_;
};

}  // namespace marsad::events
