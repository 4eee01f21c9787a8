// marsad — the native command line. Prints the analysis JSON of the given
// corpus files on standard output, and their problems on standard error.
//
//   marsad analyze FILE…          the analysis JSON
//   marsad search QUERY FILE…     search results
//   marsad document ID FILE…      one document with its text and spans
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"

namespace {

int usage() {
  std::cerr << "usage: marsad analyze FILE...\n"
               "       marsad search QUERY FILE...\n"
               "       marsad document ID FILE...\n";
  return 2;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Loads every file; reports problems on stderr. False when no document was read.
bool load(marsad::Analyzer& analyzer, const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    std::string bytes;
    if (!read_file(path, bytes)) {
      std::cerr << path << ": cannot read file\n";
      continue;
    }
    auto summary = nlohmann::json::parse(analyzer.add_file(path, bytes), nullptr, false);
    if (summary.is_discarded()) continue;
    for (const auto& p : summary["problems"]) {
      std::cerr << p.value("file", path);
      if (p.contains("line")) std::cerr << ":" << p["line"].get<int64_t>();
      if (p.contains("byte")) std::cerr << " (byte " << p["byte"].get<int64_t>() << ")";
      std::cerr << ": " << (p.value("warning", false) ? "warning: " : "error: ") << p.value("message", "") << "\n";
    }
  }
  return analyzer.document_count() > 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage();
  std::string command = args[0];
  args.erase(args.begin());
  marsad::Analyzer analyzer;
  if (command == "analyze") {
    if (args.empty()) return usage();
    bool any = load(analyzer, args);
    std::cout << analyzer.analysis_json() << "\n";
    return any ? 0 : 1;
  }
  if (command == "search" || command == "document") {
    if (args.size() < 2) return usage();
    std::string what = args[0];
    args.erase(args.begin());
    bool any = load(analyzer, args);
    std::cout << (command == "search" ? analyzer.search_json(what) : analyzer.document_json(what)) << "\n";
    return any ? 0 : 1;
  }
  return usage();
}
