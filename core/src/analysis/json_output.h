// The analysis JSON of DESIGN.md. Byte offsets become UTF-16 offsets here.
#pragma once

#include "actors/knowledge_base.h"
#include "analysis/actor_json.h"
#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "corpus/corpus.h"
#include "util/json.h"

namespace marsad::analysis {

using util::Json;

Json problem_json(const Problem& p);
Json corpus_json(const corpus::Corpus& corpus);
// The actors mentioned in the corpus, knowledge-base entries first, with
// their roles and mention counts; a name found in text (not in the knowledge
// base) with its "display": the most frequent of its written forms in
// `documents` (parallel to `analyses`), unless the reader renamed it.
Json actors_json(const std::vector<Document>& documents, const std::vector<DocumentAnalysis>& analyses,
                 const actors::KnowledgeBase& kb);
// One document's metadata and analysis; with its text when `with_text`.
Json document_json(const Document& doc, const DocumentAnalysis& a, const Vocabulary& vocabulary, bool with_text);

}  // namespace marsad::analysis
