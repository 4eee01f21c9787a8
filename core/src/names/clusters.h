// Word clusters learned from unlabeled news (core/data/names/clusters.txt,
// written by scripts/word-clusters): words used alike share a cluster, at a
// fine, a middle and a coarse level. The name finder reads a word's clusters
// as features, so a word ANERcorp never labelled still reads like the words
// it did (a new surname like known surnames, a new town like towns).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash_map64.h"

namespace marsad::names {

class WordClusters {
 public:
  struct Ids {
    uint16_t fine = 0, mid = 0, coarse = 0;
  };

  // Reads the table's text; false (with `error` set) when it is malformed.
  bool load(std::string_view text, std::string* error);
  bool empty() const { return words_.size() == 0; }
  size_t size() const { return words_.size(); }

  // The clusters of a normalized word, or nullptr when the table lacks it.
  const Ids* find(std::string_view normalized_word) const;

 private:
  util::HashMap64 words_;  // word hash → fine cluster
  std::vector<Ids> fine_;  // fine cluster → its three ids
};

// The built-in table (core/data/names/clusters.txt); empty when it is missing.
const WordClusters& builtin_clusters();

}  // namespace marsad::names
