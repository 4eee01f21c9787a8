// The corpus file readers, through read_file(): every format's good and bad
// input (fixtures under tests/fixtures/corpus), exact problem positions, and
// hostile bytes that must never crash or lose the good documents.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/reader.h"
#include "text/utf8.h"
#include "test_files.h"

namespace marsad::corpus {
namespace {

std::string fixture_bytes(const std::string& name) {
  std::string bytes = test::read_file(std::string(MARSAD_FIXTURES_DIR) + "/corpus/" + name);
  EXPECT_FALSE(bytes.empty()) << "missing fixture " << name;
  return bytes;
}

ReadResult read_fixture(const std::string& name) { return read_file(name, fixture_bytes(name)); }

std::vector<std::string> ids(const ReadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.documents) out.push_back(d.id);
  return out;
}

// What a problem must be: position, field, and a piece of its message.
struct Want {
  int64_t line;
  int64_t byte;
  std::string field;
  std::string message_part;
  bool warning = false;
};

void expect_problems(const ReadResult& r, const std::vector<Want>& want, const std::string& file) {
  ASSERT_EQ(r.problems.size(), want.size()) << file;
  for (size_t i = 0; i < want.size(); ++i) {
    const Problem& p = r.problems[i];
    SCOPED_TRACE(file + " problem " + std::to_string(i) + ": " + p.message);
    EXPECT_EQ(p.file, file);
    EXPECT_EQ(p.line, want[i].line);
    EXPECT_EQ(p.byte, want[i].byte);
    EXPECT_EQ(p.field, want[i].field);
    EXPECT_NE(p.message.find(want[i].message_part), std::string::npos);
    EXPECT_EQ(p.warning, want[i].warning);
  }
}

// Every document from every read is valid UTF-8, and every problem message
// quotes only a little input.
void expect_sane(const ReadResult& r) {
  for (const auto& d : r.documents) {
    for (const std::string* s : {&d.id, &d.text, &d.title, &d.source, &d.author, &d.section, &d.url, &d.lang, &d.date}) {
      EXPECT_EQ(text::find_invalid_utf8(*s), std::string_view::npos);
    }
    for (const auto& [k, v] : d.extra) {
      EXPECT_EQ(text::find_invalid_utf8(k), std::string_view::npos);
      EXPECT_EQ(text::find_invalid_utf8(v), std::string_view::npos);
    }
    EXPECT_FALSE(d.text.empty());
  }
  for (const auto& p : r.problems) {
    EXPECT_LE(p.message.size(), 260u) << p.message;
    EXPECT_EQ(text::find_invalid_utf8(p.message), std::string_view::npos) << p.message;
  }
}

// ---------------------------------------------------------------- .jsonl

TEST(CorpusJsonl, GoodFileReadsAllFields) {
  ReadResult r = read_fixture("good.jsonl");
  expect_problems(r, {}, "good.jsonl");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"g1", "42", "g3"}));
  const Document& a = r.documents[0];
  EXPECT_EQ(a.title, "افتتاح معرض الكتاب في الرباط");
  EXPECT_EQ(a.source, "صحيفة المساء");
  EXPECT_EQ(a.author, "سعاد بنعلي");
  EXPECT_EQ(a.section, "ثقافة");
  EXPECT_EQ(a.url, "https://example.org/a/1");
  EXPECT_EQ(a.lang, "ar");
  EXPECT_EQ(a.date, "2019-04-21");
  EXPECT_EQ(a.file, "good.jsonl");
  EXPECT_EQ(a.line, 1);
  EXPECT_EQ(a.text.rfind("افتتح وزير الثقافة", 0), 0u);
  ASSERT_EQ(a.extra.size(), 2u);  // in input order, as raw JSON
  EXPECT_EQ(a.extra[0], (std::pair<std::string, std::string>{"tags", "[\"ثقافة\",\"كتب\"]"}));
  EXPECT_EQ(a.extra[1], (std::pair<std::string, std::string>{"views", "1200"}));
  EXPECT_EQ(r.documents[1].date, "2019-04-21");  // from 21/04/2019
  EXPECT_EQ(r.documents[1].text.find('\n') != std::string::npos, true);
  EXPECT_EQ(r.documents[1].line, 2);
  EXPECT_EQ(r.documents[2].date, "2017-07");  // Arabic-Indic digits
  expect_sane(r);
}

