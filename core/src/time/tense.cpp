#include "time/tense.h"

#include "text/tense.h"
#include "time/word_lists.h"

namespace marsad::time {
namespace {

// Words back from a date to the verb or marker of its clause: the verb's
// subject and complements stand between. A mark of the future («من المقرر
// أن», «سوف») governs its whole clause, however long the verb's complements.
constexpr uint32_t kLookBack = 8;
constexpr uint32_t kFutureLookBack = 16;

// Whether a token among the `reach` before i, within the clause, is one `is` accepts.
template <class Is>
bool in_clause_before(const Words& w, uint32_t i, Is is, uint32_t reach = kLookBack) {
  for (uint32_t k = i; k > 0 && i - k < reach; --k) {
    if (w.is_punct(k - 1)) return false;
    if (is(k - 1)) return true;
  }
  return false;
}

}  // namespace

bool future_clause(const Words& w, uint32_t i) {
  return in_clause_before(
      w, i, [&](uint32_t j) { return text::is_future_marker(w.at(j)) || text::is_future_verb(w.at(j)); },
      kFutureLookBack);
}

bool scheduled_clause(const Words& w, uint32_t i) {
  static const Lexicon verbs(word_list({"tense", "scheduled_verbs"}));
  return in_clause_before(w, i, [&](uint32_t j) { return w.lookup(j, verbs, true) >= 0; });
}

}  // namespace marsad::time
