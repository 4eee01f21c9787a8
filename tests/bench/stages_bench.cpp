// Marsad's stage benchmark: the whole analysis (Analyzer::add_file +
// analysis_json) and each stage of the per-document pipeline, timed over a
// corpus file. Built natively (target marsad_bench) and, by scripts/bench, to
// wasm under Node (build/bench/stages_bench.js, -sNODERAWFS) from the same
// source. Prints one JSON object of raw run times; tests/bench/report.mjs turns
// them into medians and MB/s. Not a test: nothing here asserts a time.
//
//   marsad_bench [--runs N] [--linear MB] [--queries N] FILE.jsonl
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "actors/matcher.h"
#include "corpus/reader.h"
#include "data/embedded.h"
#include "events/cameo.h"
#include "events/extractor.h"
#include "events/quotes.h"
#include "events/triggers.h"
#include "marsad/analyzer.h"
#include "names/name_finder.h"
#include "names/tokens.h"
#include "raw_scan.h"
#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"
#include "time/time_expressions.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

using namespace marsad;
using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Peak memory so far: VmHWM natively, the wasm heap size (it only grows) in wasm.
double peak_bytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size());
#else
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) * 1024.0;
  return 0;
#endif
}

double current_bytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size());
#else
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) * 1024.0;
  return 0;
#endif
}

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

uint64_t g_sink = 0;  // printed at the end: keeps results alive

// One pass of the per-document pipeline, each stage timed on its own.
struct StageTimes {
  double normalize = 0, segment = 0, sentences = 0, clitics = 0, names = 0, actors = 0, time = 0, events = 0;
};

StageTimes run_stages(const std::vector<Document>& docs, const actors::KnowledgeBase& kb,
                      const actors::Lexicon& lexicon) {
  StageTimes st;
  text::NormalizedText norm;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  std::vector<text::CliticReading> readings;
  for (const Document& doc : docs) {
    auto t = Clock::now();
    text::normalize(doc.text, norm);
    st.normalize += seconds_since(t);

    t = Clock::now();
    tokens.clear();
    text::segment_words(norm.text, tokens);
    st.segment += seconds_since(t);

    t = Clock::now();
    text::split_sentences(norm.text, tokens, sentences);
    st.sentences += seconds_since(t);

    t = Clock::now();
    for (const text::Token& tok : tokens) {
      if (tok.kind != text::TokenKind::kWord) continue;
      readings.clear();
      text::clitic_readings(tok.in(norm.text), readings);
      g_sink += readings.size();
    }
    st.clitics += seconds_since(t);

    t = Clock::now();
    std::vector<bool> written_ya = names::written_ya(doc.text, norm, tokens);
    std::vector<names::FoundName> names =
        names::find_names(norm.text, tokens, sentences, lexicon.gazetteer(), names::builtin_model(), &written_ya);
    st.names += seconds_since(t);

    t = Clock::now();
    actors::ActorMatches found = actors::match_actors({norm.text, tokens, doc.date, nullptr, &names}, kb, lexicon);
    st.actors += seconds_since(t);

    t = Clock::now();
    std::vector<time::TimeExpression> times = time::find_times(norm.text, tokens, doc.date);
    st.time += seconds_since(t);

    t = Clock::now();
    std::vector<events::Event> events =
        events::extract_events({norm.text, tokens, sentences, found.mentions, times, doc.date},
                               events::TriggerLexicon::builtin(), events::Cameo::builtin(), kb);
    auto quotes = events::find_quotes(norm.text, tokens, sentences, found.mentions);
    st.events += seconds_since(t);
    g_sink += found.mentions.size() + times.size() + events.size() + quotes.size();
  }
  return st;
}

// A JSONL file of one document: the texts of `docs` joined until `bytes`.
std::string single_document(const std::vector<Document>& docs, size_t bytes, size_t* text_bytes) {
  std::string text;
  for (const Document& d : docs) {
    if (text.size() >= bytes) break;
    if (!text.empty()) text += "\n\n";
    text += d.text;
  }
  *text_bytes = text.size();
  return Json{{"id", "single"}, {"date", "2015-07-01"}, {"text", text}}.dump() + "\n";
}

// The first documents of `docs` up to `bytes` of text, as JSONL.
std::string prefix_jsonl(const std::vector<Document>& docs, size_t bytes, size_t* text_bytes, size_t* count) {
  std::string out;
  *text_bytes = 0;
  *count = 0;
  for (const Document& d : docs) {
    if (*text_bytes >= bytes) break;
    out += Json{{"id", d.id}, {"date", d.date}, {"title", d.title}, {"text", d.text}}.dump() + "\n";
    *text_bytes += d.text.size();
    ++*count;
  }
  return out;
}

