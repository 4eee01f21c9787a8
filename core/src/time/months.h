// Month names of every Arabic tradition, Gregorian and Hijri.
#pragma once

#include <cstdint>

#include "time/words.h"

namespace marsad::time {

enum class MonthContext : uint8_t {
  kAny,       // يناير، نيسان، جانفي: a month wherever it appears
  kWeak,      // مارس (also "he practised")، آب (folds to اب, "father"): needs a time word or a date around it
  kDateOnly,  // the Libyan Jamahiriya names (الربيع، الماء، ناصر…): only with a day before or a year after
};

struct MonthMatch {
  int month = 0;  // 1..12
  uint32_t end = 0;
  MonthContext context = MonthContext::kAny;
};

// A Gregorian month name at token i (one or two tokens: "كانون الثاني"), with a
// following "/نيسان" or "(نيسان)" gloss of the same month absorbed.
bool read_month(const Words& w, uint32_t i, MonthMatch& out);

// A Hijri month name at token i ("رمضان"، "ربيع الأول"، "ذي الحجة").
bool read_hijri_month(const Words& w, uint32_t i, MonthMatch& out);

// Token i is a word that introduces a month: في، شهر، منذ، مطلع، منتصف، أواخر، نهاية، بداية…
bool month_cue(const Words& w, uint32_t i);

}  // namespace marsad::time
