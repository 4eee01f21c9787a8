#include "names/model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "util/lines.h"

namespace marsad::names {
namespace {

// Features are kept by the low 32 bits of their hash: among the tens of
// thousands kept a collision is unlikely, and the file is smaller.
constexpr uint64_t kKeyMask = 0xFFFFFFFFull;
constexpr int kLevels = 127;  // weights are quantized to [-127, 127] × scale

// Splits off the next space-separated field.
std::string_view field(std::string_view& line) {
  size_t start = line.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    line = {};
    return {};
  }
  line.remove_prefix(start);
  size_t end = line.find(' ');
  std::string_view f = line.substr(0, end);
  line.remove_prefix(end == std::string_view::npos ? line.size() : end);
  return f;
}

template <typename T>
bool parse(std::string_view s, T& out, int base = 10) {
  if constexpr (std::is_floating_point_v<T>) {
    // std::from_chars for floats is missing from some standard libraries: parse by hand.
    std::string copy(s);
    char* end = nullptr;
    out = static_cast<T>(std::strtod(copy.c_str(), &end));
    return !copy.empty() && end == copy.c_str() + copy.size();
  } else {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
    return ec == std::errc() && ptr == s.data() + s.size();
  }
}

}  // namespace

uint8_t label_of(std::string_view name) {
  for (uint8_t l = 0; l < kLabelCount; ++l)
    if (kLabelNames[l] == name) return l;
  return kO;
}

bool NameModel::load(std::string_view text, std::string* error) {
  auto fail = [&](std::string message) {
    if (error) *error = std::move(message);
    rows_ = 0;
    return false;
  };
  util::Lines lines(text);
  std::string_view line;
  size_t expected_rows = 0;
  while (lines.next(line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string_view key = field(line);
    if (key == "labels") {
      for (uint8_t l = 0; l < kLabelCount; ++l)
        if (field(line) != kLabelNames[l]) return fail("labels differ from the core's");
    } else if (key == "scale") {
      if (!parse(field(line), scale_)) return fail("bad scale");
    } else if (key == "transitions") {
      for (float& t : transitions_)
        if (!parse(field(line), t)) return fail("bad transitions");
    } else if (key == "rows") {
      if (!parse(field(line), expected_rows)) return fail("bad row count");
      weights_.reserve(expected_rows * kLabelCount);
      known_.assign(kFilterBits / 64, 0);
      break;
    } else {
      return fail("unknown line");
    }
  }
  // Rows, sorted by key: the key's difference from the previous row's, then
  // the weights by label, comma-separated, a zero left empty and the trailing
  // empty ones left out («3,,-2,2»).
  uint64_t key = 0;
  while (lines.next(line)) {
    if (line.empty()) continue;
    uint64_t delta = 0;
    if (!parse(field(line), delta)) return fail("bad feature key at row " + std::to_string(rows_ + 1));
    key += delta;
    int8_t w[kLabelCount] = {};
    std::string_view values = field(line);
    for (uint8_t label = 0; !values.empty(); ++label) {
      size_t comma = values.find(',');
      std::string_view v = values.substr(0, comma);
      values.remove_prefix(comma == std::string_view::npos ? values.size() : comma + 1);
      int value = 0;
      if (label >= kLabelCount || (!v.empty() && (!parse(v, value) || value < -kLevels || value > kLevels)))
        return fail("bad weight at row " + std::to_string(rows_ + 1));
      w[label] = static_cast<int8_t>(value);
    }
    weights_.insert(weights_.end(), w, w + kLabelCount);
    index_.insert(key, static_cast<uint32_t>(rows_++));
    known_[filter_bit(key) >> 6] |= uint64_t{1} << (filter_bit(key) & 63);
  }
  if (rows_ != expected_rows) return fail("expected " + std::to_string(expected_rows) + " rows");
  return true;
}

void NameModel::add_scores(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    uint64_t key = f & kKeyMask;
    if (!(known_[filter_bit(key) >> 6] >> (filter_bit(key) & 63) & 1)) continue;  // most features are no row
    const uint32_t* row = index_.find(key);
    if (!row) continue;
    const int8_t* w = &weights_[size_t{*row} * kLabelCount];
    for (uint8_t l = 0; l < kLabelCount; ++l) scores[l] += scale_ * w[l];
  }
}

