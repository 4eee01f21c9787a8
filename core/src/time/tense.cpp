#include "time/tense.h"

#include "text/tense.h"
#include "time/word_lists.h"

namespace marsad::time {
namespace {

constexpr uint32_t kLookBack = 8;

}  // namespace

bool future_clause(const Words& w, uint32_t i) {
  for (uint32_t k = i; k > 0 && i - k < kLookBack; --k) {
    uint32_t j = k - 1;
    if (w.is_punct(j)) return false;
    if (text::is_future_marker(w.at(j)) || text::is_future_verb(w.at(j))) return true;
  }
  return false;
}

bool scheduled_clause(const Words& w, uint32_t i) {
  constexpr uint32_t kReach = 8;  // the verb's subject and complements stand between
  static const Lexicon verbs(word_list({"tense", "scheduled_verbs"}));
  for (uint32_t k = i; k > 0 && i - k < kReach; --k) {
    if (w.is_punct(k - 1)) return false;
    if (w.lookup(k - 1, verbs, true) >= 0) return true;
  }
  return false;
}

}  // namespace marsad::time
