#include "names/trainer.h"

#include <algorithm>
#include <numeric>

namespace marsad::names {
namespace {
constexpr uint64_t kKeyMask = 0xFFFFFFFFull;  // as the model keeps its keys
}

Trainer::Trainer(const std::vector<Example>& examples) : examples_(examples) {
  for (const Example& e : examples)
    for (uint64_t f : e.features) {
      auto [it, added] = rows_.emplace(f & kKeyMask, static_cast<uint32_t>(counts_.size()));
      if (added) counts_.push_back(0);
      ++counts_[it->second];
    }
  weights_.assign(counts_.size(), Weights{});
  totals_.assign(counts_.size(), {});
}

Weights Trainer::averaged(uint32_t row) const {
  Weights w = weights_[row];
  for (uint8_t l = 0; l < kLabelCount; ++l) w[l] -= static_cast<float>(totals_[row][l] / static_cast<double>(step_));
  return w;
}

float Trainer::averaged_transition(size_t i) const {
  return transitions_[i] - static_cast<float>(transition_totals_[i] / static_cast<double>(step_));
}

std::vector<float> Trainer::emissions(const Example& e, bool averaged_weights) const {
  std::vector<float> scores(e.size() * kLabelCount, 0.f);
  for (size_t i = 0; i < e.size(); ++i)
    for (uint32_t k = e.offsets[i]; k < e.offsets[i + 1]; ++k) {
      auto it = rows_.find(e.features[k] & kKeyMask);
      if (it == rows_.end()) continue;
      Weights w = averaged_weights ? averaged(it->second) : weights_[it->second];
      for (uint8_t l = 0; l < kLabelCount; ++l) scores[i * kLabelCount + l] += w[l];
    }
  return scores;
}

void Trainer::update(const Example& e, const std::vector<uint8_t>& predicted) {
  auto bump = [&](float& w, double& total, float delta) {
    w += delta;
    total += static_cast<double>(delta) * static_cast<double>(step_);
  };
  uint8_t gold_before = kStart, predicted_before = kStart;
  for (size_t i = 0; i < e.size(); ++i) {
    uint8_t g = e.labels[i], p = predicted[i];
    if (g != p)
      for (uint32_t k = e.offsets[i]; k < e.offsets[i + 1]; ++k) {
        uint32_t row = rows_.at(e.features[k] & kKeyMask);
        bump(weights_[row][g], totals_[row][g], 1.f);
        bump(weights_[row][p], totals_[row][p], -1.f);
      }
    if (g != p || gold_before != predicted_before) {
      size_t gt = gold_before * kLabelCount + g, pt = predicted_before * kLabelCount + p;
      bump(transitions_[gt], transition_totals_[gt], 1.f);
      bump(transitions_[pt], transition_totals_[pt], -1.f);
    }
    gold_before = g;
    predicted_before = p;
  }
}

void Trainer::epoch(std::mt19937& random) {
  std::vector<size_t> order(examples_.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), random);
  for (size_t k : order) {
    const Example& e = examples_[k];
    std::vector<uint8_t> predicted = viterbi(emissions(e, false), e.size(), transitions_);
    if (predicted != e.labels) update(e, predicted);
    ++step_;
  }
}

std::vector<uint8_t> Trainer::predict(const Example& e, std::vector<float>* margins) const {
  Transitions t;
  for (size_t i = 0; i < t.size(); ++i) t[i] = averaged_transition(i);
  return viterbi(emissions(e, true), e.size(), t, margins);
}

std::string Trainer::model_text(std::string_view header, uint32_t min_count, int min_weight) const {
  std::vector<std::pair<uint64_t, Weights>> rows;
  for (const auto& [key, row] : rows_)
    if (counts_[row] >= min_count) rows.emplace_back(key, averaged(row));
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Transitions t;
  for (size_t i = 0; i < t.size(); ++i) t[i] = averaged_transition(i);
  return NameModel::write(rows, t, header, min_weight);
}

}  // namespace marsad::names
