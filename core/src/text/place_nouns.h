// Nouns that put a place's or a body's name after them («مدينة عدن», «قرية
// بلعين», «مقر الأمم المتحدة»), normalized. Read by the actor matcher (a name
// after them is a place's) and by the event rules (the preposition before them
// governs the name). Said once here, below both layers.
#pragma once

#include <string_view>

#include "text/clitics.h"

namespace marsad::text {

inline bool is_place_noun(std::string_view w) {
  static constexpr std::string_view k[] = {"مدينه", "المدينه", "بلده", "البلده", "محافظه", "المحافظه", "منطقه", "المنطقه",
                                           "قريه", "القريه", "ولايه", "الولايه", "العاصمه", "عاصمه", "اقليم", "الاقليم",
                                           "مديريه", "المديريه", "ميناء", "مطار", "قاعده", "حي", "مخيم", "مقر", "مكتب",
                                           "سفاره", "ناحيه", "قضاء"};
  for (std::string_view x : k)
    if (w == x) return true;
  return false;
}

// The word for a state before its name, in construct: «جمهورية مصر», «دولة الكويت».
inline bool is_state_noun(std::string_view w) {
  return w == "جمهوريه" || w == "دوله" || w == "مملكه" || w == "سلطنه" || w == "اماره";
}

// The same behind a glued preposition or conjunction («بمدينة», «ولقرية»).
inline bool is_place_noun_behind_clitic(std::string_view w) {
  return is_place_noun(w) || is_place_noun(behind_glued_letter(w));
}

}  // namespace marsad::text
