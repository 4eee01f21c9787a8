// The case files of tests/fixtures/ (events/patterns.txt, events/slots.txt,
// actors/mentions.txt): each case
// is «=== name ===», an optional «@date YYYY-MM-DD», its sentence (lines joined
// by a space), «---», then what is expected of it, a line each. Lines starting
// with # are comments.
#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "analysis/document_parse.h"

namespace marsad::test {

struct CaseText {
  std::string name, date, sentence;
  std::vector<std::string> expected;  // the lines after «---»
};

inline std::vector<CaseText> read_case_file(const std::string& path) {
  std::ifstream in(path);
  std::vector<CaseText> cases;
  std::string line;
  bool after_separator = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back({line.substr(4, line.size() - 8), "", "", {}});
      after_separator = false;
    } else if (cases.empty()) {
      continue;
    } else if (line.rfind("@date ", 0) == 0) {
      cases.back().date = line.substr(6);
    } else if (line == "---") {
      after_separator = true;
    } else if (!after_separator) {
      cases.back().sentence += (cases.back().sentence.empty() ? "" : " ") + line;
    } else {
      cases.back().expected.push_back(line);
    }
  }
  return cases;
}

// A case's sentence read by the core with the built-in data, as a document of
// its own dated `date`.
struct ParsedCase {
  Document doc;
  analysis::DocumentParse parse;
  events::EventInput input() const { return analysis::event_input(parse, doc.date); }
};

inline void parse_case(const std::string& sentence, const std::string& date, ParsedCase& out) {
  static const actors::Lexicon lexicon(actors::KnowledgeBase::builtin(), actors::builtin_word_lists());
  out.doc.id = "case";
  out.doc.text = sentence;
  out.doc.date = date;
  analysis::parse_document(out.doc, actors::KnowledgeBase::builtin(), lexicon, out.parse);
}

}  // namespace marsad::test
