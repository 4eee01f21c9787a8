// The features the argument model reads, as named strings: of a trigger in its
// sentence (is it an event that the text asserts?) and of each participant
// relative to it: the clause slot it fills (clause_slots.h), the preposition
// that governs it, its kind and type, crossed with the trigger's CAMEO root and
// kind. Structural and closed-class only, so they carry over to news the
// model never saw; only the trigger features read the trigger's own word.
#pragma once

#include <string>
#include <vector>

#include "events/clause_slots.h"
#include "events/modality.h"
#include "events/sentence_view.h"
#include "events/trigger_scan.h"

namespace marsad::events {

std::vector<std::string> trigger_features(const SentenceView& view, const FoundTrigger& trigger, const Modality& modality);

std::vector<std::string> participant_features(const SentenceView& view, const std::vector<FoundTrigger>& triggers,
                                              size_t trigger, size_t participant, Slot slot);

}  // namespace marsad::events
