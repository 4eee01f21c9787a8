// «نيابة عن X», «بالنيابة عن X»: X, on whose behalf another acts, is absent —
// no side of the act (the event rules) and not whom a later «سموه» stands for
// (the actor matcher). Said once here, below both layers.
#pragma once

#include <cstdint>
#include <string_view>

namespace marsad::text {

inline bool is_behalf_word(std::string_view w) {
  return w == "نيابه" || w == "ونيابه" || w == "بالنيابه" || w == "وبالنيابه";
}

// The honorifics and ranks that may stand between «نيابة عن» and the name
// («نيابة عن صاحب السمو الملكي الأمير X», «نيابة عن معالي الدكتور X», «نيابة
// عن ولي العهد وولي ولي العهد»).
inline bool is_title_before_name(std::string_view w) {
  static constexpr std::string_view k[] = {"صاحب", "السمو", "سمو", "الملكي", "الامير", "الملك", "خادم", "الحرمين",
                                           "الشريفين", "معالي", "فخامه", "جلاله", "الشيخ", "الدكتور", "المهندس",
                                           "اللواء", "الفريق", "العميد", "الركن", "السيد", "الاستاذ", "ولي", "العهد"};
  for (std::string_view x : k)
    if (w == x) return true;
  return false;
}

constexpr uint32_t kBehalfReach = 6;  // words back from a name to «عن», past its titles

}  // namespace marsad::text
