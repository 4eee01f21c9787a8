#include "text/inflection.h"

namespace marsad::text {
namespace {

constexpr size_t kLetter = 2;  // an Arabic letter is two bytes of UTF-8

bool ends_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

std::string cat(std::string_view a, std::string_view b) {
  std::string s(a);
  s += b;
  return s;
}

// A defective verb ends in a long vowel: دعا، التقى، يلتقي، يدعو.
bool defective(std::string_view w) { return ends_with(w, "ا") || ends_with(w, "ى") || ends_with(w, "ي") || ends_with(w, "و"); }

}  // namespace

std::vector<std::string> past_forms(std::string_view p) {
  if (p.size() < 2 * kLetter) return {std::string(p)};
  if (ends_with(p, "ا") || ends_with(p, "ى")) {
    std::string_view s = p.substr(0, p.size() - kLetter);
    return {std::string(p), cat(s, "ت"), cat(s, "تا"), cat(s, "وا"), cat(s, "يا")};
  }
  return {std::string(p), cat(p, "ت"), cat(p, "تا"), cat(p, "وا"), cat(p, "ا")};
}

std::vector<std::string> present_forms(std::string_view r) {
  if (r.size() < 2 * kLetter || r.substr(0, kLetter) != "ي") return {std::string(r)};
  std::string_view base = r.substr(kLetter);
  std::vector<std::string> out = {std::string(r), cat("ت", base), cat("ن", base), cat("أ", base)};
  if (defective(r)) {
    std::string_view s = r.substr(0, r.size() - kLetter);  // يلتق
    std::string_view sb = base.substr(0, base.size() - kLetter);
    for (std::string x : {cat(s, "ون"), cat(s, "وا"), cat(r, "ان"), cat(cat("ت", base), "ان"), cat(cat("ت", sb), "ون")})
      out.push_back(std::move(x));
  } else {
    for (std::string x : {cat(r, "ون"), cat(r, "وا"), cat(r, "ان"), cat(cat("ت", base), "ان"), cat(cat("ت", base), "ون")})
      out.push_back(std::move(x));
  }
  return out;
}

std::vector<std::string> participle_forms(std::string_view a) {
  if (a.size() < 2 * kLetter) return {std::string(a)};
  return {std::string(a), cat(a, "ا"), cat(a, "ة"), cat(a, "ين"), cat(a, "ون"), cat(a, "تين")};
}

}  // namespace marsad::text
