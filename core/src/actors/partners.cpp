// Names that stand for an actor only right after another, joined by و
// (Actor::partner_names): «ميليشيات الحوثي وصالح» names Saleh's forces, where
// «صالح» alone is a given name; «حماس والجهاد» names Islamic Jihad.
#include "actors/matcher_impl.h"

namespace marsad::actors {

// After each mention of an actor that has partners, the word glued to و and
// the words after it, when they spell one of the partner's names and no
// mention covers them. Mentions of kind `name`, kept sorted.
void Matcher::add_partners() {
  std::vector<Mention> found;
  for (size_t k = 0; k < out_.mentions.size(); ++k) {
    const Mention& m = out_.mentions[k];
    if (m.kind == "nested") continue;
    const auto* partners = lex_.partners_after(m.actor);
    if (!partners) continue;
    uint32_t at = m.end_token;
    // «ميليشيات الحوثي وصالح» in a text that named Saleh in full: his family name
    // read as the man there is the partner's name still; so is his epithet
    // («ميليشيات الحوثي والمخلوع صالح»: the militias of both).
    Mention* as_short = k + 1 < out_.mentions.size() && out_.mentions[k + 1].first_token == at &&
                                (out_.mentions[k + 1].kind == "short" || out_.mentions[k + 1].kind == "description")
                            ? &out_.mentions[k + 1]
                            : nullptr;
    bool free = at < in_.tokens.size() &&
                (k + 1 == out_.mentions.size() || out_.mentions[k + 1].first_token > at || as_short);
    if (!free || word(at).substr(0, 2) != "و") continue;
    for (const Lexicon::PartnerName& p : *partners) {
      uint32_t end = at + static_cast<uint32_t>(p.words.size());
      if (p.words.empty() || end > in_.tokens.size() || word(at).substr(2) != p.words[0]) continue;
      bool same = true;
      for (size_t w = 1; w < p.words.size() && same; ++w) same = word(at + static_cast<uint32_t>(w)) == p.words[w];
      // The whole name, and no longer name it begins («وصالح الصماد» is another man).
      if (!same || (!as_short && k + 1 < out_.mentions.size() && out_.mentions[k + 1].first_token < end)) continue;
      if (as_short && as_short->end_token != end) continue;
      if (const names::FoundName* n = found_name_at(at); n && n->end > end) continue;
      if (as_short) {
        as_short->actor = actor(p.actor).id;
        as_short->kind = "name";
      } else {
        found.push_back({at, end, actor(p.actor).id, "name", "", "", "و", at, 1.f});
      }
      break;
    }
  }
  add_in_text_order(found);
}

}  // namespace marsad::actors
