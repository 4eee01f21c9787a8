// The open word lists of the time recognizers — month names of every
// tradition, number words, units, weekdays, vague references — read once from
// core/data/time/words.json (embedded; its shape is checked by marsad
// validate-data, and core/data/README.md says what each list is). The
// recognizers build their Lexicons from these lists; what stays in C++ is
// grammar (the article, و, the teen marker عشر), not vocabulary.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::time {

using WordValues = std::vector<std::pair<std::string, int>>;

// The list at `path` in words.json ({"months", "hijri"}): an object
// {"word": value, …} as its pairs, or an array ["word", …] each with `value`;
// in the file's order. Empty when the path names no such list.
WordValues word_list(std::initializer_list<std::string_view> path, int value = 1);

// The keys of the object at `path`, in the file's order ({"months", "gregorian"}: its traditions).
std::vector<std::string> word_list_keys(std::initializer_list<std::string_view> path);

}  // namespace marsad::time
