// What an event says, as the extractor finds it (events::Event adds where it
// stands in the parse) and as the analysis stores it (analysis::EventRef adds
// its byte spans). A field added here reaches the analysis JSON, shards and
// queries once it has its row in analysis/record_fields.h.
#pragma once

#include <string>

namespace marsad::events {

struct EventFacts {
  std::string code;
  double goldstein = 0;
  std::string source, target;              // actor ids
  std::string source_state, target_state;  // the states they act for, when known
  std::string reported_by;                 // actor id of a reporting source ("أعلنت الخارجية أن …")
  std::string date;                        // from the governing time expression, else the story's day, else the document's
  bool date_inherited = false;             // true: the document's date, not one read in the sentence
  bool date_from_context = false;          // true: the day an earlier sentence told, none read in the act's own
  bool date_before = false;                // true: told as done before the story's day («كان … قد»), no day named: the date is the latest it can be
  bool historical = false;                 // dated a decade or more before its document: a reference to history
  bool symmetric = false;
  double confidence = 1;                   // the event model's: event × source × target
  std::string rule;                        // why: the strongest evidence for the source and the target
  bool weak = false;                       // below the reporting threshold, or guessed: shown on request only
};

}  // namespace marsad::events
