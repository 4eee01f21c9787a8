// Hostile corpus inputs through the public Analyzer::add_file: every file of
// tests/fixtures/adversarial (written by its make_fixtures.py) and big inputs
// generated here (1 MB lines, 5 MB documents, 100,000-deep nesting, 100,000
// columns, 50,000 lines of one pathological sentence...). For each: no crash,
// the expected problems (message substring and line), the good documents read.
// Timing is not asserted, but every case must finish; the slowest are printed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/analyzer.h"
#include "text/utf8.h"
#include "test_files.h"

namespace marsad {
namespace {

using nlohmann::json;

// The biggest inputs are cut by this factor under ASan (scripts/lib/sanitize.sh,
// a Debug build 20-50 times slower); natively they run at full size.
// MARSAD_ADVERSARIAL_SCALE=N divides them by N (e.g. while a quadratic rule is
// being fixed: see the hardening report on events/extractor.cpp).
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kDefaultScale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr size_t kDefaultScale = 10;
#else
constexpr size_t kDefaultScale = 1;
#endif
#else
constexpr size_t kDefaultScale = 1;
#endif
const size_t kScale = [] {
  const char* env = std::getenv("MARSAD_ADVERSARIAL_SCALE");
  long n = env ? std::atol(env) : 0;
  return n > 0 ? static_cast<size_t>(n) : kDefaultScale;
}();

std::string fixture(const std::string& name) {
  std::string bytes = test::read_file(std::string(MARSAD_FIXTURES_DIR) + "/adversarial/" + name);
  EXPECT_FALSE(bytes.empty()) << "missing fixture " << name;
  return bytes;
}

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kAr = "التقى المشير خليفة حفتر رئيس المجلس الرئاسي فايز السراج في أبوظبي لبحث الأزمة الليبية.";
std::string good_line(const std::string& id) { return json{{"id", id}, {"text", kAr + " " + id}}.dump(); }

struct Want {
  std::string message_part;
  int64_t line = 0;  // 0: not checked
};

struct Case {
  std::string name;                   // file name given to add_file (its extension picks the reader)
  std::function<std::string()> bytes;  // the input
  size_t documents;                   // documents kept
  std::vector<Want> problems;         // in order; every problem must be listed
  std::vector<std::string> ids = {};  // ids that must be among the documents
};

Case file(std::string name, size_t documents, std::vector<Want> problems, std::vector<std::string> ids = {}) {
  return Case{name, [name] { return fixture(name); }, documents, std::move(problems), std::move(ids)};
}

std::vector<Case> cases() {
  const std::string g1 = good_line("g1"), g2 = good_line("g2");
  return {
      // Invalid UTF-8 of every kind on line 2: replaced, reported once with its byte, all three documents kept.
      file("utf8_overlong.jsonl", 3, {{"invalid UTF-8 at byte 273 (and 10 more); replaced with U+FFFD", 2}}, {"g1", "bad", "g2"}),
      file("utf8_surrogates.jsonl", 3, {{"invalid UTF-8 at byte 273 (and 11 more)", 2}}, {"g1", "bad", "g2"}),
      file("utf8_lone_continuation.jsonl", 3, {{"invalid UTF-8 at byte 273 (and 6 more)", 2}}, {"g1", "bad", "g2"}),
      file("utf8_f5_ff.jsonl", 3, {{"invalid UTF-8 at byte 273 (and 11 more)", 2}}, {"g1", "bad", "g2"}),
      file("utf8_truncated_mid.jsonl", 3, {{"invalid UTF-8 at byte 273 (and 2 more)", 2}}, {"g1", "bad", "g2"}),
      file("utf8_truncated_eof.jsonl", 2,
           {{"invalid UTF-8 at byte 403; replaced", 3}, {"malformed JSON: syntax error", 3}}, {"g1", "g2"}),
      // Other encodings and byte order marks.
      file("utf16le_bom.jsonl", 0, {{"UTF-16 LE text (byte order mark); save it as UTF-8"}}),
      file("utf16be_bom.txt", 0, {{"UTF-16 BE text (byte order mark)"}}),
      file("utf16le_no_bom.jsonl", 0, {{"looks like UTF-16 LE text"}}),
      file("utf32le_bom.json", 0, {{"UTF-32 LE text (byte order mark)"}}),
      file("bom_in_middle.jsonl", 3, {}, {"g1", "g2", "g3"}),
      file("bom_twice.txt", 1, {}),
      file("nul_bytes.jsonl", 0, {{"binary file, not read (NUL byte at byte 229)"}}),
      // Binary files under text extensions.
      file("zip_header.jsonl", 0, {{"binary file, not read (a zip archive"}}),
      file("png_header.json", 0, {{"binary file, not read (NUL byte at byte 8)"}}),
      file("gzip.jsonl", 0, {{"binary file, not read (gzip-compressed data"}}),
      file("pdf_like.txt", 0, {{"binary file, not read (a PDF document"}}),
      // JSON shapes.
      file("long_key.jsonl", 2,
           {{"missing text: \"text\" is a number, not a string", 3},
            {"duplicate of document \"g1\" (same normalized text)", 2}},
           {"g1", "g2"}),
      file("duplicate_keys.jsonl", 2, {}),
      file("number_text.jsonl", 2,
           {{"missing text: \"text\" is a number, not a string", 2}, {"malformed JSON: number overflow", 3}},
           {"g1", "g2"}),
      file("null_text.jsonl", 2, {{"missing text: \"text\" is null, not a string", 2}}, {"g1", "g2"}),
      file("arrays_of_arrays.jsonl", 2,
           {{"expected a JSON object, found an array", 2}, {"expected a JSON object, found an array: []", 3}},
           {"g1", "g2"}),
      file("arrays_of_arrays.json", 1,
           {{"element 1 is an array, not an object", 1}, {"element 2 is an array, not an object: [[1]]", 1}}, {"g2"}),
      file("nested_200.json", 0, {{"nesting deeper than 64 levels", 1}}),
      file("nested_200_in_field.jsonl", 2, {{"malformed JSON: nesting deeper than 64 levels", 2}}, {"g1", "g2"}),
      file("json_scalar.json", 0, {{"expected an array of documents or an object with a \"documents\" array", 1}}),
      file("documents_not_array.json", 0, {{"\"documents\" is an object, expected an array", 1}}),
      file("json_trailing_garbage.json", 1, {{"unexpected content after the array, ignored: trailing garbage", 1}}, {"g1"}),
      file("escaped_lone_surrogate.jsonl", 2,
           {{"surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 2},
            {"surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF", 3}},
           {"g1", "g2"}),
      file("wrong_types.jsonl", 1,
           {{"\"id\" is an object, expected a string; field dropped", 1},
            {"\"title\" is an array", 1},
            {"\"date\" is a number", 1},
            {"\"source\" is a boolean", 1}}),
      file("date_garbage.jsonl", 8,
           {{"invalid date \"99999-99-99\"", 1},
            {"invalid date \"2019-02-30\"", 2},
            {"invalid date \"0000-00-00\"", 4},
            {"invalid date \"2019-04-21T25:61:61Z\"", 5},
            {"invalid date \"-1\"", 6},
            {"invalid date \"1e9\"", 7},
            {"invalid date \"\u202e" "2019\"", 8}}),  // a bidi override is not part of a date
      // CSV.
      file("csv_unclosed_quote.csv", 1, {{"unterminated quoted field", 3}}, {"g1"}),
      file("csv_no_text_column.csv", 0, {{"no \"text\" column in the header (columns: id, title, body)", 1}}),
      file("csv_ragged.csv", 0,
           {{"row has 2 fields, the header has 3; row skipped", 2},
            {"row has 5 fields, the header has 3", 3},
            {"row has 1 fields, the header has 3", 4}}),
      file("cr_only.csv", 2, {{"missing text: the \"text\" column is empty", 4}}, {"1", "2"}),
      file("cr_only.jsonl", 2, {{"malformed JSON", 3}}, {"g1", "g2"}),
      file("mixed_line_ends.jsonl", 2, {{"malformed JSON", 2}, {"\"text\" is a number", 4}}, {"g1", "g2"}),
      file("csv_header_only.csv", 0, {}),
      file("csv_quotes_in_header.csv", 0, {{"no \"text\" column in the header (columns: i\"d, te xt)", 1}}),
      // Text content.
      file("html_script.jsonl", 1, {}, {"html"}),
      file("only_diacritics.txt", 1, {{"near-empty document (0 words)", 1}}),
      file("only_tatweel.jsonl", 2, {{"near-empty document (0 words)", 1}}, {"tt", "g1"}),
      file("only_zwj.jsonl", 2, {{"near-empty document (0 words)", 1}}, {"zw", "g1"}),
      file("rtl_override.jsonl", 1, {}, {"\u202e" "evil\u202c"}),
      file("hashtag_underscores.jsonl", 2, {{"near-empty document (2 words)", 2}}, {"hu", "hu2"}),
      file("quotes_repeated.jsonl", 3, {{"near-empty document (3 words)", 1}, {"near-empty document (2 words)", 3}}),
      file("empty_lines_only.jsonl", 0, {{"empty file"}}),
      file("whitespace_text.jsonl", 1, {{"missing text: \"text\" is empty", 1}}, {"g1"}),
      file("control_chars.txt", 1, {}),
      file("presentation_forms.txt", 1, {}),
      file("emoji_mixed.jsonl", 1, {}, {"em"}),
      // Generated: big and deep.
      {"line_1mb.jsonl", [=] { return g1 + "\n" + json{{"id", "big"}, {"text", repeat("حفتر ", 110000 / kScale)}}.dump() + "\n" + g2 + "\n"; },
       3, {}, {"g1", "big", "g2"}},
      {"doc_5mb.txt", [] { return "عنوان\n" + repeat("التقى حفتر السراج في باريس يوم 25 يوليو 2017. ", 60000 / kScale); }, 1, {}},
      {"nesting_100000.json", [] { return repeat("[", 100000) + repeat("]", 100000); }, 0, {{"nesting deeper than 64 levels", 1}}},
      {"nesting_100000_objects.jsonl", [=] { return g1 + "\n" + repeat("{\"a\":", 100000) + "1" + repeat("}", 100000) + "\n" + g2 + "\n"; },
       2, {{"malformed JSON: nesting deeper than 64 levels", 2}}, {"g1", "g2"}},
      {"unclosed_nesting.jsonl", [=] { return g1 + "\n" + repeat("[{\"a\":", 50000) + "\n" + g2 + "\n"; },
       2, {{"nesting deeper than 64 levels", 2}}, {"g1", "g2"}},
      {"columns_100000.csv", [] {
         std::string header = "text", row = "\"" + kAr + "\"";
         for (int i = 0; i < 100000; ++i) header += ",c" + std::to_string(i), row += ",";
         return header + "\n" + row + "\n";
       }, 1, {}},
      {"columns_100000_no_text.csv", [] {
         std::string header;
         for (int i = 0; i < 100000; ++i) header += (i ? ",c" : "c") + std::to_string(i);
         return header + "\n1\n";
       }, 0, {{"no \"text\" column in the header (columns: c0, c1, c2", 1}}},
      {"token_100000_letters.jsonl", [] { return json{{"id", "tok"}, {"text", repeat("ب", 100000)}}.dump() + "\n"; },
       1, {{"near-empty document (1 words)", 1}}},
      {"guillemets_100000.jsonl", [] { return json{{"id", "gu"}, {"text", "قال حفتر " + repeat("«", 100000)}}.dump() + "\n"; },
       1, {{"near-empty document (2 words)", 1}}},
      {"quotes_deep.jsonl", [] { return json{{"id", "qd"}, {"text", repeat("قال حفتر «", 5000) + repeat("»", 5000)}}.dump() + "\n"; },
       1, {}},
      {"hafter_50000_lines.txt", [] { return repeat("التقى حفتر\n", 50000 / kScale); }, 1, {}},
      {"hafter_50000_one_line.jsonl", [] { return json{{"id", "h1"}, {"text", repeat("التقى حفتر ", 50000 / kScale)}}.dump() + "\n"; }, 1, {}},
      {"hashtag_100000.jsonl", [] { return json{{"id", "hh"}, {"text", "#" + repeat("_", 100000) + " #" + repeat("حفتر_", 20000)}}.dump() + "\n"; },
       1, {}},
      {"diacritics_200000.txt", [] { return "حفتر" + repeat("\u064e", 200000) + " السراج"; }, 1, {{"near-empty document (2 words)", 1}}},
      {"late_nul.txt", [] { return std::string(9000, 'a') + '\0' + " " + kAr; }, 1, {}},
      {"many_invalid.jsonl", [] {  // 20% invalid bytes: under the binary threshold, each one replaced
         std::string t;
         for (int i = 0; i < 20000; ++i) t += "حفتر\xFF";
         return "{\"id\": \"mi\", \"text\": \"" + t + "\"}\n";
       }, 1, {{"invalid UTF-8 at byte 30 (and 19999 more)", 1}}},
      {"many_bad_lines.jsonl", [=] { return g1 + "\n" + repeat("{bad\n", 20000) + g2 + "\n"; }, 2, {}, {"g1", "g2"}},
      // Found by fuzz_jsonl/fuzz_json: a string holding the parser's own "'; expected" and a bad escape
      // made the "last read" excerpt cut a character in two (invalid UTF-8 in the message, which
      // aborted when serialized).
      {"parser_message_injection.jsonl", [=] {
         return g1 + "\n{\"text\": \"فيتحد جديد '; expected الشورى\\\xD9\x8A\"}\n" + g2 + "\n";
       }, 2, {{"malformed JSON: syntax error while parsing value - invalid string: forbidden character after backslash", 2}},
       {"g1", "g2"}},
      {"many_documents.jsonl", [] {
         std::string s;
         for (size_t i = 0; i < 3000 / kScale; ++i) s += json{{"id", std::to_string(i)}, {"text", kAr + " رقم " + std::to_string(i)}}.dump() + "\n";
         return s;
       }, 3000 / kScale, {}},
  };
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class AdversarialInputs : public testing::TestWithParam<Case> {};

TEST_P(AdversarialInputs, ReadsWithoutCrashingAndKeepsGoodDocuments) {
  const Case& c = GetParam();
  std::string bytes = c.bytes();
  Analyzer analyzer;
  auto t0 = std::chrono::steady_clock::now();
  std::string summary_text = analyzer.add_file(c.name, bytes);
  std::string analysis_text = analyzer.analysis_json();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (seconds > 1.0) std::printf("[ slow     ] %s: %.1f s for %zu bytes\n", c.name.c_str(), seconds, bytes.size());

  ASSERT_EQ(text::find_invalid_utf8(summary_text), std::string::npos);
  ASSERT_EQ(text::find_invalid_utf8(analysis_text), std::string::npos);
  json summary = json::parse(summary_text, nullptr, false);
  json analysis = json::parse(analysis_text, nullptr, false);
  ASSERT_FALSE(summary.is_discarded());
  ASSERT_FALSE(analysis.is_discarded());

  EXPECT_EQ(summary["documents"], c.documents) << summary_text.substr(0, 2000);
  EXPECT_EQ(analyzer.document_count(), c.documents);

  const json& problems = summary["problems"];
  if (c.name.rfind("many_bad_lines", 0) == 0) {
    EXPECT_EQ(problems.size(), 20000u);  // one per bad line
  } else {
    ASSERT_EQ(problems.size(), c.problems.size()) << problems.dump(1).substr(0, 3000);
    for (size_t i = 0; i < c.problems.size(); ++i) {
      const json& p = problems[i];
      SCOPED_TRACE(c.name + " problem " + std::to_string(i) + ": " + p.dump());
      EXPECT_EQ(p["file"], c.name);
      EXPECT_NE(p["message"].get<std::string>().find(c.problems[i].message_part), std::string::npos);
      if (c.problems[i].line > 0) {
        EXPECT_EQ(p.value("line", 0), c.problems[i].line);
      }
      EXPECT_LE(p["message"].get<std::string>().size(), 400u) << "messages quote excerpts, not whole inputs";
    }
  }

  std::vector<std::string> ids;
  for (const json& d : analysis["documents"]) ids.push_back(d["id"]);
  for (const std::string& id : c.ids) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << "missing document " << id;
    json doc = json::parse(analyzer.document_json(id), nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_FALSE(doc.contains("error")) << id;
  }
  // Every document can be shown and searched.
  if (!ids.empty()) {
    json doc = json::parse(analyzer.document_json(ids.front()), nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_TRUE(doc.contains("text"));
  }
  EXPECT_FALSE(json::parse(analyzer.search_json("حفتر"), nullptr, false).is_discarded());
}

std::string case_name(const testing::TestParamInfo<Case>& info) {
  std::string n = info.param.name;
  for (char& ch : n) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return n;
}

INSTANTIATE_TEST_SUITE_P(Files, AdversarialInputs, testing::ValuesIn(cases()), case_name);

// Content is kept verbatim: markup is text, not something to strip or run.
TEST(AdversarialContent, HtmlIsKeptVerbatim) {
  Analyzer analyzer;
  analyzer.add_file("html_script.jsonl", fixture("html_script.jsonl"));
  json doc = json::parse(analyzer.document_json("html"), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["text"].get<std::string>().rfind("<p>مقدمة</p><script>alert('حفتر')</script> &amp; &lt;b&gt; ", 0), 0u);
}

TEST(AdversarialContent, InvalidBytesBecomeReplacementCharacters) {
  Analyzer analyzer;
  analyzer.add_file("utf8_f5_ff.jsonl", fixture("utf8_f5_ff.jsonl"));
  json doc = json::parse(analyzer.document_json("bad"), nullptr, false);
  std::string text = doc["text"];
  EXPECT_EQ(text::find_invalid_utf8(text), std::string::npos);
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(AdversarialContent, DuplicateKeysKeepOneValue) {
  Analyzer analyzer;
  analyzer.add_file("duplicate_keys.jsonl", fixture("duplicate_keys.jsonl"));
  json a = json::parse(analyzer.analysis_json(), nullptr, false);
  ASSERT_EQ(a["documents"].size(), 2u);
  // Whichever value wins, the document is whole and valid.
  for (const json& d : a["documents"]) EXPECT_FALSE(d["id"].get<std::string>().empty());
}

}  // namespace
}  // namespace marsad