TEST(CorpusJsonl, BadLinesAreReportedAndSkipped) {
  ReadResult r = read_fixture("mixed_bad.jsonl");
  EXPECT_EQ(ids(r), (std::vector<std::string>{"m1", "m3", "m5", "m7"}));
  std::vector<int64_t> lines;
  for (const auto& d : r.documents) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<int64_t>{1, 4, 7, 10}));
  // m5 keeps its text but loses the bad title and the ambiguous date; m7 its impossible date.
  EXPECT_EQ(r.documents[2].title, "");
  EXPECT_EQ(r.documents[2].date, "");
  EXPECT_EQ(r.documents[3].date, "");
  expect_problems(r,
                  {
                      {3, 166, "", "malformed JSON: syntax error while parsing object - unexpected end of input"},
                      {5, 277, "text", "missing text: no \"text\" field"},
                      {6, 321, "", "expected a JSON object, found an array: [1, 2, 3]"},
                      {7, 331, "title", "\"title\" is a number, expected a string; field dropped"},
                      {7, 331, "date", "ambiguous date \"03/04/2019\""},
                      {8, 460, "text", "missing text: \"text\" is a number"},
                      {10, 488, "date", "invalid date \"2019-02-30\""},
                  },
                  "mixed_bad.jsonl");
  expect_sane(r);
}

TEST(CorpusJsonl, InvalidUtf8IsReplacedAndOffsetsStayInFileBytes) {
  ReadResult r = read_fixture("invalid_utf8.jsonl");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"u1", "u2", "u4"}));
  // \xFF and the truncated \xE1\x80 each became one U+FFFD.
  EXPECT_EQ(r.documents[1].text, "ا\uFFFDل \uFFFD end");
  // The malformed line 3 comes after the replaced bytes: its byte offset is
  // still the one in the file (its end, where the closing quote is missing).
  expect_problems(r,
                  {
                      {2, 87, "", "invalid UTF-8 at byte 87 (and 1 more); replaced with U+FFFD"},
                      {3, 134, "", "missing closing quote"},
                  },
                  "invalid_utf8.jsonl");
  expect_sane(r);
}

TEST(CorpusJsonl, BomCrlfAndLoneCr) {
  ReadResult r = read_fixture("crlf_bom.jsonl");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_EQ(r.documents[0].text, "السطر الأول\nالسطر الثاني");  // escaped \r\n → \n
  EXPECT_EQ(r.documents[1].line, 2);
  EXPECT_EQ(r.documents[2].line, 4);  // line 2 ended with a lone CR
  expect_problems(r, {{3, 136, "", "malformed JSON"}}, "crlf_bom.jsonl");  // offset counts the BOM
}

TEST(CorpusJsonl, FieldTypes) {
  std::string in =
      "{\"id\": true, \"text\": \"نص أول\", \"lang\": null, \"source\": [\"x\"]}\n"
      "{\"id\": 7.5, \"text\": \"نص ثان\", \"date\": 2019}\n"
      "{\"id\": \"x\", \"text\": \"   \"}\n"
      "{\"id\": \"y\", \"text\": \"  نص  \", \"title\": \"  عنوان  \"}\n";
  ReadResult r = read_file("types.jsonl", in);
  ASSERT_EQ(ids(r), (std::vector<std::string>{"", "7.5", "y"}));
  EXPECT_EQ(r.documents[0].lang, "");
  EXPECT_EQ(r.documents[1].date, "");
  EXPECT_EQ(r.documents[2].text, "  نص  ");  // text as given
  EXPECT_EQ(r.documents[2].title, "عنوان");  // metadata trimmed
  expect_problems(r,
                  {
                      {1, 0, "id", "\"id\" is a boolean"},
                      {1, 0, "source", "\"source\" is an array"},
                      {2, 67, "date", "\"date\" is a number"},
                      {3, 116, "text", "missing text: \"text\" is empty"},
                  },
                  "types.jsonl");
}

TEST(CorpusJsonl, NestingIsLimited) {
  std::string ok = "{\"text\": \"a\", \"x\": " + std::string(63, '[') + std::string(63, ']') + "}\n";
  std::string deep = "{\"text\": \"b\", \"x\": " + std::string(64, '[') + std::string(64, ']') + "}\n";
  std::string very = "{\"text\": \"c\", \"x\": " + std::string(200000, '[') + "\n";
  ReadResult r = read_file("deep.jsonl", ok + deep + very);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "a");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_EQ(r.problems[0].message, "malformed JSON: nesting deeper than 64 levels");
  EXPECT_EQ(r.problems[1].line, 3);
  expect_sane(r);
}

