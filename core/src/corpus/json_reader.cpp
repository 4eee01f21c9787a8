// A JSON file: an array of documents, or an object with a "documents" array.
//
// The file is not parsed as a whole: one bad element would lose them all.
// Instead a small scanner walks the top level (strings, escapes, a stack of
// open brackets) to find each element's extent, and each element is parsed on
// its own. When an element is broken so that its extent is unknown (a string
// running into a line break, a mismatched bracket), reading resumes at the
// next line indented no further than that element that does not start with
// '}', ',' or ':' — where the next element or the array's end most likely is
// (the broken element's own lines are indented deeper, or close it with '}').
#include <algorithm>
#include <string>

#include "corpus/fields.h"
#include "corpus/readers.h"

namespace marsad::corpus {

namespace {

enum class Scan { kComplete, kBroken, kEof };

struct Span {
  Scan how;
  size_t end;  // complete: one past the value; broken: where it breaks; eof: text size
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_delimiter(char c) { return c == ',' || c == ']' || c == '}' || c == ':' || is_space(c); }

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size() && is_space(t[i])) ++i;
  return i;
}

// The extent of the JSON value that starts at t[i] (not a space).
Span scan_value(std::string_view t, size_t i) {
  const size_t n = t.size();
  std::string closers;  // the stack of brackets still open, as their closers
  while (i < n) {
    char c = t[i];
    if (c == '"') {
      size_t j = i + 1;
      while (true) {
        if (j >= n) return {Scan::kEof, n};
        if (t[j] == '\\') {
          j += 2;
          continue;
        }
        if (t[j] == '"') break;
        if (t[j] == '\n' || t[j] == '\r') return {Scan::kBroken, j};  // JSON strings never hold raw breaks
        ++j;
      }
      i = j + 1;
      if (closers.empty()) return {Scan::kComplete, i};
    } else if (c == '{' || c == '[') {
      closers.push_back(c == '{' ? '}' : ']');
      ++i;
    } else if (c == '}' || c == ']') {
      if (closers.empty() || closers.back() != c) return {Scan::kBroken, i};
      closers.pop_back();
      ++i;
      if (closers.empty()) return {Scan::kComplete, i};
    } else if (closers.empty()) {  // a bare scalar: up to the next delimiter
      while (i < n && !is_delimiter(t[i])) ++i;
      return {Scan::kComplete, i};
    } else {
      ++i;
    }
  }
  return {Scan::kEof, n};
}

// What a value starting with t[i] is, for messages.
std::string kind_at(std::string_view t, size_t i) {
  char c = t[i];
  if (c == '{') return "an object";
  if (c == '[') return "an array";
  if (c == '"') return "a string";
  if (c == '-' || (c >= '0' && c <= '9')) return "a number";
  if (c == 't' || c == 'f') return "a boolean";
  if (c == 'n') return "null";
  return "\"" + excerpt(t.substr(i), 30) + "\"";
}

// Where to resume after a broken element that started at `start`: see the
// comment at the top of the file.
size_t resync(const Source& src, size_t start, size_t broken_at) {
  std::string_view t = src.text;
  size_t indent = start - src.line_starts[src.line_of(start) - 1];
  for (size_t l = static_cast<size_t>(src.line_of(broken_at)); l < src.line_starts.size(); ++l) {
    size_t k = src.line_starts[l];
    size_t first = k;
    while (first < t.size() && (t[first] == ' ' || t[first] == '\t')) ++first;
    if (first >= t.size() || first - k > indent) continue;
    char c = t[first];
    if (c != '\n' && c != '\r' && c != '}' && c != ',' && c != ':') return first;
  }
  return t.size();
}

class JsonFileReader {
 public:
  JsonFileReader(const Source& src, ReadResult& out) : src_(src), t_(src.text), out_(out) {}

  void read() {
    size_t i = skip_spaces(t_, 0);
    if (i >= t_.size()) {
      out_.problems.push_back(src_.whole("empty file"));
    } else if (t_[i] == '[') {
      read_array(i, /*top_level=*/true);
    } else if (t_[i] == '{') {
      read_wrapper(i);
    } else {
      problem(i, "expected an array of documents or an object with a \"documents\" array, found " + kind_at(t_, i));
    }
  }

 private:
  void problem(size_t pos, std::string message, bool warning = false) {
    out_.problems.push_back(src_.at(pos, "", std::move(message), warning));
  }

