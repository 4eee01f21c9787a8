#include "time/months.h"

#include <string>

#include "time/word_lists.h"
#include "util/hash.h"

namespace marsad::time {
namespace {

constexpr int kWeak = 100, kDateOnly = 200;

// The traditions of core/data/time/words.json ("months.gregorian") in the
// file's order, the weak names marked, then the Jamahiriya names of dates only.
const Lexicon& gregorian() {
  static const Lexicon lex = [] {
    WordValues weak = word_list({"months", "weak"});
    auto is_weak = [&](const std::string& name) {
      for (const auto& entry : weak)
        if (entry.first == name) return true;
      return false;
    };
    WordValues all;
    for (const std::string& tradition : word_list_keys({"months", "gregorian"}))
      for (const auto& [name, month] : word_list({"months", "gregorian", tradition}))
        all.emplace_back(name, month + (is_weak(name) ? kWeak : 0));
    for (const auto& [name, month] : word_list({"months", "date_only"})) all.emplace_back(name, month + kDateOnly);
    return Lexicon(all);
  }();
  return lex;
}

const Lexicon& hijri() {
  static const Lexicon lex(word_list({"months", "hijri"}));
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
  // No weak name is written with إ: «في إب» is in Yemen's Ibb, not in August (آب).
  if (v >= kWeak && v < kDateOnly && w.written_hamza_below(i)) v = -1;
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
  static const Lexicon cues(word_list({"months", "cues"}));
  return w.lookup(i, cues, true) >= 0;
}

}  // namespace marsad::time
