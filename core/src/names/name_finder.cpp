#include "names/name_finder.h"

#include <algorithm>

#include "data/embedded.h"
#include "util/hash.h"

namespace marsad::names {
namespace {

// The scores a word gives the token `offset` words away depend on the word
// alone: they are computed once per word and position and cached (bounded,
// per thread, for one gazetteer at a time).
class WordScoreCache {
 public:
  const Weights& get(const NameToken& word, int offset, const Gazetteer& gazetteer, const NameModel& model) {
    if (&gazetteer != gazetteer_ || &model != model_ || scores_.size() >= kMaxEntries) {
      index_.clear();
      scores_.clear();
      gazetteer_ = &gazetteer;
      model_ = &model;
    }
    uint64_t key = util::fnv1a(word.form, 0x9E3779B97F4A7C15ull * static_cast<uint64_t>(offset + 3)) ^
                   static_cast<uint64_t>(word.kind);
    if (const uint32_t* at = index_.find(key)) return scores_[*at];
    features_.clear();
    word_features(word, offset, gazetteer, features_);
    Weights w{};
    model.add_scores(features_, w.data());
    index_.insert(key, static_cast<uint32_t>(scores_.size()));
    scores_.push_back(w);
    return scores_.back();
  }

 private:
  static constexpr size_t kMaxEntries = 1 << 17;
  util::HashMap64 index_;
  std::vector<Weights> scores_;
  std::vector<uint64_t> features_;
  const Gazetteer* gazetteer_ = nullptr;
  const NameModel* model_ = nullptr;
};

NameType type_of(uint8_t label) {
  switch (label) {
    case kBPers: case kIPers: return NameType::kPerson;
    case kBLoc: case kILoc: return NameType::kPlace;
    case kBOrg: case kIOrg: return NameType::kOrganization;
    default: return NameType::kOther;
  }
}

}  // namespace

const NameModel& builtin_model() {
  static const NameModel model = [] {
    NameModel m;
    m.load(data::embedded_file("names/model.txt"), nullptr);  // checked by marsad validate-data and the tests
    return m;
  }();
  return model;
}

std::vector<FoundName> find_names(std::string_view normalized, const std::vector<text::Token>& tokens,
                                  const std::vector<text::Sentence>& sentences, const Gazetteer& gazetteer,
                                  const NameModel& model) {
  std::vector<FoundName> out;
  if (model.empty()) return out;
  thread_local WordScoreCache cache;
  thread_local std::vector<NameToken> sentence;
  thread_local std::vector<float> emissions, margins;
  thread_local std::vector<uint64_t> features;
  for (const text::Sentence& s : sentences) {
    sentence.clear();
    for (uint32_t i = s.first_token; i < s.end_token; ++i) sentence.push_back({tokens[i].in(normalized), tokens[i].kind});
    size_t n = sentence.size();
    if (n == 0) continue;
    emissions.assign(n * kLabelCount, 0.f);
    for (size_t i = 0; i < n; ++i) {
      float* e = &emissions[i * kLabelCount];
      for (int k = -2; k <= 2; ++k) {
        const Weights& w = cache.get(neighbour(sentence, i, k), k, gazetteer, model);
        for (uint8_t l = 0; l < kLabelCount; ++l) e[l] += w[l];
      }
      features.clear();
      context_features(sentence, i, gazetteer, features);
      model.add_scores(features, e);
    }
    std::vector<uint8_t> labels = viterbi(emissions, n, model.transitions(), &margins);
    for (size_t i = 0; i < n;) {
      if (labels[i] == kO) { ++i; continue; }
      size_t end = i + 1;
      while (end < n && labels[end] == labels[i] + 1) ++end;  // the I- of the same type
      float margin = *std::min_element(margins.begin() + static_cast<long>(i), margins.begin() + static_cast<long>(end));
      out.push_back({s.first_token + static_cast<uint32_t>(i), s.first_token + static_cast<uint32_t>(end),
                     type_of(labels[i]), margin});
      i = end;
    }
  }
  return out;
}

}  // namespace marsad::names
