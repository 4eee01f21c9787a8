// CSV (RFC 4180) with a header row naming the fields. The separator is ','
// unless the header has no comma but has ';' or tabs. Quoted fields may hold
// separators, doubled quotes and line breaks; positions stay exact because
// every record remembers where in the text it starts.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "corpus/fields.h"
#include "corpus/readers.h"

namespace marsad::corpus {

namespace {

struct Record {
  size_t start = 0;                 // position in the text
  std::vector<std::string> fields;
  bool unterminated = false;        // a quote opened at quote_pos and never closed
  size_t quote_pos = 0;
  bool stray = false;               // text after a closing quote, at stray_pos (kept)
  size_t stray_pos = 0;
};

class CsvScanner {
 public:
  CsvScanner(std::string_view t, char sep) : t_(t), sep_(sep) {}

  bool done() const { return i_ >= t_.size(); }

  // Reads the record at the current position, through its line end.
  Record next() {
    const size_t n = t_.size();
    Record r;
    r.start = i_;
    while (true) {
      std::string cur;
      size_t lead = i_;
      while (lead < n && t_[lead] == ' ') ++lead;  // tolerate `a, "b"`
      if (lead < n && t_[lead] == '"') {
        size_t open = lead;
        i_ = lead + 1;
        bool closed = false;
        while (i_ < n) {
          if (t_[i_] == '"') {
            if (i_ + 1 < n && t_[i_ + 1] == '"') {
              cur += '"';
              i_ += 2;
              continue;
            }
            ++i_;
            closed = true;
            break;
          }
          cur += t_[i_++];
        }
        if (!closed) {
          r.unterminated = true;
          r.quote_pos = open;
          r.fields.push_back(std::move(cur));
          return r;
        }
        size_t after = i_;
        std::string tail;
        while (i_ < n && !at_field_end()) tail += t_[i_++];
        if (!is_blank(tail)) {
          cur += tail;
          if (!r.stray) r.stray = true, r.stray_pos = after;
        }
      } else {
        while (i_ < n && !at_field_end()) cur += t_[i_++];
      }
      r.fields.push_back(std::move(cur));
      if (i_ >= n) return r;
      if (t_[i_] == sep_) {
        ++i_;
        continue;
      }
      i_ += (t_[i_] == '\r' && i_ + 1 < n && t_[i_ + 1] == '\n') ? 2 : 1;
      return r;
    }
  }

 private:
  bool at_field_end() const { return t_[i_] == sep_ || t_[i_] == '\n' || t_[i_] == '\r'; }

  std::string_view t_;
  char sep_;
  size_t i_ = 0;
};

// ',' unless the first line (outside quotes) has no comma but has ';' or tabs.
char detect_separator(std::string_view t) {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : t) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (commas == 0 && semicolons > 0) return ';';
  if (commas == 0 && tabs > 0) return '\t';
  return ',';
}

bool is_blank_record(const Record& r) { return r.fields.size() == 1 && is_blank(r.fields[0]); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void report_unterminated(const Source& src, const Record& r, ReadResult& out) {
  out.problems.push_back(src.at(r.quote_pos, "",
                                "unterminated quoted field: the quote opened here is never closed; "
                                "the rest of the file was not read"));
}

}  // namespace

void read_csv(const Source& src, ReadResult& out) {
  CsvScanner scan(src.text, detect_separator(src.text));

  Record header;
  do {
    header = scan.next();
  } while (is_blank_record(header) && !scan.done());
  if (header.unterminated) {
    report_unterminated(src, header, out);
    return;
  }

  std::vector<Column> columns;
  bool has_text = false;
  std::string names;  // for the message when there is no text column
  std::vector<std::string Document::*> used;  // known fields already given a column
  for (size_t k = 0; k < header.fields.size(); ++k) {
    Column col;
    col.name = std::string(trim(header.fields[k]));
    if (col.name.empty()) col.name = "column " + std::to_string(k + 1);
    col.field = known_field(lower_ascii(col.name));
    // Known fields are few: a duplicate is one already used (linear in the
    // columns, so a header of 100,000 columns stays fast).
    if (col.field != nullptr && std::find(used.begin(), used.end(), col.field) != used.end()) {
      out.problems.push_back(src.at(header.start, col.name,
                                    "duplicate column \"" + excerpt(col.name, 30) +
                                        "\": only the first is used, this one is kept as an extra field",
                                    true));
      col.field = nullptr;
    }
    if (col.field != nullptr) used.push_back(col.field);
    has_text = has_text || col.field == &Document::text;
    if (names.size() < 200) names += (names.empty() ? "" : ", ") + col.name;  // only an excerpt is shown
    columns.push_back(std::move(col));
  }
  if (!has_text) {
    out.problems.push_back(src.at(header.start, "text",
                                  "no \"text\" column in the header (columns: " + excerpt(names, 60) +
                                      "); file not read"));
    return;
  }

  while (!scan.done()) {
    Record r = scan.next();
    if (r.unterminated) {
      report_unterminated(src, r, out);
      return;
    }
    if (is_blank_record(r)) continue;
    if (r.fields.size() != columns.size()) {
      out.problems.push_back(src.at(r.start, "",
                                    "row has " + std::to_string(r.fields.size()) + " fields, the header has " +
                                        std::to_string(columns.size()) + "; row skipped"));
      continue;
    }
    if (r.stray) {
      out.problems.push_back(src.at(r.stray_pos, "", "text after a closing quote, kept as part of the field", true));
    }
    if (std::optional<Document> doc = document_from_row(columns, r.fields, src, r.start, out.problems)) {
      out.documents.push_back(std::move(*doc));
    }
  }
}

}  // namespace marsad::corpus
