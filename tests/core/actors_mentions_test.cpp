// The actor mentions of tests/fixtures/actors/mentions.txt: each case's
// sentence, a document of its own analyzed through the public API with the
// built-in data, and what its mentions must be (the file's header says how
// an expectation is written).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "case_file.h"
#include "eval_support.h"

namespace marsad::eval {
namespace {

std::vector<std::string> words_of(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TEST(ActorMentions, EachCaseFindsTheActorsItsSentenceNames) {
  std::vector<test::CaseText> cases = test::read_case_file(MARSAD_FIXTURES_DIR "/actors/mentions.txt");
  ASSERT_GE(cases.size(), 40u);
  std::vector<json> rows;
  for (const test::CaseText& c : cases) rows.push_back({{"text", c.sentence}, {"date", c.date}});
  Analysis a = analyze_rows(rows, "date");
  for (size_t i = 0; i < cases.size(); ++i) {
    const test::CaseText& c = cases[i];
    const json* doc = a.document(i);
    ASSERT_NE(doc, nullptr) << "case «" << c.name << "» was not analyzed";
    std::vector<std::string> ids;
    for (const json& m : array_or_empty(*doc, "mentions")) ids.push_back(str_or(m, "actor"));
    std::string found;
    for (const std::string& id : ids) found += " " + id;
    for (const std::string& line : c.expected) {
      std::vector<std::string> w = words_of(line);
      ASSERT_FALSE(w.empty());
      std::string where = "case «" + c.name + "»: " + line + "\n    found:" + found;
      if (w[0] == "only") {
        EXPECT_EQ(ids, std::vector<std::string>(w.begin() + 1, w.end())) << where;
      } else if (w[0] == "has" && w.size() == 2) {
        EXPECT_NE(std::find(ids.begin(), ids.end(), w[1]), ids.end()) << where;
      } else if (w[0] == "not" && w.size() == 2) {
        EXPECT_EQ(std::find(ids.begin(), ids.end(), w[1]), ids.end()) << where;
      } else if (w[0] == "count" && w.size() == 3) {
        EXPECT_EQ(std::count(ids.begin(), ids.end(), w[1]), std::stol(w[2])) << where;
      } else if (line == "no new") {
        for (const std::string& id : ids) EXPECT_NE(id.rfind("new:", 0), 0u) << where;
      } else {
        ADD_FAILURE() << "case «" << c.name << "»: cannot read «" << line << "»";
      }
    }
  }
}

}  // namespace
}  // namespace marsad::eval
