#include "names/name_finder.h"

#include <algorithm>

#include "data/embedded.h"
#include "text/clitics.h"
#include "util/hash.h"

namespace marsad::names {
namespace {

// The scores a word gives the tokens around it (offsets −2…2) depend on the
// word alone: they are computed once per word, for the five offsets together,
// and cached (bounded, per thread, for one gazetteer and model at a time).
struct WordScores {
  std::array<Weights, 5> at;  // at[offset + 2]
  bool title = false;         // a title word («الرئيس»): a name may follow
  uint64_t stem = 0;          // the hash of its stem behind proclitics (a word; 0 for others)
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
    if (word.kind == text::TokenKind::kWord) w.stem = util::fnv1a(stem_of(word.form)) | 1;
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

// «علي الأحمدي»: where the writer tells ى from ي, «علي» written with ي is the
// given name, not the preposition «على» the model learned it as (ANERcorp's
// writers mostly do not tell them apart). Writers slip («علي المساعدات» in a
// text that writes «على» elsewhere; «ردا علي فيلدرز»): it begins a person's
// name only before a given name of the lists («علي أحمد جنتي»), «بن», or a
// family name of the form «الأحمدي» (its final ي written so).
bool name_word_after_ali(std::string_view w, bool ya, const Gazetteer& gazetteer) {
  constexpr size_t kMinNisbaBytes = 10;  // «ال» and three letters at least
  if (w == "بن" || (gazetteer.exact_bits(w) & Gazetteer::kGivenName)) return true;
  return ya && w.size() >= kMinNisbaBytes && w.substr(0, 4) == "ال" && w.substr(w.size() - 2) == "ي";
}

void read_given_name_ali(std::string_view normalized, const std::vector<text::Token>& tokens, const text::Sentence& s,
                         const std::vector<bool>& written_ya, const Gazetteer& gazetteer, std::vector<uint8_t>& labels,
                         std::vector<float>& margins) {
  constexpr float kMargin = 10.f;  // sure enough to be an actor when the name looks like a person's
  constexpr size_t kMinBytes = 6;  // a name of three letters or more
  for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
    size_t k = i - s.first_token;
    if (!written_ya[i] || labels[k] != kO || text::behind_conjunction(tokens[i].in(normalized)) != "علي") continue;
    const text::Token& next = tokens[i + 1];
    std::string_view w = next.in(normalized);
    size_t j = k + 1;
    if (next.kind != text::TokenKind::kWord || w.size() < kMinBytes || (labels[j] != kO && labels[j] != kBPers) ||
        (gazetteer.bits(w) & (Gazetteer::kFunctionWord | Gazetteer::kTitleWord)) ||
        !name_word_after_ali(w, written_ya[i + 1], gazetteer))
      continue;
    // The name the model read after it, if any, is his («علي عبد الله صالح»).
    if (labels[j] == kO) margins[j] = kMargin;
    labels[k] = kBPers;
    labels[j] = kIPers;
    margins[k] = kMargin;
  }
}

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
                                  const NameModel& model, const std::vector<bool>* written_ya) {
  std::vector<FoundName> out;
  if (model.empty()) return out;
  thread_local WordScoreCache cache;
  thread_local std::vector<NameToken> sentence;
  thread_local std::vector<float> emissions, second, margins;
  thread_local std::vector<uint64_t> features;
  thread_local std::vector<uint32_t> words;   // each token's cache entry; the sentence's edges at 0, 1, n + 2, n + 3
  thread_local std::vector<uint64_t> stems;   // each token's stem (0: no word), the document over
  thread_local std::vector<uint8_t> labels;   // the first reading's, the document over
  thread_local std::vector<size_t> starts;    // where each sentence's emissions begin
  thread_local std::vector<float> all_emissions;
  // The first reading, sentence by sentence.
  stems.clear();
  labels.clear();
  starts.clear();
  all_emissions.clear();
  for (const text::Sentence& s : sentences) {
    starts.push_back(all_emissions.size());
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
      stems.push_back(cache[words[i + 2]].stem);
    }
    std::vector<uint8_t> read = viterbi(emissions, n, model.transitions());
    labels.insert(labels.end(), read.begin(), read.end());
    all_emissions.insert(all_emissions.end(), emissions.begin(), emissions.end());
  }
  // What each stem was read as, the document over: the types of its occurrences, counted.
  util::HashMap64 index;  // stem → its row of counts
  std::vector<std::array<uint32_t, 5>> counts;
  for (size_t t = 0; t < stems.size(); ++t) {
    if (!stems[t]) continue;
    uint32_t* row = index.find(stems[t]);
    if (!row) {
      index.insert(stems[t], static_cast<uint32_t>(counts.size()));
      row = index.find(stems[t]);
      counts.push_back({});
    }
    uint32_t bit = document_type_bit(labels[t]);
    for (uint32_t b = 0; b < 5; ++b) counts[*row][b] += (bit >> b) & 1;
  }
  // The second reading: each word with what its other occurrences were read as.
  size_t token = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const text::Sentence& s = sentences[k];
    size_t n = s.end_token - s.first_token;
    if (n == 0) continue;
    second.assign(all_emissions.begin() + static_cast<long>(starts[k]),
                  all_emissions.begin() + static_cast<long>(starts[k] + n * kLabelCount));
    for (size_t i = 0; i < n; ++i, ++token) {
      if (!stems[token]) continue;
      const auto& c = counts[*index.find(stems[token])];
      uint32_t own = document_type_bit(labels[token]), types = 0;
      for (uint32_t b = 0; b < 5; ++b)
        if (c[b] > ((own >> b) & 1)) types |= 1u << b;
      features.clear();
      document_features(types, features);
      model.add_scores(features, &second[i * kLabelCount]);
    }
    std::vector<uint8_t> read = viterbi(second, n, model.transitions(), &margins);
    if (written_ya) read_given_name_ali(normalized, tokens, s, *written_ya, gazetteer, read, margins);
    for (size_t i = 0; i < n;) {
      if (read[i] == kO) { ++i; continue; }
      size_t run = i + 1;
      while (run < n && read[run] == read[i] + 1) ++run;  // the I- of the same type
      // A name holds no punctuation: «اللواء سليمان بن عبدالعزيز اليحيى ، ومدير» ends before its comma.
      size_t end = i;
      while (end < run && tokens[s.first_token + end].kind != text::TokenKind::kPunct) ++end;
      if (end == i) {
        i = run;
        continue;
      }
      float margin = *std::min_element(margins.begin() + static_cast<long>(i), margins.begin() + static_cast<long>(end));
      uint32_t first = s.first_token + static_cast<uint32_t>(i);
      bool ali = written_ya && (*written_ya)[first] && end - i >= 2 &&
                 text::behind_conjunction(tokens[first].in(normalized)) == "علي" &&
                 name_word_after_ali(tokens[first + 1].in(normalized), (*written_ya)[first + 1], gazetteer);
      out.push_back({first, s.first_token + static_cast<uint32_t>(end), type_of(read[i]), margin,
                     ali && read[i] == kBPers});
      i = run;
    }
  }
  return out;
}

}  // namespace marsad::names
