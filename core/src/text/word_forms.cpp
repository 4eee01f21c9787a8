#include "text/word_forms.h"

#include "text/clitics.h"
#include "text/phrase_trie.h"

namespace marsad::text {

WordForms::WordForms(std::string_view normalized, const std::vector<Token>& tokens) {
  hashes_.reserve(tokens.size());
  first_form_.reserve(tokens.size() + 1);
  std::vector<CliticReading> readings;
  for (const Token& t : tokens) {
    std::string_view w = t.in(normalized);
    hashes_.push_back(PhraseTrie::hash(w));
    first_form_.push_back(static_cast<uint32_t>(forms_.size()));
    if (t.kind != TokenKind::kWord) continue;
    clitic_readings(w, readings);
    for (const CliticReading& r : readings) {
      if (r.prefix_bytes == 0 || r.suffix_bytes != 0) continue;
      std::string_view bare = r.bare_stem(w);
      uint64_t bare_hash = PhraseTrie::hash(bare);
      forms_.push_back({r.prefix_bytes, r.definite, r.definite ? PhraseTrie::hash_definite(bare) : bare_hash, bare_hash});
    }
  }
  first_form_.push_back(static_cast<uint32_t>(forms_.size()));
}

}  // namespace marsad::text
