// The honorific pronouns («وعقد جلالته اجتماعا», «استقبل سموه») as mentions
// of the person they stand for (actors/honorifics.h).
#include "actors/honorifics.h"
#include "actors/matcher_impl.h"
#include "text/on_behalf.h"

namespace marsad::actors {

// «جلالته» is the person the text named last with «جلالة» or a king's title,
// «سموه» with «سمو» or a prince's, and so on: the nearest such person (or the
// unnamed official of a state: «وزير الخارجية السعودي … معاليه») not far
// before, passing over others named between — and over one on whose behalf
// another acts («نيابة عن الأمير X … استقبال سموه»: the envoy). Mentions of
// kind `reference`, kept sorted.
void Matcher::add_honorific_references() {
  constexpr uint32_t kReach = 80;     // tokens back to the person
  constexpr uint32_t kTitleBefore = 3;  // words before a name that may give its honorific («صاحب السمو الملكي الأمير»)
  constexpr float kReferenceConfidence = 0.7f;
  std::vector<Mention> found;
  size_t next = 0;  // first mention at or after token i
  for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
    while (next < out_.mentions.size() && out_.mentions[next].first_token < i) ++next;
    if (next < out_.mentions.size() && out_.mentions[next].first_token == i) continue;
    if (in_.tokens[i].kind != text::TokenKind::kWord) continue;
    std::string_view w = word(i);
    size_t prefix = 0;
    Honorific h = honorific_pronoun(w);
    for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) {
      if (h != Honorific::kNone) break;
      if (f.definite) continue;
      h = honorific_pronoun(w.substr(f.prefix_bytes));
      prefix = f.prefix_bytes;
    }
    if (h == Honorific::kNone) continue;
    for (size_t k = next; k-- > 0;) {
      const Mention& m = out_.mentions[k];
      if (m.end_token + kReach < i) break;
      if (m.kind == "nested" || m.kind == "reference") continue;
      std::string_view type = type_of(m.actor);
      bool official = (m.kind == "role" || m.kind == "institution") && type == "country";
      if (type != "person" && !official) continue;
      uint32_t from = m.lead_token > kTitleBefore ? m.lead_token - kTitleBefore : 0;
      bool earned = false;
      for (uint32_t j = from; j < m.end_token && !earned; ++j) earned = earns(h, word(j));
      if (!earned || on_behalf_of(m)) continue;
      found.push_back({i, i + 1, m.actor, "reference", "", "", std::string(w.substr(0, prefix)), i, kReferenceConfidence});
      break;
    }
  }
  add_in_text_order(found);
}

// «نيابة عن صاحب السمو الملكي الأمير X»: the words before the name, past its
// titles, are «نيابة عن».
bool Matcher::on_behalf_of(const Mention& m) const {
  return text::on_behalf_before(std::min(m.lead_token, m.first_token), 0, [&](uint32_t i) { return word(i); });
}

}  // namespace marsad::actors
