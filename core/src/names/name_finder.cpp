#include "names/name_finder.h"

#include <algorithm>

#include "data/embedded.h"
#include "util/hash.h"

namespace marsad::names {
namespace {

// The scores a word gives the tokens around it (offsets −2…2) depend on the
// word alone: they are computed once per word, for the five offsets together,
// and cached (bounded, per thread, for one gazetteer and model at a time).
struct WordScores {
  std::array<Weights, 5> at;  // at[offset + 2]
  bool title = false;         // a title word («الرئيس»): a name may follow
};

class WordScoreCache {
 public:
  // Makes room for `n` more words without clearing mid-sentence (the indices
  // handed out stay valid until the next call).
  void reserve(size_t n, const Gazetteer& gazetteer, const NameModel& model) {
    if (&gazetteer != gazetteer_ || &model != model_ || scores_.size() + n >= kMaxEntries) {
      index_.clear();
      scores_.clear();
      gazetteer_ = &gazetteer;
      model_ = &model;
    }
  }
  uint32_t index(const NameToken& word) {
    uint64_t key = util::fnv1a(word.form) ^ static_cast<uint64_t>(word.kind);
    if (const uint32_t* at = index_.find(key)) return *at;
    word_features_at_every_offset(word, *gazetteer_, features_);
    WordScores w{};
    for (size_t k = 0; k < 5; ++k) model_->add_scores(features_[k], w.at[k].data());
    w.title = word.kind == text::TokenKind::kWord && (gazetteer_->bits(word.form) & Gazetteer::kTitleWord);
    uint32_t i = static_cast<uint32_t>(scores_.size());
    index_.insert(key, i);
    scores_.push_back(w);
    return i;
  }
  const WordScores& operator[](uint32_t i) const { return scores_[i]; }

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  util::HashMap64 index_;
  std::vector<WordScores> scores_;
  std::array<std::vector<uint64_t>, 5> features_;
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
  static const NameModel model = data::load_embedded<NameModel>("names/model.txt");
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
  thread_local std::vector<uint32_t> words;  // each token's cache entry; the sentence's edges at 0, 1, n + 2, n + 3
  for (const text::Sentence& s : sentences) {
    sentence.clear();
    for (uint32_t i = s.first_token; i < s.end_token; ++i) sentence.push_back({tokens[i].in(normalized), tokens[i].kind});
    size_t n = sentence.size();
    if (n == 0) continue;
    cache.reserve(n + 1, gazetteer, model);
    uint32_t edge = cache.index(neighbour(sentence, 0, -1));
    words.assign(n + 4, edge);
    for (size_t i = 0; i < n; ++i) words[i + 2] = cache.index(sentence[i]);
    emissions.assign(n * kLabelCount, 0.f);
    for (size_t i = 0; i < n; ++i) {
      float* e = &emissions[i * kLabelCount];
      for (size_t k = 0; k < 5; ++k) {
        const Weights& w = cache[words[i + k]].at[k];
        for (uint8_t l = 0; l < kLabelCount; ++l) e[l] += w[l];
      }
      features.clear();
      context_features(sentence, i, cache[words[i + 1]].title, features);
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
