// The shapes of core/data's JSON files (data/file_schemas.cpp) checked by the
// one schema reader (data/schema.cpp): each built-in file passes, and each
// broken file below is reported with its file, its entry and its key.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/embedded.h"
#include "data/file_schemas.h"
#include "data/schema.h"

namespace marsad::data {
namespace {

std::vector<Problem> problems_of(const std::string& file, std::string_view json) {
  std::vector<Problem> problems;
  const Schema* schema = file_schema(file);
  EXPECT_NE(schema, nullptr) << file;
  if (schema) check_file(json, *schema, file, problems);
  return problems;
}

TEST(FileSchemas, EveryBuiltinFileWithASchemaPasses) {
  for (const char* file : {"titles.json", "institutions.json", "not_names.json", "given_names.json",
                           "function_words.json", "framing_words.json", "furniture.json", "time/words.json",
                           "events/cues.json"}) {
    ASSERT_FALSE(embedded_file(file).empty()) << file;
    for (const Problem& p : problems_of(file, embedded_file(file))) ADD_FAILURE() << file << ": " << p.message;
  }
}

struct Broken {
  const char* file;
  const char* json;
  const char* field;    // the key the problem names
  const char* message;  // the problem's message, whole: the entry and what is wrong
};

// clang-format off
const Broken kBroken[] = {
  // titles.json: a wrong type, an unknown key, a role title not in the list, a missing key, a bad `former`.
  {"titles.json", R"({"titles": [{"ar": ["السفير"], "title": "ambassador", "needs_of": "yes"}]})",
   "needs_of", "titles #1 \"السفير\".needs_of must be true or false"},
  {"titles.json", R"({"titles": [{"ar": ["السفير"], "title": "ambassador"}, {"ar": ["اللواء"], "rnak": "major_general"}]})",
   "rnak", "titles #2 \"اللواء\" has an unknown key \"rnak\""},
  {"titles.json", R"({"titles": [{"ar": ["الملك"], "title": "king"}]})",
   "title", "titles #1 \"الملك\".title has an unknown value \"king\""},
  {"titles.json", R"({"titles": [{"title": "envoy"}]})",
   "ar", "titles #1 has no \"ar\""},
  {"titles.json", R"({"titles": [{"ar": ["السفير"]}], "former": ["السابق", 3]})",
   "former", "former #2 must be a string"},
  {"titles.json", R"({"titles": [{"ar": ["السفير"]}], "title": []})",
   "title", "the file has an unknown key \"title\""},
  // institutions.json: an id twice, `bare` not a list of strings.
  {"institutions.json", R"({"institutions": [{"id": "army", "ar": ["الجيش"]}, {"id": "army", "ar": ["القوات"]}]})",
   "id", "institutions #2 \"army\" is defined twice"},
  {"institutions.json", R"({"institutions": [{"id": "army", "ar": ["الجيش"], "bare": "الجيش"}]})",
   "bare", "institutions #1 \"army\".bare must be an array of strings"},
  // The word lists: a number among the words, an empty list, the wrong top-level key.
  {"not_names.json", R"({"phrases": ["مسقط رأسه", 7]})", "phrases", "phrases #2 must be a string"},
  {"given_names.json", R"({"names": []})", "names", "names must not be empty"},
  {"function_words.json", R"({"words": ["في"], "word": ["من"]})", "word", "the file has an unknown key \"word\""},
  {"function_words.json", R"(["في"])", "", "the file must be an object"},
  // framing_words.json: a tone not in the list, a word without its Arabic.
  {"framing_words.json", R"({"words": [{"ar": "تحرير", "tone": "positive"}]})",
   "tone", "words #1 \"تحرير\".tone has an unknown value \"positive\""},
  {"framing_words.json", R"({"words": [{"tone": "legitimizing"}]})", "ar", "words #1 has no \"ar\""},
  // furniture.json: the link lines left out.
  {"furniture.json", R"({"trailers": ["رابط الخبر"]})", "link_lines", "the file has no \"link_lines\""},
  // not JSON at all
  {"titles.json", R"({"titles": [)", "", "not valid JSON"},
};
// clang-format on

TEST(FileSchemas, EachBrokenFileIsReportedWithItsEntryAndKey) {
  for (const Broken& b : kBroken) {
    std::vector<Problem> problems = problems_of(b.file, b.json);
    ASSERT_EQ(problems.size(), 1u) << b.file << " " << b.json;
    EXPECT_EQ(problems[0].file, b.file);
    EXPECT_EQ(problems[0].field, b.field) << b.json;
    EXPECT_EQ(problems[0].message, b.message) << b.json;
  }
}

// time/words.json: the lists of the time recognizers, each of its shape.
TEST(FileSchemas, TimeWordsOutOfShapeAreReported) {
  std::string words(embedded_file("time/words.json"));
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string copy = words;
    size_t at = copy.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) copy.replace(at, from.size(), to);
    return problems_of("time/words.json", copy);
  };
  std::vector<Problem> p = broken("\"يناير\": 1,", "\"يناير\": 13,");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "months.gregorian \"transliterated\" \"يناير\" must be an integer in [1, 12] (is 13)");
  p = broken("\"ثلاثين\": 30,", "\"ثلاثين\": \"30\",");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "numbers.tens \"ثلاثين\" must be an integer in [20, 90]");
  p = broken("\"teen_halves\"", "\"teen_half\"");
  ASSERT_EQ(p.size(), 2u);  // the unknown key and the list now missing
  EXPECT_EQ(p[0].message, "numbers has an unknown key \"teen_half\"");
  EXPECT_EQ(p[1].message, "numbers has no \"teen_halves\"");
  p = broken("\"decade\": {", "\"decades\": {");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "decades");
  EXPECT_EQ(p[1].field, "decade");
  p = broken("\"future\": [", "\"future\": [3, ");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "references.future #1 must be a string");
}

