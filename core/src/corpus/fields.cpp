// Record → Document. Known fields must be strings (an id may also be a
// number); a wrong type or a bad date drops that field with a problem but keeps
// the document; a record without text is skipped.
#include "corpus/fields.h"

#include <algorithm>
#include <utility>

#include "corpus/date.h"
#include "text/utf8.h"

namespace marsad::corpus {

namespace {

// The SAX handler behind parse_json_record: builds the value with the
// library's own DOM builder, but stops (instead of recursing on) nesting
// beyond kMaxJsonDepth, and records parse errors instead of throwing.
class LimitedDomBuilder {
 public:
  explicit LimitedDomBuilder(Json& root) : dom_(root, /*allow_exceptions=*/false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& s) { return dom_.number_float(v, s); }
  bool string(Json::string_t& v) { return dom_.string(v); }
  bool binary(Json::binary_t& v) { return dom_.binary(v); }
  bool key(Json::string_t& k) { return dom_.key(k); }
  bool start_object(std::size_t n) { return enter() && dom_.start_object(n); }
  bool end_object() { --depth_; return dom_.end_object(); }
  bool start_array(std::size_t n) { return enter() && dom_.start_array(n); }
  bool end_array() { --depth_; return dom_.end_array(); }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& ex) {
    error_ = true;
    position_ = position;
    message_ = ex.what();
    return false;
  }

  bool too_deep() const { return too_deep_; }
  bool error() const { return error_; }
  size_t position() const { return position_; }
  const std::string& message() const { return message_; }

 private:
  bool enter() {
    if (++depth_ > kMaxJsonDepth) too_deep_ = true;
    return !too_deep_;
  }

  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  int depth_ = 0;
  bool too_deep_ = false, error_ = false;
  size_t position_ = 0;
  std::string message_;
};

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax
// error … ; last read: '<token>'" → "syntax error …; last read: '<short token>'".
// Our caller reports the position itself, and the token can be huge.
std::string short_parse_message(const std::string& what) {
  std::string msg = what;
  size_t col = msg.find(", column ");
  size_t colon = col == std::string::npos ? std::string::npos : msg.find(": ", col);
  if (colon != std::string::npos) {
    msg = msg.substr(colon + 2);
  } else if (size_t br = msg.find("] "); br != std::string::npos) {
    msg = msg.substr(br + 2);
  }
  const std::string lead = "last read: '";
  size_t lr = msg.find(lead);
  if (lr != std::string::npos) {
    size_t start = lr + lead.size();
    // The message ends "…'" or "…'; expected <token kind>". The token is the
    // input's own text and may itself hold "'; expected": find the end from
    // the known tails, never by searching inside the token.
    static constexpr std::string_view kExpected[] = {
        "'[', '{', or a literal", "string literal", "number literal", "true literal", "false literal",
        "null literal", "'['", "'{'", "']'", "'}'", "':'", "','", "end of input", "<parse error>",
        "<uninitialized>", "unknown token"};
    std::string_view m = msg;
    size_t end = std::string::npos;
    for (std::string_view kind : kExpected) {
      std::string tail = "'; expected " + std::string(kind);
      if (m.size() >= start + tail.size() && m.substr(m.size() - tail.size()) == tail) {
        end = m.size() - tail.size();
        break;
      }
    }
    if (end == std::string::npos && m.size() > start && m.back() == '\'') end = m.size() - 1;
    if (end != std::string::npos && end >= start) {
      // The parser may stop inside a multi-byte character: drop the partial one.
      std::string_view token = m.substr(start, end - start);
      token = token.substr(0, std::min(token.size(), text::find_invalid_utf8(token)));
      msg = msg.substr(0, start) + excerpt(token, 30) + msg.substr(end);
    } else {
      msg = msg.substr(0, lr) + "last read: (not shown)";
    }
  }
  // Messages are shown and serialized as JSON: they must be valid UTF-8.
  return text::repair_utf8(msg);
}

// Where nesting first goes beyond kMaxJsonDepth (strings skipped).
size_t too_deep_position(std::string_view t) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return 0;
}

}  // namespace

const char* json_kind(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::null: return "null";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "not a JSON value";
  }
}

namespace {

std::string crlf_to_lf(std::string_view s) {
  if (s.find('\r') == std::string_view::npos) return std::string(s);  // nearly always: one copy
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out.push_back(s[i]);
  }
  return out;
}

