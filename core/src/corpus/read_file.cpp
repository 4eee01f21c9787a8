// read_file(): the one entry point of the corpus readers. Rejects binary
// input, prepares the text (BOM, UTF-8 repair, line index; see readers.h) and
// hands it to the reader the file's extension names, or that its content
// suggests when the extension is unknown.
#include <algorithm>
#include <cctype>
#include <string>

#include "corpus/fields.h"
#include "corpus/readers.h"
#include "text/utf8.h"

namespace marsad::corpus {

namespace {

constexpr size_t kSniffBytes = 8192;        // binary detection looks at this much
constexpr double kMaxInvalidShare = 0.30;   // of those bytes, at most this share invalid

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// repair_utf8 reports where each replaced sequence starts; recover how many
// bytes each one covered. A maximal invalid subpart is a lead byte plus the
// continuation bytes that follow it, up to the next reported offset (a stray
// continuation byte is its own subpart, so it is always reported).
std::vector<Source::Replacement> replacements(std::string_view body, size_t bom,
                                              const std::vector<size_t>& bad) {
  std::vector<Source::Replacement> out;
  out.reserve(bad.size());
  size_t text_pos = 0, prev_end = 0;
  for (size_t k = 0; k < bad.size(); ++k) {
    size_t b = bad[k];
    size_t next = k + 1 < bad.size() ? bad[k + 1] : body.size();
    size_t len = 1;
    while (len < 3 && b + len < next && is_continuation(body[b + len])) ++len;
    text_pos += b - prev_end;
    out.push_back({text_pos, b + bom, len});
    text_pos += 3;  // U+FFFD
    prev_end = b + len;
  }
  return out;
}

std::string lower_extension(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

enum class Format { kJsonl, kJson, kCsv, kTxt };

// Unknown extension: '[' → JSON array; '{' → JSON Lines, unless the first line
// is not a whole object (a pretty-printed object) or is a {"documents": …}
// wrapper; anything else → plain text.
Format sniff(const Source& src) {
  std::string_view t = src.text;
  size_t i = t.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return Format::kTxt;
  if (t[i] == '[') return Format::kJson;
  if (t[i] != '{') return Format::kTxt;
  size_t eol = t.find_first_of("\r\n", i);
  std::string_view first = t.substr(i, eol == std::string_view::npos ? t.size() - i : eol - i);
  JsonParse parsed = parse_json_record(first);
  if (!parsed.ok || !parsed.value.is_object() || parsed.value.contains("documents")) return Format::kJson;
  return Format::kJsonl;
}

}  // namespace

int64_t Source::line_of(size_t pos) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
  return static_cast<int64_t>(it - line_starts.begin());
}

int64_t Source::byte_of(size_t pos) const {
  auto it = std::upper_bound(replacements.begin(), replacements.end(), pos,
                             [](size_t p, const Replacement& r) { return p < r.text_pos; });
  if (it == replacements.begin()) return static_cast<int64_t>(pos + bom);
  const Replacement& r = *(it - 1);
  if (pos < r.text_pos + 3) return static_cast<int64_t>(r.file_pos);
  return static_cast<int64_t>(r.file_pos + r.file_len + (pos - r.text_pos - 3));
}

Problem Source::at(size_t pos, std::string field, std::string message, bool warning) const {
  return Problem{name, line_of(pos), byte_of(pos), std::move(field), std::move(message), warning};
}

Problem Source::whole(std::string message) const {
  return Problem{name, 0, -1, "", std::move(message), false};
}

Source make_source(std::string_view name, std::string_view bytes) {
  Source src;
  src.name = std::string(name);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") src.bom = 3;
  std::string_view body = bytes.substr(src.bom);
  std::vector<size_t> bad;
  src.text = text::repair_utf8(body, &bad);
  src.replacements = replacements(body, src.bom, bad);
  src.line_starts.push_back(0);
  const std::string& t = src.text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      src.line_starts.push_back(i + 1);
    } else if (t[i] == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      src.line_starts.push_back(i + 1);
    }
  }
  return src;
}

std::string excerpt(std::string_view s, size_t max_bytes) {
  bool cut = s.size() > max_bytes;
  if (cut) {
    size_t end = max_bytes;
    while (end > 0 && is_continuation(s[end])) --end;
    s = s.substr(0, end);
  }
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (cut) out += "…";
  return out;
}

namespace {
// Length of the whitespace character at s[i], or 0.
size_t space_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  std::string_view rest = s.substr(i);
  for (std::string_view sp : {"\xC2\xA0", "\xEF\xBB\xBF", "\xE2\x80\x8E", "\xE2\x80\x8F"}) {
    if (rest.substr(0, sp.size()) == sp) return sp.size();
  }
  return 0;
}
}  // namespace