// events/cues.json: every list of the event rules there, each of words.
TEST(FileSchemas, EventCuesOutOfShapeAreReported) {
  std::string cues(embedded_file("events/cues.json"));
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string copy = cues;
    size_t at = copy.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) copy.replace(at, from.size(), to);
    return problems_of("events/cues.json", copy);
  };
  std::vector<Problem> p = broken("\"denial_verbs\": [", "\"denial_verb\": [");
  ASSERT_EQ(p.size(), 2u);  // the unknown key and the list now missing
  EXPECT_EQ(p[0].message, "the file has an unknown key \"denial_verb\"");
  EXPECT_EQ(p[1].message, "the file has no \"denial_verbs\"");
  p = broken("\"held_nouns\": [", "\"held_nouns\": [7, ");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "held_nouns #1 must be a string");
  p = broken("\"time_adverbs\": [", "\"time_adverbs\": {\"x\": 1}, \"unused\": [");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "time_adverbs");
  p = broken("\"role_heads\": [", "\"role_heads\": [], \"unused\": [");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].field, "role_heads");  // an empty list is an error too
}

// What marsad validate-data runs on the embedded files: each file by its
// schema, cameo.tsv by its rows, and a JSON file nothing checks is an error.
TEST(FileSchemas, EveryDataFileIsCheckedOrReported) {
  const std::vector<EmbeddedFile> files = {
      {"titles.json", R"({"titles": [{"ar": ["السفير"], "of": 3}]})"},
      {"cameo.tsv", "01\t0.0\tSTATEMENT\n011\t-11\tToo cold\n"},
      {"new_list.json", R"({"words": ["في"]})"},
      {"groups.json", "not JSON: groups.json has a reader of its own"},
      {"names/model.txt", "# not JSON"},
  };
  std::vector<Problem> problems;
  check_data_files(files, problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].file, "titles.json");
  EXPECT_EQ(problems[0].message, "titles #1 \"السفير\".of must be a string");
  EXPECT_EQ(problems[1].file, "cameo.tsv");
  EXPECT_EQ(problems[1].line, 2);
  EXPECT_EQ(problems[2].file, "new_list.json");
  EXPECT_EQ(problems[2].message, "no schema checks this file: describe it in core/src/data/file_schemas.cpp");
}

}  // namespace
}  // namespace marsad::data
