// Hijri → Gregorian with the arithmetical (tabular) Islamic calendar, civil
// epoch (1 Muharram 1 AH = 16 July 622 Julian), 11 leap years in 30. Real
// calendars follow moon sightings or Umm al-Qura, so results may differ by a
// day or two; news dates this way are approximate anyway.
#pragma once

#include "time/date_value.h"

namespace marsad::time {

DateValue hijri_to_gregorian(int year, int month, int day);

}  // namespace marsad::time
