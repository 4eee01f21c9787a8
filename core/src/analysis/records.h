// The stored records of one analyzed document: what the pipeline writes and
// what the queries, the analysis JSON and shards read. Offsets here are byte
// offsets into the document's original UTF-8 text; they become UTF-16 only on
// output. Plain data only: the query layer includes this, never the pipeline.
// Each record's fields are described once, for every output, in record_fields.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor.h"
#include "events/event_facts.h"

namespace marsad::analysis {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const ByteSpan&) const = default;
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
  std::string kind;     // how it was found: name, short, title, nisba… (docs/analysis-json.md)
  std::string role;     // role or rank read in the text
  std::string role_of;
  float confidence = 1;  // below 1 for names the name finder found (the model's certainty)
};

struct TimeRef {
  ByteSpan span;
  std::string type, value, anchor;
};

// An event as stored: what the extractor found (events/event_facts.h) and
// where its sentence and trigger stand in the original text.
struct EventRef : events::EventFacts {
  ByteSpan sentence, trigger;
};

struct QuoteRef {
  ByteSpan span;
  std::string speaker;
};

struct DateWindowRef {
  std::string from, to;
  std::vector<std::string> basis;
  std::string conflict_message;  // the evidence that disagrees; empty when none does
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

}  // namespace marsad::analysis
