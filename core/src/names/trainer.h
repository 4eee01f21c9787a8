// Training of the name finder's model: the averaged structured perceptron
// (Collins 2002) over sentences labelled token by token. Used by
// tools/train_ner only; the shipped core reads the model it writes.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "names/model.h"

namespace marsad::names {

// One labelled sentence: the features of token i are
// features[offsets[i] .. offsets[i + 1]).
struct Example {
  std::vector<uint64_t> features;
  std::vector<uint32_t> offsets{0};
  std::vector<uint8_t> labels;
  size_t size() const { return labels.size(); }
};

class Trainer {
 public:
  explicit Trainer(const std::vector<Example>& examples);

  // One pass over the examples in a shuffled order.
  void epoch(std::mt19937& random);
  // The labels the averaged model gives a sentence; `margins` (optional) as viterbi's.
  std::vector<uint8_t> predict(const Example& e, std::vector<float>* margins = nullptr) const;
  // The averaged model as text; features seen fewer than `min_count` times are left out.
  std::string model_text(std::string_view header, uint32_t min_count, int min_weight = 1) const;

 private:
  std::vector<float> emissions(const Example& e, bool averaged) const;
  void update(const Example& e, const std::vector<uint8_t>& predicted);
  Weights averaged(uint32_t row) const;
  float averaged_transition(size_t i) const;

  const std::vector<Example>& examples_;
  std::unordered_map<uint64_t, uint32_t> rows_;  // feature key → row
  std::vector<uint32_t> counts_;                  // occurrences per row
  // Current weights, and the step-weighted sums of their updates in double: a
  // float's 24 bits lose the sums of tens of thousands of steps.
  std::vector<Weights> weights_;
  std::vector<std::array<double, kLabelCount>> totals_;
  Transitions transitions_{};
  std::array<double, (kLabelCount + 1) * kLabelCount> transition_totals_{};
  uint64_t step_ = 1;
};

}  // namespace marsad::names
