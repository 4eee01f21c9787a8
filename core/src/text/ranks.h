// The honorifics and ranks that stand right before a person's name, normalized
// («صاحب السمو الملكي الأمير», «معالي الدكتور», «الفريق», «الأستاذ»): past
// them, «نيابة عن» reaches its name (text/on_behalf.h), and after a role
// phrase they announce its holder («مستشار وزير الدفاع البريطاني لشؤون الشرق
// الأوسط الفريق X»). Said once here, below the actor and event layers.
#pragma once

#include <string_view>

namespace marsad::text {

inline bool is_title_before_name(std::string_view w) {
  static constexpr std::string_view k[] = {"صاحب", "السمو", "سمو", "الملكي", "الامير", "الملك", "خادم", "الحرمين",
                                           "الشريفين", "معالي", "فخامه", "جلاله", "الشيخ", "الدكتور", "المهندس",
                                           "اللواء", "الفريق", "العميد", "الركن", "السيد", "الاستاذ", "ولي", "العهد"};
  for (std::string_view x : k)
    if (w == x) return true;
  return false;
}

}  // namespace marsad::text
