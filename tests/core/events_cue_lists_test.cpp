// The event rules' word lists read from core/data/events/cues.json
// (core/src/events/cue_lists.h): every list of the file is read under its
// name, word for word, and a list answers alike scanned or hashed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data/embedded.h"
#include "events/cue_lists.h"
#include "text/normalizer.h"

namespace marsad::events {
namespace {

nlohmann::json cues_json() {
  std::string_view text = data::embedded_file("events/cues.json");
  return nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
}

TEST(CueLists, EveryListOfTheFileIsReadWordForWord) {
  nlohmann::json json = cues_json();
  ASSERT_TRUE(json.is_object());
  size_t lists = 0;
  for (const auto& [name, words] : json.items()) {
    if (name == "note") continue;
    ++lists;
    const WordSet* set = cue_lists().find(name);
    ASSERT_NE(set, nullptr) << name;
    ASSERT_TRUE(words.is_array()) << name;
    EXPECT_EQ(set->size(), words.size()) << name;
    EXPECT_GT(set->size(), 0u) << name;
    for (const auto& w : words) EXPECT_TRUE(w.is_string() && set->contains(w.get<std::string>())) << name << " " << w;
  }
  EXPECT_EQ(lists, 66u);  // one per member of CueLists
  EXPECT_EQ(cue_lists().find("no_such_list"), nullptr);
}

// The rules compare tokens, which are normalized, with these words as they are:
// a word written with hamza or ta marbuta would never match (one came over from
// the C++ lists, «الموالية» beside «المواليه», and was taken out).
TEST(CueLists, EveryWordIsStoredNormalized) {
  nlohmann::json json = cues_json();
  std::vector<std::string> not_normalized;
  for (const auto& [name, words] : json.items()) {
    if (name == "note") continue;
    for (const auto& w : words) {
      std::string word = w.get<std::string>();
      if (text::normalize_key(word) != word) not_normalized.push_back(name + " " + word);
    }
  }
  EXPECT_EQ(not_normalized, std::vector<std::string>{});
}

TEST(CueLists, AListAnswersAlikeScannedOrHashed) {
  std::vector<std::string> few = {"مطار", "ميناء", "سجن"};
  std::vector<std::string> many = few;
  for (int i = 0; i < 40; ++i) many.push_back("كلمه" + std::to_string(i));
  WordSet scanned, hashed;
  scanned.assign(few);
  hashed.assign(many);
  for (const std::string& w : few) {
    EXPECT_TRUE(scanned.contains(w)) << w;
    EXPECT_TRUE(hashed.contains(w)) << w;
  }
  for (std::string_view w : {"مطارات", "مطا", "", "المطار", "كلمه"}) {
    EXPECT_FALSE(scanned.contains(w)) << w;
    EXPECT_FALSE(hashed.contains(w)) << w;
  }
  EXPECT_TRUE(hashed.contains("كلمه39"));
}

}  // namespace
}  // namespace marsad::events
