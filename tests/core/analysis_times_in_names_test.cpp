// A day word inside a name the knowledge base lists is part of the name, not a
// time of the document (document_parse.cpp): sentences written for this test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/analyzer.h"

namespace marsad {
namespace {

// The text of each time the analysis reports for a one-document corpus.
std::vector<std::string> times_of(const std::string& text, const std::string& date) {
  Analyzer analyzer;
  nlohmann::json doc = {{"id", "d"}, {"date", date}, {"text", text}};
  analyzer.add_file("d.jsonl", doc.dump());
  auto analysis = nlohmann::json::parse(analyzer.analysis_json());
  std::vector<std::string> out;
  for (const auto& t : analysis["documents"][0]["times"]) out.push_back(t["text"]);
  return out;
}

TEST(TimesInNames, AnOutletsNameIsNoDay) {
  // «الغد» is tomorrow, and a Jordanian daily; the call is dated by «أمس».
  EXPECT_EQ(times_of("ونقلت صحيفة الغد الأردنية أن وزير الخارجية أجرى أمس اتصالا هاتفيا بنظيره.", "2018-05-10"),
            std::vector<std::string>{"أمس"});
}

TEST(TimesInNames, AnEventsNameStillDatesIt) {
  EXPECT_EQ(times_of("وتحتفل مصر بذكرى حرب أكتوبر 1973.", "2018-10-06"), std::vector<std::string>{"أكتوبر 1973"});
}

}  // namespace
}  // namespace marsad
