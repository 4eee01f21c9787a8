// Learns word clusters from unlabeled news for the name finder
// (core/data/names/clusters.txt): words that are used alike (the same words
// before and after them) fall in the same cluster, so a name the labelled
// corpus never saw reads like the names it did see.
//
// Each of the `--words` most frequent Arabic words of the input gets a vector
// of its neighbours (the `--contexts` most frequent tokens, one and two
// before and after, weighted by positive pointwise mutual information with
// the context distribution smoothed by the power 0.75); spherical k-means
// groups the vectors into fine clusters, and k-means of the fine clusters'
// centroids groups those into coarser ones, so each word has one cluster at
// each of three levels.
//
// Input: JSON lines with "title" and "text" (the bench corpus), on stdin.
//   marsad-word-clusters OUT [--words N] [--contexts C] [--clusters K1,K2,K3] [--iterations I]
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/normalizer.h"
#include "text/segmenter.h"

namespace {

using namespace marsad;

constexpr int kOffsets[] = {-2, -1, 1, 2};
constexpr size_t kSlots = 4;

struct Corpus {
  std::vector<std::string> forms;      // id → token form ("<num>" for numbers)
  std::vector<bool> arabic;            // id → an Arabic word
  std::vector<uint64_t> counts;        // id → occurrences
  std::vector<uint32_t> stream;        // the tokens in order, documents separated by kEdge
  static constexpr uint32_t kEdge = 0;
};

Corpus read_corpus(std::istream& in, size_t& documents) {
  Corpus c;
  std::unordered_map<std::string, uint32_t> ids;
  c.forms.push_back("<edge>");
  c.arabic.push_back(false);
  c.counts.push_back(0);
  auto id_of = [&](std::string_view form, bool arabic) {
    auto [it, added] = ids.emplace(std::string(form), static_cast<uint32_t>(c.forms.size()));
    if (added) {
      c.forms.emplace_back(form);
      c.arabic.push_back(arabic);
      c.counts.push_back(0);
    }
    ++c.counts[it->second];
    return it->second;
  };
  std::string line;
  std::vector<text::Token> tokens;
  text::NormalizedText normalized;
  documents = 0;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    ++documents;
    for (const char* key : {"title", "text"}) {
      if (!j.contains(key) || !j[key].is_string()) continue;
      text::normalize(j[key].get<std::string>(), normalized);
      tokens.clear();
      text::segment_words(normalized.text, tokens);
      c.stream.push_back(Corpus::kEdge);
      for (const text::Token& t : tokens) {
        if (t.kind == text::TokenKind::kNumber) c.stream.push_back(id_of("<num>", false));
        else c.stream.push_back(id_of(t.in(normalized.text), t.kind == text::TokenKind::kWord && t.arabic));
      }
    }
  }
  c.stream.push_back(Corpus::kEdge);
  return c;
}

// Ids sorted by decreasing count (ties by form, so the result does not depend on hashing).
std::vector<uint32_t> by_frequency(const Corpus& c, bool arabic_words_only) {
  std::vector<uint32_t> ids;
  for (uint32_t i = 1; i < c.forms.size(); ++i)
    if (!arabic_words_only || c.arabic[i]) ids.push_back(i);
  std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
    return c.counts[a] != c.counts[b] ? c.counts[a] > c.counts[b] : c.forms[a] < c.forms[b];
  });
  return ids;
}

// A sparse row: (dimension, value) pairs, L2-normalized.
using Row = std::vector<std::pair<uint32_t, float>>;

