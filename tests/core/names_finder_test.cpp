// The learned name finder on documents (core/src/names/name_finder.cpp), with
// the built-in model and the knowledge base's gazetteer.
#include "names/name_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"

namespace marsad::names {
namespace {

// The names found in a text, as the normalized words they span, with their types.
std::vector<std::string> names_in(const std::string& text) {
  static const Gazetteer gazetteer = actors::gazetteer_of(actors::KnowledgeBase::builtin(), actors::builtin_word_lists());
  text::NormalizedText norm = text::normalize(text);
  std::vector<text::Token> tokens;
  text::segment_words(norm.text, tokens);
  std::vector<text::Sentence> sentences;
  text::split_sentences(norm.text, tokens, sentences);
  std::vector<std::string> out;
  for (const FoundName& n : find_names(norm.text, tokens, sentences, gazetteer)) {
    std::string words;
    for (uint32_t i = n.first; i < n.end; ++i) words += (words.empty() ? "" : " ") + std::string(tokens[i].in(norm.text));
    out.push_back(words + (n.type == NameType::kPerson ? "/PER" : n.type == NameType::kPlace ? "/LOC" : n.type == NameType::kOrganization ? "/ORG" : "/OTHER"));
  }
  return out;
}

// A word the sentence alone does not make a name is one where the document
// names it as one elsewhere: the second reading weighs what the first found.
TEST(NameFinder, ReadsASentenceAgainWithWhatTheDocumentNamed) {
  const std::string later = "وشارك سلامة في الاجتماع.";
  EXPECT_EQ(names_in(later), std::vector<std::string>{});
  EXPECT_EQ(names_in("قال المبعوث الأممي غسان سلامة إن الحل قريب. " + later),
            (std::vector<std::string>{"غسان سلامه/PER", "سلامه/PER"}));
}

}  // namespace
}  // namespace marsad::names
