// A plain-text file is one document. Its first non-empty line is the title
// when more text follows it; its id is the file's base name when that is a
// safe identifier (otherwise empty: the corpus derives ids from the content).
#include <string>

#include "corpus/readers.h"

namespace marsad::corpus {

namespace {

std::string id_from_name(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  size_t dot = base.rfind('.');
  std::string_view stem = dot == std::string_view::npos ? base : base.substr(0, dot);
  if (stem.empty()) return "";
  for (char c : stem) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
              c == '-';
    if (!ok) return "";
  }
  return std::string(stem);
}

}  // namespace

void read_txt(const Source& src, ReadResult& out) {
  std::string_view t = src.text;
  if (is_blank(t)) {
    out.problems.push_back(src.whole("empty file"));
    return;
  }
  Document d;
  d.file = src.name;
  d.line = 1;
  d.id = id_from_name(src.name);

  // The first non-empty line, and whether anything follows it.
  for (size_t n = 0; n < src.line_starts.size(); ++n) {
    size_t start = src.line_starts[n];
    size_t end = n + 1 < src.line_starts.size() ? src.line_starts[n + 1] : t.size();
    std::string_view line = trim(t.substr(start, end - start));
    if (line.empty()) continue;
    if (!is_blank(t.substr(end))) d.title = std::string(line);
    break;
  }

  d.text.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') continue;
    d.text.push_back(t[i]);
  }
  out.documents.push_back(std::move(d));
}

}  // namespace marsad::corpus
