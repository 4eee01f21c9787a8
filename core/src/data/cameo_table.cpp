#include "data/cameo_table.h"

#include <cstdlib>
#include <map>

#include "util/lines.h"

namespace marsad::data {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The whole field as a number (strtod alone would take "3.4x" as 3.4).
bool read_score(std::string_view field, double& out) {
  std::string s(field);
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

}  // namespace

void check_cameo_table(std::string_view tsv, const std::string& file, std::vector<Problem>& problems) {
  std::map<std::string, int64_t> line_of;  // code → its line
  std::vector<std::pair<std::string, int64_t>> codes;
  util::Lines lines(tsv);
  for (std::string_view line; lines.next(line);) {
    if (line.empty() || line[0] == '#') continue;
    int64_t number = lines.number();
    auto problem = [&](const std::string& field, const std::string& message) {
      problems.push_back({file, number, -1, field, message});
    };
    size_t t1 = line.find('\t'), t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
      problem("", "a row is code<TAB>goldstein<TAB>name");
      continue;
    }
    std::string code(line.substr(0, t1));
    std::string_view score = line.substr(t1 + 1, t2 - t1 - 1), name = line.substr(t2 + 1);
    if (code.size() < 2 || code.size() > 4 || !all_digits(code)) {
      problem("code", "code \"" + code + "\" is not 2 to 4 digits");
      continue;
    }
    if (double g; !read_score(score, g) || g < -10 || g > 10)
      problem("goldstein",
              "code " + code + ": the Goldstein score \"" + std::string(score) + "\" is not a number in [-10, 10]");
    if (name.find_first_not_of(' ') == std::string_view::npos) problem("name", "code " + code + " has no name");
    if (!line_of.emplace(code, number).second) problem("code", "code " + code + " is defined twice");
    codes.emplace_back(code, number);
  }
  for (const auto& [code, line] : codes)
    if (code.size() > 2 && !line_of.count(code.substr(0, code.size() - 1)))
      problems.push_back({file, line, -1, "code",
                          "code " + code + ": its parent " + code.substr(0, code.size() - 1) + " is not in the table"});
}

}  // namespace marsad::data
