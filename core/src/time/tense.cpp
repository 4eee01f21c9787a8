#include "time/tense.h"

#include <string>

namespace marsad::time {
namespace {

constexpr uint32_t kLookBack = 8;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// س + an imperfect prefix (ي ت ن ا) + at least three letters: سيزور، ستعقد، وسنعمل.
bool future_verb(std::string_view t) {
  static const std::string waw = key("و"), fa = key("ف"), sin = key("س");
  if (starts_with(t, waw) || starts_with(t, fa)) t.remove_prefix(waw.size());
  if (!starts_with(t, sin)) return false;
  t.remove_prefix(sin.size());
  bool imperfect = false;
  for (const char* p : {"ي", "ت", "ن", "ا"})
    if (starts_with(t, p)) imperfect = true;
  if (!imperfect || t.size() < 8) return false;  // prefix + three letters, two bytes each
  // Common words that only look like that: سياسي، سيطرة، سيارة، ستين…
  static const std::string stems[] = {key("ياس"), key("يطر"), key("يار"), key("ياد"), key("يناريو"), key("تار"),
                                      key("تين"), key("تون"), key("يول"), key("يناء"), key("ياق"), key("ياح")};
  for (const std::string& s : stems)
    if (starts_with(t, s)) return false;
  return true;
}

}  // namespace

bool future_clause(const Words& w, uint32_t i) {
  static const Lexicon markers{{"سوف", 1}, {"المقرر", 1}, {"المنتظر", 1}, {"المتوقع", 1}, {"يعتزم", 1},
                               {"تعتزم", 1}, {"يرتقب", 1}, {"سيتم", 1}};
  for (uint32_t k = i; k > 0 && i - k < kLookBack; --k) {
    uint32_t j = k - 1;
    if (w.is_punct(j)) return false;
    if (w.lookup(j, markers, true) >= 0 || future_verb(w.at(j))) return true;
  }
  return false;
}

}  // namespace marsad::time