std::string NameModel::write(const std::vector<std::pair<uint64_t, Weights>>& rows, const Transitions& transitions,
                             std::string_view header, int min_weight) {
  float largest = 0;
  for (const auto& [key, w] : rows)
    for (float x : w) largest = std::max(largest, std::fabs(x));
  float scale = largest > 0 ? largest / kLevels : 1;
  std::string out(header);
  out += "labels";
  for (std::string_view l : kLabelNames) (out += ' ') += l;
  out += "\nscale " + std::to_string(scale) + "\ntransitions";
  for (float t : transitions) out += ' ' + std::to_string(t);
  // Rows whose weights are all small say little: left out. Rows are keyed by
  // the low bits of their hash, sorted, and written as differences.
  std::vector<std::pair<uint64_t, std::array<int, kLabelCount>>> kept;
  for (const auto& [key, w] : rows) {
    std::array<int, kLabelCount> q{};
    int largest_q = 0;
    for (uint8_t l = 0; l < kLabelCount; ++l) {
      q[l] = static_cast<int>(std::lround(w[l] / scale));
      largest_q = std::max(largest_q, std::abs(q[l]));
    }
    if (largest_q >= std::max(1, min_weight)) kept.emplace_back(key & kKeyMask, q);
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  kept.erase(std::unique(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
             kept.end());
  std::string body;
  uint64_t previous = 0;
  for (const auto& [key, q] : kept) {
    body += std::to_string(key - previous);
    previous = key;
    uint8_t last = kLabelCount;  // the last label with a weight
    while (last > 0 && q[last - 1] == 0) --last;
    for (uint8_t l = 0; l < last; ++l) {
      body += l == 0 ? ' ' : ',';
      if (q[l] != 0) body += std::to_string(q[l]);
    }
    body += '\n';
  }
  out += "\nrows " + std::to_string(kept.size()) + "\n";
  return out + body;
}

std::vector<uint8_t> viterbi(std::span<const float> emissions, size_t n, const Transitions& transitions,
                             std::vector<float>* margins) {
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<uint8_t> labels(n, kO);
  if (n == 0) return labels;
  // Best score of a prefix ending in each label (alpha) and of a suffix starting after it (beta).
  std::vector<float> alpha(n * kLabelCount, kNone), beta(n * kLabelCount, 0.f);
  std::vector<uint8_t> back(n * kLabelCount, kO);
  auto t = [&](uint8_t from, uint8_t to) { return transitions[from * kLabelCount + to]; };
  for (uint8_t l = 0; l < kLabelCount; ++l)
    if (allowed(kStart, l)) alpha[l] = t(kStart, l) + emissions[l];
  for (size_t i = 1; i < n; ++i)
    for (uint8_t to = 0; to < kLabelCount; ++to) {
      float best = kNone;
      uint8_t arg = kO;
      for (uint8_t from = 0; from < kLabelCount; ++from) {
        if (!allowed(from, to) || alpha[(i - 1) * kLabelCount + from] == kNone) continue;
        float s = alpha[(i - 1) * kLabelCount + from] + t(from, to);
        if (s > best) best = s, arg = from;
      }
      if (best != kNone) {
        alpha[i * kLabelCount + to] = best + emissions[i * kLabelCount + to];
        back[i * kLabelCount + to] = arg;
      }
    }
  const float* last = &alpha[(n - 1) * kLabelCount];
  labels[n - 1] = static_cast<uint8_t>(std::max_element(last, last + kLabelCount) - last);
  for (size_t i = n - 1; i > 0; --i) labels[i - 1] = back[i * kLabelCount + labels[i]];
  if (!margins) return labels;
  for (size_t i = n - 1; i-- > 0;)
    for (uint8_t from = 0; from < kLabelCount; ++from) {
      float best = kNone;
      for (uint8_t to = 0; to < kLabelCount; ++to)
        if (allowed(from, to))
          best = std::max(best, t(from, to) + emissions[(i + 1) * kLabelCount + to] + beta[(i + 1) * kLabelCount + to]);
      beta[i * kLabelCount + from] = best;
    }
  float total = *std::max_element(last, last + kLabelCount);
  margins->assign(n, 0.f);
  for (size_t i = 0; i < n; ++i) {
    float other = kNone;
    for (uint8_t l = 0; l < kLabelCount; ++l)
      if (l != labels[i] && alpha[i * kLabelCount + l] != kNone)
        other = std::max(other, alpha[i * kLabelCount + l] + beta[i * kLabelCount + l]);
    (*margins)[i] = other == kNone ? total : total - other;
  }
  return labels;
}

}  // namespace marsad::names
