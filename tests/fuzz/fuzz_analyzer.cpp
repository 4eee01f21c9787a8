// libFuzzer target: the public Analyzer end to end. The input is read as a
// .jsonl file; then analysis_json(), search_json() on a slice of the input,
// document_json() on the first document's id and on a slice, query_json() of
// every kind with parameters made from the input, shard_json()/merge_shard()
// (a round trip, and the input itself as a shard), and remove_document().
// Checks: every output is valid JSON and valid UTF-8.
//
// The strings passed to the API are repaired to valid UTF-8 first, as the
// WebAssembly binding (JS strings) guarantees. Build with
// -DMARSAD_FUZZ_RAW_STRINGS to pass raw bytes instead: an invalid UTF-8 query
// or id then aborts in nlohmann::json::dump (see the hardening report).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_common.h"
#include "marsad/analyzer.h"

namespace {

std::string api_string(std::string_view s) {
#ifdef MARSAD_FUZZ_RAW_STRINGS
  return std::string(s);
#else
  return marsad::text::repair_utf8(s);
#endif
}

nlohmann::json parse_checked(const std::string& s) {
  MARSAD_FUZZ_CHECK(marsad::text::find_invalid_utf8(s) == std::string::npos);
  nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
  MARSAD_FUZZ_CHECK(!j.is_discarded());
  return j;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  marsad::Analyzer analyzer;
  nlohmann::json summary = parse_checked(analyzer.add_file("x.jsonl", bytes));
  MARSAD_FUZZ_CHECK(summary.is_object());

  nlohmann::json analysis = parse_checked(analyzer.analysis_json());

  // A query from the input: a slice chosen by the first two bytes.
  size_t from = size > 0 ? data[0] % (size + 1) : 0;
  size_t len = size > 1 ? data[1] % 64 : 0;
  std::string query = api_string(bytes.substr(from, len));
  parse_checked(analyzer.search_json(query));
  parse_checked(analyzer.document_json(query));

  // Queries: a kind chosen by the third byte, parameters from the input: the
  // raw slice as JSON, then an object with actor ids, dates and numbers.
  static const char* const kKinds[] = {"timeline", "actor", "relation", "network", "", "nonsense"};
  std::string kind = kKinds[size > 2 ? data[2] % 6 : 0];
  parse_checked(analyzer.query_json(kind, query));
  static const char* const kActors[] = {"haftar", "sarraj", "lna", "gna", "usa", "ita", "un", "rus", "gbr", ""};
  static const char* const kDates[] = {"", "2016", "2017-07", "2019-04-21", "2019-13", "0000", "2999-99-99"};
  auto pick = [&](size_t i, size_t n) { return size > i ? data[i] % n : 0; };
  nlohmann::json params = {
      {"actor", kActors[pick(3, 10)]}, {"id", kActors[pick(4, 10)]},
      {"a", kActors[pick(5, 10)]},     {"b", query},
      {"from", kDates[pick(6, 7)]},    {"to", kDates[pick(7, 7)]},
      {"limit", static_cast<int>(pick(8, 256)) - 8},
      {"period", pick(9, 2) ? "month" : "year"},
  };
  for (const char* k : kKinds) parse_checked(analyzer.query_json(k, params.dump()));

  // Shards: the analyzer's own shard merges back whole; the raw input read as
  // a shard (a hostile shard file) is refused or merged, never a crash.
  {
    std::string shard = analyzer.shard_json();
    parse_checked(shard);
    marsad::Analyzer merged;
    parse_checked(merged.merge_shard("s.json", shard));
    MARSAD_FUZZ_CHECK(merged.document_count() == analyzer.document_count());
    parse_checked(merged.analysis_json());
    marsad::Analyzer hostile;
    parse_checked(hostile.merge_shard("h.json", bytes));
    parse_checked(hostile.analysis_json());
    parse_checked(hostile.search_json(query));
  }

  const auto docs = analysis.find("documents");
  if (docs != analysis.end() && docs->is_array() && !docs->empty()) {
    const auto& first = (*docs)[0];
    if (first.is_object() && first.contains("id") && first["id"].is_string()) {
      nlohmann::json doc = parse_checked(analyzer.document_json(first["id"].get<std::string>()));
      MARSAD_FUZZ_CHECK(!doc.contains("error"));
      size_t before = analyzer.document_count();
      MARSAD_FUZZ_CHECK(analyzer.remove_document(first["id"].get<std::string>()));
      MARSAD_FUZZ_CHECK(analyzer.document_count() + 1 == before);
      parse_checked(analyzer.analysis_json());
      parse_checked(analyzer.search_json(query));
      for (const char* k : kKinds) parse_checked(analyzer.query_json(k, params.dump()));
    }
  }
  return 0;
}
