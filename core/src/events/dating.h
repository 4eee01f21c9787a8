// When an event happened: a date read right after its trigger in its clause
// (Arabic puts the adverbial after the verb phrase), else the time expression
// the time layer finds governing it, else the day the story is at (the last
// day named before it, within a week before the document's), else the
// document's own date (marked inherited). An event dated a decade or more
// before its document is a historical reference, not news.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "events/sentence_view.h"

namespace marsad::events {

struct EventDate {
  std::string value;
  bool inherited = false;     // the document's date: none was read in the sentence
  bool from_context = false;  // the day an earlier sentence told: none was read in the act's own
  bool historical = false; // a decade or more before the document
  bool to_come = false;     // its own clause tells it as to come, naming no day («قريبا», «خلال الأيام المقبلة»,
                            // «يصل … خلال أيام»)
  bool before = false;      // told as done before the story's day («وكان الرئيس قد التقى …»), naming no day
};

EventDate date_of(const SentenceView& view, uint32_t trigger_first, uint32_t trigger_end, std::string_view document_date);

// The day an act was told (an announced act's: «وأعلن شتاينماير أمس أنه سيزور المملكة في
// سبتمبر» is news of yesterday): the story's day, else the document's.
EventDate report_date_of(const SentenceView& view, uint32_t trigger_first, std::string_view document_date);

}  // namespace marsad::events
