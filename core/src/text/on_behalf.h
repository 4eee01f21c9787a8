// «نيابة عن X», «بالنيابة عن X»: X, on whose behalf another acts, is absent —
// no side of the act (the event rules) and not whom a later «سموه» stands for
// (the actor matcher). Said once here, below both layers. Between «عن» and
// the name may stand its titles (text/ranks.h: «نيابة عن صاحب السمو الملكي
// الأمير X», «نيابة عن ولي العهد وولي ولي العهد»).
#pragma once

#include <cstdint>
#include <string_view>

#include "text/ranks.h"

namespace marsad::text {

inline bool is_behalf_word(std::string_view w) {
  return w == "نيابه" || w == "ونيابه" || w == "بالنيابه" || w == "وبالنيابه";
}

constexpr uint32_t kBehalfReach = 6;  // words back from a name to «عن», past its titles

}  // namespace marsad::text
