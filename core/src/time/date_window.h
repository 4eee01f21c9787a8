// A date window for an undated document, from what it says: the latest
// absolute date it mentions (it is not older than that) and the dated tenures
// of people named in their roles (given by the caller).
#pragma once

#include <string>
#include <vector>

#include "time/time_expressions.h"

namespace marsad::time {

struct WindowEvidence {
  std::string label;  // "conte: Prime Minister of Italy"
  std::string from;   // ISO date at any precision; "" = open
  std::string to;     // "" = open
};

struct DateWindow {
  std::string from, to;            // "" = open
  std::vector<std::string> basis;  // labels of the evidence that set the bounds
  bool conflict = false;
  std::string conflict_message;    // names the evidence left out
};

// Intersects the evidence. An empty intersection is reported, not hidden: the
// widest window consistent with all but the fewest pieces of evidence is kept
// and the pieces left out are named in conflict_message.
DateWindow infer_window(const std::vector<TimeExpression>& times, const std::vector<WindowEvidence>& tenures);

}  // namespace marsad::time
