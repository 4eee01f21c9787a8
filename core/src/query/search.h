// Normalized, clitic-aware search with keyword-in-context lines: searching
// حفتر finds وبحفتر, لحفتر and #حفتر.
#pragma once

#include <string_view>
#include <vector>

#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "corpus/corpus.h"
#include "util/json.h"

namespace marsad::query {

util::Json search(std::string_view query, const corpus::Corpus& corpus,
                  const std::vector<analysis::DocumentAnalysis>& analyses, const analysis::Vocabulary& vocabulary);

}  // namespace marsad::query
