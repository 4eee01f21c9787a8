// A shard: the analyzed documents of one piece of a corpus, in a form another
// analyzer can merge without analyzing again — the documents, their analyses
// and the problems met. Several machines (or browser workers) analyze pieces;
// one merges them into a single index: duplicates merged, events re-linked
// across reports, the corpus id recomputed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/document_analysis.h"
#include "analysis/json_output.h"
#include "marsad/problem.h"
#include "util/status.h"

namespace marsad::analysis {

// 2: tokens left out, recomputed on reading; 3: mention confidence, focus; 4: weak events; 5: each record an array of
// its fields in the order of its table (record_fields.h): a row added there makes older shards malformed, not misread.
inline constexpr int kShardVersion = 5;

std::string shard_json(const std::vector<const Document*>& docs, const std::vector<const DocumentAnalysis*>& analyses,
                       const std::vector<Problem>& problems);

struct Shard {
  std::vector<Document> documents;
  std::vector<DocumentAnalysis> analyses;
  std::vector<Problem> problems;
};

// Reads a shard made by shard_json(); token forms are interned into
// `vocabulary`. Text that is not a shard of this version, or a value of the
// wrong type or out of range anywhere in it, is invalid_argument; `out` then
// keeps the documents read before the first bad one.
util::Status read_shard(std::string_view json, Vocabulary& vocabulary, Shard& out);

}  // namespace marsad::analysis
