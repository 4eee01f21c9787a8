// The pipeline that analyzes one document into its records (records.h).
#pragma once

#include <string_view>

#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "marsad/document.h"

namespace marsad::actors {
class KnowledgeBase;
class Lexicon;
}  // namespace marsad::actors

namespace marsad::analysis {

struct AnalysisContext {
  const actors::KnowledgeBase& kb;
  const actors::Lexicon& lexicon;
  Vocabulary& vocabulary;
};

// Runs the pipeline on one document: normalize → words → sentences → actors →
// times → events and quotes; an undated document gets a date window.
DocumentAnalysis analyze_document(const Document& doc, AnalysisContext& context);

// Only the first step of the analysis: the text's tokens and its normalized
// hash (what a shard leaves out: recomputing them is cheaper than writing and
// reading them).
void index_words(std::string_view text, Vocabulary& vocabulary, DocumentAnalysis& out);

}  // namespace marsad::analysis