  // An array of documents; t_[i] is its '['.
  void read_array(size_t i, bool top_level) {
    const size_t n = t_.size(), documents_before = out_.documents.size();
    int index = 0;
    bool after_element = false;
    ++i;
    while (true) {
      i = skip_spaces(t_, i);
      if (i >= n) {
        problem(n, "file ends before the array's closing ']' (truncated?); " +
                       std::to_string(out_.documents.size() - documents_before) + " documents before it were read");
        return;
      }
      char c = t_[i];
      if (c == ']') {
        size_t rest = skip_spaces(t_, i + 1);
        if (top_level && rest < n) {
          problem(rest, "unexpected content after the array, ignored: " + excerpt(t_.substr(rest), 30), true);
        }
        return;
      }
      if (c == ',') {
        if (!after_element) problem(i, "extra ',' in the array, ignored", true);
        after_element = false;
        ++i;
        continue;
      }
      if (c == '}' || c == ':') {
        problem(i, std::string("unexpected '") + c + "' between elements, ignored");
        after_element = false;
        ++i;
        continue;
      }
      if (after_element) problem(i, "missing ',' before this element", true);
      ++index;
      Span span = scan_value(t_, i);
      if (span.how == Scan::kEof) {
        problem(i, "element " + std::to_string(index) + " is incomplete: the file ends inside it (truncated?); " +
                       std::to_string(out_.documents.size() - documents_before) + " documents before it were read");
        return;
      }
      if (span.how == Scan::kBroken) {
        std::string_view part = t_.substr(i, span.end + 1 - i);
        JsonParse parsed = parse_json_record(part);
        malformed(index, i, parsed.ok ? span.end : i + parsed.error_pos,
                  parsed.ok ? "unbalanced brackets" : parsed.error);
        i = resync(src_, i, span.end);
        after_element = false;
        continue;
      }
      element(index, i, t_.substr(i, span.end - i));
      i = span.end;
      after_element = true;
    }
  }

  void malformed(int index, size_t start, size_t error_pos, const std::string& error) {
    std::string where;
    if (src_.line_of(error_pos) != src_.line_of(start)) {
      where = " (error on line " + std::to_string(src_.line_of(error_pos)) + ")";
    }
    problem(start, "malformed JSON in element " + std::to_string(index) + where + ": " + error);
  }

  void element(int index, size_t start, std::string_view text) {
    JsonParse parsed = parse_json_record(text);
    if (!parsed.ok) {
      malformed(index, start, start + parsed.error_pos, parsed.error);
    } else if (!parsed.value.is_object()) {
      problem(start, "element " + std::to_string(index) + " is " + json_kind(parsed.value) + ", not an object: " +
                         excerpt(text, 30));
    } else if (std::optional<Document> doc = document_from_json(parsed.value, src_, start, out_.problems)) {
      out_.documents.push_back(std::move(*doc));
    }
  }

  // {"documents": [...], ...}; t_[i] is its '{'. Other keys are skipped.
  void read_wrapper(size_t i) {
    const size_t n = t_.size();
    const size_t open = i;
    bool has_text = false;
    ++i;
    while (true) {
      i = skip_spaces(t_, i);
      if (i >= n) {
        problem(n, "file ends inside the top-level object before a \"documents\" array (truncated?)");
        return;
      }
      if (t_[i] == '}') {
        problem(open, std::string("the top-level object has no \"documents\" array") +
                          (has_text ? " (it looks like a single document: put it in an array, or use .jsonl)" : ""));
        return;
      }
      if (t_[i] == ',') {
        ++i;
        continue;
      }
      Span key_span = t_[i] == '"' ? scan_value(t_, i) : Span{Scan::kBroken, i};
      JsonParse key;
      if (key_span.how == Scan::kComplete) key = parse_json_record(t_.substr(i, key_span.end - i));
      if (!key.ok || !key.value.is_string()) {
        problem(i, "malformed top-level object: expected a key, found \"" + excerpt(t_.substr(i), 30) + "\"");
        return;
      }
      i = skip_spaces(t_, key_span.end);
      if (i >= n || t_[i] != ':') {
        problem(std::min(i, n), "malformed top-level object: expected ':' after the key");
        return;
      }
      i = skip_spaces(t_, i + 1);
      if (i >= n) {
        problem(n, "file ends inside the top-level object (truncated?)");
        return;
      }
      const std::string& name = key.value.get_ref<const std::string&>();
      if (name == "documents") {
        if (t_[i] == '[') {
          read_array(i, /*top_level=*/false);
        } else {
          problem(i, "\"documents\" is " + kind_at(t_, i) + ", expected an array");
        }
        return;
      }
      if (name == "text") has_text = true;
      Span value = scan_value(t_, i);
      if (value.how != Scan::kComplete) {
        problem(i, "malformed top-level object: the value of \"" + excerpt(name, 30) + "\" is broken");
        return;
      }
      i = value.end;
    }
  }

  const Source& src_;
  std::string_view t_;
  ReadResult& out_;
};

}  // namespace

void read_json(const Source& src, ReadResult& out) { JsonFileReader(src, out).read(); }

}  // namespace marsad::corpus
