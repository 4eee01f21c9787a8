// The honorific pronouns of Arabic news («جلالته», «سموه», «فخامته»,
// «معاليه»): his majesty, his highness, his excellency stand for a person the
// text named with that honorific or its title, not far before («استقبل خادم
// الحرمين الشريفين … وعقد جلالته اجتماعا»). The actors layer resolves them;
// the event layer reads one right after a verb as its subject even when it
// does not.
#pragma once

#include <cstdint>
#include <string_view>

namespace marsad::actors {

enum class Honorific : uint8_t { kNone, kMajesty, kHighness, kExcellencyPresident, kExcellencyMinister };

// The honorific a normalized word is (no proclitics: «سموه», «جلالتها»), or kNone.
Honorific honorific_pronoun(std::string_view word);

// Whether a normalized word before or in a person's name is one by which the
// honorific is given to them: «جلاله», «الملك», «العاهل» for his majesty;
// «سمو», «الامير», «العهد» for his highness; «فخامه», «الرئيس» for a
// president; «معالي», «وزير», «الامين» for a minister.
bool earns(Honorific h, std::string_view word);

// An honorific pronoun or a word that gives one («سموه», «معاليه»; «سمو», «معالي», «فخامة»).
bool is_honorific_word(std::string_view word);

}  // namespace marsad::actors