// Stores one known field's string value: text as given (CRLF → LF), dates
// parsed, the rest trimmed.
void set_field(Document& d, std::string Document::*member, std::string_view value, const Source& src,
               size_t pos, std::vector<Problem>& problems) {
  if (member == &Document::text) {
    d.text = crlf_to_lf(value);
    return;
  }
  std::string_view v = trim(value);
  if (member != &Document::date) {
    d.*member = crlf_to_lf(v);
    return;
  }
  d.date.clear();
  if (v.empty()) return;
  DateError err = DateError::kNone;
  std::optional<std::string> iso = parse_date(v, &err);
  if (iso) {
    d.date = *iso;
  } else if (err == DateError::kAmbiguous) {
    problems.push_back(src.at(pos, "date",
                              "ambiguous date \"" + excerpt(v) +
                                  "\": day and month could be either way round; date dropped"));
  } else {
    problems.push_back(src.at(pos, "date",
                              "invalid date \"" + excerpt(v) +
                                  "\": expected a year, year-month or full date such as 2019-04-21; date dropped"));
  }
}

// The last check for every record: it must have some text.
std::optional<Document> finish(Document d, const std::string& why_no_text, const Source& src, size_t pos,
                               std::vector<Problem>& problems) {
  if (is_blank(d.text)) {
    problems.push_back(src.at(pos, "text", "missing text: " + why_no_text + "; record skipped"));
    return std::nullopt;
  }
  return d;
}

}  // namespace

JsonParse parse_json_record(std::string_view text) {
  JsonParse r;
  LimitedDomBuilder sax(r.value);
  r.ok = Json::sax_parse(text, &sax);
  if (r.ok) return r;
  r.value = Json();
  if (sax.too_deep()) {
    r.error_pos = too_deep_position(text);
    r.error = "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  } else if (sax.error()) {
    // The parser counts characters read; the offending one is the last read.
    r.error_pos = sax.position() > 0 ? std::min(sax.position() - 1, text.size()) : 0;
    r.error = short_parse_message(sax.message());
  } else {
    r.error = "could not parse JSON";
  }
  return r;
}

std::string Document::*known_field(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string Document::*> kFields[] = {
      {"id", &Document::id},         {"text", &Document::text},     {"title", &Document::title},
      {"source", &Document::source}, {"author", &Document::author}, {"section", &Document::section},
      {"url", &Document::url},       {"lang", &Document::lang},     {"date", &Document::date},
  };
  for (const auto& [n, m] : kFields) {
    if (n == name) return m;
  }
  return nullptr;
}

std::optional<Document> document_from_json(const Json& object, const Source& src, size_t pos,
                                           std::vector<Problem>& problems) {
  Document d;
  d.file = src.name;
  d.line = src.line_of(pos);
  std::string why_no_text = "no \"text\" field";
  for (const auto& [key, value] : object.items()) {
    std::string Document::*member = known_field(key);
    if (member == nullptr) {
      d.extra.emplace_back(key, value.dump());
      continue;
    }
    if (value.is_string()) {
      set_field(d, member, value.get_ref<const std::string&>(), src, pos, problems);
      if (member == &Document::text) why_no_text = "\"text\" is empty";
    } else if (member == &Document::id && value.is_number()) {
      d.id = value.dump();
    } else if (member == &Document::text) {
      why_no_text = std::string("\"text\" is ") + json_kind(value) + ", not a string";
    } else if (!value.is_null()) {  // null: treated as absent
      problems.push_back(src.at(pos, key,
                                "\"" + key + "\" is " + json_kind(value) + ", expected a string; field dropped"));
    }
  }
  return finish(std::move(d), why_no_text, src, pos, problems);
}

std::optional<Document> document_from_row(const std::vector<Column>& columns,
                                          const std::vector<std::string>& values, const Source& src,
                                          size_t pos, std::vector<Problem>& problems) {
  Document d;
  d.file = src.name;
  d.line = src.line_of(pos);
  for (size_t i = 0; i < columns.size() && i < values.size(); ++i) {
    if (columns[i].field != nullptr) {
      set_field(d, columns[i].field, values[i], src, pos, problems);
    } else if (!values[i].empty()) {
      d.extra.emplace_back(columns[i].name, Json(crlf_to_lf(values[i])).dump());
    }
  }
  return finish(std::move(d), "the \"text\" column is empty", src, pos, problems);
}

}  // namespace marsad::corpus
