// Shared helpers for the evaluations on hand-written dev sets (eval_*_test.cpp).
// They go through the public API only: a JSONL corpus is built in memory, one
// document per dev sentence, read by marsad::Analyzer, and the analysis JSON is
// parsed back. Spans are compared in UTF-16 code units, as the JSON gives them.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "marsad/analyzer.h"

namespace marsad::eval {

using nlohmann::json;

// A half-open span in UTF-16 code units.
struct Span {
  long start = -1;
  long end = -1;
  bool valid() const { return start >= 0 && end > start; }
};

inline bool overlaps(const Span& a, const Span& b) {
  return a.valid() && b.valid() && a.start < b.end && b.start < a.end;
}

inline long overlap_size(const Span& a, const Span& b) {
  return std::max(0L, std::min(a.end, b.end) - std::max(a.start, b.start));
}

// UTF-16 code units in the first `bytes` bytes of a UTF-8 string.
inline long utf16_units(const std::string& utf8, size_t bytes) {
  long units = 0;
  for (size_t i = 0; i < bytes && i < utf8.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0) ? 2 : 1;      // 4-byte sequences are surrogate pairs
  }
  return units;
}

// The UTF-16 span of `needle` in `text`, searching from byte `from`; on return
// `from` is the byte just after the match. Invalid span when not found.
inline Span find_span(const std::string& text, const std::string& needle, size_t& from) {
  if (needle.empty()) return {};
  size_t at = text.find(needle, from);
  if (at == std::string::npos) return {};
  from = at + needle.size();
  return {utf16_units(text, at), utf16_units(text, at + needle.size())};
}

inline Span find_span(const std::string& text, const std::string& needle) {
  size_t from = 0;
  return find_span(text, needle, from);
}

// The substring of `text` (UTF-8) covering a UTF-16 span, for messages.
inline std::string slice16(const std::string& text, const Span& s) {
  long units = 0;
  size_t b = std::string::npos, e = text.size();
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (units == s.start && b == std::string::npos) b = i;
    if (units == s.end) {
      e = i;
      break;
    }
    if (i < text.size()) units += (static_cast<unsigned char>(text[i]) >= 0xF0) ? 2 : 1;
  }
  if (b == std::string::npos || e < b) return "?";
  return text.substr(b, e - b);
}

inline Span span_of(const json& j) {
  if (!j.is_object()) return {};
  return {j.value("start", -1L), j.value("end", -1L)};
}

inline std::string str_or(const json& j, const char* key, const std::string& fallback = "") {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return fallback;
  return j[key].get<std::string>();
}

// The dev set's lines, each parsed (discarded lines are kept so the caller can
// assert on them).
inline std::vector<json> read_jsonl(const std::string& path) {
  std::vector<json> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rows.push_back(json::parse(line, nullptr, false));
  }
  return rows;
}

// The document id of dev row N: "s<N>" (built without operator+, which GCC 12
// warns about spuriously under -Wrestrict).
inline std::string row_id(size_t row) {
  std::string id = "s";
  id += std::to_string(row);
  return id;
}

// The analysis of a corpus made of the dev sentences: document "s<N>" is row N.
struct Analysis {
  json root;
  std::map<std::string, json> documents;  // by id
  std::map<std::string, json> actors;     // by id
  int documents_read = 0;

  const json* document(size_t row) const {
    auto it = documents.find(row_id(row));
    return it == documents.end() ? nullptr : &it->second;
  }
  bool in_kb(const std::string& actor) const {
    auto it = actors.find(actor);
    return it != actors.end() && it->second.value("in_kb", false);
  }
  std::string state_of(const std::string& actor) const {
    auto it = actors.find(actor);
    return it == actors.end() ? "" : str_or(it->second, "state");
  }
};

// Builds the JSONL (one document per row, {"id": "s<N>", "text", "date"}) and
// analyzes it. `date_key` names the row's document date field.
inline Analysis analyze_rows(const std::vector<json>& rows, const char* date_key) {
  std::string jsonl;
  for (size_t i = 0; i < rows.size(); ++i) {
    json doc = {{"id", row_id(i)}, {"text", str_or(rows[i], "text")}};
    std::string date = str_or(rows[i], date_key);
    if (!date.empty()) doc["date"] = date;
    jsonl += doc.dump() + "\n";
  }
  Analysis a;
  marsad::Analyzer analyzer;
  analyzer.add_file("dev.jsonl", jsonl);
  a.documents_read = static_cast<int>(analyzer.document_count());
  a.root = json::parse(analyzer.analysis_json(), nullptr, false);
  if (a.root.is_discarded() || !a.root.is_object()) return a;
  if (a.root.contains("documents") && a.root["documents"].is_array())
    for (const auto& d : a.root["documents"]) a.documents[str_or(d, "id")] = d;
  if (a.root.contains("actors") && a.root["actors"].is_array())
    for (const auto& x : a.root["actors"]) a.actors[str_or(x, "id")] = x;
  return a;
}

inline const json& array_or_empty(const json& j, const char* key) {
  static const json empty = json::array();
  if (!j.is_object() || !j.contains(key) || !j[key].is_array()) return empty;
  return j[key];
}

// Details (every miss, not only the most frequent kinds) when MARSAD_EVAL_VERBOSE is set.
inline bool verbose() {
  const char* v = std::getenv("MARSAD_EVAL_VERBOSE");
  return v && *v && std::string(v) != "0";
}

// The most frequent keys of a tally, most frequent first.
inline std::vector<std::pair<std::string, int>> top(const std::map<std::string, int>& tally, size_t n) {
  std::vector<std::pair<std::string, int>> v(tally.begin(), tally.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v.size() > n) v.resize(n);
  return v;
}

inline double percent(int part, int whole) { return whole ? 100.0 * part / whole : 0.0; }

}  // namespace marsad::eval
