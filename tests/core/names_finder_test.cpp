// The learned name finder on documents (core/src/names/name_finder.cpp), with
// the built-in model and the knowledge base's gazetteer.
#include "names/name_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "names/tokens.h"
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
  std::vector<bool> ya = written_ya(text, norm, tokens);
  for (const FoundName& n : find_names(norm.text, tokens, sentences, gazetteer, builtin_model(), &ya)) {
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

// «على» and «علي» read the same once normalized; a writer who writes the
// preposition with ى writes the given name with ي.
TEST(NameFinder, AliIsAGivenNameWhereTheWriterTellsItFromThePreposition) {
  EXPECT_EQ(names_in("وقال المتحدث علي الزهراني إن القوات سيطرت على الموقع."),
            std::vector<std::string>{"علي الزهراني/PER"});
  // A writer who never writes ى: «علي» may be either, the model decides alone.
  std::vector<std::string> either = names_in("وقال المتحدث علي الزهراني إن القوات سيطرت علي الموقع.");
  EXPECT_EQ(std::count(either.begin(), either.end(), "علي الموقع/PER"), 0);
  // Before a particle it names no one.
  EXPECT_EQ(names_in("وشدد الوزير علي أن القوات سيطرت على الموقع."), std::vector<std::string>{});
}

// A name holds no punctuation: where the model reads one on past a comma or a
// bracket, the name ends before it (and a name of punctuation alone is none).
TEST(NameFinder, ANameHoldsNoPunctuation) {
  for (const std::string& text : {std::string("وجاء ذلك تنفيذا لتوجيهات مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى ، ومدير جوازات المنطقة."),
                                  std::string("وقال مدير الإدارة / خالد الحربي إن العمل مستمر.")})
    for (const std::string& found : names_in(text)) {
      std::string name = found.substr(0, found.rfind('/'));  // without its type
      for (const char* mark : {"،", ",", "/", "(", ")"}) EXPECT_EQ(name.find(mark), std::string::npos) << found;
    }
}

}  // namespace
}  // namespace marsad::names
