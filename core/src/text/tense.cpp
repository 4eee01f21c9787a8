#include "text/tense.h"

#include "text/clitics.h"

namespace marsad::text {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool is_future_verb(std::string_view t) {
  if (starts_with(t, "و") || starts_with(t, "ف")) t.remove_prefix(2);
  if (!starts_with(t, "س")) return false;
  t.remove_prefix(2);
  // Not the first person «سأ»: once hamza is folded it is «سا», the start of too
  // many words (ساعات، ساعدت، ساهمت، سابقا), and news tells of it in quotes only.
  bool imperfect = false;
  for (std::string_view p : {"ي", "ت", "ن"})
    if (starts_with(t, p)) imperfect = true;
  if (!imperfect || t.size() < 8) return false;  // prefix + three letters, two bytes each
  // Common words that only look like that: سياسي، سيطرة، سيارة، سيناريو، ستار، ستين، سنوات، سنويا…
  static constexpr std::string_view kLookAlikes[] = {"ياس", "يطر", "يار", "ياد", "يناريو", "تار", "تين",
                                                     "تون", "يول", "يناء", "ياق", "ياح", "نوات", "نوي"};
  for (std::string_view s : kLookAlikes)
    if (starts_with(t, s)) return false;
  return true;
}

bool is_future_marker(std::string_view w) {
  static constexpr std::string_view kMarkers[] = {"سوف",   "سيتم",   "ستتم",   "المقرر", "مقرر",   "المنتظر",
                                                  "المتوقع", "المزمع", "المرتقب", "يعتزم",  "تعتزم",  "يعتزمون",
                                                  "ينوي",   "تنوي",   "يرتقب",  "يستعد",  "تستعد",
                                                  "المفترض",  // «من المفترض أن يجري»: supposed to
                                                  "يتوقع",   "تتوقع",  "يتوقعون", "يرجح",   "ترجح"};  // «يتوقع أن تزيد»: forecast
  // Behind a conjunction too: «وسوف يجري», «فسوف».
  std::string_view bare = behind_conjunction(w);
  for (std::string_view m : kMarkers)
    if (w == m || bare == m) return true;
  return false;
}

}  // namespace marsad::text
