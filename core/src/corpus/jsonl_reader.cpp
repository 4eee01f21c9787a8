// JSON Lines: one object per line. Each line is parsed on its own, so a bad
// line costs only itself; blank lines are skipped silently.
#include "corpus/fields.h"
#include "corpus/readers.h"

namespace marsad::corpus {

void read_jsonl(const Source& src, ReadResult& out) {
  std::string_view t = src.text;
  for (size_t n = 0; n < src.line_starts.size(); ++n) {
    size_t start = src.line_starts[n];
    size_t end = n + 1 < src.line_starts.size() ? src.line_starts[n + 1] : t.size();
    std::string_view line = t.substr(start, end - start);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (is_blank(line)) continue;

    JsonParse parsed = parse_json_record(line);
    if (!parsed.ok) {
      out.problems.push_back(src.at(start + parsed.error_pos, "", "malformed JSON: " + parsed.error));
      continue;
    }
    if (!parsed.value.is_object()) {
      size_t lead = line.find_first_not_of(" \t");
      out.problems.push_back(src.at(start, "",
                                    std::string("expected a JSON object, found ") + json_kind(parsed.value) +
                                        ": " + excerpt(line.substr(lead), 30)));
      continue;
    }
    std::optional<Document> doc = document_from_json(parsed.value, src, start, out.problems);
    if (doc) out.documents.push_back(std::move(*doc));
  }
}

}  // namespace marsad::corpus
