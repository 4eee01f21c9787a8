// Numbers as news writes them: ASCII digits (Arabic-Indic are ASCII after
// normalization) and number words, cardinal or ordinal, masculine or feminine,
// compound with و ("ستة وثلاثين"، "الحادي والعشرين").
#pragma once

#include <cstdint>

#include "time/words.h"

namespace marsad::time {

struct NumberMatch {
  int value = 0;
  uint32_t end = 0;      // one past the last token of the number
  bool ordinal = false;  // الخامس، الحادي عشر
  bool digits = false;   // written with digits
  bool vague = false;    // بضعة، عدة: a few, value 0
};

// Reads a number starting at token i. Clitic و/ب/ل on the first word is allowed
// when `clitics` (وثلاثة).
bool read_number(const Words& w, uint32_t i, NumberMatch& out, bool clitics = false);

// Token i could start a number: digits, or a number word through clitics (a
// cheap test before the readers; false means read_number fails).
bool may_be_number(const Words& w, uint32_t i);

// Reads an ordinal or a digit day of the month (1..31) at i.
bool read_day(const Words& w, uint32_t i, NumberMatch& out);

}  // namespace marsad::time
