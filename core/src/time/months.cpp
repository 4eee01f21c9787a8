#include "time/months.h"

#include "util/hash.h"

#include <string>

namespace marsad::time {
namespace {

constexpr int kWeak = 100, kDateOnly = 200;

const Lexicon& gregorian() {
  static const Lexicon lex{
      // Egyptian / Gulf (transliterated)
      {"يناير", 1}, {"فبراير", 2}, {"مارس", 3 + kWeak}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4},
      {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8}, {"اغسطس", 8},
      {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
      // Levantine / Iraqi (Syriac)
      {"كانون الثاني", 1}, {"كانون ثاني", 1}, {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5},
      {"حزيران", 6}, {"تموز", 7}, {"آب", 8 + kWeak}, {"أيلول", 9}, {"تشرين الأول", 10}, {"تشرين أول", 10},
      {"تشرين الثاني", 11}, {"تشرين ثاني", 11}, {"كانون الأول", 12}, {"كانون أول", 12},
      // Maghrebi (French)
      {"جانفي", 1}, {"فيفري", 2}, {"أفريل", 4}, {"افريل", 4}, {"ماي", 5 + kWeak}, {"جوان", 6}, {"جويلية", 7},
      {"جويليه", 7}, {"أوت", 8}, {"اوت", 8}, {"شتنبر", 9}, {"أكتوبر", 10}, {"نونبر", 11}, {"دجنبر", 12},
      {"يوليوز", 7}, {"غشت", 8},
      // Libyan Jamahiriya: ordinary words, months only inside a date
      {"أي النار", 1 + kDateOnly}, {"النوار", 2 + kDateOnly}, {"الربيع", 3 + kDateOnly}, {"الطير", 4 + kDateOnly},
      {"الماء", 5 + kDateOnly}, {"الصيف", 6 + kDateOnly}, {"ناصر", 7 + kDateOnly}, {"هانيبال", 8 + kDateOnly},
      {"الفاتح", 9 + kDateOnly}, {"التمور", 10 + kDateOnly}, {"الحرث", 11 + kDateOnly}, {"الكانون", 12 + kDateOnly},
  };
  return lex;
}

const Lexicon& hijri() {
  static const Lexicon lex{
      {"محرم", 1}, {"صفر", 2}, {"ربيع الأول", 3}, {"ربيع أول", 3}, {"ربيع الآخر", 4}, {"ربيع الثاني", 4},
      {"ربيع ثاني", 4}, {"جمادى الأولى", 5}, {"جمادى الأول", 5}, {"جمادى الآخرة", 6}, {"جمادى الثانية", 6},
      {"جمادى الآخر", 6}, {"جمادى الثاني", 6}, {"رجب", 7}, {"شعبان", 8}, {"رمضان", 9}, {"شوال", 10},
      {"ذو القعدة", 11}, {"ذي القعدة", 11}, {"ذو الحجة", 12}, {"ذي الحجة", 12},
  };
  return lex;
}

// Two-token names first, then one token. Months take no proclitics except in
// the unambiguous names ("وأبريل"، "لشهر" is handled by the cue).
bool lookup(const Words& w, uint32_t i, const Lexicon& lex, int& value, uint32_t& end) {
  if (i + 1 < w.size() && lex.may_start_phrase(w.hash(i))) {
    // The hash of "first second", continued from the first word's (FNV-1a runs left to right).
    uint64_t two = util::fnv1a(w.at(i + 1), util::fnv1a(" ", w.hash(i)));
    int v = lex.find_hash(two);
    if (v >= 0) {
      value = v;
      end = i + 2;
      return true;
    }
  }
  int v = w.lookup(i, lex, true);  // the word as written first, then behind proclitics
  if (v >= kWeak && lex.find_hash(w.hash(i)) < 0) v = -1;  // "ومارس" is "and practised"
  if (v < 0) return false;
  value = v;
  end = i + 1;
  return true;
}

}  // namespace

bool read_month(const Words& w, uint32_t i, MonthMatch& out) {
  int v;
  uint32_t end;
  if (!lookup(w, i, gregorian(), v, end)) return false;
  out.month = v % 100;
  out.context = v >= kDateOnly ? MonthContext::kDateOnly : v >= kWeak ? MonthContext::kWeak : MonthContext::kAny;
  out.end = end;
  // A gloss in another tradition: "أبريل/نيسان"، "أبريل (نيسان)".
  std::string_view sep = w.at(end);
  if (sep == "/" || sep == "(" || sep == "-") {
    int v2;
    uint32_t end2;
    if (lookup(w, end + 1, gregorian(), v2, end2) && v2 % 100 == out.month) {
      if (sep == "(" && w.at(end2) == ")") ++end2;
      if (sep != "(" || w.at(end2 - 1) == ")") {
        out.end = end2;
        if (out.context != MonthContext::kAny) out.context = MonthContext::kAny;  // the gloss confirms it
      }
    }
  }
  return true;
}

bool read_hijri_month(const Words& w, uint32_t i, MonthMatch& out) {
  int v;
  uint32_t end;
  if (!lookup(w, i, hijri(), v, end)) return false;
  out.month = v;
  out.end = end;
  out.context = MonthContext::kAny;
  return true;
}

bool month_cue(const Words& w, uint32_t i) {
  static const Lexicon cues{
      {"في", 1}, {"شهر", 1}, {"منذ", 1}, {"مطلع", 1}, {"منتصف", 1}, {"أواخر", 1}, {"أواسط", 1}, {"نهاية", 1},
      {"بداية", 1}, {"أوائل", 1}, {"مستهل", 1}, {"خلال", 1}, {"حتى", 1}, {"من", 1}, {"أواخر", 1}, {"آخر", 1},
      {"مع", 1}, {"قبل", 1}, {"بعد", 1},
  };
  return w.lookup(i, cues, true) >= 0;
}

}  // namespace marsad::time