Json whole(const std::string& name, const std::string& bytes, int runs, bool memory, int queries) {
  Json j;
  Json add = Json::array(), out = Json::array(), total = Json::array(), query = Json::array();
  for (int r = 0; r < runs; ++r) {
    double before = current_bytes();
    Analyzer analyzer;
    auto t = Clock::now();
    analyzer.add_file(name, bytes);
    double a = seconds_since(t);
    t = Clock::now();
    std::string json = analyzer.analysis_json();
    double o = seconds_since(t);
    add.push_back(a);
    out.push_back(o);
    total.push_back(a + o);
    if (memory && r == 0) {
      j["peak_bytes"] = peak_bytes();
      j["before_bytes"] = before;
      j["json_bytes"] = json.size();
    }
    // index/query: searches over the analyzed corpus.
    if (queries > 0) {
      static const char* kQueries[] = {"السعودية", "وزير الخارجية", "الرئيس", "حفتر", "داعش", "الأمم المتحدة"};
      t = Clock::now();
      size_t n = 0;
      for (int q = 0; q < queries; ++q) n += analyzer.search_json(kQueries[q % 6]).size();
      query.push_back(seconds_since(t));
      g_sink += n;
    }
    g_sink += json.size();
  }
  j["add_file"] = add;
  j["analysis_json"] = out;
  j["total"] = total;
  if (queries > 0) {
    j["query"] = query;
    j["queries"] = queries;
  }
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  double linear_mb = 0;
  int queries = 12;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--linear") && i + 1 < argc) linear_mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--queries") && i + 1 < argc) queries = std::atoi(argv[++i]);
    else path = argv[i];
  }
  if (!path) {
    std::fprintf(stderr, "usage: marsad_bench [--runs N] [--linear MB] [--queries N] FILE.jsonl\n");
    return 2;
  }
  std::string bytes = read_all(path);
  if (bytes.empty()) {
    std::fprintf(stderr, "marsad_bench: cannot read %s\n", path);
    return 1;
  }
#ifdef __EMSCRIPTEN__
  const char* platform = "wasm";
#else
  const char* platform = "native";
#endif
  Json result{{"platform", platform}, {"file", path}, {"file_bytes", bytes.size()}, {"runs", runs}};

  // Warm-up: the built-in knowledge base, lexicons and ICU data are loaded once per process; that
  // startup is timed on its own and kept out of the throughput figures.
  {
    auto t = Clock::now();
    Analyzer warm;
    warm.add_file("warm.jsonl", R"({"id":"w","date":"2015-01-01","text":"قال وزير الخارجية السعودي إن المملكة ستزور القاهرة يوم الاثنين."})");
    result["startup_seconds"] = seconds_since(t);
  }

  // The whole analysis first, so its peak memory is the analyzer's plus the file bytes, not the stages'.
  result["whole"] = whole(path, bytes, runs, true, queries);

  // Text size and document count come from the reader.
  corpus::ReadResult read = corpus::read_file(path, bytes);
  size_t text_bytes = 0;
  for (const Document& d : read.documents) text_bytes += d.text.size();
  result["documents"] = read.documents.size();
  result["text_bytes"] = text_bytes;

  // Raw UTF-8 scan over the document texts: the ceiling.
  Json scan = Json::array();
  for (int r = 0; r < runs; ++r) {
    auto t = Clock::now();
    for (const Document& d : read.documents)
      g_sink += marsad_raw_scan(reinterpret_cast<const uint8_t*>(d.text.data()), d.text.size());
    scan.push_back(seconds_since(t));
  }
  result["raw_scan"] = scan;

  // Ingest: parsing the corpus file into documents.
  Json ingest = Json::array();
  for (int r = 0; r < runs; ++r) {
    auto t = Clock::now();
    corpus::ReadResult again = corpus::read_file(path, bytes);
    ingest.push_back(seconds_since(t));
    g_sink += again.documents.size();
  }
  result["ingest"] = ingest;

  // The stages of the per-document pipeline.
  const actors::KnowledgeBase& kb = actors::KnowledgeBase::builtin();
  actors::Lexicon lexicon(kb, actors::builtin_word_lists());
  Json stages = Json::object();
  for (const char* s : {"normalize", "segment", "sentences", "clitics", "names", "actors", "time", "events"})
    stages[s] = Json::array();
  for (int r = 0; r < runs; ++r) {
    StageTimes st = run_stages(read.documents, kb, lexicon);
    stages["normalize"].push_back(st.normalize);
    stages["segment"].push_back(st.segment);
    stages["sentences"].push_back(st.sentences);
    stages["clitics"].push_back(st.clitics);
    stages["names"].push_back(st.names);
    stages["actors"].push_back(st.actors);
    stages["time"].push_back(st.time);
    stages["events"].push_back(st.events);
  }
  result["stages"] = stages;

  // Linearity: one long document versus many small ones, same amount of text.
  if (linear_mb > 0) {
    size_t want = static_cast<size_t>(linear_mb * 1e6);
    size_t single_text = 0, many_text = 0, many_docs = 0;
    std::string single = single_document(read.documents, want, &single_text);
    std::string many = prefix_jsonl(read.documents, single_text, &many_text, &many_docs);
    Json lin;
    lin["single"] = whole("single.jsonl", single, runs, false, 0);
    lin["single"]["text_bytes"] = single_text;
    lin["single"]["documents"] = 1;
    lin["many"] = whole("many.jsonl", many, runs, false, 0);
    lin["many"]["text_bytes"] = many_text;
    lin["many"]["documents"] = many_docs;
    result["linearity"] = lin;
  }
  result["sink"] = static_cast<uint64_t>(g_sink) % 2;
  std::printf("%s\n", result.dump().c_str());
  return 0;
}
