// A known person's family name alone, once the text has named them in full.
#include <unordered_map>

#include "actors/matcher_impl.h"
#include "names/features.h"
#include "text/clitics.h"
#include "text/phrase_trie.h"
#include "text/word_forms.h"

namespace marsad::actors {
namespace {

// «عبد الله الثاني»: a king's number ends his name, no family name.
bool is_regnal_number(std::string_view w) {
  for (std::string_view n : {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"})
    if (w == n) return true;
  return false;
}

}  // namespace

// «وجدد الربيعة دعوته» after «الدكتور عبدالله بن عبدالعزيز الربيعة», «وأضاف
// المعلم» after «وليد المعلم»: as a found person is named on by their family
// name (add_new_actor_short_forms), so is a person of the knowledge base the
// text has named in full — the family names it lists no short form of, as
// they are common words elsewhere («المعلم», the teacher). Only a family name:
// four letters at least, no given name, title or function word, not the second
// half of a compound one («آل سعود», «بن علي») nor a king's number, not a
// family named for a father the text names too, and one person's among those
// the text named, the name finder's included. Not where the word is another's
// name («محمد الربيعة», a given name before it; «الشريف أحمد الفعر», a title
// before one), nor where an adjective of origin follows a noun («الوفد
// المصري»). Mentions of kind `short`, kept sorted.
void Matcher::add_family_name_references() {
  constexpr float kReferenceConfidence = 0.8f;
  constexpr uint32_t kNotWords =
      names::Gazetteer::kGivenName | names::Gazetteer::kTitleWord | names::Gazetteer::kFunctionWord;
  const names::Gazetteer& g = lex_.gazetteer();
  // «الله» ends compound names («نصر الله», «عوض الله»), a word of faith alone.
  auto family_word = [&](std::string_view w) {
    return w.size() >= 8 && w != "الله" && !(g.exact_bits(w) & kNotWords) && !lex_.is_function_word(w);
  };
  // A person's name the finder reads over token i and a word before or after it.
  auto covered_by_found_name = [&](uint32_t i) {
    if (!in_.found_names) return false;
    for (const names::FoundName& n : *in_.found_names) {
      if (n.first > i) break;
      if (n.type == names::NameType::kPerson && n.end > i && n.end - n.first > 1) return true;
    }
    return false;
  };
  struct Named {
    std::string_view id;
    uint32_t after;  // the end of the first full mention
    bool shared;     // two persons the text named bear it
  };
  std::unordered_map<uint64_t, Named> by_family;  // by the family name's hash (text::PhraseTrie::hash)
  std::vector<bool> covered(in_.tokens.size(), false);
  for (const Mention& m : out_.mentions) {
    for (uint32_t i = std::min(m.lead_token, m.first_token); i < m.end_token; ++i) covered[i] = true;
    if (m.kind != "name" || m.end_token < m.first_token + 2 || !is_person(m.actor) || !kb_.find(m.actor)) continue;
    std::string_view last = word(m.end_token - 1);
    if (!family_word(last) || is_name_connector(word(m.end_token - 2)) || is_regnal_number(last)) continue;
    if (family_of_a_named_father(last)) continue;
    // «الملك المؤسس»: a title and an epithet, no given and family name.
    std::string_view first = word(m.first_token);
    if ((g.exact_bits(first) | g.exact_bits(text::behind_glued_letter(first))) & names::Gazetteer::kTitleWord) continue;
    auto [it, fresh] = by_family.try_emplace(text::PhraseTrie::hash(last), Named{m.actor, m.end_token, false});
    if (!fresh && it->second.id != m.actor) it->second.shared = true;
  }
  // A person the finder found («حسن الجبوري» beside «سليم الجبوري») shares it.
  for (const Actor& a : out_.new_actors)
    for (const std::string& family : a.short_forms)
      if (auto it = by_family.find(text::PhraseTrie::hash(family)); it != by_family.end()) it->second.shared = true;
  if (by_family.empty()) return;
  std::vector<Mention> found;
  for (uint32_t i = 1; i < in_.tokens.size(); ++i) {
    if (covered[i] || in_.tokens[i].kind != text::TokenKind::kWord) continue;
    std::string_view w = word(i);
    // The word as written, or behind its proclitics as the text layer reads them
    // («والربيعة», «للمعلم»: the article they include is the name's, not glued to it).
    const Named* named = nullptr;
    size_t prefix = 0;
    auto look = [&](uint64_t key, size_t p) {
      if (named) return;
      auto it = by_family.find(key);
      if (it != by_family.end()) named = &it->second, prefix = p;
    };
    look(forms_.hash(i), 0);
    for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) {
      // The article as written: «ال», or the «ل» left of it in «لل» (its alef dropped).
      size_t article = !f.definite ? 0 : w.substr(0, f.prefix_bytes).ends_with("لل") ? 2 : 4;
      look(f.hash, f.prefix_bytes - article);
    }
    if (!named || named->shared || i < named->after) continue;
    // Another's name: a given name or a name's connector before it, or a
    // longer phrase of the lexicon, or a longer name the finder reads there.
    std::string_view before = word(i - 1);
    if (!covered[i - 1] && prefix == 0 &&
        ((g.exact_bits(before) & names::Gazetteer::kGivenName) || is_name_connector(before)))
      continue;
    const Raw* r = raw_starting_at(i);
    if ((r && r->end > i + 1) || before_given_name(i)) continue;
    // «العمل العربي المشترك»: a family name like an adjective of origin is one
    // after any definite word (after a title too: «الأمين العام العربي»).
    bool nisba_like = w.size() >= 2 && w.substr(w.size() - 2) == "ي";
    if (nisba_like && prefix == 0 && before.substr(0, 4) == "ال") continue;
    // Inside a longer name the finder reads («تركي العبدالله الفيصل», «جيب بوش»).
    if (covered_by_found_name(i)) continue;
    found.push_back(
        {i, i + 1, std::string(named->id), "short", "", "", std::string(w.substr(0, prefix)), i, kReferenceConfidence});
  }
  add_in_text_order(found);
}

// «الفيصل» of «سعود الفيصل», in a text that also names a «فيصل» («الملك
// فيصل»): a family named for a father is his too, and his other sons'.
bool Matcher::family_of_a_named_father(std::string_view family) const {
  if (family.substr(0, 4) != "ال") return false;
  std::string_view father = family.substr(4);
  if (!(lex_.gazetteer().exact_bits(father) & names::Gazetteer::kGivenName)) return false;
  for (uint32_t i = 0; i < in_.tokens.size(); ++i)
    if (word(i) == father || text::behind_conjunction(word(i)) == father) return true;  // «فيصل», «وفيصل»
  return false;
}

// «شكر الشريف أحمد الفعر»: word i right before a person's name the finder reads
// (a given name and more) is a title there, or another's name — no family name alone.
bool Matcher::before_given_name(uint32_t i) const {
  if (i + 1 >= in_.tokens.size() || !lex_.is_given_name(word(i + 1))) return false;
  const names::FoundName* n = found_name_at(i + 1);
  return n && n->type == names::NameType::kPerson && n->end > i + 2;
}

// «سليم الجبوري» named in full: his family name alone is no longer sure to be
// a found «حسن الجبوري»'s.
bool Matcher::family_of_a_known_person(std::string_view family) const {
  for (const Mention& m : out_.mentions)
    if (m.kind == "name" && m.end_token >= m.first_token + 2 && word(m.end_token - 1) == family && is_person(m.actor) &&
        kb_.find(m.actor))
      return true;
  return false;
}

}  // namespace marsad::actors
