// cameo.tsv checked row by row (data/cameo_table.cpp): the built-in table
// passes, and each broken row below is reported with its line and code.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/cameo_table.h"
#include "data/embedded.h"

namespace marsad::data {
namespace {

TEST(CameoTable, BuiltinTablePasses) {
  std::vector<Problem> problems;
  check_cameo_table(embedded_file("cameo.tsv"), "cameo.tsv", problems);
  for (const Problem& p : problems) ADD_FAILURE() << "line " << p.line << ": " << p.message;
  EXPECT_FALSE(embedded_file("cameo.tsv").empty());
}

struct Broken {
  const char* row;  // added after a good table of 01, 010, 04, 041 and 0411
  int64_t line;     // the row's line
  const char* field;
  const char* message;
};

// clang-format off
const Broken kBroken[] = {
  {"042\t11.0\tToo warm",             7, "goldstein", "code 042: the Goldstein score \"11.0\" is not a number in [-10, 10]"},
  {"042\t-10.5\tToo cold",            7, "goldstein", "code 042: the Goldstein score \"-10.5\" is not a number in [-10, 10]"},
  {"042\t1.0x\tNot a number",         7, "goldstein", "code 042: the Goldstein score \"1.0x\" is not a number in [-10, 10]"},
  {"042\t\tNo score",                 7, "goldstein", "code 042: the Goldstein score \"\" is not a number in [-10, 10]"},
  {"042\t1.0\t",                      7, "name",      "code 042 has no name"},
  {"04a\t1.0\tLetters",               7, "code",      "code \"04a\" is not 2 to 4 digits"},
  {"04211\t1.0\tFive digits",         7, "code",      "code \"04211\" is not 2 to 4 digits"},
  {"0421\t1.0\tNo parent",            7, "code",      "code 0421: its parent 042 is not in the table"},
  {"051\t1.0\tNo root",               7, "code",      "code 051: its parent 05 is not in the table"},
  {"041\t1.0\tAgain",                 7, "code",      "code 041 is defined twice"},
  {"042 1.0 Spaces for tabs",         7, "",          "a row is code<TAB>goldstein<TAB>name"},
  {"042\t1.0\tName\textra",           7, "",          "a row is code<TAB>goldstein<TAB>name"},
};
// clang-format on

TEST(CameoTable, EachBrokenRowIsReportedWithItsLineAndCode) {
  const std::string good =
      "# code<TAB>goldstein<TAB>name\n01\t0.0\tSTATEMENT\n010\t0.0\tStatement\n"
      "04\t1.0\tCONSULT\n041\t1.0\tDiscuss by telephone\n0411\t1.0\tA sub-code\n";
  std::vector<Problem> problems;
  check_cameo_table(good, "cameo.tsv", problems);
  EXPECT_TRUE(problems.empty());
  for (const Broken& b : kBroken) {
    problems.clear();
    check_cameo_table(good + b.row + "\n", "cameo.tsv", problems);
    ASSERT_EQ(problems.size(), 1u) << b.row;
    EXPECT_EQ(problems[0].file, "cameo.tsv");
    EXPECT_EQ(problems[0].line, b.line) << b.row;
    EXPECT_EQ(problems[0].field, b.field) << b.row;
    EXPECT_EQ(problems[0].message, b.message) << b.row;
  }
}

}  // namespace
}  // namespace marsad::data
