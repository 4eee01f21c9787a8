// The learned name finder's model: an averaged structured perceptron over the
// features of features.h, with BIO labels for persons, places, organizations
// and other names, decoded by Viterbi. Its weights are generated data
// (core/data/names/model.txt, written by scripts/train-ner).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/hash_map64.h"

namespace marsad::names {

// Labels in model order: O, then B-/I- for each type (ANERcorp's names).
enum Label : uint8_t { kO, kBPers, kIPers, kBLoc, kILoc, kBOrg, kIOrg, kBMisc, kIMisc, kLabelCount };
inline constexpr std::string_view kLabelNames[kLabelCount] = {"O",     "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                                              "B-ORG", "I-ORG",  "B-MISC", "I-MISC"};
// A label's bit for names::document_features: 1 persons, 2 places, 4
// organizations, 8 other names, 16 no name.
inline constexpr uint32_t document_type_bit(uint8_t label) { return label == kO ? 16u : 1u << ((label - 1) / 2); }
inline constexpr uint8_t kStart = kLabelCount;  // the transition row before the first token

using Weights = std::array<float, kLabelCount>;
using Transitions = std::array<float, (kLabelCount + 1) * kLabelCount>;  // (from or kStart) × to

inline bool is_begin(uint8_t label) { return label != kO && label % 2 == 1; }
// I-X may only follow B-X or I-X.
inline bool allowed(uint8_t from, uint8_t to) {
  if (to == kO || is_begin(to)) return true;
  return from != kStart && from != kO && (from + 1) / 2 == (to + 1) / 2;
}
// The label named `name`; kO when unknown.
uint8_t label_of(std::string_view name);

class NameModel {
 public:
  // Reads the model text; false (with `error` set) when it is malformed.
  bool load(std::string_view text, std::string* error);
  bool empty() const { return rows_ == 0; }

  // Adds the weights of `features` to `scores` (kLabelCount of them).
  void add_scores(std::span<const uint64_t> features, float* scores) const;
  const Transitions& transitions() const { return transitions_; }

  // The model as text (for the trainer): rows of per-label weights by feature.
  // Rows whose largest quantized weight is below `min_weight` are left out.
  static std::string write(const std::vector<std::pair<uint64_t, Weights>>& rows, const Transitions& transitions,
                           std::string_view header, int min_weight = 1);

 private:
  // A bit per hashed key, set for the model's rows: a feature the model does
  // not know (most of a rare word's) is ruled out in a 128 KB table that
  // stays in cache, before a probe of the large index.
  static constexpr size_t kFilterBits = size_t{1} << 20;
  static size_t filter_bit(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 44); }
  std::vector<uint64_t> known_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  util::HashMap64 index_;        // feature key → row
  std::vector<int8_t> weights_;  // rows × kLabelCount, quantized by scale_
  float scale_ = 1;
  size_t rows_ = 0;
  Transitions transitions_{};
};

// The best label sequence for `n` tokens, given their emission scores (n ×
// kLabelCount, row-major) and the transitions; BIO constraints hold.
// `margins` (optional) gets, per token, how far the best sequence's score is
// above the best sequence that labels that token otherwise.
std::vector<uint8_t> viterbi(std::span<const float> emissions, size_t n, const Transitions& transitions,
                             std::vector<float>* margins = nullptr);

}  // namespace marsad::names
