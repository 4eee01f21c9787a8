#include "marsad/analyzer.h"

#include "analysis/document_analysis.h"
#include "analysis/json_output.h"
#include "corpus/corpus.h"
#include "corpus/reader.h"
#include "query/search.h"

namespace marsad {

namespace {
constexpr size_t kNearEmptyWords = 5;  // fewer words than this: reported as near-empty
}

struct Analyzer::Impl {
  analysis::Vocabulary vocabulary;
  corpus::Corpus corpus;
  std::vector<analysis::DocumentAnalysis> analyses;  // parallel to corpus.documents()

  const Document* find(std::string_view id, size_t* index) const {
    const auto& docs = corpus.documents();
    for (size_t i = 0; i < docs.size(); ++i)
      if (docs[i].id == id) { *index = i; return &docs[i]; }
    return nullptr;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

std::string Analyzer::add_file(std::string_view name, std::string_view bytes) {
  corpus::ReadResult read = corpus::read_file(name, bytes);
  analysis::Json problems = analysis::Json::array();
  for (Problem& p : read.problems) {
    problems.push_back(analysis::problem_json(p));
    impl_->corpus.report(std::move(p));
  }
  size_t before = impl_->corpus.problems().size();
  size_t kept = 0;
  for (Document& doc : read.documents) {
    analysis::DocumentAnalysis a = analysis::analyze_document(doc, impl_->vocabulary);
    size_t words = 0;
    for (const auto& t : a.tokens) words += t.word;
    if (words < kNearEmptyWords)
      impl_->corpus.report({doc.file, doc.line, -1, "text",
                            "near-empty document (" + std::to_string(words) + " words)", true});
    std::string id = doc.id;
    corpus::Corpus::Added added = impl_->corpus.add(std::move(doc), a.normalized_hash);
    if (added.duplicate) {
      impl_->analyses[added.index].duplicates.push_back(id.empty() ? "(no id)" : id);
    } else {
      impl_->analyses.push_back(std::move(a));
      ++kept;
    }
  }
  const auto& all = impl_->corpus.problems();
  for (size_t i = before; i < all.size(); ++i) problems.push_back(analysis::problem_json(all[i]));
  analysis::Json summary{{"file", std::string(name)}, {"documents", kept}, {"problems", std::move(problems)}};
  return summary.dump();
}

size_t Analyzer::document_count() const { return impl_->corpus.documents().size(); }

std::string Analyzer::analysis_json() const {
  analysis::Json docs = analysis::Json::array();
  const auto& documents = impl_->corpus.documents();
  for (size_t i = 0; i < documents.size(); ++i)
    docs.push_back(analysis::document_json(documents[i], impl_->analyses[i], impl_->vocabulary, false));
  analysis::Json j{{"corpus", analysis::corpus_json(impl_->corpus)},
                   {"actors", analysis::Json::array()},
                   {"documents", std::move(docs)}};
  return j.dump();
}

std::string Analyzer::document_json(std::string_view id) const {
  size_t index = 0;
  const Document* doc = impl_->find(id, &index);
  if (!doc) return analysis::Json{{"error", "no document with id \"" + std::string(id) + "\""}}.dump();
  return analysis::document_json(*doc, impl_->analyses[index], impl_->vocabulary, true).dump();
}

std::string Analyzer::search_json(std::string_view query) const {
  return query::search(query, impl_->corpus, impl_->analyses, impl_->vocabulary).dump();
}

}  // namespace marsad
