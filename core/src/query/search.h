// Normalized, clitic-aware search with keyword-in-context lines: searching
// حفتر finds وبحفتر, لحفتر and #حفتر.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "corpus/corpus.h"
#include "util/json.h"

namespace marsad::query {

util::Json search(std::string_view query, const corpus::Corpus& corpus,
                  const std::vector<analysis::DocumentAnalysis>& analyses, const analysis::Vocabulary& vocabulary);

// Every word search() finds `analysis`'s document by, sorted and unique: the
// stems of each clitic reading of each of its tokens, which is what a query
// word (normalized) is compared with. A published index (scripts/publish)
// keys its search postings by these, so a query word's postings hold every
// document where search() can find it.
std::vector<std::string> search_terms(const analysis::DocumentAnalysis& analysis, const analysis::Vocabulary& vocabulary);

}  // namespace marsad::query
