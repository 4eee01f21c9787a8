// The public facade (marsad/analyzer.h): files in, JSON out. It owns the
// corpus and its records, runs the pipeline (analysis/) and the queries
// (query/); the only layer that sees both.
#include "marsad/analyzer.h"

#include <algorithm>
#include <memory>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "analysis/document_analysis.h"
#include "analysis/json_output.h"
#include "analysis/shard.h"
#include "api/error_json.h"
#include "api/file_kind.h"
#include "api/memory_budget.h"
#include "corpus/corpus.h"
#include "corpus/reader.h"
#include "query/index.h"
#include "query/queries.h"
#include "query/search.h"
#include "text/utf8.h"
#include "util/hash.h"
#include "util/heap.h"
#include "util/json.h"
#include "util/status.h"

namespace marsad {

namespace {

using util::Json;

constexpr size_t kNearEmptyWords = 5;  // fewer words than this: reported as near-empty

// Strings from callers (file names, ids, queries) end up in the JSON output,
// which must be valid UTF-8: they are repaired at the boundary.
std::string valid(std::string_view s) { return text::repair_utf8(s); }

// A piece of a file read alone: its lines and bytes moved to where the piece
// sits in the whole file.
void shift_positions(corpus::ReadResult& read, int64_t lines, int64_t bytes) {
  for (Document& doc : read.documents)
    if (doc.line > 0) doc.line += lines;
  for (Problem& p : read.problems) {
    if (p.line > 0) p.line += lines;
    if (p.byte >= 0) p.byte += bytes;
  }
}

std::shared_ptr<const actors::Lexicon> make_lexicon(const actors::KnowledgeBase& kb) {
  return std::make_shared<const actors::Lexicon>(kb, actors::builtin_word_lists());
}

// The built-in knowledge base and its lexicon, built once and shared by every
// analyzer until it adds actors of its own.
std::shared_ptr<const actors::KnowledgeBase> builtin_kb() {
  static const std::shared_ptr<const actors::KnowledgeBase> kb(std::shared_ptr<const actors::KnowledgeBase>(),
                                                               &actors::KnowledgeBase::builtin());
  return kb;
}

std::shared_ptr<const actors::Lexicon> builtin_lexicon() {
  static const std::shared_ptr<const actors::Lexicon> lexicon = make_lexicon(actors::KnowledgeBase::builtin());
  return lexicon;
}

}  // namespace

struct Analyzer::Impl {
  std::shared_ptr<const actors::KnowledgeBase> kb = builtin_kb();
  std::shared_ptr<const actors::Lexicon> lexicon = builtin_lexicon();
  analysis::Vocabulary vocabulary;
  corpus::Corpus corpus;
  std::vector<analysis::DocumentAnalysis> analyses;  // parallel to corpus.documents()
  mutable std::unique_ptr<query::CorpusIndex> index;  // built on the first query after a change
  api::MemoryBudget budget;

  // The summary of a file refused whole (nothing loaded): its error is also a
  // problem of the corpus, so it shows where problems are listed.
  std::string refuse(const std::string& file, const util::Status& status, const char* kind = nullptr) {
    Problem p{file, 0, -1, "", status.message(), false};
    Json summary{{"file", file}};
    if (kind) summary["kind"] = kind;
    summary["documents"] = 0;
    summary["problems"] = Json::array({analysis::problem_json(p)});
    summary["error"] = api::error_object(status);
    corpus.report(std::move(p));
    return summary.dump();
  }

  const query::CorpusIndex& corpus_index() const {
    if (!index) index = std::make_unique<query::CorpusIndex>(query::QueryContext{corpus, analyses, *kb, vocabulary});
    return *index;
  }

  analysis::DocumentAnalysis analyze(const Document& doc) {
    analysis::AnalysisContext context{*kb, *lexicon, vocabulary};
    return analysis::analyze_document(doc, context);
  }

