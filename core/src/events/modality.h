// What the text asserts of a trigger: done, announced (future or intent), or
// not asserted at all — negated, conditional, questioned, denied. Only
// asserted acts are events; announced ones are coded as intent (03x) or
// threat (13x).
#pragma once

#include <cstdint>

#include "events/sentence_view.h"

namespace marsad::events {

struct Modality {
  bool negated = false;      // لم يلتق، لن يزور، عدم…
  bool conditional = false;  // إذا، لو…
  bool question = false;     // هل …؟
  bool denied = false;       // نفى أن يكون قصف…: the act inside a denial
  bool future = false;       // سيزور، من المقرر أن…: intent, not the act
  bool unrealized = false;   // تأجيل زيارة، خشية دعم، لمنع وصول…: put off, feared or aimed at, not done
  bool habitual = false;     // يزور … بانتظام، وعادة ما تتهم…: a habit, no act of a day
  bool asserted() const { return !negated && !conditional && !question && !denied && !unrealized && !habitual; }
};

// The modality of the trigger at token `first` (its word's proclitics: `prefix_bytes`;
// `verbal_noun`: a noun or a phrase that is not a verb's).
Modality modality_of(const SentenceView& view, uint32_t first, uint8_t prefix_bytes, bool verbal_noun = false);

// «وتعقيبا على ما تردد من زيارة مسؤول سعودي لدمشق، نفى السفير هذه المزاعم»: a
// denial later in the sentence points back at what was told before it («هذه
// المزاعم», «ذلك», «صحة هذه الأنباء»). It denies an act told by its noun, not an
// accusation or a claim, which was made («وتتهم كييف روسيا …، إلا أن موسكو تنفي
// تلك التهم»: what is denied is what it says) — the caller knows which.
bool denied_afterwards(const SentenceView& view, uint32_t first);

// «وبشأن زيارة مشعل إلى طهران، أكد استمرار العمل على ترتيب هذه الزيارة»: the act
// told before is still being prepared — announced, not done (an act of saying the
// caller leaves as it is, as above).
bool prepared_afterwards(const SentenceView& view, uint32_t first);

}  // namespace marsad::events
