// «نيابة عن X», «بالنيابة عن X»: X, on whose behalf another acts, is absent —
// no side of the act (the event rules) and not whom a later «سموه» stands for
// (the actor matcher). Said once here, below both layers. Between «عن» and
// the name may stand its titles (text/ranks.h: «نيابة عن صاحب السمو الملكي
// الأمير X», «نيابة عن ولي العهد وولي ولي العهد»).
#pragma once

#include <cstdint>
#include <string_view>

#include "text/clitics.h"
#include "text/ranks.h"

namespace marsad::text {

inline bool is_behalf_word(std::string_view w) {
  return w == "نيابه" || w == "ونيابه" || w == "بالنيابه" || w == "وبالنيابه";
}

constexpr uint32_t kBehalfReach = 6;  // words back from a name to «عن», past its titles

// The words before token `lead` (not before token `first`), past the name's
// titles, are «نيابة عن». `word(i)`: the normalized text of token i.
template <class WordAt>
bool on_behalf_before(uint32_t lead, uint32_t first, const WordAt& word) {
  for (uint32_t i = lead, steps = 0; i > first + 1 && steps < kBehalfReach; --i, ++steps) {
    std::string_view w = word(i - 1);
    if (behind_conjunction(w) == "عن") return is_behalf_word(word(i - 2));
    if (!is_title_before_name(w)) return false;
  }
  return false;
}

}  // namespace marsad::text
