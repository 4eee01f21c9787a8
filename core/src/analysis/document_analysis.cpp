#include "analysis/document_analysis.h"

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"
#include "util/hash.h"

namespace marsad::analysis {

DocumentAnalysis analyze_document(const Document& doc, Vocabulary& vocabulary) {
  // Working buffers reused across documents: no per-document allocation churn.
  thread_local text::NormalizedText norm;
  thread_local std::vector<text::Token> tokens;
  thread_local std::vector<text::Sentence> sentences;

  DocumentAnalysis out;
  text::normalize(doc.text, norm);
  out.normalized_hash = util::fnv1a(norm.text);
  tokens.clear();
  text::segment_words(norm.text, tokens);
  text::split_sentences(norm.text, tokens, sentences);

  auto original = [&](uint32_t begin, uint32_t end) {
    return ByteSpan{norm.original_begin(begin), norm.original_end(end)};
  };
  out.tokens.reserve(tokens.size());
  for (const text::Token& t : tokens)
    out.tokens.push_back({vocabulary.intern(t.in(norm.text)), original(t.begin, t.end),
                          t.kind == text::TokenKind::kWord});
  out.sentences.reserve(sentences.size());
  for (const text::Sentence& s : sentences)
    out.sentences.push_back(original(tokens[s.first_token].begin, tokens[s.end_token - 1].end));
  return out;
}

}  // namespace marsad::analysis