TEST(CorpusJsonl, HugeLinesAreFineAndMessagesStayShort) {
  std::string big(1 << 20, 'x');
  std::string in = "{\"id\": \"big\", \"text\": \"" + big + "\"}\n{\"text\": \"" + big + "\n";
  ReadResult r = read_file("big.jsonl", in);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text.size(), big.size());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 2);
  expect_sane(r);
}

// ---------------------------------------------------------------- .json

TEST(CorpusJson, Array) {
  ReadResult r = read_fixture("array.json");
  expect_problems(r, {}, "array.json");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"a1", "a2", "a3"}));
  EXPECT_EQ(r.documents[0].line, 2);
  EXPECT_EQ(r.documents[0].title, "مؤتمر المناخ");
  EXPECT_EQ(r.documents[0].date, "2015-07-21");
  EXPECT_EQ(r.documents[1].line, 8);
  EXPECT_EQ(r.documents[1].lang, "ar");
  EXPECT_EQ(r.documents[2].line, 13);
  ASSERT_EQ(r.documents[2].extra.size(), 1u);
  EXPECT_EQ(r.documents[2].extra[0].first, "meta");
  EXPECT_EQ(r.documents[2].extra[0].second, "{\"rank\":1,\"x\":[1,2]}");
}

TEST(CorpusJson, WrappedInDocumentsObject) {
  ReadResult r = read_fixture("wrapped.json");
  expect_problems(r, {}, "wrapped.json");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"w1", "w2"}));
  EXPECT_EQ(r.documents[0].line, 5);
  EXPECT_EQ(r.documents[1].line, 9);
  EXPECT_EQ(r.documents[1].date, "2020");
}

TEST(CorpusJson, BadElementsCostOnlyThemselves) {
  ReadResult r = read_fixture("bad_element.json");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"b1", "b5", "b6"}));
  EXPECT_EQ(r.documents[0].line, 2);
  EXPECT_EQ(r.documents[1].line, 10);
  EXPECT_EQ(r.documents[2].line, 11);
  expect_problems(r,
                  {
                      {3, 101, "", "malformed JSON in element 2: syntax error while parsing object key"},
                      {4, 159, "", "malformed JSON in element 3 (error on line 6): syntax error while parsing value - "
                                   "invalid string: control character U+000A"},
                      {9, 244, "", "element 4 is a string, not an object: \"ليس كائنا\""},
                      {11, 366, "", "missing ',' before this element", true},
                  },
                  "bad_element.json");
  expect_sane(r);
}

TEST(CorpusJson, TruncatedKeepsCompleteElements) {
  ReadResult r = read_fixture("truncated.json");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"t1", "t2"}));
  expect_problems(r, {{4, 177, "", "element 3 is incomplete: the file ends inside it (truncated?); 2 documents"}},
                  "truncated.json");
}

TEST(CorpusJson, TopLevelShapes) {
  struct Case {
    std::string in;
    int64_t line, byte;
    std::string message_part;
    size_t docs;
  };
  const std::vector<Case> cases = {
      {"[", 1, 1, "file ends before the array's closing ']'", 0},
      {"[{\"text\": \"نص\"},", 1, 18, "file ends before the array's closing ']' (truncated?); 1 documents", 1},
      {"{\"documents\": 5}", 1, 14, "\"documents\" is a number, expected an array", 0},
      {"{\"documents\": \"x\"}", 1, 14, "\"documents\" is a string, expected an array", 0},
      {"{\"meta\": {\"a\": [1]}, \"documents\": [{\"text\": \"نص\"}]}", 1, 34, "", 1},
      {"{\"id\": \"1\", \"text\": \"نص\"}", 1, 0, "no \"documents\" array (it looks like a single document", 0},
      {"{\"documents\"", 1, 12, "expected ':' after the key", 0},
      {"{\"a\": 1, ", 1, 9, "file ends inside the top-level object", 0},
      {"{5: 1}", 1, 1, "expected a key, found \"5: 1}\"", 0},
      {"\"just a string\"", 1, 0, "found a string", 0},
      {"42", 1, 0, "found a number", 0},
      {"hello", 1, 0, "found \"hello\"", 0},
      {"[1, null, [], {\"text\": \"نص\"}]", 1, 1, "element 1 is a number, not an object", 1},
      {"[{\"text\": \"أ\"},,{\"text\": \"ب\"},]", 1, 16, "extra ','", 2},
      {"[{\"text\": \"أ\"}] junk", 1, 17, "unexpected content after the array", 1},
      {"[{\"text\": \"أ\"} } {\"text\": \"ب\"}]", 1, 16, "unexpected '}' between elements", 2},
      {"[{\"text\": \"a\"] , {\"text\": \"b\"}]", 1, 1, "malformed JSON in element 1", 0},
      {std::string(100000, '['), 1, 1, "element 1 is incomplete", 0},
      {"[" + std::string(100, '[') + std::string(100, ']') + ", {\"text\": \"x\"}]", 1, 1,
       "malformed JSON in element 1: nesting deeper than 64 levels", 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in.substr(0, 60));
    ReadResult r = read_file("shape.json", c.in);
    EXPECT_EQ(r.documents.size(), c.docs);
    if (c.message_part.empty()) {
      EXPECT_TRUE(r.problems.empty());
      continue;
    }
    ASSERT_FALSE(r.problems.empty());
    EXPECT_EQ(r.problems[0].line, c.line);
    EXPECT_EQ(r.problems[0].byte, c.byte);
    EXPECT_NE(r.problems[0].message.find(c.message_part), std::string::npos) << r.problems[0].message;
    expect_sane(r);
  }
}

