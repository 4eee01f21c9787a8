// Durations ("خلال ستة وثلاثين يوما"، "24 ساعة"، "لأكثر من 24 ساعة"، "عامين"،
// "ساعة ونصف ساعة"، "لمدة أسبوع") and sets ("كل أسبوع"، "أسبوعيا"، "كل يوم جمعة").
#include <cstdio>

#include "time/candidates.h"
#include "time/units.h"
#include "time/word_lists.h"

namespace marsad::time {
namespace {

// Words that frame a duration and belong to it. 1: a frame, 2: a comparison that takes "من".
const Lexicon& frames() {
  static const Lexicon lex{{"خلال", 1}, {"لمدة", 1}, {"مدة", 1}, {"طيلة", 1}, {"طوال", 1}, {"طول", 1},
                           {"نحو", 1}, {"حوالي", 1}, {"حوالى", 1}, {"قرابة", 1}, {"زهاء", 1}, {"أكثر", 2},
                           {"أقل", 2}, {"غضون", 1}, {"مدى", 1}, {"مدار", 1}};
  return lex;
}

uint32_t frame_start(const Words& w, uint32_t k) {
  static const std::string min = key("من"), ala = key("على"), fi = key("في"), al = key("ال");
  // Walk back over "لأكثر من"، "على مدى"، "في غضون"، "خلال".
  for (int step = 0; step < 3 && k > 0; ++step) {
    if (w.is(k - 1, min) && k >= 2 && w.lookup(k - 2, frames(), true) == 2) {
      k -= 2;
    } else if (w.lookup(k - 1, frames(), true) >= 0) {
      --k;
      if (k > 0 && (w.is(k - 1, ala) || w.is(k - 1, fi))) --k;
    } else {
      break;
    }
  }
  return k;
}

std::string set_value(const Quantity& q) {
  std::string v = "P";
  if (q.unit == Unit::kHour || q.unit == Unit::kMinute) v = "PT";
  v += std::to_string(q.count);
  switch (q.unit) {
    case Unit::kMinute: v += "M"; break;
    case Unit::kHour: v += "H"; break;
    case Unit::kDay: v += "D"; break;
    case Unit::kWeek: v += "W"; break;
    case Unit::kMonth: v += "M"; break;
    case Unit::kYear: v += "Y"; break;
    case Unit::kDecade: return "P" + std::to_string(q.count * 10) + "Y";
  }
  return v;
}

// A weekday without the article, as "كل جمعة" writes it.
int bare_weekday(const Words& w, uint32_t i) {
  static const Lexicon days{{"اثنين", 1}, {"إثنين", 1}, {"ثلاثاء", 2}, {"أربعاء", 3}, {"خميس", 4},
                            {"جمعة", 5}, {"سبت", 6}, {"أحد", 7}};
  return w.lookup(i, days, false);
}

}  // namespace

void find_durations(const Context& c, std::vector<Candidate>& out) {
  const Words& w = c.words;
  static const std::string kull = key("كل"), yawm = key("يوم"), nisf = key("نصف"), al = key("ال"),
                           qabl = key("قبل"), baad = key("بعد"), mundhu = key("منذ");
  static const Lexicon adverbs{{"يوميا", 1}, {"أسبوعيا", 2}, {"شهريا", 3}, {"سنويا", 4}, {"سنوياً", 4}};
  static const char* adverb_values[] = {"", "P1D", "P1W", "P1M", "P1Y"};
  for (uint32_t i = 0; i < w.size(); ++i) {
    // Sets
    int adv = w.lookup(i, adverbs, true);
    if (adv > 0) {
      out.push_back(Candidate{i, i + 1, "SET", adverb_values[adv], "text", false, 1});
      continue;
    }
    if (w.is(i, kull, true)) {
      uint32_t k = i + 1;
      if (w.is(k, yawm)) {
        int wd = bare_weekday(w, k + 1);
        if (wd > 0) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
          out.push_back(Candidate{i, k + 2, "SET", buf, "text", false, 2});
          continue;
        }
      }
      int wd = bare_weekday(w, k);
      if (wd > 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
        out.push_back(Candidate{i, k + 1, "SET", buf, "text", false, 2});
        continue;
      }
      Quantity q;
      if (read_quantity(w, k, q) && !q.vague && !q.half) {
        out.push_back(Candidate{i, q.end, "SET", set_value(q), "text", false, 2});
        continue;
      }
    }
    // "نصف ساعة"
    if (w.is(i, nisf, true)) {
      Unit u;
      if (read_unit(w, i + 1, u) && (u == Unit::kHour || u == Unit::kDay || u == Unit::kYear || u == Unit::kMonth)) {
        static const char* half[] = {"PT30S", "PT30M", "PT12H", "", "P15D", "P6M", "P5Y"};
        out.push_back(Candidate{frame_start(w, i), i + 2, "DURATION", half[static_cast<int>(u)], "text", false, 1});
        continue;
      }
    }
    // Durations: [frame] [ال] quantity
    uint32_t k = i;
    if (w.at(k) == al) ++k;  // "الـ 24 ساعة" (the tatweel is gone, the article stands alone)
    Quantity q;
    if (!read_quantity(w, k, q, true)) continue;
    uint32_t first = frame_start(w, i);
    bool framed = first < i;
    if (!q.has_number && !framed && !q.half) continue;  // "يوم" alone is not a duration
    if (q.vague && !framed) continue;
    // Quantities after قبل/بعد/منذ are dates (relative_dates.cpp); after an ordinal or "من" ("اليوم الثالث") none.
    if (i > 0 && (w.is(i - 1, qabl, true) || w.is(i - 1, baad, true) || w.is(i - 1, mundhu, true))) continue;
    // A year number after the unit ("عام 2012") is a date.
    int digits = 0;
    if (w.integer(q.end, &digits) >= 0 && digits == 4 && !q.has_number) continue;
    uint32_t end = q.end;
    static const Lexicon tail{{"الماضية", 1}, {"الأخيرة", 1}, {"المقبلة", 1}, {"القادمة", 1}, {"الماضي", 1},
                              {"الأخير", 1}, {"المقبل", 1}, {"القادم", 1}};
    if (w.lookup(end, tail, false) >= 0) ++end;
    // «خلال الأيام المقبلة», no number: a time to come (references.cpp), no duration.
    static const Lexicon coming(word_list({"weekdays", "next"}));
    if (!q.has_number && w.lookup(q.end, coming, false) >= 0) continue;
    out.push_back(Candidate{first, end, "DURATION", duration_value(q), "text", false, 0});
    i = q.end - 1;
  }
}

}  // namespace marsad::time