std::vector<Row> context_vectors(const Corpus& c, const std::vector<uint32_t>& words,
                                 const std::vector<uint32_t>& contexts) {
  const size_t n = words.size(), dims = kSlots * contexts.size();
  std::vector<int32_t> word_row(c.forms.size(), -1), context_dim(c.forms.size(), -1);
  for (size_t i = 0; i < n; ++i) word_row[words[i]] = static_cast<int32_t>(i);
  for (size_t i = 0; i < contexts.size(); ++i) context_dim[contexts[i]] = static_cast<int32_t>(i);
  std::vector<uint32_t> counts(n * dims, 0);
  for (size_t i = 0; i < c.stream.size(); ++i) {
    int32_t w = word_row[c.stream[i]];
    if (w < 0) continue;
    for (size_t s = 0; s < kSlots; ++s) {
      long j = static_cast<long>(i) + kOffsets[s];
      if (j < 0 || j >= static_cast<long>(c.stream.size())) continue;
      int32_t d = context_dim[c.stream[static_cast<size_t>(j)]];
      if (d >= 0) ++counts[static_cast<size_t>(w) * dims + s * contexts.size() + static_cast<size_t>(d)];
    }
  }
  // PPMI per slot, the context distribution raised to 0.75.
  std::vector<double> row_total(n * kSlots, 0), context_weight(dims, 0), slot_total(kSlots, 0);
  for (size_t w = 0; w < n; ++w)
    for (size_t d = 0; d < dims; ++d) {
      double x = counts[w * dims + d];
      row_total[w * kSlots + d / contexts.size()] += x;
      context_weight[d] += x;
    }
  for (size_t d = 0; d < dims; ++d) {
    context_weight[d] = std::pow(context_weight[d], 0.75);
    slot_total[d / contexts.size()] += context_weight[d];
  }
  std::vector<Row> rows(n);
  for (size_t w = 0; w < n; ++w) {
    double norm = 0;
    for (size_t d = 0; d < dims; ++d) {
      uint32_t x = counts[w * dims + d];
      size_t slot = d / contexts.size();
      if (x == 0 || context_weight[d] == 0) continue;
      double pmi = std::log(x * slot_total[slot] / (row_total[w * kSlots + slot] * context_weight[d]));
      if (pmi <= 0) continue;
      rows[w].emplace_back(static_cast<uint32_t>(d), static_cast<float>(pmi));
      norm += pmi * pmi;
    }
    norm = std::sqrt(norm);
    for (auto& [d, v] : rows[w]) v = static_cast<float>(v / norm);
  }
  return rows;
}

// Spherical k-means of sparse rows (dims wide) into k clusters: each row's
// cluster, and the centroids (k × dims, L2-normalized).
std::vector<uint32_t> kmeans(const std::vector<Row>& rows, size_t dims, size_t k, int iterations, std::mt19937& random,
                             std::vector<float>& centroids) {
  const size_t n = rows.size();
  std::vector<uint32_t> assigned(n, 0);
  // Seeds: k distinct rows drawn at random.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (size_t i = 0; i < k; ++i) std::swap(order[i], order[i + random() % (n - i)]);
  centroids.assign(k * dims, 0.f);
  for (size_t c = 0; c < k; ++c)
    for (auto [d, v] : rows[order[c]]) centroids[c * dims + d] = v;
  std::vector<float> transposed(dims * k), score(k);
  for (int it = 0; it < iterations; ++it) {
    for (size_t c = 0; c < k; ++c)
      for (size_t d = 0; d < dims; ++d) transposed[d * k + c] = centroids[c * dims + d];
    size_t moved = 0;
    for (size_t r = 0; r < n; ++r) {
      std::fill(score.begin(), score.end(), 0.f);
      for (auto [d, v] : rows[r]) {
        const float* t = &transposed[d * k];
        for (size_t c = 0; c < k; ++c) score[c] += v * t[c];
      }
      uint32_t best = static_cast<uint32_t>(std::max_element(score.begin(), score.end()) - score.begin());
      moved += best != assigned[r];
      assigned[r] = best;
    }
    std::fill(centroids.begin(), centroids.end(), 0.f);
    std::vector<size_t> members(k, 0);
    for (size_t r = 0; r < n; ++r) {
      ++members[assigned[r]];
      for (auto [d, v] : rows[r]) centroids[assigned[r] * dims + d] += v;
    }
    for (size_t c = 0; c < k; ++c) {
      if (members[c] == 0) {  // an empty cluster starts again from a random row
        for (auto [d, v] : rows[random() % n]) centroids[c * dims + d] = v;
        continue;
      }
      double norm = 0;
      for (size_t d = 0; d < dims; ++d) norm += double{centroids[c * dims + d]} * centroids[c * dims + d];
      norm = std::sqrt(norm);
      for (size_t d = 0; d < dims; ++d) centroids[c * dims + d] = static_cast<float>(centroids[c * dims + d] / norm);
    }
    std::cerr << "  k-means " << k << ": iteration " << it + 1 << ", " << moved << " moved\n";
    if (it > 0 && moved == 0) break;
  }
  return assigned;
}