// ---------------------------------------------------------------- .csv

TEST(CorpusCsv, QuotedMultilineFields) {
  ReadResult r = read_fixture("quoted.csv");
  expect_problems(r, {}, "quoted.csv");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"q1", "q2", "q3"}));
  const Document& a = r.documents[0];
  EXPECT_EQ(a.title, "عنوان \"مقتبس\"");  // header " Title " matched case-insensitively
  EXPECT_EQ(a.text, "الفقرة الأولى من الخبر.\nالفقرة الثانية، وفيها فاصلة.");
  EXPECT_EQ(a.date, "2019-04-21");
  ASSERT_EQ(a.extra.size(), 1u);
  EXPECT_EQ(a.extra[0], (std::pair<std::string, std::string>{"tags", "\"سياسة;اقتصاد\""}));
  EXPECT_EQ(a.line, 2);
  EXPECT_EQ(r.documents[1].line, 4);  // after the two-line field
  EXPECT_TRUE(r.documents[1].extra.empty());  // empty cells are not kept
  EXPECT_EQ(r.documents[2].line, 5);
  EXPECT_EQ(r.documents[2].text, "نص \"كامل\" على\nسطرين");  // CRLF inside → LF
  EXPECT_EQ(r.documents[2].date, "1999");
}

TEST(CorpusCsv, BadRowsAndUnterminatedQuote) {
  ReadResult r = read_fixture("bad_row.csv");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"r1", "r4"}));
  EXPECT_EQ(r.documents[0].date, "2018-05");
  EXPECT_EQ(r.documents[1].date, "2020-03-15");  // ١٥/٠٣/٢٠٢٠
  EXPECT_EQ(r.documents[1].line, 5);
  expect_problems(r,
                  {
                      {3, 79, "", "row has 4 fields, the header has 3; row skipped"},
                      {4, 125, "text", "missing text: the \"text\" column is empty"},
                      {6, 219, "", "unterminated quoted field"},
                  },
                  "bad_row.csv");
}

TEST(CorpusCsv, SemicolonSeparatorAndCrlf) {
  ReadResult r = read_fixture("semicolon.csv");
  expect_problems(r, {}, "semicolon.csv");
  ASSERT_EQ(ids(r), (std::vector<std::string>{"s1", "s2"}));
  EXPECT_EQ(r.documents[0].text, "أمطار غزيرة على المناطق الساحلية، وتحذيرات من السيول.");
  EXPECT_EQ(r.documents[0].source, "وكالة الأنباء");
  EXPECT_EQ(r.documents[1].text, "نص بفاصلة منقوطة; داخل الاقتباس");
  EXPECT_EQ(r.documents[1].line, 3);
}

TEST(CorpusCsv, MissingTextColumnIsOneProblem) {
  ReadResult r = read_fixture("no_text.csv");
  EXPECT_TRUE(r.documents.empty());
  expect_problems(r, {{1, 0, "text", "no \"text\" column in the header (columns: id, title, body)"}}, "no_text.csv");
}

