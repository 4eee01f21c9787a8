// From one record (a JSON object, or a CSV row under its header) to a
// Document: the known fields are checked and copied, the rest is kept in
// `extra`. Also the depth-limited, exception-free JSON parse the JSON readers
// share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/readers.h"
#include "marsad/document.h"
#include "marsad/problem.h"

namespace marsad::corpus {

// ordered_json keeps the object's keys in input order, so `extra` does too.
using Json = nlohmann::ordered_json;

inline constexpr int kMaxJsonDepth = 64;

struct JsonParse {
  bool ok = false;
  Json value;
  size_t error_pos = 0;  // offset in the parsed text of the error
  std::string error;     // the parser's message, short, without its own position
};

// Parses one JSON value. Never throws or aborts; nesting deeper than
// kMaxJsonDepth is an error.
JsonParse parse_json_record(std::string_view text);

// "an object", "an array", "a string", "a number", "a boolean" or "null".
const char* json_kind(const Json& value);

// The Document member a known field name ("id", "text", "title", "source",
// "author", "section", "url", "lang", "date") maps to, or nullptr.
std::string Document::*known_field(std::string_view name);

// A JSON object found at position `pos` of src.text. Returns nullopt (with a
// problem) when the record has no usable text; field problems keep the record.
std::optional<Document> document_from_json(const Json& object, const Source& src, size_t pos,
                                           std::vector<Problem>& problems);

// One CSV column: its header name as written (trimmed) and the Document member
// it fills, or nullptr for a column that goes to `extra`.
struct Column {
  std::string name;
  std::string Document::*field = nullptr;
};

// A CSV row (as many values as columns) starting at position `pos` of src.text.
std::optional<Document> document_from_row(const std::vector<Column>& columns,
                                          const std::vector<std::string>& values, const Source& src,
                                          size_t pos, std::vector<Problem>& problems);

}  // namespace marsad::corpus
