// Every word's proclitic readings and hashes, computed once per document.
// Actor names, event triggers, framing words and time words are all looked up
// through a word's clitics (وبحفتر → حفتر, للعام → العام); reading them once
// and sharing the result is what keeps the lookups linear and cheap.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace marsad::text {

struct ProcliticForm {
  uint8_t prefix_bytes = 0;  // proclitics read off the front
  bool definite = false;     // they included the article (ال, or لل = ل + ال)
  uint64_t hash = 0;         // of the stem as a lexicon lists it: "ال" + bare when definite
  uint64_t bare_hash = 0;    // of the bare stem (the same as `hash` when not definite)
};

class WordForms {
 public:
  WordForms(std::string_view normalized, const std::vector<Token>& tokens);

  // The hash of token i as written (PhraseTrie::hash).
  uint64_t hash(uint32_t i) const { return hashes_[i]; }
  // Token i's readings behind proclitics, without enclitic pronouns, in the
  // order clitic_readings() gives them (longer stems first); empty for
  // tokens that are not words or have no proclitic reading.
  std::span<const ProcliticForm> proclitic_forms(uint32_t i) const {
    return {forms_.data() + first_form_[i], forms_.data() + first_form_[i + 1]};
  }

 private:
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> first_form_;  // token i's forms: [first_form_[i], first_form_[i + 1])
  std::vector<ProcliticForm> forms_;
};

}  // namespace marsad::text