  // Adds an analyzed document unless it duplicates one kept; true when kept.
  bool keep(Document doc, analysis::DocumentAnalysis a) {
    std::string id = doc.id;
    corpus::Corpus::Added added = corpus.add(std::move(doc), a.normalized_hash);
    if (added.duplicate) {
      auto& kept = analyses[added.index].duplicates;
      kept.push_back(id.empty() ? "(no id)" : id);
      kept.insert(kept.end(), a.duplicates.begin(), a.duplicates.end());
      return false;
    }
    analyses.push_back(std::move(a));
    return true;
  }

  const Document* find(std::string_view id, size_t* index) const {
    const auto& docs = corpus.documents();
    for (size_t i = 0; i < docs.size(); ++i)
      if (docs[i].id == id) { *index = i; return &docs[i]; }
    return nullptr;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

std::string Analyzer::add_file(std::string_view raw_name, std::string_view bytes) {
  if (api::file_kind(raw_name, bytes) == api::FileKind::kKnowledgeBase) return add_knowledge_base(raw_name, bytes);
  return add_file_part(raw_name, bytes, 1, 0);
}

std::string Analyzer::add_file_part(std::string_view raw_name, std::string_view bytes, int64_t first_line,
                                    int64_t first_byte) {
  std::string name = valid(raw_name);
  if (util::Status room = impl_->budget.admit(bytes.size()); !room.ok()) return impl_->refuse(name, room, "corpus");
  impl_->index.reset();
  bool continuation = first_line > 1 || first_byte > 0;
  corpus::ReadResult read = corpus::read_file(name, bytes, continuation);
  if (continuation) shift_positions(read, std::max<int64_t>(first_line, 1) - 1, std::max<int64_t>(first_byte, 0));
  size_t before = impl_->corpus.problems().size();
  for (Problem& p : read.problems) impl_->corpus.report(std::move(p));
  size_t kept = 0;
  for (Document& doc : read.documents) {
    analysis::DocumentAnalysis a = impl_->analyze(doc);
    size_t words = 0;
    for (const auto& t : a.tokens) words += t.word;
    if (words < kNearEmptyWords)
      impl_->corpus.report({doc.file, doc.line, -1, "text",
                            "near-empty document (" + std::to_string(words) + " words)", true});
    kept += impl_->keep(std::move(doc), std::move(a));
  }
  Json problems = Json::array();
  const auto& all = impl_->corpus.problems();
  for (size_t i = before; i < all.size(); ++i) problems.push_back(analysis::problem_json(all[i]));
  return Json{{"file", std::string(name)}, {"kind", "corpus"}, {"documents", kept}, {"problems", std::move(problems)}}
      .dump();
}

std::string file_kind(std::string_view name, std::string_view bytes) {
  return api::file_kind_name(api::file_kind(name, bytes));
}

std::string Analyzer::add_knowledge_base(std::string_view raw_name, std::string_view bytes) {
  std::string name = valid(raw_name);
  std::vector<Problem> problems;
  actors::KnowledgeBase kb = *impl_->kb;
  size_t count = kb.load(name, bytes, problems);
  kb.validate(problems);
  Json list = Json::array();
  for (const Problem& p : problems) list.push_back(analysis::problem_json(p));
  if (count > 0) {
    impl_->index.reset();
    impl_->kb = std::make_shared<const actors::KnowledgeBase>(std::move(kb));
    impl_->lexicon = make_lexicon(*impl_->kb);
    const auto& docs = impl_->corpus.documents();
    for (size_t i = 0; i < docs.size(); ++i) {
      auto duplicates = std::move(impl_->analyses[i].duplicates);
      impl_->analyses[i] = impl_->analyze(docs[i]);
      impl_->analyses[i].duplicates = std::move(duplicates);
    }
  }
  return Json{{"file", std::string(name)}, {"kind", "knowledge_base"}, {"actors", count}, {"problems", std::move(list)}}
      .dump();
}

bool Analyzer::remove_document(std::string_view id) {
  int64_t index = impl_->corpus.remove(valid(id));
  if (index < 0) return false;
  impl_->analyses.erase(impl_->analyses.begin() + index);
  impl_->index.reset();
  return true;
}

std::string Analyzer::shard_json() const {
  std::vector<const Document*> docs;
  std::vector<const analysis::DocumentAnalysis*> analyses;
  for (size_t i = 0; i < impl_->analyses.size(); ++i) {
    docs.push_back(&impl_->corpus.documents()[i]);
    analyses.push_back(&impl_->analyses[i]);
  }
  return analysis::shard_json(docs, analyses, impl_->corpus.problems());
}

std::string Analyzer::index_keys_jsonl() const {
  std::string out;
  const auto& documents = impl_->corpus.documents();
  for (size_t i = 0; i < documents.size(); ++i) {
    out += Json{{"id", documents[i].id},
                {"hash", util::hex64(impl_->analyses[i].normalized_hash)},
                {"terms", query::search_terms(impl_->analyses[i], impl_->vocabulary)}}
               .dump();
    out += '\n';
  }
  return out;
}

std::string Analyzer::merge_shard(std::string_view raw_name, std::string_view shard_json) {
  std::string name = valid(raw_name);
  if (util::Status room = impl_->budget.admit(shard_json.size()); !room.ok()) return impl_->refuse(name, room);
  impl_->index.reset();
  size_t before = impl_->corpus.problems().size();
  analysis::Shard shard;
  util::Status read = analysis::read_shard(shard_json, impl_->vocabulary, shard);
  if (!read.ok()) {
    read = util::InvalidArgumentError("not a usable shard: " + read.message());
    impl_->corpus.report({std::string(name), 0, -1, "", read.message()});
  }
  for (Problem& p : shard.problems) impl_->corpus.report(std::move(p));
  size_t kept = 0;
  for (size_t i = 0; i < shard.documents.size(); ++i)
    kept += impl_->keep(std::move(shard.documents[i]), std::move(shard.analyses[i]));
  Json problems = Json::array();
  const auto& all = impl_->corpus.problems();
  for (size_t i = before; i < all.size(); ++i) problems.push_back(analysis::problem_json(all[i]));
  Json summary{{"file", std::string(name)}, {"documents", kept}, {"problems", std::move(problems)}};
  // The documents read before a malformed part of the shard are kept; the call still failed.
  if (!read.ok()) summary["error"] = api::error_object(read);
  return summary.dump();
}

size_t Analyzer::document_count() const { return impl_->corpus.documents().size(); }

void Analyzer::set_memory_limit(size_t bytes) { impl_->budget.set_limit(bytes); }

std::string Analyzer::memory_json() const {
  size_t in_use = util::heap_in_use(), limit = impl_->budget.limit();
  return Json{{"in_use", in_use}, {"limit", limit}, {"max_file_bytes", impl_->budget.max_input_bytes(in_use)}}.dump();
}

std::string Analyzer::analysis_json() const {
  // Written document by document: a JSON tree of a whole corpus would take
  // several times the memory of the text it describes.
  const auto& documents = impl_->corpus.documents();
  std::string out = "{\"corpus\":" + analysis::corpus_json(impl_->corpus).dump() +
                    ",\"actors\":" + analysis::actors_json(impl_->corpus.documents(), impl_->analyses, *impl_->kb).dump() + ",\"documents\":[";
  for (size_t i = 0; i < documents.size(); ++i) {
    if (i) out += ',';
    out += analysis::document_json(documents[i], impl_->analyses[i], impl_->vocabulary, false).dump();
  }
  out += "]}";
  return out;
}

std::string Analyzer::document_json(std::string_view raw_id) const {
  std::string id = valid(raw_id);
  size_t index = 0;
  const Document* doc = impl_->find(id, &index);
  if (!doc) return api::error_json(util::NotFoundError("no document with id \"" + id + "\"")).dump();
  return analysis::document_json(*doc, impl_->analyses[index], impl_->vocabulary, true).dump();
}

std::string Analyzer::search_json(std::string_view query) const {
  return query::search(valid(query), impl_->corpus, impl_->analyses, impl_->vocabulary).dump();
}

std::string Analyzer::query_json(std::string_view kind, std::string_view params_json) const {
  util::Result<Json> answer = query::run_query(impl_->corpus_index(), valid(kind), valid(params_json));
  return answer.ok() ? answer->dump() : api::error_json(answer.status()).dump();
}

}  // namespace marsad
