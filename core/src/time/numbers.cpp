#include "time/numbers.h"

#include "time/word_lists.h"

namespace marsad::time {
namespace {

// The lists of core/data/time/words.json ("numbers").
const Lexicon& units() {  // 1..10, and the first halves of 11 and 12 ("أحد عشر", "اثنا عشر")
  static const Lexicon lex(word_list({"numbers", "units"}));
  return lex;
}

const Lexicon& tens() {
  static const Lexicon lex(word_list({"numbers", "tens"}));
  return lex;
}

const Lexicon& large() {
  static const Lexicon lex(word_list({"numbers", "large"}));
  return lex;
}

// Ordinals without the article; the article is stripped before lookup.
const Lexicon& ordinals() {
  static const Lexicon lex(word_list({"numbers", "ordinals"}));
  return lex;
}

const Lexicon& vague() {
  static const Lexicon lex(word_list({"numbers", "vague"}));
  return lex;
}

bool is_teen_marker(const Words& w, uint32_t i) {
  static const std::string a = key("عشر"), b = key("عشرة");
  return w.is(i, a) || w.is(i, b);
}

// "وثلاثين" / "والعشرين": the tens of a compound after و, with or without the article.
int compound_tens(const Words& w, uint32_t i) {
  std::string_view t = w.at(i);
  static const std::string waw = key("و"), al = key("ال");
  if (t.substr(0, waw.size()) != waw) return -1;
  t.remove_prefix(waw.size());
  if (t.substr(0, al.size()) == al) t.remove_prefix(al.size());
  return tens().find(t);
}

// An ordinal word at i (with or without the article): its value, else -1.
int ordinal_word(const Words& w, uint32_t i) {
  std::string_view t = w.at(i);
  static const std::string al = key("ال");
  if (t.substr(0, al.size()) == al) t.remove_prefix(al.size());
  int v = ordinals().find(t);
  if (v < 0 && t != w.at(i)) v = tens().find(t);  // العشرين، الثلاثين as ordinals
  return v;
}

}  // namespace

bool may_be_number(const Words& w, uint32_t i) {
  // Every number word, read through clitics and the article.
  static const Lexicon any_number_word{&vague(), &ordinals(), &units(), &tens(), &large()};
  return w.integer(i) >= 0 || w.lookup(i, any_number_word, true) >= 0;
}

bool read_number(const Words& w, uint32_t i, NumberMatch& out, bool clitics) {
  if (i >= w.size()) return false;
  out = NumberMatch{};
  std::string_view suffix;
  int n = w.integer(i, nullptr, &suffix);
  if (n >= 0 && suffix.empty()) {
    out.value = n;
    out.end = i + 1;
    out.digits = true;
    return true;
  }
  if (!may_be_number(w, i)) return false;  // most words: asked several times each
  if (w.lookup(i, vague(), clitics) >= 0) {
    out.vague = true;
    out.end = i + 1;
    return true;
  }
  // Ordinals need the article here: "أول" and "ثاني" alone are other words ("أول أمس" is read elsewhere).
  static const std::string al = key("ال");
  int v = w.at(i).substr(0, al.size()) == al ? ordinal_word(w, i) : -1;
  if (v >= 0) {
    out.ordinal = true;
    out.value = v;
    out.end = i + 1;
    if (v < 10 && is_teen_marker(w, i + 1)) {
      out.value += 10;
      out.end = i + 2;
    } else if (v < 10) {
      int t = compound_tens(w, i + 1);
      if (t > 0) {
        out.value += t;
        out.end = i + 2;
      }
    }
    return true;
  }
  v = w.lookup(i, units(), clitics);
  if (v >= 0) {
    out.value = v;
    out.end = i + 1;
    if (v < 10 && is_teen_marker(w, i + 1)) {
      out.value += 10;
      out.end = i + 2;
      return true;
    }
    // "أحد"، "اثنا" alone are not numbers here.
    static const Lexicon halves(word_list({"numbers", "teen_halves"}));
    if (halves.find(w.at(i)) >= 0) return false;
    if (v < 10) {
      int t2 = compound_tens(w, i + 1);
      if (t2 > 0) {
        out.value += t2;
        out.end = i + 2;
      }
    }
    return true;
  }
  v = w.lookup(i, tens(), clitics);
  if (v < 0) v = w.lookup(i, large(), clitics);
  if (v >= 0) {
    out.value = v;
    out.end = i + 1;
    return true;
  }
  return false;
}

bool read_day(const Words& w, uint32_t i, NumberMatch& out) {
  if (!read_number(w, i, out, true) || out.vague) return false;
  if (!out.digits && !out.ordinal) return false;
  if (out.digits && w.at(i).size() > 2) return false;
  return out.value >= 1 && out.value <= 31;
}

}  // namespace marsad::time
