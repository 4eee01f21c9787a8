// A record's fields as the JSON for readers shows them (docs/analysis-json.md),
// written from its table (record_fields.h): the analysis JSON and the query
// layer's events both write records through here.
#pragma once

#include <string_view>
#include <variant>

#include "analysis/record_fields.h"
#include "text/utf16_offsets.h"
#include "util/json.h"

namespace marsad::analysis {

// The document a record's spans point into: spans are written as UTF-16
// offsets into it, and kStartEndText also writes the spanned text.
struct SpanText {
  std::string_view text;
  const text::Utf16Offsets& u16;
};

void put_field(util::Json& out, const char* name, Write write, const std::string& value, const SpanText& text);
void put_field(util::Json& out, const char* name, Write write, const std::vector<std::string>& value,
               const SpanText& text);
void put_field(util::Json& out, const char* name, Write write, double value, const SpanText& text);
void put_field(util::Json& out, const char* name, Write write, float value, const SpanText& text);
void put_field(util::Json& out, const char* name, Write write, bool value, const SpanText& text);
void put_field(util::Json& out, const char* name, Write write, ByteSpan value, const SpanText& text);

// Writes into `out`, in table order, the fields of `record` that `wanted`
// selects (every field by default), each as its row's Write says.
template <class Record, class Wanted>
void put_fields(util::Json& out, const Record& record, const RecordTable<Record>& table, const SpanText& text,
                Wanted wanted) {
  for (const Field<Record>& f : table.fields) {
    if (f.write == Write::kStoredOnly || !wanted(f)) continue;
    std::visit([&](auto member) { put_field(out, f.name, f.write, record.*member, text); }, f.member);
  }
}

template <class Record>
util::Json record_json(const Record& record, const RecordTable<Record>& table, const SpanText& text) {
  util::Json out = util::Json::object();
  put_fields(out, record, table, text, [](const Field<Record>&) { return true; });
  return out;
}

}  // namespace marsad::analysis
