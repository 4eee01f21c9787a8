#include "names/features.h"

#include <nlohmann/json.hpp>

#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/phrase_trie.h"
#include "util/hash.h"

namespace marsad::names {
namespace {

constexpr size_t kLetter = 2;  // a normalized Arabic letter is two bytes of UTF-8

// A feature: its family (one byte) and a value, hashed together.
uint64_t feature(uint8_t family, std::string_view value) {
  uint64_t h = util::fnv1a(std::string_view(reinterpret_cast<const char*>(&family), 1));
  return util::fnv1a(value, h);
}
uint64_t feature(uint8_t family, uint64_t value) {
  return feature(family, std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
}

// Families: the position of the word (−2…+2) is part of the family.
enum Family : uint8_t {
  kBias = 1,
  kForm = 10,        // + offset + 2
  kStem = 20,        // + offset + 2
  kProclitics = 30,  // + offset + 2
  kSuffix1 = 40, kSuffix2 = 41, kSuffix3 = 42, kPrefix2 = 43, kPrefix3 = 44,
  kShape = 50,       // + offset + 2
  kGazetteer = 60,   // + offset + 2
  // 70, 71 were the pairs of the word and the word before or after: dropped,
  // 5-fold cross-validated F1 0.757 with them, 0.758 without.
  kFormSuffix2 = 80, kFormSuffix3 = 81, kFormSuffix4 = 82, kSuffix4 = 83,
  kTitleBefore = 90,  // the word before is a title word, with this word's shape
  kClusterFine = 100, kClusterMid = 110, kClusterCoarse = 120,  // + offset + 2
  kStemClusterFine = 130, kStemClusterMid = 140,                // + offset + 2
  kDocument = 160,    // the types the word's other occurrences in the document were read as
  kPairBefore = 170, kPairAfter = 171,  // the word with the one before, with the one after
};

constexpr uint64_t kNoCluster = 0xFFFF;  // a word the news corpus rarely has

bool is_arabic_letter_byte(unsigned char lead) { return lead == 0xD8 || lead == 0xD9; }

// The stem behind the longest run of proclitics that leaves three letters or more.
struct Stem {
  std::string_view bare, proclitics;
  bool definite = false;  // the proclitics end in the article (ال, or لل = ل + ال)
};
Stem light_stem(std::string_view w) {
  thread_local std::vector<text::CliticReading> readings;
  text::clitic_readings(w, readings);
  Stem best{w, {}};
  for (const text::CliticReading& r : readings) {
    if (r.suffix_bytes != 0 || r.prefix_bytes <= best.proclitics.size()) continue;
    std::string_view bare = r.bare_stem(w);
    if (bare.size() < 3 * kLetter) continue;
    best = {bare, w.substr(0, r.prefix_bytes), r.definite};
  }
  return best;
}

std::string_view last_letters(std::string_view w, size_t n) {
  return w.size() >= n * kLetter ? w.substr(w.size() - n * kLetter) : std::string_view();
}
std::string_view first_letters(std::string_view w, size_t n) {
  return w.size() >= n * kLetter ? w.substr(0, n * kLetter) : std::string_view();
}

// The coarse shape of a token: kind, script, length.
std::string_view shape(const NameToken& t) {
  if (t.kind == text::TokenKind::kNumber) return "num";
  if (t.kind == text::TokenKind::kPunct) return t.form;  // punctuation is its own shape
  bool arabic = !t.form.empty() && is_arabic_letter_byte(static_cast<unsigned char>(t.form[0]));
  if (!arabic) return "latin";
  size_t letters = t.form.size() / kLetter;
  static constexpr std::string_view kLengths[] = {"a1", "a2", "a3", "a4", "a5", "a6", "a7+"};
  return kLengths[letters == 0 ? 0 : std::min<size_t>(letters, 7) - 1];
}

const NameToken kOutside{"<edge>", text::TokenKind::kPunct};

}  // namespace

Gazetteer::Gazetteer(std::string_view given_names, std::string_view titles, std::string_view function_words)
    : clusters_(&builtin_clusters()) {
  auto list = [](std::string_view json, const char* key) {
    std::vector<std::string> out;
    nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_object() && j.contains(key) && j[key].is_array())
      for (const auto& s : j[key])
        if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
  };
  for (const std::string& n : list(given_names, "names")) add(n, kGivenName, 0, 0);
  for (const std::string& w : list(function_words, "words")) add(w, kFunctionWord, kFunctionWord, kFunctionWord);
  nlohmann::json t = nlohmann::json::parse(titles.begin(), titles.end(), nullptr, false);
  if (t.is_object() && t.contains("titles") && t["titles"].is_array())
    for (const auto& entry : t["titles"])
      if (entry.is_object() && entry.contains("ar") && entry["ar"].is_array())
        for (const auto& phrase : entry["ar"])
          if (phrase.is_string()) add(phrase.get<std::string>(), kTitleWord, kTitleWord, kTitleWord);
}

void Gazetteer::add_known(std::string_view phrase, Known kind) {
  switch (kind) {
    case Known::kPerson: add(phrase, kPersonFirst, kPersonInner, kPersonLast); break;
    case Known::kPlace: add(phrase, kPlaceFirst, kPlaceInner, kPlaceLast); break;
    case Known::kOrganization: add(phrase, kOrgFirst, kOrgInner, kOrgLast); break;
    case Known::kFamilyName: add(phrase, kPersonLast, kPersonLast, kPersonLast); break;
    case Known::kNisba: add(phrase, kNisba, kNisba, kNisba); break;
  }
}

void Gazetteer::add(std::string_view phrase, uint32_t first, uint32_t inner, uint32_t last) {
  std::vector<std::string> words = text::PhraseTrie::words_of(phrase);
  for (size_t i = 0; i < words.size(); ++i) {
    uint32_t bit = words.size() == 1 ? (first | last) : i == 0 ? first : i + 1 == words.size() ? last : inner;
    if (bit) mark(words[i], bit);
  }
}

void Gazetteer::mark(std::string_view word, uint32_t bit) {
  uint64_t h = text::PhraseTrie::hash(word);
  if (uint32_t* old = bits_.find(h)) *old |= bit;
  else bits_.insert(h, bit);
}

uint32_t Gazetteer::exact_bits(std::string_view w) const {
  const uint32_t* b = bits_.find(text::PhraseTrie::hash(w));
  return b ? *b : 0;
}

uint32_t Gazetteer::bits(std::string_view w) const {
  const uint32_t* b = bits_.find(text::PhraseTrie::hash(w));
  uint32_t out = b ? *b : 0;
  if (out == 0) {
    Stem s = light_stem(w);
    if (!s.proclitics.empty())
      if (const uint32_t* sb = bits_.find(text::PhraseTrie::hash(s.bare))) out = *sb;
    if (out == 0 && s.proclitics.size() >= 4 && s.proclitics.substr(s.proclitics.size() - 4) == "ال") {
      std::string definite = "ال";
      definite += s.bare;
      if (const uint32_t* db = bits_.find(text::PhraseTrie::hash(definite))) out = *db;
    }
  }
  return out;
}

namespace {

// The clusters of a stem behind proclitics, with the article kept when it had one.
const WordClusters::Ids* clusters_of_stem(const WordClusters& table, const Stem& s) {
  if (s.proclitics.empty()) return nullptr;
  if (s.definite) {
    thread_local std::string definite;
    definite.assign("ال").append(s.bare);
    if (const WordClusters::Ids* ids = table.find(definite)) return ids;
  }
  return table.find(s.bare);
}

}  // namespace

const WordClusters::Ids* Gazetteer::clusters(std::string_view w) const {
  if (!clusters_) return nullptr;
  if (const WordClusters::Ids* ids = clusters_->find(w)) return ids;
  return clusters_of_stem(*clusters_, light_stem(w));
}

const WordClusters::Ids* Gazetteer::stem_clusters(std::string_view w) const {
  return clusters_ ? clusters_of_stem(*clusters_, light_stem(w)) : nullptr;
}

namespace {

// What a word's features are made of, read once for all its positions.
struct WordReading {
  uint32_t bits = 0;  // its gazetteer lists
  Stem stem;
  const WordClusters::Ids* clusters = nullptr;
  const WordClusters::Ids* stem_clusters = nullptr;  // those of its stem behind proclitics
};

void features_at(const NameToken& t, int offset, const WordReading& r, std::vector<uint64_t>& out) {
  uint8_t pos = static_cast<uint8_t>(offset + 2);
  out.push_back(feature(kForm + pos, t.form));
  out.push_back(feature(kShape + pos, shape(t)));
  if (t.kind != text::TokenKind::kWord) return;
  for (uint32_t b = 0; b < 13; ++b)
    if (r.bits & (1u << b)) out.push_back(feature(kGazetteer + pos, uint64_t{b}));
  if (r.clusters) {
    out.push_back(feature(kClusterFine + pos, uint64_t{r.clusters->fine}));
    out.push_back(feature(kClusterMid + pos, uint64_t{r.clusters->mid}));
    out.push_back(feature(kClusterCoarse + pos, uint64_t{r.clusters->coarse}));
  } else {
    out.push_back(feature(kClusterFine + pos, kNoCluster));
  }
  if (offset < -1 || offset > 1) return;
  if (r.stem_clusters && r.stem_clusters != r.clusters) {
    out.push_back(feature(kStemClusterFine + pos, uint64_t{r.stem_clusters->fine}));
    out.push_back(feature(kStemClusterMid + pos, uint64_t{r.stem_clusters->mid}));
  }
  const Stem& s = r.stem;
  out.push_back(feature(kStem + pos, s.bare));
  out.push_back(feature(kProclitics + pos, s.proclitics));
  if (offset != 0) return;
  out.push_back(feature(kSuffix1, last_letters(s.bare, 1)));
  out.push_back(feature(kSuffix2, last_letters(s.bare, 2)));
  out.push_back(feature(kSuffix3, last_letters(s.bare, 3)));
  out.push_back(feature(kSuffix4, last_letters(s.bare, 4)));
  out.push_back(feature(kPrefix2, first_letters(s.bare, 2)));
  out.push_back(feature(kPrefix3, first_letters(s.bare, 3)));
  out.push_back(feature(kFormSuffix2, last_letters(t.form, 2)));
  out.push_back(feature(kFormSuffix3, last_letters(t.form, 3)));
  out.push_back(feature(kFormSuffix4, last_letters(t.form, 4)));
}

WordReading read_word(const NameToken& t, const Gazetteer& gazetteer) {
  WordReading r;
  if (t.kind != text::TokenKind::kWord) return r;
  r.bits = gazetteer.bits(t.form);
  r.stem = light_stem(t.form);
  if (const WordClusters* table = gazetteer.word_clusters()) {  // as clusters() and stem_clusters(), the stem read once
    r.stem_clusters = clusters_of_stem(*table, r.stem);
    r.clusters = table->find(t.form);
    if (!r.clusters) r.clusters = r.stem_clusters;
  }
  return r;
}

}  // namespace

void word_features(const NameToken& t, int offset, const Gazetteer& gazetteer, std::vector<uint64_t>& out) {
  features_at(t, offset, read_word(t, gazetteer), out);
}

void word_features_at_every_offset(const NameToken& t, const Gazetteer& gazetteer,
                                   std::array<std::vector<uint64_t>, 5>& out) {
  WordReading r = read_word(t, gazetteer);
  for (int k = -2; k <= 2; ++k) {
    out[static_cast<size_t>(k + 2)].clear();
    features_at(t, k, r, out[static_cast<size_t>(k + 2)]);
  }
}

void document_features(uint32_t types, std::vector<uint64_t>& out) {
  if (types == 0) return;
  if ((types & 15) == 0) {
    out.push_back(feature(kDocument, uint64_t{16}));
    return;
  }
  for (uint32_t b = 0; b < 4; ++b)
    if (types & (1u << b)) out.push_back(feature(kDocument, uint64_t{b}));
}

std::string_view stem_of(std::string_view normalized_word) { return light_stem(normalized_word).bare; }

const NameToken& neighbour(std::span<const NameToken> sentence, size_t i, int offset) {
  long j = static_cast<long>(i) + offset;
  return j < 0 || j >= static_cast<long>(sentence.size()) ? kOutside : sentence[static_cast<size_t>(j)];
}

void context_features(std::span<const NameToken> sentence, size_t i, const Gazetteer& gazetteer,
                      std::vector<uint64_t>& out) {
  const NameToken& before = neighbour(sentence, i, -1);
  bool title = before.kind == text::TokenKind::kWord && (gazetteer.bits(before.form) & Gazetteer::kTitleWord);
  context_features(sentence, i, title, out);
}

void context_features(std::span<const NameToken> sentence, size_t i, bool title_before, std::vector<uint64_t>& out) {
  const NameToken& w = sentence[i];
  out.push_back(feature(kBias, std::string_view()));
  if (w.kind == text::TokenKind::kWord && title_before) out.push_back(feature(kTitleBefore, shape(w)));
  constexpr uint64_t kMix = 0x9E3779B97F4A7C15ull;
  uint64_t here = feature(kForm, w.form);
  out.push_back(feature(kPairBefore, feature(kForm, neighbour(sentence, i, -1).form) * kMix + here));
  out.push_back(feature(kPairAfter, here * kMix + feature(kForm, neighbour(sentence, i, 1).form)));
}

void token_features(std::span<const NameToken> sentence, size_t i, const Gazetteer& gazetteer,
                    std::vector<uint64_t>& out) {
  for (int k = -2; k <= 2; ++k) word_features(neighbour(sentence, i, k), k, gazetteer, out);
  context_features(sentence, i, gazetteer, out);
}

}  // namespace marsad::names