TEST(CorpusCsv, Inline) {
  // Tabs; BOM counted in byte offsets; blank lines skipped; stray text after a quote kept.
  ReadResult tabs = read_file("t.csv", "\xEF\xBB\xBFtext\tid\nنص أول\t1\n\nنص\tثان\t2\n\"نص\" ثالث\t3\n");
  EXPECT_EQ(ids(tabs), (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(tabs.documents[1].text, "نص ثالث");
  expect_problems(tabs,
                  {{4, 26, "", "row has 3 fields, the header has 2"},
                   {5, 46, "", "text after a closing quote", true}},
                  "t.csv");
  // Quote opened in the header and never closed.
  ReadResult open = read_file("h.csv", "id,\"text\n1,x\n");
  EXPECT_TRUE(open.documents.empty());
  expect_problems(open, {{1, 3, "", "unterminated quoted field"}}, "h.csv");
  // Duplicate known column: the first wins.
  ReadResult dup = read_file("d.csv", "text,TEXT\nأ,ب\n");
  ASSERT_EQ(dup.documents.size(), 1u);
  EXPECT_EQ(dup.documents[0].text, "أ");
  EXPECT_EQ(dup.documents[0].extra[0], (std::pair<std::string, std::string>{"TEXT", "\"ب\""}));
  expect_problems(dup, {{1, 0, "TEXT", "duplicate column", true}}, "d.csv");
  // Header only.
  EXPECT_TRUE(read_file("e.csv", "id,text\n").problems.empty());
}

// ---------------------------------------------------------------- .txt

TEST(CorpusTxt, TitleIdAndText) {
  ReadResult r = read_fixture("arabic.txt");
  expect_problems(r, {}, "arabic.txt");
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.id, "arabic");
  EXPECT_EQ(d.title, "أزمة المياه في المدن الكبرى");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.text.find('\r'), std::string::npos);
  EXPECT_NE(d.text.find("تعاني المدن الكبرى من نقص حاد في المياه هذا الصيف.\nويطالب السكان"), std::string::npos);

  ReadResult one = read_fixture("title_only.txt");
  ASSERT_EQ(one.documents.size(), 1u);
  EXPECT_EQ(one.documents[0].title, "");  // a single line is text, not a title
  EXPECT_EQ(one.documents[0].id, "title_only");
}

TEST(CorpusTxt, EmptyFile) {
  ReadResult r = read_fixture("empty.txt");
  EXPECT_TRUE(r.documents.empty());
  expect_problems(r, {{0, -1, "", "empty file"}}, "empty.txt");
}

TEST(CorpusTxt, IdFromName) {
  struct Case {
    const char* name;
    const char* id;
  };
  for (const Case& c : {Case{"a/b/x-1.2_y.TXT", "x-1.2_y"}, Case{"C:\\news\\doc7.txt", "doc7"},
                        Case{"dir/My File.txt", ""}, Case{"خبر.txt", ""}, Case{".txt", ""}, Case{"plain.txt", "plain"}}) {
    ReadResult r = read_file(c.name, "نص قصير");
    ASSERT_EQ(r.documents.size(), 1u) << c.name;
    EXPECT_EQ(r.documents[0].id, c.id) << c.name;
  }
}

// ---------------------------------------------------------------- all formats

TEST(CorpusAnyFormat, BinaryIsNotRead) {
  std::string bin = fixture_bytes("binary.bin");
  for (const char* name : {"binary.bin", "x.jsonl", "x.json", "x.csv", "x.txt"}) {
    ReadResult r = read_file(name, bin);
    EXPECT_TRUE(r.documents.empty()) << name;
    expect_problems(r, {{0, -1, "", "binary file, not read"}}, name);
  }
  // Mostly invalid UTF-8 (no NUL) is binary too; a little is repaired.
  std::string junk;
  for (int i = 0; i < 300; ++i) junk += (i % 2) ? "\xFF\xFE" : "ab";
  EXPECT_NE(read_file("j.txt", junk).problems.at(0).message.find("binary file, not read"), std::string::npos);
  ReadResult some = read_file("s.txt", "نص عربي سليم \xFF تقريبا");
  ASSERT_EQ(some.documents.size(), 1u);
  EXPECT_NE(some.problems.at(0).message.find("invalid UTF-8 at byte 23; replaced"), std::string::npos);
  // A NUL after the first 8 KB does not make a file binary.
  std::string late = std::string(9000, 'a') + '\0' + "b";
  EXPECT_EQ(read_file("late.txt", late).documents.size(), 1u);
}

