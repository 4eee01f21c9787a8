// What the core finds in one document. Offsets here are byte offsets into
// the document's original UTF-8 text; they become UTF-16 only on output.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor.h"
#include "analysis/vocabulary.h"
#include "marsad/document.h"

namespace marsad::actors {
class KnowledgeBase;
class Lexicon;
}  // namespace marsad::actors

namespace marsad::analysis {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Kept for every token of the corpus (search, framing): 12 bytes.
struct WordRef {
  uint32_t form : 31 = 0;  // id in the Vocabulary of the normalized word
  uint32_t word : 1 = 1;   // 0 for numbers and punctuation
  ByteSpan span;           // in the original text
};

struct MentionRef {
  ByteSpan span;
  std::string actor;
  std::string kind;     // name, short, title, nisba, metonym, description
  std::string role;     // role or rank read in the text
  std::string role_of;
  float confidence = 1;  // below 1 for names the name finder found (the model's certainty)
};

struct TimeRef {
  ByteSpan span;
  std::string type, value, anchor;
};

struct EventRef {
  std::string code;
  double goldstein = 0;
  std::string source, target, source_state, target_state, reported_by;
  std::string date;
  bool date_inherited = false;
  ByteSpan sentence, trigger;
  bool symmetric = false;
  bool historical = false;  // dated a decade or more before its document
  double confidence = 1;
  std::string rule;
  bool weak = false;  // below the reporting threshold: listed apart, shown on request
};

struct QuoteRef {
  ByteSpan span;
  std::string speaker;
};

struct DateWindowRef {
  std::string from, to;
  std::vector<std::string> basis;
  bool conflict = false;
  std::string conflict_message;
};

struct DocumentAnalysis {
  uint64_t normalized_hash = 0;  // of the normalized text: equal texts are duplicates
  std::vector<ByteSpan> sentences;
  std::vector<WordRef> tokens;
  std::vector<MentionRef> mentions;
  std::vector<TimeRef> times;
  std::vector<EventRef> events;
  std::vector<QuoteRef> quotes;
  bool has_window = false;       // an undated document with a date window inferred from its text
  DateWindowRef window;
  std::vector<actors::Actor> new_actors;  // actors the knowledge base does not list (titles, the name finder)
  std::string focus;                      // the state the document is clearly about, "" when none
  std::vector<std::string> duplicates;    // ids of documents merged into this one
};

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
