#include "text/transliteration.h"

#include <string>

namespace marsad::text {
namespace {

constexpr size_t kLetter = 2;  // a normalized Arabic letter is two bytes of UTF-8

// The word without its long vowels (ا و ي) and hamza: its consonants in order.
std::string consonants(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size();) {
    size_t n = (static_cast<unsigned char>(w[i]) & 0xE0) == 0xC0 ? kLetter : 1;
    std::string_view c = w.substr(i, n);
    if (c != "ا" && c != "و" && c != "ي" && c != "ء") out += c;
    i += n;
  }
  return out;
}

}  // namespace

bool same_name_but_vowels(std::string_view a, std::string_view b) {
  if (a == b) return true;
  size_t words = 0;
  while (!a.empty() || !b.empty()) {
    size_t ea = a.find(' '), eb = b.find(' ');
    std::string_view wa = a.substr(0, ea), wb = b.substr(0, eb);
    if (wa.empty() || wb.empty()) return false;
    std::string ca = consonants(wa);
    // Two consonants at least: «أبو» and «بو» are not one name.
    if (ca.size() < 2 * kLetter || ca != consonants(wb)) return false;
    ++words;
    a = ea == std::string_view::npos ? std::string_view() : a.substr(ea + 1);
    b = eb == std::string_view::npos ? std::string_view() : b.substr(eb + 1);
    if (a.empty() != b.empty()) return false;
  }
  return words > 0;
}

}  // namespace marsad::text
