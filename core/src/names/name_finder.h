// The learned name finder: persons, places and organizations that no
// knowledge base lists, found by the model of model.h in each sentence. The
// actor matcher decides what becomes of them (the knowledge base wins).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "names/features.h"
#include "names/model.h"
#include "text/sentences.h"
#include "text/token.h"

namespace marsad::names {

enum class NameType : uint8_t { kPerson, kPlace, kOrganization, kOther };

struct FoundName {
  uint32_t first = 0, end = 0;  // token range
  NameType type = NameType::kOther;
  float margin = 0;             // the smallest Viterbi margin over its tokens: how sure the model is
  bool begins_with_ali = false; // its first word is «علي» written as the name, not the preposition «على»
};

// The built-in model (core/data/names/model.txt); empty when it is missing.
const NameModel& builtin_model();

// Names found in a document's sentences, in text order. `written_ya`: the
// tokens whose final ي the writer wrote ي while writing ى elsewhere
// (names/tokens.h), when the original text is at hand.
std::vector<FoundName> find_names(std::string_view normalized, const std::vector<text::Token>& tokens,
                                  const std::vector<text::Sentence>& sentences, const Gazetteer& gazetteer,
                                  const NameModel& model = builtin_model(),
                                  const std::vector<bool>* written_ya = nullptr);

}  // namespace marsad::names
