// What the core finds in one document. Offsets here are byte offsets into
// the document's original UTF-8 text; they become UTF-16 only on output.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/vocabulary.h"
#include "marsad/document.h"

namespace marsad::analysis {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct WordRef {
  uint32_t form = 0;  // id in the Vocabulary of the normalized word
  ByteSpan span;      // in the original text
  bool word = true;   // false for numbers and punctuation
};

struct DocumentAnalysis {
  uint64_t normalized_hash = 0;  // of the normalized text: equal texts are duplicates
  std::vector<ByteSpan> sentences;
  std::vector<WordRef> tokens;
  std::vector<std::string> duplicates;  // ids of documents merged into this one
};

// Runs the text pipeline on one document: normalize → words → sentences.
DocumentAnalysis analyze_document(const Document& doc, Vocabulary& vocabulary);

}  // namespace marsad::analysis
