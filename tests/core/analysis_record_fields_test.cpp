// The record tables (record_fields.h) drive every output: each row of a table
// is written in the analysis JSON, kept by a shard and read back, and shown by
// the query layer where its row says. A row added to a table is checked here
// once the sample below sets it.
#include "analysis/record_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "analysis/record_json.h"
#include "analysis/shard.h"
#include "analysis/vocabulary.h"
#include "marsad/analyzer.h"

namespace marsad::analysis {
namespace {

using util::Json;

// "Washington met Moscow on 2 April 2019." ASCII: byte and UTF-16 offsets agree.
const std::string kText = "Washington met Moscow on 2 April 2019.";
constexpr ByteSpan kSentence{0, 38}, kWashington{0, 10}, kMet{11, 14}, kMoscow{15, 21}, kDate{25, 37};

// One record of each kind with every field set (not its default).
struct Sample {
  Document doc;
  DocumentAnalysis analysis;
};

Sample sample() {
  Sample s;
  s.doc.id = "d1";
  s.doc.lang = "en";
  s.doc.text = kText;
  s.doc.file = "sample.jsonl";
  s.doc.line = 1;
  DocumentAnalysis& a = s.analysis;
  a.sentences = {kSentence};
  a.mentions = {{kMoscow, "rus", "name", "capital", "rus", 0.87f}};
  a.times = {{kDate, "DATE", "2019-04-02", "text"}};
  EventRef e;
  e.code = "040";
  e.goldstein = 1;
  e.source = "usa";
  e.target = "rus";
  e.source_state = "usa";
  e.target_state = "rus";
  e.reported_by = "usa";
  e.date = "2019-04-02";
  e.date_inherited = true;
  e.date_from_context = true;  // never both in an analysis; the sample only checks that each row travels
  e.date_before = true;
  e.sentence = kSentence;
  e.trigger = kMet;
  e.symmetric = true;
  e.historical = true;
  e.confidence = 0.456;
  e.rule = "verb: subject → object";
  e.weak = true;
  a.events = {e};
  a.quotes = {{kWashington, "usa"}};
  a.has_window = true;
  a.window = {"2019-01", "2019-12", {"a reason"}, "a conflict"};
  return s;
}

template <class Record>
void expect_every_field_set(const Record& r, const RecordTable<Record>& table) {
  for (const Field<Record>& f : table.fields)
    std::visit([&](auto member) { EXPECT_FALSE(r.*member == Record{}.*member) << f.name << ": set it in sample()"; },
               f.member);
}

template <class Record>
void expect_same_fields(const Record& read, const Record& written, const RecordTable<Record>& table) {
  for (const Field<Record>& f : table.fields)
    std::visit([&](auto member) { EXPECT_TRUE(read.*member == written.*member) << table.noun << ": " << f.name; },
               f.member);
}

// The key a row writes in the JSON for readers.
template <class Record>
std::string key(const Field<Record>& f) {
  return f.write == Write::kStartEnd || f.write == Write::kStartEndText ? "start" : f.name;
}

template <class Record>
void expect_written(const Json& json, const RecordTable<Record>& table) {
  for (const Field<Record>& f : table.fields)
    EXPECT_EQ(json.contains(key(f)), f.write != Write::kStoredOnly) << table.noun << ": " << f.name << " in " << json;
}

TEST(RecordFields, TheSampleSetsEveryField) {
  Sample s = sample();
  expect_every_field_set(s.analysis.mentions[0], kMentionTable);
  expect_every_field_set(s.analysis.times[0], kTimeTable);
  expect_every_field_set(s.analysis.events[0], kEventTable);
  expect_every_field_set(s.analysis.quotes[0], kQuoteTable);
  expect_every_field_set(s.analysis.window, kDateWindowTable);
}

TEST(RecordFields, EveryRowIsInTheAnalysisJson) {
  Sample s = sample();
  Vocabulary vocabulary;
  index_words(s.doc.text, vocabulary, s.analysis);
  Json doc = document_json(s.doc, s.analysis, vocabulary, false);
  expect_written(doc["mentions"][0], kMentionTable);
  expect_written(doc["times"][0], kTimeTable);
  ASSERT_TRUE(doc["events"].empty());  // the sample's event is weak: the stored-only row decides the list
  expect_written(doc["weak_events"][0], kEventTable);
  expect_written(doc["quotes"][0], kQuoteTable);
  expect_written(doc["date_window"], kDateWindowTable);
  EXPECT_EQ(doc["mentions"][0]["text"], "Moscow");
  EXPECT_EQ(doc["weak_events"][0]["trigger"], (Json{{"start", 11}, {"end", 14}}));
}

TEST(RecordFields, EveryRowSurvivesAShard) {
  Sample s = sample();
  std::string json = shard_json({&s.doc}, {&s.analysis}, {});
  Vocabulary vocabulary;
  Shard read;
  ASSERT_TRUE(read_shard(json, vocabulary, read).ok());
  ASSERT_EQ(read.analyses.size(), 1u);
  const DocumentAnalysis& a = read.analyses[0];
  ASSERT_EQ(a.mentions.size(), 1u);
  ASSERT_EQ(a.times.size(), 1u);
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_TRUE(a.has_window);
  expect_same_fields(a.mentions[0], s.analysis.mentions[0], kMentionTable);
  expect_same_fields(a.times[0], s.analysis.times[0], kTimeTable);
  expect_same_fields(a.events[0], s.analysis.events[0], kEventTable);
  expect_same_fields(a.quotes[0], s.analysis.quotes[0], kQuoteTable);
  expect_same_fields(a.window, s.analysis.window, kDateWindowTable);
}

TEST(RecordFields, TheQueryShowsTheRowsItsColumnSays) {
  Sample s = sample();
  Analyzer analyzer;
  analyzer.merge_shard("sample.shard", shard_json({&s.doc}, {&s.analysis}, {}));
  Json timeline = Json::parse(analyzer.query_json("timeline", R"({"weak": true, "historical": true})"));
  ASSERT_EQ(timeline["events"].size(), 1u) << timeline;
  const Json& event = timeline["events"][0];
  const Json& report = event["reports"][0];
  text::Utf16Offsets u16(kText);
  Json analysis_event = record_json(s.analysis.events[0], kEventTable, {kText, u16});
  for (const Field<EventRef>& f : kEventFields) {
    bool on_event = f.query == InQuery::kEvent || f.query == InQuery::kEventAndReport;
    bool on_report = f.query == InQuery::kReport || f.query == InQuery::kEventAndReport;
    // What the query adds of its own may share a row's name (the cluster's weak and historical).
    if (on_event) {
      ASSERT_TRUE(event.contains(f.name)) << f.name << " in " << event;
      EXPECT_EQ(event[f.name], analysis_event[f.name]) << f.name;
    }
    ASSERT_EQ(report.contains(f.name), on_report) << f.name << " in " << report;
    if (on_report) { EXPECT_EQ(report[f.name], analysis_event[f.name]) << f.name; }
  }
  EXPECT_FALSE(event.contains("rule"));
}

}  // namespace
}  // namespace marsad::analysis
