// Foreign names written in Arabic letters: writers transliterate the vowels as
// they hear them, with a long vowel or none («بيتر ماورر», «بيتر مورر»,
// «بيتر ماورير»; «فرانسوا هولاند», «فرانسوا أولاند» differ in more).
#pragma once

#include <string_view>

namespace marsad::text {

// Two normalized names (words separated by one space) that differ only in the
// long vowels and hamzas of their words: the same name spelled otherwise.
bool same_name_but_vowels(std::string_view a, std::string_view b);

}  // namespace marsad::text