std::string_view trim(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t n = space_at(s, b);
    if (n == 0) break;
    b += n;
  }
  s = s.substr(b);
  // Trailing: step back over whole code points.
  size_t e = s.size();
  while (e > 0) {
    size_t start = e - 1;
    while (start > 0 && is_continuation(s[start])) --start;
    size_t n = space_at(s, start);
    if (n == 0 || start + n != e) break;
    e = start;
  }
  return s.substr(0, e);
}

bool is_blank(std::string_view s) { return trim(s).empty(); }

namespace {

// A file in another text encoding, or a known binary format, named from its
// first bytes: "" when not recognized. A user who drops a UTF-16 export or a
// .gz of the corpus learns what to do instead of "binary file".
std::string recognized_not_utf8(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv)) return "not read: the file is UTF-32 LE text (byte order mark); save it as UTF-8";
  if (starts("\x00\x00\xFE\xFF"sv)) return "not read: the file is UTF-32 BE text (byte order mark); save it as UTF-8";
  if (starts("\xFF\xFE"sv)) return "not read: the file is UTF-16 LE text (byte order mark); save it as UTF-8";
  if (starts("\xFE\xFF"sv)) return "not read: the file is UTF-16 BE text (byte order mark); save it as UTF-8";
  if (starts("\x1F\x8B"sv)) return "binary file, not read (gzip-compressed data: decompress it first)";
  if (starts("PK\x03\x04"sv)) return "binary file, not read (a zip archive: extract the corpus file first)";
  if (starts("%PDF-"sv)) return "binary file, not read (a PDF document: export its text first)";
  // UTF-16 without a byte order mark: ASCII characters show as a NUL every
  // other byte. Look for NULs on one parity only among the first bytes.
  size_t n = std::min<size_t>(bytes.size() & ~size_t{1}, 512), odd = 0, even = 0;
  for (size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++(i % 2 ? odd : even);
  if (n >= 8 && even == 0 && odd * 16 >= n) return "not read: the file looks like UTF-16 LE text (no byte order mark); save it as UTF-8";
  if (n >= 8 && odd == 0 && even * 16 >= n) return "not read: the file looks like UTF-16 BE text (no byte order mark); save it as UTF-8";
  return "";
}

}  // namespace

ReadResult read_file(std::string_view name, std::string_view bytes, bool continuation) {
  ReadResult out;
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (std::string what = recognized_not_utf8(head); !what.empty()) {
    out.problems.push_back(Problem{std::string(name), 0, -1, "", std::move(what)});
    return out;
  }
  size_t nul = continuation ? std::string_view::npos : head.find('\0');
  if (nul != std::string_view::npos) {
    out.problems.push_back(Problem{std::string(name), 0, -1, "",
                                   "binary file, not read (NUL byte at byte " + std::to_string(nul) + ")"});
    return out;
  }

  Source src = make_source(name, bytes);
  if (!src.replacements.empty()) {
    size_t invalid = 0;
    for (const auto& r : src.replacements) {
      if (r.file_pos >= head.size()) break;
      invalid += std::min(r.file_len, head.size() - r.file_pos);
    }
    if (!continuation && invalid > kMaxInvalidShare * static_cast<double>(head.size())) {
      out.problems.push_back(src.whole("binary file, not read (" + std::to_string(invalid) + " of the first " +
                                       std::to_string(head.size()) + " bytes are not UTF-8)"));
      return out;
    }
    const auto& first = src.replacements.front();
    std::string msg = "invalid UTF-8 at byte " + std::to_string(first.file_pos);
    if (src.replacements.size() > 1) msg += " (and " + std::to_string(src.replacements.size() - 1) + " more)";
    msg += "; replaced with U+FFFD";
    out.problems.push_back(src.at(first.text_pos, "", std::move(msg)));
  }

  if (is_blank(src.text)) {
    if (!continuation) out.problems.push_back(src.whole("empty file"));
    return out;
  }

  std::string ext = lower_extension(name);
  Format f;
  if (ext == "jsonl" || ext == "ndjson") f = Format::kJsonl;
  else if (ext == "json") f = Format::kJson;
  else if (ext == "csv" || ext == "tsv") f = Format::kCsv;
  else if (ext == "txt") f = Format::kTxt;
  else f = sniff(src);

  switch (f) {
    case Format::kJsonl: read_jsonl(src, out); break;
    case Format::kJson: read_json(src, out); break;
    case Format::kCsv: read_csv(src, out); break;
    case Format::kTxt: read_txt(src, out); break;
  }
  return out;
}

}  // namespace marsad::corpus