TEST(CorpusAnyFormat, EmptyAndBomOnly) {
  for (const char* name : {"e.jsonl", "e.json", "e.csv", "e.txt", "e.unknown"}) {
    for (std::string in : {std::string(), std::string("\xEF\xBB\xBF"), std::string("\xEF\xBB\xBF \r\n\n")}) {
      ReadResult r = read_file(name, in);
      EXPECT_TRUE(r.documents.empty()) << name;
      expect_problems(r, {{0, -1, "", "empty file"}}, name);
    }
  }
}

TEST(CorpusAnyFormat, ExtensionAndSniffing) {
  const std::string line = "{\"id\": \"1\", \"text\": \"نص\"}\n{\"id\": \"2\", \"text\": \"نص آخر\"}\n";
  EXPECT_EQ(read_file("A.JSONL", line).documents.size(), 2u);
  EXPECT_EQ(read_file("a.dat", line).documents.size(), 2u);  // sniffed: JSON Lines
  EXPECT_EQ(read_file("a", "  [{\"text\": \"نص\"}]").documents.size(), 1u);  // sniffed: JSON array
  EXPECT_EQ(read_file("a.x", "{\"documents\": [{\"text\": \"نص\"}]}").documents.size(), 1u);
  EXPECT_EQ(read_file("a.x", "{\n  \"documents\": [{\"text\": \"نص\"}]\n}").documents.size(), 1u);
  ReadResult txt = read_file("a.md", "عنوان\n\nمتن الخبر");
  ASSERT_EQ(txt.documents.size(), 1u);  // sniffed: plain text
  EXPECT_EQ(txt.documents[0].title, "عنوان");
  EXPECT_EQ(read_file("T.CSV", "ID,Text\n1,نص\n").documents.size(), 1u);
}

// Every prefix of every fixture, and some byte noise: never a crash, never
// invalid UTF-8 in a document, never a long message.
TEST(CorpusAnyFormat, NeverCrashesOnTruncationsAndNoise) {
  for (const char* name : {"good.jsonl", "mixed_bad.jsonl", "invalid_utf8.jsonl", "crlf_bom.jsonl", "array.json",
                           "wrapped.json", "bad_element.json", "truncated.json", "quoted.csv", "bad_row.csv",
                           "semicolon.csv", "arabic.txt"}) {
    std::string bytes = fixture_bytes(name);
    for (size_t n = 0; n <= bytes.size(); ++n) {
      ReadResult r = read_file(name, std::string_view(bytes).substr(0, n));
      expect_sane(r);
      if (HasFailure()) return;
    }
    uint32_t seed = 12345;
    for (int round = 0; round < 200; ++round) {
      std::string noisy = bytes;
      for (int k = 0; k < 4; ++k) {
        seed = seed * 1664525u + 1013904223u;
        noisy[seed % noisy.size()] = static_cast<char>(seed >> 24);
      }
      expect_sane(read_file(name, noisy));
      if (HasFailure()) return;
    }
  }
}

// ---------------------------------------------------------------- shared seeds

TEST(CorpusSeeds, JsonlSeeds) {
  std::string path = std::string(MARSAD_SOURCE_DIR) + "/../shared/corpus/seeds.jsonl";
  std::string bytes = test::read_file(path);
  ASSERT_FALSE(bytes.empty()) << path;
  ReadResult r = read_file("seeds.jsonl", bytes);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(ids(r), (std::vector<std::string>{"000_f33d87415561a864", "001_4328a16fe9b2b73f", "002_e6c7ca9d36994c42",
                                              "003_8d29e9a6e18a0c13", "004_68dc1d62ecd826fa"}));
  std::vector<std::string> dates;
  for (const auto& d : r.documents) dates.push_back(d.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2017-07", "", "2019-04-21", "", "2019-11"}));
  for (const auto& d : r.documents) EXPECT_EQ(d.lang, "ar");
}

TEST(CorpusSeeds, TxtSeed) {
  std::string path = std::string(MARSAD_SOURCE_DIR) + "/../shared/corpus/seeds/003_8d29e9a6e18a0c13.txt";
  std::string bytes = test::read_file(path);
  ASSERT_FALSE(bytes.empty()) << path;
  ReadResult r = read_file(path, bytes);
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "003_8d29e9a6e18a0c13");
  EXPECT_EQ(r.documents[0].title, "المغرب الكبير");
  EXPECT_EQ(r.documents[0].file, path);
}

}  // namespace
}  // namespace marsad::corpus
