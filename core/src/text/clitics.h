// Clitic analysis of Arabic words, on normalized text.
//
// Arabic glues conjunctions, prepositions, the article and pronouns to words:
// وبحفتر = و + ب + حفتر, للأمم = ل + الأمم, والسراج = و + السراج. The analysis
// does not guess one reading: it lists the candidate stems, the whole word
// first, so a lexicon lookup can take the first that it knows and a real word
// that only looks prefixed (بنغازي, ليبيا, فرنسا, كونتي) stays whole.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

struct CliticReading {
  uint8_t prefix_bytes = 0;  // bytes of proclitics removed from the front
  uint8_t suffix_bytes = 0;  // bytes of an enclitic pronoun removed from the end
  bool definite = false;     // the proclitics included the article (ال, or لل = ل + ال)

  // The stem as a lexicon would list it: with "ال" restored when definite.
  std::string stem(std::string_view word) const;
  std::string_view bare_stem(std::string_view word) const {
    return word.substr(prefix_bytes, word.size() - prefix_bytes - suffix_bytes);
  }
};

// Candidate readings of a normalized Arabic word, the whole word first, then by
// decreasing stem length. At most `kMaxReadings`.
inline constexpr size_t kMaxReadings = 16;
void clitic_readings(std::string_view word, std::vector<CliticReading>& out);

// The lexicon forms of a word read with an enclitic pronoun of two letters
// or more (a lone ه may be ta marbuta, normalized to ه: «وزارة» is no «و + زار
// + ه») and its proclitics removed, spelled as the word is written alone: the plural's
// alef comes back before a pronoun (اتهموها → اتهموا), and so does ta
// marbuta (إدانتهما → إدانة, written ه once normalized). Longer stems first.
struct EncliticStem {
  std::string form;          // as a lexicon lists it
  uint8_t prefix_bytes = 0;  // the proclitics read off the front
  bool definite = false;
};
std::vector<EncliticStem> enclitic_stems(std::string_view word);

// The preposition of a normalized word that is one with a third-person pronoun
// («عليهم» → «علي», «إليه» → «الي», «عنها» → «عن», «بها» → «ب»), spelled as normalized text
// spells it alone; "" when the word is none. After these the ه is always the pronoun.
std::string_view preposition_before_pronoun(std::string_view word);

// The word behind one glued letter of conjunction or preposition (و ف ب ل):
// «بمدينة» → «مدينة», «ووقف» → «وقف»; "" when it starts with none. For word
// lists read as written or behind that letter, where the full readings are more
// than the question needs.
inline std::string_view behind_glued_letter(std::string_view word) {
  for (std::string_view p : {"و", "ف", "ب", "ل"})
    if (word.size() > p.size() && word.substr(0, p.size()) == p) return word.substr(p.size());
  return {};
}

// The word behind a leading conjunction و or ف («وقال» → «قال»), else the word
// itself: for readings that a conjunction does not change.
inline std::string_view behind_conjunction(std::string_view word) {
  return word.substr(0, 2) == "و" || word.substr(0, 2) == "ف" ? word.substr(2) : word;
}

// A word opening with لل spelled as the article alone would spell it: «للبنك»
// → «البنك» (لل is the preposition ل before the article, whose alef writing
// drops); "" when the word does not open with لل or nothing follows it.
std::string article_behind_lam(std::string_view word);

// The proclitics of a reading, for display: "و+ب".
std::string describe_prefix(std::string_view word, const CliticReading& r);

}  // namespace marsad::text