std::vector<Row> dense_rows(const std::vector<float>& m, size_t rows, size_t dims) {
  std::vector<Row> out(rows);
  for (size_t r = 0; r < rows; ++r)
    for (size_t d = 0; d < dims; ++d)
      if (m[r * dims + d] != 0.f) out[r].emplace_back(static_cast<uint32_t>(d), m[r * dims + d]);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  size_t word_count = 30000, context_count = 500;
  std::vector<size_t> levels{500, 100, 20};
  int iterations = 20;
  for (size_t i = 0; i + 1 < args.size();) {
    if (args[i] == "--words") word_count = std::stoul(args[i + 1]);
    else if (args[i] == "--contexts") context_count = std::stoul(args[i + 1]);
    else if (args[i] == "--iterations") iterations = std::stoi(args[i + 1]);
    else if (args[i] == "--clusters") {
      levels.clear();
      std::istringstream list(args[i + 1]);
      for (std::string k; std::getline(list, k, ',');) levels.push_back(std::stoul(k));
    } else { ++i; continue; }
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
  }
  if (args.size() != 1 || levels.size() != 3 || !(levels[0] > levels[1] && levels[1] > levels[2])) {
    std::cerr << "usage: marsad-word-clusters OUT [--words N] [--contexts C] [--clusters K1,K2,K3 (decreasing)]"
                 " [--iterations I] < news.jsonl\n";
    return 2;
  }
  size_t documents = 0;
  Corpus corpus = read_corpus(std::cin, documents);
  std::vector<uint32_t> words = by_frequency(corpus, true), contexts = by_frequency(corpus, false);
  words.resize(std::min(words.size(), word_count));
  contexts.resize(std::min(contexts.size(), context_count));
  if (words.size() < levels[0] * 2) {
    std::cerr << "too few words (" << words.size() << ") for " << levels[0] << " clusters\n";
    return 1;
  }
  std::cerr << documents << " documents, " << corpus.stream.size() << " tokens, " << corpus.forms.size()
            << " distinct; clustering " << words.size() << " words by " << contexts.size() << " contexts\n";
  const size_t dims = kSlots * contexts.size();
  std::vector<Row> rows = context_vectors(corpus, words, contexts);
  std::mt19937 random(20261203);
  std::vector<float> fine_centroids, mid_centroids, coarse_centroids;
  std::vector<uint32_t> fine = kmeans(rows, dims, levels[0], iterations, random, fine_centroids);
  std::vector<uint32_t> mid = kmeans(dense_rows(fine_centroids, levels[0], dims), dims, levels[1], iterations, random,
                                     mid_centroids);
  std::vector<uint32_t> coarse = kmeans(dense_rows(mid_centroids, levels[1], dims), dims, levels[2], iterations,
                                        random, coarse_centroids);

  // One line per fine cluster: its ids at the three levels, then its words in byte order.
  std::vector<std::vector<std::string>> members(levels[0]);
  for (size_t w = 0; w < words.size(); ++w) members[fine[w]].push_back(corpus.forms[words[w]]);
  std::ofstream out(args[0], std::ios::binary);
  out << "# GENERATED by scripts/word-clusters (tools/word_clusters.cpp); DO NOT EDIT.\n"
      << "# Word clusters for the name finder's features (core/src/names/clusters.h): the " << words.size()
      << " most frequent\n# normalized Arabic words of the bench corpus (../shared/corpus/bench/, " << documents
      << " articles of SaudiNewsNet 2015,\n# research use; read from there, never copied), by spherical k-means of "
      << "their PPMI vectors of\n# neighbours (the " << contexts.size() << " most frequent tokens, 1 and 2 before and after), "
      << iterations << " iterations at most.\n"
      << "# A line: fine, middle and coarse cluster, then the fine cluster's words.\n"
      << "clusters " << levels[0] << ' ' << levels[1] << ' ' << levels[2] << '\n';
  for (size_t f = 0; f < levels[0]; ++f) {
    if (members[f].empty()) continue;
    std::sort(members[f].begin(), members[f].end());
    out << f << ' ' << mid[f] << ' ' << coarse[mid[f]];
    for (const std::string& w : members[f]) out << ' ' << w;
    out << '\n';
  }
  if (!out) {
    std::cerr << args[0] << ": cannot write\n";
    return 1;
  }
  std::cerr << "wrote " << args[0] << "\n";
  return 0;
}
