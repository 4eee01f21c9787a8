// marsad — the native command line. Prints the analysis JSON of the given
// corpus files on standard output, and their problems on standard error.
//
//   marsad analyze [--kb KB.json]… FILE…      the analysis JSON
//   marsad analyze --shard-out OUT FILE…      writes a shard of FILE… to OUT instead
//   … --keys-out KEYS --analysis-out JSON    also writes each document's index keys and the analysis (scripts/publish)
//   marsad merge SHARD…                       the analysis JSON of shards merged
//   marsad search QUERY FILE…                search results
//   marsad document ID FILE…                 one document with its text and spans
//   marsad query KIND PARAMS_JSON FILE…      a query: timeline, actor, relation, network
//   marsad validate-data [KB.json]…          checks the built-in knowledge base and lexicons (with KB.json…)
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
  std::cerr << "usage: marsad analyze [--kb KB.json]... [--shard-out OUT [--keys-out KEYS] [--analysis-out JSON]] FILE...\n"
               "       marsad merge SHARD...\n"
               "       marsad search QUERY FILE...\n"
               "       marsad document ID FILE...\n"
               "       marsad query timeline|actor|relation|network PARAMS_JSON FILE...\n"
               "       marsad validate-data [KB.json]...\n";
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

// Removes "NAME VALUE" from args; the value, or "" when absent.
std::string take_option(std::vector<std::string>& args, const std::string& name) {
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == name) {
      std::string value = args[i + 1];
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
      return value;
    }
  return "";
}

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) std::cerr << path << ": cannot write the file\n";
  return static_cast<bool>(out);
}

void print_problems(const nlohmann::json& problems, const std::string& path) {
  for (const auto& p : problems) {
    std::cerr << p.value("file", path);
    if (p.contains("line")) std::cerr << ":" << p["line"].get<int64_t>();
    if (p.contains("byte")) std::cerr << " (byte " << p["byte"].get<int64_t>() << ")";
    std::cerr << ": " << (p.value("warning", false) ? "warning: " : "error: ") << p.value("message", "") << "\n";
  }
}

// Loads every file ("--kb FILE" adds to the knowledge base); reports problems
// on stderr. False when no document was read.
bool load(marsad::Analyzer& analyzer, const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    bool kb = args[i] == "--kb" && i + 1 < args.size();
    const std::string& path = kb ? args[++i] : args[i];
    std::string bytes;
    if (!read_file(path, bytes)) {
      std::cerr << path << ": cannot read file\n";
      continue;
    }
    auto summary = nlohmann::json::parse(kb ? analyzer.add_knowledge_base(path, bytes) : analyzer.add_file(path, bytes),
                                         nullptr, false);
    if (!summary.is_discarded()) print_problems(summary["problems"], path);
  }
  return analyzer.document_count() > 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage();
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "validate-data") {
    std::vector<std::pair<std::string, std::string>> extra;  // knowledge-base files checked with the built-in ones
    for (const std::string& path : args) {
      std::string bytes;
      if (!read_file(path, bytes)) {
        std::cerr << path << ": cannot read file\n";
        return 1;
      }
      extra.emplace_back(path, std::move(bytes));
    }
    auto problems = nlohmann::json::parse(marsad::validate_builtin_data(extra), nullptr, false);
    print_problems(problems, "core/data");
    size_t errors = 0;
    for (const auto& p : problems) errors += !p.value("warning", false);
    std::cerr << "core/data: " << errors << " errors, " << problems.size() - errors << " warnings\n";
    return errors == 0 ? 0 : 1;
  }
  marsad::Analyzer analyzer;
  if (command == "analyze") {
    std::string shard_out = take_option(args, "--shard-out"), keys_out = take_option(args, "--keys-out"),
                analysis_out = take_option(args, "--analysis-out");
    if (args.empty() || ((!keys_out.empty() || !analysis_out.empty()) && shard_out.empty())) return usage();
    bool any = load(analyzer, args);
    if (shard_out.empty()) {
      std::cout << analyzer.analysis_json() << "\n";
      return any ? 0 : 1;
    }
    if (!write_file(shard_out, analyzer.shard_json())) return 1;
    if (!keys_out.empty() && !write_file(keys_out, analyzer.index_keys_jsonl())) return 1;
    if (!analysis_out.empty() && !write_file(analysis_out, analyzer.analysis_json())) return 1;
    return any ? 0 : 1;
  }
  if (command == "merge") {
    if (args.empty()) return usage();
    for (const std::string& path : args) {
      std::string bytes;
      if (!read_file(path, bytes)) {
        std::cerr << path << ": cannot read file\n";
        continue;
      }
      auto summary = nlohmann::json::parse(analyzer.merge_shard(path, bytes), nullptr, false);
      if (!summary.is_discarded()) print_problems(summary["problems"], path);
    }
    std::cout << analyzer.analysis_json() << "\n";
    return analyzer.document_count() > 0 ? 0 : 1;
  }
  if (command == "search" || command == "document") {
    if (args.size() < 2) return usage();
    std::string what = args[0];
    args.erase(args.begin());
    bool any = load(analyzer, args);
    std::cout << (command == "search" ? analyzer.search_json(what) : analyzer.document_json(what)) << "\n";
    return any ? 0 : 1;
  }
  if (command == "query") {
    if (args.size() < 3) return usage();
    std::string kind = args[0], params = args[1];
    args.erase(args.begin(), args.begin() + 2);
    bool any = load(analyzer, args);
    std::cout << analyzer.query_json(kind, params) << "\n";
    return any ? 0 : 1;
  }
  return usage();
}
