// The CAMEO event codes with their Goldstein scores (core/data/cameo.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace marsad::events {

struct CameoCode {
  double goldstein = 0;
  std::string name;
};

class Cameo {
 public:
  static const Cameo& builtin();
  explicit Cameo(std::string_view tsv);

  const CameoCode* find(std::string_view code) const;
  // The code's Goldstein score; an unknown code takes its parent's (0413 → 041 → 04).
  double goldstein(std::string_view code) const;

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// The two-digit root family of a code ("041" → "04").
inline std::string_view family(std::string_view code) { return code.substr(0, 2); }

// An act of conflict: roots 10–20 (a demand, an accusation … an attack).
inline bool conflict(std::string_view code) { return family(code) >= "10"; }

// An act of saying: a statement, an appeal, a demand, an accusation, a rejection,
// a threat (roots 01, 02, 10-13): made when told, whatever becomes of what it says.
inline bool speech_act(std::string_view code) {
  std::string_view f = family(code);
  return f == "01" || f == "02" || f == "10" || f == "11" || f == "12" || f == "13";
}

// Appeals and demands (02, 10): what they ask for is said after them.
inline bool asks(std::string_view code) { return family(code) == "02" || family(code) == "10"; }

// An attack: assault, fight, mass violence (roots 18-20), not a show of force or an arrest.
inline bool attack(std::string_view code) {
  std::string_view f = family(code);
  return f == "18" || f == "19" || f == "20";
}

}  // namespace marsad::events
