// The features of the learned name finder: what a word and its neighbours
// look like, as 64-bit hashes. One definition for training (tools/train_ner)
// and for finding names in documents, so the model always reads the same
// features it was trained on.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "names/clusters.h"
#include "text/token.h"
#include "util/hash_map64.h"

namespace marsad::names {

// A token as the name finder sees it: its normalized form and kind.
struct NameToken {
  std::string_view form;
  text::TokenKind kind = text::TokenKind::kWord;
};

// Word lists the features consult: knowledge-base names by type and position,
// given names, the words of titles, and words that never belong to a name.
class Gazetteer {
 public:
  // Bits of a word's membership, one per (kind, position) pair.
  enum : uint32_t {
    kPersonFirst = 1u << 0, kPersonInner = 1u << 1, kPersonLast = 1u << 2,
    kPlaceFirst = 1u << 3, kPlaceInner = 1u << 4, kPlaceLast = 1u << 5,
    kOrgFirst = 1u << 6, kOrgInner = 1u << 7, kOrgLast = 1u << 8,
    kGivenName = 1u << 9, kTitleWord = 1u << 10, kFunctionWord = 1u << 11, kNisba = 1u << 12,
  };

  // What a known name is, for the bits of its words.
  enum class Known { kPerson, kPlace, kOrganization, kFamilyName, kNisba };

  Gazetteer() = default;
  // The lists are JSON texts of core/data (given_names.json, titles.json, function_words.json);
  // the word clusters are the built-in ones (clusters.h). The names of known
  // actors are added by whoever knows them (actors::gazetteer_of), so that the
  // name finder depends on no knowledge base.
  Gazetteer(std::string_view given_names, std::string_view titles, std::string_view function_words);

  // The words of a known name, marked by kind and position.
  void add_known(std::string_view phrase, Known kind);

  // The word's bits, or those of its stem behind proclitics when it has none.
  uint32_t bits(std::string_view normalized_word) const;
  // The bits of the word exactly as written.
  uint32_t exact_bits(std::string_view normalized_word) const;

  // The word's clusters, or those of its stem behind proclitics (with the
  // article kept when it had one) when the table lacks the word; nullptr when
  // neither is known.
  const WordClusters::Ids* clusters(std::string_view normalized_word) const;
  // The clusters of its stem behind proclitics (with the article kept when it
  // had one), even when the table has the word: «والرياض» reads as «الرياض».
  const WordClusters::Ids* stem_clusters(std::string_view normalized_word) const;
  // The cluster table read from now on (none: nullptr); it must outlive the gazetteer.
  void use_clusters(const WordClusters* clusters) { clusters_ = clusters; }
  const WordClusters* word_clusters() const { return clusters_; }

 private:
  void add(std::string_view phrase, uint32_t first, uint32_t inner, uint32_t last);
  void mark(std::string_view word, uint32_t bit);
  util::HashMap64 bits_;  // word hash → bits
  const WordClusters* clusters_ = nullptr;
};

// The feature hashes of token i of a sentence, appended to `out`: the
// features of each word from two before to two after, and the context features.
void token_features(std::span<const NameToken> sentence, size_t i, const Gazetteer& gazetteer,
                    std::vector<uint64_t>& out);

// The features a word gives the token `offset` words away (−2…+2): they depend
// on the word alone, so their scores can be cached per word.
void word_features(const NameToken& word, int offset, const Gazetteer& gazetteer, std::vector<uint64_t>& out);
// The same for the offsets −2…2 at once (out[offset + 2]): the word is read once.
void word_features_at_every_offset(const NameToken& word, const Gazetteer& gazetteer,
                                   std::array<std::vector<uint64_t>, 5>& out);
// The features that read the word with its neighbours (a title before it; the
// word with the one before and with the one after, as pairs), and the bias.
void context_features(std::span<const NameToken> sentence, size_t i, const Gazetteer& gazetteer,
                      std::vector<uint64_t>& out);
// The same when whether the word before is a title word is known already.
void context_features(std::span<const NameToken> sentence, size_t i, bool title_before, std::vector<uint64_t>& out);
// What a first reading of the document found the word's other occurrences to
// be: one feature per type (persons, places, organizations, other names) that
// an occurrence of the same stem elsewhere in the document was read as, and
// one when every other occurrence was read as no name. `types` holds a bit per
// type (1 persons, 2 places, 4 organizations, 8 other; 16 seen as no name).
void document_features(uint32_t types, std::vector<uint64_t>& out);
// The stem of a word behind its proclitics («والرياض» → «رياض»), by which its
// occurrences in a document are gathered.
std::string_view stem_of(std::string_view normalized_word);

// Token i + offset, or the edge marker outside the sentence.
const NameToken& neighbour(std::span<const NameToken> sentence, size_t i, int offset);

}  // namespace marsad::names
