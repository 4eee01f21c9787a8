// The analysis JSON of DESIGN.md. Byte offsets become UTF-16 offsets here.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/document_analysis.h"
#include "actors/knowledge_base.h"
#include "corpus/corpus.h"

namespace marsad::analysis {

using Json = nlohmann::ordered_json;

Json problem_json(const Problem& p);
Json corpus_json(const corpus::Corpus& corpus);
// One actor: id, type, names, in_kb, state, affiliation, dated roles.
Json actors_json_one(const actors::Actor& a);
// The actors mentioned in the corpus, knowledge-base entries first, with
// their roles and mention counts.
Json actors_json(const std::vector<DocumentAnalysis>& analyses, const actors::KnowledgeBase& kb);
// One document's metadata and analysis; with its text when `with_text`.
Json document_json(const Document& doc, const DocumentAnalysis& a, const Vocabulary& vocabulary, bool with_text);

}  // namespace marsad::analysis
