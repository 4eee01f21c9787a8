#include "actors/honorifics.h"

#include <algorithm>
#include <initializer_list>

namespace marsad::actors {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

Honorific honorific_pronoun(std::string_view w) {
  if (in(w, {"جلالته", "جلالتها"})) return Honorific::kMajesty;
  if (in(w, {"سموه", "سموها"})) return Honorific::kHighness;
  if (w == "فخامته") return Honorific::kExcellencyPresident;
  if (in(w, {"معاليه", "معاليها"})) return Honorific::kExcellencyMinister;
  return Honorific::kNone;
}

bool earns(Honorific h, std::string_view w) {
  switch (h) {
    case Honorific::kMajesty: return in(w, {"جلاله", "الملك", "ملك", "العاهل", "الملكه", "السلطان", "خادم"});
    case Honorific::kHighness: return in(w, {"سمو", "السمو", "الامير", "امير", "الاميره", "العهد"});
    case Honorific::kExcellencyPresident: return in(w, {"فخامه", "الرئيس"});
    case Honorific::kExcellencyMinister: return in(w, {"معالي", "وزير", "الوزير", "وزيره", "الامين"});
    case Honorific::kNone: return false;
  }
  return false;
}

bool is_honorific_word(std::string_view w) {
  if (honorific_pronoun(w) != Honorific::kNone) return true;
  for (Honorific h : {Honorific::kMajesty, Honorific::kHighness, Honorific::kExcellencyPresident,
                      Honorific::kExcellencyMinister})
    if (earns(h, w)) return true;
  return false;
}

}  // namespace marsad::actors
