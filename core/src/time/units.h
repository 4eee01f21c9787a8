// Quantities of time: "ستة وثلاثين يوما"، "24 ساعة"، "يومين" (the dual counts
// two)، "أسبوع"، "بضعة أيام"، "ساعة ونصف ساعة".
#pragma once

#include <cstdint>
#include <string>

#include "time/resolve.h"
#include "time/words.h"

namespace marsad::time {

struct Quantity {
  uint32_t first = 0, end = 0;
  int count = 0;          // 0 when vague
  bool half = false;      // "… ونصف"
  bool vague = false;     // بضعة أيام، أيام، سنوات
  bool has_number = false;  // a number or a dual gave the count (not a bare singular)
  Unit unit = Unit::kDay;
};

// Reads a quantity at token i: [number] unit [ونصف [unit]]. A bare singular
// unit counts one; a bare plural is vague. `clitics` lets the first word carry و/ب/ل.
bool read_quantity(const Words& w, uint32_t i, Quantity& out, bool clitics = false);

// The unit named by token i (any number form), or false.
bool read_unit(const Words& w, uint32_t i, Unit& unit, bool clitics = false);

// ISO 8601 duration: P36D, PT24H, P1W, PT1H30M, P2Y.
std::string duration_value(const Quantity& q);

}  // namespace marsad::time
