// A shard: the analyzed documents of one piece of a corpus, in a form another
// analyzer can merge without analyzing again — the documents, their analyses
// and the problems met. Several machines (or browser workers) analyze pieces;
// one merges them into a single index: duplicates merged, events re-linked
// across reports, the corpus id recomputed.
#pragma once

#include <string>
#include <vector>

#include "analysis/document_analysis.h"
#include "analysis/json_output.h"
#include "marsad/problem.h"

namespace marsad::analysis {

inline constexpr int kShardVersion = 4;  // 2: tokens left out, recomputed on reading; 3: mention confidence, focus; 4: weak events

std::string shard_json(const std::vector<const Document*>& docs, const std::vector<const DocumentAnalysis*>& analyses,
                       const std::vector<Problem>& problems);

struct Shard {
  std::vector<Document> documents;
  std::vector<DocumentAnalysis> analyses;
  std::vector<Problem> problems;
};

// Reads a shard; token forms are interned into `vocabulary`. False (with a
// message) when the JSON is not a shard of this version.
bool read_shard(const Json& j, Vocabulary& vocabulary, Shard& out, std::string& error);

}  // namespace marsad::analysis
