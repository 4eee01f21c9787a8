#include "actors/matcher.h"

#include <algorithm>
#include <unordered_set>

#include "actors/matcher_impl.h"
#include "text/normalizer.h"
#include "text/phrase_trie.h"
#include "text/word_forms.h"
#include "util/hash.h"

namespace marsad::actors {
namespace {

// Evidence for the document's focus: a name counts more than an adjective,
// the outlet's own state a little.
constexpr float kNameEvidence = 1.f, kNisbaEvidence = 0.5f, kOutletEvidence = 1.f;
// A bare institution («الجيش», «الحكومة») stands for the document's state only
// when the document is clearly about one.
constexpr float kBareShare = 0.6f, kBareWeight = 3.f;

bool is_country(const Actor& a) { return a.type == "country"; }

// Adjectives that describe a body without making it another («التنظيم المتطرف»).
constexpr std::string_view kEvaluative[] = {"المتطرف", "المتطرفه", "الارهابي", "الارهابيه", "المتشدد",  "المتشدده",
                                            "المسلح",  "المسلحه",  "الجهادي",  "الجهاديه",  "الموالي", "المواليه"};

// Compares ISO dates at the precision they share.
int compare_dates(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

// One of the person's Arabic names, its name or an alias, normalized, answers `holds`.
template <typename Holds>
bool any_arabic_name(const Actor& x, Holds holds) {
  if (holds(text::normalize_key(x.name_ar))) return true;
  for (const std::string& alias : x.aliases_ar)
    if (holds(text::normalize_key(alias))) return true;
  return false;
}

}  // namespace

ActorMatches Matcher::run() {
  find_raw();
  gather_evidence();
  for (size_t k = 0; k < raw_.size();) k = resolve(k);
  add_found_names();
  add_new_actor_short_forms();
  merge_respelled();
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  add_family_name_references();
  give_titles_to_names_after();
  add_partners();
  add_head_noun_references();
  add_country_references();
  add_honorific_references();
  apply_found_corrections();
  // A name read and then dropped (the person of «مطار الملك خالد») is no actor.
  std::unordered_set<std::string_view> mentioned;
  for (const Mention& m : out_.mentions) mentioned.insert(m.actor);
  std::erase_if(out_.new_actors, [&](const Actor& a) { return !mentioned.count(a.id); });
  out_.focus = focus_.dominant();
  return std::move(out_);
}

// --- Phase 1: the longest lexicon phrase at each position ------------------
void Matcher::find_raw() {
  const auto& tokens = in_.tokens;
  for (uint32_t i = 0; i < tokens.size();) {
    Raw r;
    // «توني كروس»: a word read as «ك» + a name right after a given name is that
    // person's family name (Kroos), not a likeness to the Russians.
    auto family_name = [&] {
      return r.prefix_bytes && i > 0 && word(i).substr(0, r.prefix_bytes).find("ك") != std::string_view::npos &&
             lex_.is_given_name(word(i - 1));
    };
    // «فاطمة» is a woman's name, not «ف» + the town «أطمة»: a word the lists
    // know as a given name is not read behind a proclitic as one word of a name.
    auto given_name = [&] {
      return r.prefix_bytes && r.end == i + 1 && (lex_.gazetteer().exact_bits(word(i)) & names::Gazetteer::kGivenName);
    };
    if (tokens[i].kind == text::TokenKind::kWord &&
        text::longest_match(lex_.trie(), forms_, in_.normalized, tokens, i, r) && !family_name() && !given_name()) {
      raw_.push_back(r);
      i = r.end;
    } else {
      ++i;
    }
  }
}

// --- Phase 2: what the document names unambiguously, and its focus ---------
// Actors named by a phrase that can mean only them are context for generic and
// ambiguous names; their states are the evidence of the document's focus.
void Matcher::gather_evidence() {
  if (in_.outlet) focus_.add(kb_.state_of(in_.outlet->id), kOutletEvidence);
  for (const Raw& r : raw_) {
    const auto& entries = lex_.entries(r.node);
    std::unordered_set<uint32_t> actors, generic;
    bool nisba = false, institution = false;
    for (const Entry& e : entries) {
      if (e.kind == EntryKind::kInstitution || e.kind == EntryKind::kBareInstitution) institution = true;
      if (e.kind == EntryKind::kGeneric) generic.insert(e.target);
      if (e.kind != EntryKind::kName && e.kind != EntryKind::kNisba && e.kind != EntryKind::kDescription &&
          e.kind != EntryKind::kMetonym)
        continue;
      actors.insert(e.target);
      nisba |= e.kind == EntryKind::kNisba;
    }
    if (institution) continue;
    // A state's government by a name its context words make its own («نظام الأسد»,
    // «قوات النظام» in a text with Syria's places): evidence of the focus, as a
    // name is, though it names the state only in that context.
    if (actors.empty() && generic.size() == 1 && is_country(actor(*generic.begin()))) {
      uint32_t g = *generic.begin();
      if (read_as_own_name(r, g)) found_generic_.insert(g);
      for (const std::string& c : lex_.context(g))
        if (has_word(c)) {
          focus_.add(actor(g).id, kNameEvidence);
          text_focus_.add(actor(g).id, kNameEvidence);
          break;
        }
    }
    if (actors.empty()) continue;
    if (actors.size() > 1) {
      // A capital and its state («طهران»: the city, or Iran's government): the state is named either way.
      std::string state = kb_.state_of(actor(*actors.begin()).id);
      bool one_state = !state.empty();
      for (uint32_t x : actors) one_state &= !actor(x).needs_context && kb_.state_of(actor(x).id) == state;
      if (one_state) named_.insert(state);
      continue;
    }
    uint32_t a = *actors.begin();
    if (actor(a).needs_context || ha_for_ta_marbuta(r, a)) continue;
    named_.insert(actor(a).id);
    if (!actor(a).state.empty()) named_.insert(actor(a).state);
    if (!actor(a).affiliation.empty()) named_.insert(actor(a).affiliation);
    focus_.add(kb_.state_of(actor(a).id), nisba ? kNisbaEvidence : kNameEvidence);
    text_focus_.add(kb_.state_of(actor(a).id), nisba ? kNisbaEvidence : kNameEvidence);
  }
}

// «الدعم المالي» ("financial"), «الحماس» ("enthusiasm"): a state's or an armed
// group's generic name listed without the article («مالي», «حماس») is a common
// word when the text gives it one (not so a club's: «الميلان» is AC Milan).
bool Matcher::common_word_with_article(const Raw& r, uint32_t target) const {
  const Actor& x = actor(target);
  if (!r.definite || (x.type != "country" && x.type != "armed_group")) return false;
  return std::none_of(x.generic.begin(), x.generic.end(), [](const std::string& s) { return s.rfind("ال", 0) == 0; });
}

// A generic name that the name finder reads there as the name of what the
// actor is, as surely as a found name of one word must be: the finder's
// reading is the context it needs. A country's written as a proper name,
// without the article, read as a place («مالي», not the adjective «المالي»
// "financial"); an armed group's read as an organization («”القاعدة“», not
// «القاعدة الجوية», an air base).
bool Matcher::read_as_own_name(const Raw& r, uint32_t target) const {
  const names::FoundName* n = found_name_at(r.first);
  if (!n || n->end != r.end) return false;
  if (actor(target).type == "armed_group")
    return n->type == names::NameType::kOrganization && n->margin >= kVerySureMargin;
  if (word(r.first).substr(r.prefix_bytes, 4) == "ال") return false;
  return n->type == names::NameType::kPlace && (n->margin >= kVerySureMargin || place_named_after_noun(*n));
}

// True when the document has the word (as written or behind proclitics), or
// the phrase of two or three words (its first word as written or behind proclitics).
bool Matcher::has_word(std::string_view w) {
  if (doc_words_.size() == 0) {
    for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
      doc_words_.insert(forms_.hash(i), 1);
      for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) doc_words_.insert(f.hash, 1);
    }
  }
  size_t space = w.find(' ');
  if (space == std::string_view::npos) return doc_words_.contains(text::PhraseTrie::hash(w));
  if (doc_phrases_.size() == 0) {
    // Phrases are keyed by their first word's hash and the rest's text; only
    // those that begin as a context phrase does are kept.
    for (uint32_t i = 0; i + 1 < in_.tokens.size(); ++i) {
      bool head = lex_.begins_context_phrase(forms_.hash(i));
      for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) head |= lex_.begins_context_phrase(f.hash);
      if (!head) continue;
      uint64_t tail = util::fnv1a(word(i + 1));  // the hash of the rest's text, extended word by word
      for (uint32_t n = 2; n <= 3 && i + n <= in_.tokens.size(); ++n) {
        if (n == 3) tail = util::fnv1a(word(i + 2), util::fnv1a(" ", tail));
        doc_phrases_.insert(forms_.hash(i) ^ tail, 1);
        for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) doc_phrases_.insert(f.hash ^ tail, 1);
      }
    }
    if (doc_phrases_.size() == 0) doc_phrases_.insert(0, 0);  // built, even for a one-word document
  }
  return doc_phrases_.contains(text::PhraseTrie::hash(w.substr(0, space)) ^ util::fnv1a(w.substr(space + 1)));
}

// Evidence in the document for reading a phrase as this actor: the actor, its
// state or affiliation named; its context words; the focus on its state.
float Matcher::support(uint32_t a) {
  const Actor& x = actor(a);
  float score = 0;
  if (named_.count(x.id)) score += 2;
  if (!x.state.empty() && named_.count(x.state)) score += 1;
  if (!x.affiliation.empty() && named_.count(x.affiliation)) score += 1;
  // A person's offices: the state or body they served («وزير خارجية إيران»).
  for (const Role& r : x.roles)
    if (r.of != x.state && r.of != x.affiliation && named_.count(r.of)) {
      score += 1;
      break;
    }
  for (const std::string& c : lex_.context(a)) score += has_word(c);
  score += 2 * focus_.share(kb_.state_of(x.id));
  return score;
}

// «الأمير تركي بن عبدالله», «أحمد تركي العتيبي»: an adjective of origin without the
// article agrees with no definite noun or name before it; there it is a given name.
bool Matcher::given_name_not_nisba(const Raw& r) const {
  if (r.first == 0 || r.end != r.first + 1 || r.prefix_bytes != 0) return false;
  std::string_view w = word(r.first), before = word(r.first - 1);
  if (w.substr(0, 4) == "ال" || in_.tokens[r.first - 1].kind != text::TokenKind::kWord) return false;
  if (lex_.is_given_name(before) && !lex_.is_function_word(before)) return true;
  // Right after a title («الأمير», «الشيخ», «اللواء»).
  auto title_before = std::partition_point(raw_.begin(), raw_.end(), [&](const Raw& x) { return x.end < r.first; });
  for (auto it = title_before; it != raw_.end() && it->end == r.first; ++it)
    for (const Entry& e : lex_.entries(it->node))
      if (e.kind == EntryKind::kTitle) return true;
  return false;
}

// «ألكسندر مدفيديف» (of Gazprom) is not Dmitry: a person's one-word name that
// the name finder reads as the end of a name a given name opens, where none of
// the person's full names holds that given name — nor a spelling of it (the
// first two letters alike: «ديميتري» for «ديمتري») — is another person's.
bool Matcher::another_given_name(const Raw& r, uint32_t a) const {
  const Actor& x = actor(a);
  if (x.type != "person" || r.end != r.first + 1 || r.first == 0 || r.prefix_bytes != 0 || !in_.found_names)
    return false;
  std::string_view given = word(r.first - 1);
  if (!lex_.is_given_name(given) || lex_.is_function_word(given)) return false;
  // «أنور بن محمد قرقاش»: a father's name is no given name of another.
  if (in_lineage(r.first - 1)) return false;
  // Sure of it: not «نجاح لودريان», «آمال أوباما» (success, hopes: given names too).
  bool read_as_one = false;
  for (const names::FoundName& n : *in_.found_names)
    read_as_one |= n.type == names::NameType::kPerson && n.first <= r.first - 1 && n.end >= r.end &&
                   n.margin >= kSureMargin;
  if (!read_as_one) return false;
  constexpr size_t kTwoLetters = 4;  // bytes
  auto holds_it = [&](std::string_view key) {
    for (size_t s = 0; s < key.size();) {
      size_t e = key.find(' ', s);
      if (e == std::string::npos) e = key.size();
      std::string_view w = key.substr(s, e - s);
      if (e < key.size() &&  // a word before the family name
          (w == given || (w.size() >= kTwoLetters && given.substr(0, kTwoLetters) == w.substr(0, kTwoLetters))))
        return true;
      s = e + 1;
    }
    return false;
  };
  return !any_arabic_name(x, holds_it);
}

// A surname alone, before (or without) the full name: «وصف ظريف المحادثات».
// Read as the person only when no given name nor common word is written so,
// and the document names the person's state or group, or their context words,
// or the person holds one of the offices the press calls by surname alone
// («قال كيري» in 2015) on the document's date — written alone, or glued to a
// conjunction or preposition in a document that names the state at all: a
// surname is often a common word too, and «وجبات وسلال» are meals and baskets,
// not Algeria's prime minister.
//
// A surname that is also a given name («عباس», «شكري»), or of fewer than four
// letters («شي»), is read alone only as a sitting office holder of those
// offices, in a document that is theirs twice over (their state named and in
// focus, or their context words): written before another name («عباس زكي») it
// is someone's given name.
bool Matcher::short_alone(const Raw& r, uint32_t a) {
  if (actor(a).type != "person" || r.end != r.first + 1) return false;
  std::string_view w = word(r.first).substr(r.prefix_bytes);
  if (w.size() < 4 || lex_.is_function_word(w)) return false;
  // Fewer than four letters («شي» for Xi Jinping) is as weak as a given name.
  bool given_name = lex_.is_given_name(w) || w.size() < 8;
  const names::FoundName* n = found_name_at(r.first);
  if (given_name) {
    // Unless the rest of the found name is a known person («استقبل شي إردوغان»).
    if (n && n->end > r.end) {
      const Raw* after = raw_starting_at(r.end);
      bool known_person = false;
      if (after && after->prefix_bytes == 0)
        for (const Entry& e : lex_.entries(after->node))
          known_person |= (e.kind == EntryKind::kName || e.kind == EntryKind::kShort) && actor(e.target).type == "person";
      if (!known_person) return false;
    }
  }
  // A short form with the article is also a common noun often enough («الصيد»,
  // hunting, for Habib Essid): out of its state's focus, the name finder must
  // read a person there.
  bool common = w.substr(0, 4) == "ال" && !(n && n->type == names::NameType::kPerson);
  for (const Role& role : actor(a).roles) {
    bool office = role.title == "head_of_state" || role.title == "head_of_government" ||
                  role.title == "foreign_minister" || role.title == "defence_minister" ||
                  role.title == "supreme_leader";
    if (!date_within(in_.date, role.from, role.to)) continue;
    if (given_name) {
      if ((office || role.title == "secretary_general") && support(a) >= 2) return true;
      continue;
    }
    if ((office && (focus_.share(role.of) > 0 || (r.prefix_bytes == 0 && !common))) || role.title == "secretary_general")
      return true;
  }
  return !given_name && support(a) >= 1;
}

// A name needs support in the document when its actor says so
// (`needs_context`), or when the phrase is also a common noun for a state's
// institution («مجلس النواب» is Libya's House and every other parliament).
bool Matcher::needs_support(uint32_t a, const std::vector<Entry>& entries) const {
  if (actor(a).needs_context) return true;
  return std::any_of(entries.begin(), entries.end(), [](const Entry& e) {
    return e.kind == EntryKind::kInstitution || e.kind == EntryKind::kBareInstitution;
  });
}

// «حواره» (his dialogue) for the town «حوارة», «مصيره» (his fate) for the
// island «مصيرة»: a name the knowledge base spells with a final «ة», written
// with «ه», reads first as a noun with its pronoun — a name only with support,
// as one that is a common word («جده» in a Saudi story stays Jeddah).
bool Matcher::ha_for_ta_marbuta(const Raw& r, uint32_t a) const {
  if (!in_.final_ha || !(*in_.final_ha)[r.end - 1]) return false;
  std::string_view last = word(r.end - 1);
  if (r.end == r.first + 1) last = last.substr(r.prefix_bytes);
  auto spelled_with_ta = [&](std::string_view name) {
    size_t space = name.rfind(' ');
    std::string_view w = space == std::string_view::npos ? name : name.substr(space + 1);
    return w.ends_with("ة") && text::normalize_key(w) == last;
  };
  const Actor& x = actor(a);
  return spelled_with_ta(x.name_ar) || std::any_of(x.aliases_ar.begin(), x.aliases_ar.end(), spelled_with_ta);
}

// The entry to use among several for one phrase; nullptr when the context
// does not decide.
const Entry* Matcher::choose(const std::vector<Entry>& entries, EntryKind kind) {
  const Entry* best = nullptr;
  float best_score = -1;
  bool tie = false;
  for (const Entry& e : entries) {
    if (e.kind != kind) continue;
    float s = support(e.target);
    if (s > best_score + 1e-4f) {
      best = &e;
      best_score = s;
      tie = false;
    } else if (s > best_score - 1e-4f) {
      tie = true;
    }
  }
  if (tie || best_score <= 0) return nullptr;
  return best;
}

const Entry* Matcher::find_kind(const std::vector<Entry>& entries, EntryKind kind) {
  int count = 0;
  for (const Entry& e : entries) count += e.kind == kind;
  if (count == 0) return nullptr;
  if (count == 1)
    for (const Entry& e : entries)
      if (e.kind == kind) return &e;
  return choose(entries, kind);
}

// A family name that is also an adjective of origin («العربي», «المصري»),
// written right after a definite noun, is that noun's adjective: «الخليج
// العربي», «الوفد المصري» name no Elaraby and no Masri.
bool Matcher::adjective_after_noun(const Raw& r) const {
  if (r.end != r.first + 1 || r.prefix_bytes != 0 || r.first == 0) return false;
  std::string_view w = word(r.first), before = word(r.first - 1);
  if (w.substr(0, 4) != "ال" || w.size() < 6 || w.substr(w.size() - 2) != "ي") return false;
  for (std::string_view p : {"", "و", "ب", "ل", "وب", "ول"}) {
    std::string_view rest = before.substr(std::min(before.size(), p.size()));
    // Not a verb that begins as the article does («التقى العربي»: Elaraby is met).
    if (before.substr(0, p.size()) == p && rest.substr(0, 4) == "ال" && rest.size() > 6 && !lex_.is_function_word(rest))
      return true;
  }
  return before.substr(0, 4) == "لل" && before.size() > 6;
}

// Whose short form a family name is when several share it («كلينتون», «بوش»):
// the one the document has named, else the one alone that the date or the
// document supports (short_alone) — of several, the one in office on the
// date —, else the best supported.
const Entry* Matcher::short_of(const Raw& r, const std::vector<Entry>& entries) {
  const Entry* named = nullptr;
  const Entry* alone = nullptr;
  const Entry* holding = nullptr;
  int named_count = 0, alone_count = 0, holding_count = 0;
  for (const Entry& e : entries) {
    if (e.kind != EntryKind::kShort) continue;
    if (seen_.count(actor(e.target).id)) {
      named = &e, ++named_count;
    } else if (short_alone(r, e.target)) {
      alone = &e, ++alone_count;
      // «كارتر» in 2015: the defence secretary, not the president of 1977.
      if (in_office(actor(e.target))) holding = &e, ++holding_count;
    }
  }
  if (named_count == 1) return named;
  if (named_count == 0 && alone_count == 1) return alone;
  if (named_count == 0 && holding_count == 1) return holding;
  return find_kind(entries, EntryKind::kShort);
}

// A generic name («التحالف», «قوات النظام», «الجيش» for the LNA) stands for its
// actor when the document has one of the actor's context words; or when it
// names the actor (or what it belongs to) and is about the actor's state.
bool Matcher::generic_fits(uint32_t a) {
  const Actor& x = actor(a);
  // A club's common-noun name («الشباب» youth, «النصر» victory, «الهلال»
  // crescent) needs the words of a match twice: one «المدرب» in a long
  // article about extremism does not make its «الشباب» a club.
  if (found_generic_.count(a)) return true;
  int needed = x.sector == "sport" ? 2 : 1, found = 0;
  for (const std::string& c : lex_.context(a))
    if (has_word(c) && ++found >= needed) return true;
  // An outlet's own country by its common noun: «المملكة» in a Saudi paper is
  // Saudi Arabia, in a Moroccan one Morocco, as the paper's readers read it.
  if (x.type == "country" && in_.outlet && kb_.state_of(in_.outlet->id) == x.id) return true;
  bool named = named_.count(x.id) || (!x.affiliation.empty() && named_.count(x.affiliation));
  if (!named) return false;
  std::string state = kb_.state_of(x.id);
  if (state.empty() || x.type == "media") return true;  // an outlet is cited from anywhere
  std::string dominant = focus_.dominant(0.4f, 1.f);
  return dominant == state || (dominant.empty() && focus_.share(state) >= 0.3f);
}

// True when tokens [first, end) are, alone and as written, a name of actor `id`
// (one that needs context too: the head before it gives it).
bool Matcher::names_alone(uint32_t first, uint32_t end, const std::string& id) const {
  text::PhraseMatch rest;
  if (first >= end || !text::longest_match(lex_.trie(), forms_, in_.normalized, in_.tokens, first, rest) ||
      rest.end != end || rest.prefix_bytes != 0)
    return false;
  for (const Entry& e : lex_.entries(rest.node))
    if ((e.kind == EntryKind::kName || e.kind == EntryKind::kShort || e.kind == EntryKind::kGeneric) &&
        actor(e.target).id == id)
      return true;
  return false;
}

// True when tokens [first, end) are a name of actor `id` (not a common noun
// it may go by), the first word as written or behind its proclitics.
bool Matcher::names_within(uint32_t first, uint32_t end, const std::string& id) const {
  text::PhraseMatch rest;
  if (first >= end || !text::longest_match(lex_.trie(), forms_, in_.normalized, in_.tokens, first, rest, end) ||
      rest.end != end)
    return false;
  for (const Entry& e : lex_.entries(rest.node))
    if ((e.kind == EntryKind::kName || e.kind == EntryKind::kShort) && actor(e.target).id == id) return true;
  return false;
}

// A definite title word before a name (الملك، الشيخ، الأمير، الرئيس), not a
// given name that is also a title word (أمير).
bool Matcher::honorific(uint32_t i) const { return honorific_word(word(i)); }

bool Matcher::honorific_word(std::string_view w) const {
  uint32_t bits = lex_.gazetteer().exact_bits(w);
  return w.substr(0, 4) == "ال" && (bits & names::Gazetteer::kTitleWord) && !(bits & names::Gazetteer::kGivenName);
}

// Records a mention. `lead` is where its phrase starts (a title before the
// name); the proclitics glued to that first word travel with the mention.
void Matcher::emit(uint32_t first, uint32_t end, const std::string& id, const char* kind, std::string role,
                   std::string role_of, int64_t lead, float confidence) {
  uint32_t lead_token = lead >= 0 ? static_cast<uint32_t>(lead) : first;
  // «الأمير تركي بن محمد»: an adjective of origin before «بن» is a given name,
  // and after «أم», «أبو» («أم تركي», a mother named for her son); after
  // «X بن Y» («عبدالله بن عبدالمحسن التركي»), a family name.
  if (std::string_view(kind) == "nisba" &&
      (before_lineage(end) || (first >= 2 && in_lineage(first - 1)) || (first >= 1 && is_kunya(word(first - 1)))))
    return;
  // «عبدالله بن محمد السويد»: a definite place's name right after «بن Y», in what
  // the name finder reads as one person no one knows, is the family name, not
  // the place («زار محمد بن سلمان السويد»: a known person ends before it).
  if (std::string_view(kind) == "name" && first >= 2 && in_lineage(first - 1) && word(first).substr(0, 4) == "ال" &&
      (type_of(id) == "country" || type_of(id) == "place") && found_person_around(first - 2, end))
    return;
  if (is_person(id)) {
    if (named_after(std::min(first, lead_token)) || in_lineage(std::min(first, lead_token))) return;
    // «محمد بن راشد آل مكتوم»: the family («آل» + name) belongs to the name.
    if (end + 1 < in_.tokens.size() && word(end) == "ال" && in_.tokens[end + 1].kind == text::TokenKind::kWord)
      end += 2;
    // «الملك عبد الله الثاني», a name the knowledge base lists with its title:
    // the name starts after the title, which leads the phrase.
    if (std::string_view(kind) == "name")
      while (first + 1 < end && honorific(first)) ++first;
    if (std::string_view(kind) == "name" && lineage_differs(first, end, id)) return;
  } else if (const Actor* a = kb_.find(id); a && a->sector == "sport" && end > first + 1 &&
             (lex_.gazetteer().exact_bits(word(end - 1)) & names::Gazetteer::kNisba)) {
    // «ريال مدريد الإسباني»: the club's country describes it; its name ends before.
    --end;
  } else if (a && a->type != "place" && a->type != "country" && std::string_view(kind) == "name" && end > first + 1 &&
             (lex_.gazetteer().exact_bits(word(end - 1)) & names::Gazetteer::kNisba) && names_within(first, end - 1, id) &&
             !names_within(end - 1, end, id)) {
    // «حزب الله اللبناني», «الحرس الثوري الإيراني»: so for a body the knowledge
    // base also names without the adjective (not when the adjective is its name:
    // «المتمردين الحوثيين»).
    --end;
  } else if (std::string_view(kind) == "name" && names_alone(first + 1, end, id)) {
    // «حركة حماس», «صحيفة هآرتس», «إقليم دارفور»: a head noun before a name the
    // knowledge base also lists alone. The name starts after it; the head leads the phrase.
    ++first;
  }
  std::string proclitics;
  if (const Raw* at = raw_starting_at(lead_token)) proclitics = word(lead_token).substr(0, at->prefix_bytes);
  out_.mentions.push_back({first, end, id, kind, std::move(role), std::move(role_of), std::move(proclitics),
                           lead_token, confidence});
  seen_.insert(id);
}

// Mentions found after the others (references to them) joined to them, all
// kept in text order.
void Matcher::add_in_text_order(const std::vector<Mention>& found) {
  if (found.empty()) return;
  out_.mentions.insert(out_.mentions.end(), found.begin(), found.end());
  std::stable_sort(out_.mentions.begin(), out_.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

// The state named in the few words before mention k's name, by a nested
// mention, a nisba or an institution of its role phrase («الناطق باسم الحكومة
// الأردنية»); empty when none.
std::string Matcher::state_before(size_t k) const {
  constexpr uint32_t kRolePhrase = 6;  // words of a role phrase before the name
  const Mention& m = out_.mentions[k];
  uint32_t from = m.lead_token > kRolePhrase ? m.lead_token - kRolePhrase : 0;
  for (size_t j = k; j-- > 0;) {
    const Mention& x = out_.mentions[j];
    if (x.end_token <= from) break;
    if (x.end_token > m.first_token) continue;
    const Actor* a = kb_.find(x.actor);
    if (a && a->type == "country") return a->id;
  }
  return "";
}

// «قال كيري إن بلاده …»: «بلاده» (his country) is the state of the person the
// text named last (or of the state's official it named without a name), in this
// sentence or just before; «بلادها» that of a person or an organization.
// Mentions of kind `reference`, kept sorted.
void Matcher::add_country_references() {
  constexpr uint32_t kReach = 40;  // tokens back to the person
  constexpr float kReferenceConfidence = 0.7f;
  std::vector<Mention> found;
  size_t next = 0;  // first mention at or after token i
  for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
    while (next < out_.mentions.size() && out_.mentions[next].first_token < i) ++next;
    if (next < out_.mentions.size() && out_.mentions[next].first_token == i) continue;
    // The word as written or behind و/ف and ب/ل (not ك: «كبلاده» compares).
    static const uint64_t kHis = text::PhraseTrie::hash("بلاده"), kHers = text::PhraseTrie::hash("بلادها");
    uint64_t stem = forms_.hash(i);
    size_t prefix = 0;
    if (stem != kHis && stem != kHers)
      for (const text::ProcliticForm& f : forms_.proclitic_forms(i))
        if (!f.definite && (f.hash == kHis || f.hash == kHers) &&
            word(i).substr(0, f.prefix_bytes).find("ك") == std::string_view::npos) {
          stem = f.hash;
          prefix = f.prefix_bytes;
          break;
        }
    bool his = stem == kHis, hers = stem == kHers;
    if (!his && !hers) continue;
    std::string_view w = word(i);
    for (size_t k = next; k-- > 0;) {
      const Mention& m = out_.mentions[k];
      if (m.end_token + kReach < i) break;
      if (m.kind == "nested") continue;
      std::string_view type = type_of(m.actor);
      // An unnamed official of a state («ناطق بلسان الجيش الإسرائيلي», «السفير اليمني») speaks of that state.
      bool official = (m.kind == "role" || m.kind == "institution") && type == "country";
      if (!official && type != "person" && !(hers && (type == "organization" || type == "media"))) continue;
      const Actor* a = kb_.find(m.actor);
      std::string state = official ? m.actor : a ? kb_.state_of(a->id) : m.role_of;
      // A person the knowledge base does not know speaks for the state of the role
      // phrase right before the name («الناطق باسم الحكومة الأردنية محمد المومني»).
      if (state.empty() && type == "person") state = state_before(k);
      if (state.empty() || !kb_.find(state) || kb_.find(state)->type != "country") break;
      // The nearest person is the usual antecedent, not always («التقى السيسي كيري وأكد دعم بلاده»).
      found.push_back(
          {i, i + 1, state, "reference", "", "", std::string(w.substr(0, prefix)), i, kReferenceConfidence});
      break;
    }
  }
  add_in_text_order(found);
}

// A definite common noun followed by another definite word that is no name of
// the lexicon nor a function word («الحركة الإسلامية», «الحزب الحاكم») names
// another body or none: true for the token after it. `adjective_only`: only an
// adjective of relation (-ي, -ية: «التحالف الوطني», «التحالف الغربي»), or
// «مع», «بين» (the noun: «التحالف مع إيران»).
bool Matcher::names_another(uint32_t next, bool adjective_only) const {
  if (next >= in_.tokens.size() || in_.tokens[next].kind != text::TokenKind::kWord) return false;
  std::string_view w = word(next);
  if (adjective_only && (w == "مع" || w == "بين")) return true;
  if (w.substr(0, 4) != "ال" || lex_.is_function_word(w) ||
      std::find(std::begin(kEvaluative), std::end(kEvaluative), w) != std::end(kEvaluative))
    return false;
  auto ends = [&](std::string_view e) { return w.size() > e.size() + 6 && w.substr(w.size() - e.size()) == e; };
  if (adjective_only && !ends("ي") && !ends("يه")) return false;
  return !raw_starting_at(next);
}

// «قالت حركة حماس … وأضافت الحركة», «تنظيم داعش … مقاتلو التنظيم», «مجلس
// الأمن … الدول الأعضاء في المجلس»: the head noun of a body's name, with the
// article, names the organization, armed group or outlet the text named last
// with that head (its name as written, or its name in the knowledge base:
// «داعش» is «تنظيم الدولة الإسلامية»), not far before. Not when an adjective
// other than an evaluative one follows («الحركة الإسلامية» is another
// movement; «التنظيم المتطرف» is the same). Mentions of kind `short`, kept sorted.
void Matcher::add_head_noun_references() {
  constexpr uint32_t kReach = 150;  // tokens back to the group
  constexpr float kReferenceConfidence = 0.8f;
  // Not «الاتحاد» (clubs, companies and unions are called so as often as the
  // EU) nor «الوكالة» («حروب بالوكالة», proxy wars).
  struct Head {
    std::string_view definite, bare;
  };
  static constexpr Head kHeads[] = {{"التنظيم", "تنظيم"}, {"الحركه", "حركه"},     {"الحزب", "حزب"},
                                    {"الجماعه", "جماعه"}, {"الجبهه", "جبهه"},     {"الائتلاف", "ائتلاف"},
                                    {"المجلس", "مجلس"},   {"المركز", "مركز"},     {"الهيئه", "هيئه"},
                                    {"المنظمه", "منظمه"}, {"اللجنه", "لجنه"},     {"الجمعيه", "جمعيه"},
                                    {"الصحيفه", "صحيفه"}};
  // The head a word is, as written or behind proclitics with the article («وللحركة»).
  auto head_of = [&](uint32_t i) -> const Head* {
    for (const Head& h : kHeads) {
      uint64_t key = text::PhraseTrie::hash(h.definite);
      if (forms_.hash(i) == key) return &h;
      for (const text::ProcliticForm& f : forms_.proclitic_forms(i))
        if (f.definite && f.hash == key) return &h;
    }
    return nullptr;
  };
  // The head a group's mention was written or is named with.
  auto first_word = [](std::string_view name) { return name.substr(0, name.find(' ')); };
  auto named_with = [&](const Mention& m, const Head& h) {
    std::string_view lead = word(m.lead_token);
    for (std::string_view p : {"", "و", "ب", "ل", "وب", "ول", "ف"})
      if (lead.substr(0, p.size()) == p && (lead.substr(p.size()) == h.bare || lead.substr(p.size()) == h.definite))
        return true;
    const Actor* a = kb_.find(m.actor);
    if (!a) return false;
    std::string name = text::normalize_key(first_word(a->name_ar));
    return name == h.bare || name == h.definite;
  };
  // The mention over each token (its lead included), if any: a group named
  // inside a person's phrase («زعيم جماعة الحوثي») over the person's.
  std::vector<int> over(in_.tokens.size(), -1);
  for (size_t k = 0; k < out_.mentions.size(); ++k) {
    const Mention& m = out_.mentions[k];
    if (m.kind == "nested") continue;
    for (uint32_t j = std::min(m.lead_token, m.first_token); j < m.end_token; ++j)
      if (over[j] < 0) over[j] = static_cast<int>(k);
  }
  for (size_t k = 0; k < out_.mentions.size(); ++k) {
    const Mention& m = out_.mentions[k];
    std::string_view type = m.kind == "nested" ? type_of(m.actor) : "";
    if (type == "organization" || type == "armed_group" || type == "media")
      for (uint32_t j = m.first_token; j < m.end_token; ++j) over[j] = static_cast<int>(k);
  }
  // The head as written before («مجلس الوزراء», «ومجلس»), behind و/ب/ل/ف.
  auto written_head = [&](uint32_t j, const Head& h) {
    std::string_view w = word(j);
    for (std::string_view p : {"", "و", "ب", "ل", "ف", "وب", "ول"})
      if (w.substr(0, p.size()) == p && w.substr(p.size()) == h.bare) return true;
    return false;
  };
  std::vector<Mention> found;
  std::vector<std::string> resolved(in_.tokens.size());  // earlier heads read, by token
  for (uint32_t i = 1; i < in_.tokens.size(); ++i) {
    if (over[i] >= 0 || in_.tokens[i].kind != text::TokenKind::kWord) continue;
    const Head* h = head_of(i);
    if (!h) continue;
    if (names_another(i + 1, false)) continue;
    // The nearest body named with this head before it is the one meant: a
    // group's, or else none (a state's «مجلس النواب», a body the knowledge base
    // does not list, «مجلس الوزراء»).
    std::string actor_id;
    for (uint32_t j = i; j-- > 0 && j + kReach >= i;) {
      if (over[j] >= 0) {
        const Mention& m = out_.mentions[over[j]];
        uint32_t lead = std::min(m.lead_token, m.first_token);
        bool inside = false;  // the head written inside another phrase («رئيس مجلس الوزراء»)
        for (uint32_t x = lead; x <= j && !inside; ++x) inside = written_head(x, *h);
        j = lead;
        if (m.kind == "reference" || !named_with(m, *h)) {
          if (inside) break;
          continue;
        }
        std::string_view type = type_of(m.actor);
        if ((type == "organization" || type == "armed_group" || type == "media") && m.kind != "institution")
          actor_id = m.actor;
        break;
      }
      if (!resolved[j].empty() && head_of(j) == h) {
        actor_id = resolved[j];
        break;
      }
      // A body named with the head that no one knows («مجلس الوزراء»); the head
      // alone with an adjective («قوة التنظيم العسكرية») is passed over.
      if (written_head(j, *h)) break;
    }
    if (actor_id.empty()) continue;
    size_t prefix = 0;  // the proclitics before the article («ول» of «وللحركة» → ول)
    if (forms_.hash(i) != text::PhraseTrie::hash(h->definite))
      for (const text::ProcliticForm& f : forms_.proclitic_forms(i))
        if (f.definite && f.hash == text::PhraseTrie::hash(h->definite)) {
          prefix = f.prefix_bytes;
          break;
        }
    resolved[i] = actor_id;
    found.push_back({i, i + 1, actor_id, "short", "", "", std::string(word(i).substr(0, prefix)), i, kReferenceConfidence});
  }
  add_in_text_order(found);
}

// «تركي بن محمد»: the phrase ending at `end` is followed by «بن», a given name.
bool Matcher::before_lineage(uint32_t end) const {
  return end < in_.tokens.size() && (word(end) == "بن" || word(end) == "بنت");
}

// «عبدالعزيز بن سعود بن فهد»: after the name [first, end) the text goes on with
// «بن» and a father whom none of the knowledge base's names of this person gives
// after these words (it gives «بن نايف»): another person, whose name only begins
// as this one's. «عبد» is read joined to the name after it, however written.
bool Matcher::lineage_differs(uint32_t first, uint32_t end, const std::string& id) const {
  if (!before_lineage(end) || end + 1 >= in_.tokens.size()) return false;
  const Actor* a = kb_.find(id);
  if (!a) return false;
  std::string said;
  for (uint32_t i = first; i < end; ++i) (said += said.empty() ? "" : " ") += word(i);
  said = abd_joined(said) + " بن ";
  std::string father(word(end + 1));
  if (father == "عبد" && end + 2 < in_.tokens.size()) father += word(end + 2);
  bool continued = false;
  std::vector<const std::string*> names{&a->name_ar};
  for (const std::string& s : a->aliases_ar) names.push_back(&s);
  for (const std::string* n : names) {
    std::string key = abd_joined(text::normalize_key(*n));
    for (size_t at = key.find(said); at != std::string::npos; at = key.find(said, at + 1)) {
      if (at > 0 && key[at - 1] != ' ') continue;
      // The father as the knowledge base writes him, or a typo that runs on past him
      // («سلمان بن عبد العزيزن», «عبد العزيزآل سعود»).
      std::string_view rest = std::string_view(key).substr(at + said.size());
      if (std::string_view(father).starts_with(rest.substr(0, rest.find(' ')))) return false;
      continued = true;
    }
  }
  return continued;
}

// «أم تركي», «أبو محمد»: the word after is a child's given name.
bool Matcher::is_kunya(std::string_view w) {
  return w == "ام" || w == "ابو" || w == "ابي" || w == "ابا";
}

// «حمدان بن محمد بن راشد»: a name after «بن» is the father's in someone
// else's name, not a mention of the father.
bool Matcher::in_lineage(uint32_t first) const {
  if (first == 0) return false;
  std::string_view before = word(first - 1);
  return before == "بن" || before == "بنت" || before == "ابن";
}

// «مطار الملك عبد العزيز», «جامعة الملك سعود», «جائزة الشيخ زايد», «وسام الملك
// فيصل»: a place, body or decoration named after a person, which does not
// mention the person.
bool Matcher::named_after(uint32_t lead) const {
  if (lead == 0) return false;
  static constexpr std::string_view kHonours[] = {"الملك", "الامير", "الشيخ", "الامام", "السلطان", "الرئيس"};
  static constexpr std::string_view kNamed[] = {"مطار", "جامعه", "مستشفي", "مدينه", "مؤسسه", "جائزه", "مركز", "شارع",
                                                "قاعده", "ميناء", "مجمع", "جسر", "طريق", "مسجد", "مكتبه", "داره",
                                                "كليه", "قاعه", "برنامج", "مشروع", "ملعب", "استاد", "وقف",
                                                "حديقه", "جامع", "متنزه", "منتزه", "متنزهات", "منتزهات", "معهد",
                                                "مدرسه", "قصر", "كورنيش", "مستشفيات", "كاس",
                                                // decorations: «وسام الملك عبد العزيز», «قلادة الملك فيصل»
                                                "وسام", "قلاده", "وشاح", "ميداليه", "نوط",
                                                // settlements named after a family or a man: «ناحية البغدادي», «حي الصدر»
                                                "ناحيه", "قضاء", "حي", "بلده", "قريه", "منطقه", "محافظه", "مديريه", "مخيم"};
  auto one_of = [](std::string_view w, const auto& list) {
    if (w.size() > 2 && (w.substr(0, 2) == "ب" || w.substr(0, 2) == "ل" || w.substr(0, 2) == "و")) {
      for (std::string_view x : list)
        if (w.substr(2) == x) return true;
    }
    for (std::string_view x : list)
      if (w == x) return true;
    return false;
  };
  uint32_t before = lead - 1;
  if (one_of(word(before), kHonours)) {
    if (before == 0) return false;
    --before;
  }
  return one_of(word(before), kNamed);
}

// «وطالب السفير صبيح»: a title read as its holder (by the document's state, the
// date, the person last named) right before another person's name, which the
// name finder or a family name gave after the titles were read, is that
// person's title.
void Matcher::give_titles_to_names_after() {
  for (size_t k = 0; k + 1 < out_.mentions.size(); ++k) {
    Mention& title = out_.mentions[k];
    if (title.kind != "title" || !is_person(title.actor)) continue;
    // «مبارك الخرينج رئيس مجلس الأمة بالإنابة», «أحمد الصغير رئيس مجلس النواب»:
    // a person the knowledge base does not know, named right before the title,
    // holds it here — not the knowledge base's holder.
    if (k > 0) {
      const Mention& before = out_.mentions[k - 1];
      uint32_t gap = title.first_token - std::min(title.first_token, before.end_token);
      bool comma = gap == 1 && (word(before.end_token) == "،" || word(before.end_token) == ",");
      // Not a title joined by و («مهند هادي، ومدير البرنامج»), nor after a name the
      // finder is unsure of, nor after another spelling of the holder's own name
      // (the same given name: «ينس شتولتينبيرج الأمين العام للناتو» is Stoltenberg).
      if (before.kind == "found" && is_person(before.actor) && (gap == 0 || comma) &&
          title.proclitics.find("و") == std::string::npos && before.confidence >= confidence_of(kSureMargin) &&
          !same_given_name(before, title.actor)) {
        title.actor = before.actor;
        continue;
      }
    }
    uint32_t after = title.end_token;
    if (after < in_.tokens.size() && (word(after) == "،" || word(after) == ",")) ++after;
    for (size_t j = k + 1; j < out_.mentions.size() && out_.mentions[j].first_token <= after; ++j) {
      const Mention& name = out_.mentions[j];
      if (std::min(name.lead_token, name.first_token) != after || name.kind == "nested" || name.kind == "title") continue;
      // «مع الأمير محمد بن نايف ولي العهد، والأمير محمد بن سلمان», «ولي عهد البحرين
      // وولي عهد أبوظبي»: a name joined by «و» is the next of a list, not the title's holder.
      bool next_of_a_list = name.proclitics.rfind("و", 0) == 0;
      if (name.actor != title.actor && is_person(name.actor) && !next_of_a_list) title.actor = name.actor;
      break;
    }
  }
}

// The found name `m` opens with the given name of the knowledge base's person `id`.
bool Matcher::same_given_name(const Mention& m, const std::string& id) const {
  const Actor* a = kb_.find(id);
  if (!a) return false;
  std::string_view given = word(m.first_token);
  return any_arabic_name(*a, [&](std::string_view key) { return key.substr(0, key.find(' ')) == given; });
}

// The type of a knowledge-base actor or of one found in this document; "" when unknown.
std::string_view Matcher::type_of(const std::string& id) const {
  if (const Actor* a = kb_.find(id)) return a->type;
  for (const Actor& n : out_.new_actors)
    if (n.id == id) return n.type;
  return {};
}

// A person the name finder found from token `first` or before to `end` or after,
// none the knowledge base knows ending before `end` («محمد بن سلمان» then a place).
bool Matcher::found_person_around(uint32_t first, uint32_t end) const {
  if (!in_.found_names) return false;
  for (const Mention& m : out_.mentions)
    if (m.end_token > first && m.end_token < end && m.actor.rfind("new:", 0) != 0 && type_of(m.actor) == "person")
      return false;
  return std::any_of(in_.found_names->begin(), in_.found_names->end(), [&](const names::FoundName& n) {
    return n.type == names::NameType::kPerson && n.first <= first && n.end >= end;
  });
}

bool Matcher::is_person(const std::string& id) const { return type_of(id) == "person"; }

// Where something happens («في بغداد», «ببغداد», «من بغداد»). A destination
// («إلى بغداد», «لبغداد») is not: a visit to a capital is coded as a visit to
// its state, as CAMEO coders do.
bool Matcher::locative(const Raw& r) const {
  if (r.prefix_bytes && word(r.first).substr(0, r.prefix_bytes).find("ب") != std::string_view::npos) return true;
  if (r.first == 0) return false;
  std::string_view prev = word(r.first - 1);
  if (prev.size() > 4 && (prev.substr(0, 2) == "و" || prev.substr(0, 2) == "ف")) prev.remove_prefix(2);  // وفي، ومن
  return prev == "في" || prev == "من" || prev == "نحو" || prev == "عبر" || prev == "داخل";
}

// The person holds one of their roles on the document's date (never when undated).
bool Matcher::in_office(const Actor& a) const {
  return std::any_of(a.roles.begin(), a.roles.end(), [&](const Role& r) { return date_within(in_.date, r.from, r.to); });
}

// The raw match that starts at `token`, or the one that ends there (the raw
// matches are in text order and do not overlap); nullptr when there is none.
const Raw* Matcher::raw_starting_at(uint32_t token) const {
  auto it = std::lower_bound(raw_.begin(), raw_.end(), token, [](const Raw& r, uint32_t f) { return r.first < f; });
  return it != raw_.end() && it->first == token ? &*it : nullptr;
}
const Raw* Matcher::raw_ending_at(uint32_t token) const {
  auto it = std::lower_bound(raw_.begin(), raw_.end(), token, [](const Raw& r, uint32_t f) { return r.first < f; });
  return it != raw_.begin() && std::prev(it)->end == token ? &*std::prev(it) : nullptr;
}

// A state institution and the state after it: «الجيش المصري», «وزارة الخارجية
// الأمريكية», «حكومة الأردن». True when found (`next` is the match after it).
bool Matcher::resolve_institution(size_t k, size_t& next) {
  const Raw& r = raw_[k];
  const auto& entries = lex_.entries(r.node);
  const Entry* head = nullptr;
  for (const Entry& e : entries)
    if (e.kind == EntryKind::kInstitution) head = &e;
  if (!head || k + 1 >= raw_.size()) return false;
  // «الإدارة في واشنطن», «الحكومة في دمشق», «السلطات في العراق»: a government at a
  // capital or in a state is the state's.
  if (lex_.institutions()[head->target].id == "government" && definite_start(r) && r.end + 1 < in_.tokens.size() &&
      word(r.end) == "في" && raw_[k + 1].first == r.end + 1 && raw_[k + 1].prefix_bytes == 0) {
    const auto& at = lex_.entries(raw_[k + 1].node);
    // Not in a text clearly about another state: «الحكومة في الرياض» in 2015
    // Yemen news is Yemen's government in exile.
    std::string focus = focus_.dominant(kBareShare, kBareWeight);
    const Entry* m = find_kind(at, EntryKind::kMetonym);  // «في واشنطن»
    if (!m) m = find_kind(at, EntryKind::kName);            // «في العراق»
    if (m && is_country(actor(m->target)) && (focus.empty() || focus == actor(m->target).id)) {
      emit(r.first, raw_[k + 1].end, actor(m->target).id, "institution", lex_.institutions()[head->target].id);
      next = k + 2;
      return true;
    }
  }
  if (raw_[k + 1].first != r.end) return false;
  const auto& after = lex_.entries(raw_[k + 1].node);
  const Entry* state = raw_[k + 1].prefix_bytes == 0 ? find_kind(after, EntryKind::kNisba) : nullptr;
  // «قوات الأمن بالقليوبية»: the forces of a place's state, the place named after ب or في.
  if (!state && raw_[k + 1].first == r.end && raw_[k + 1].prefix_bytes == 2 && word(r.end).substr(0, 2) == "ب")
    if (const Entry* p = find_kind(after, EntryKind::kName); p && actor(p->target).type == "place" && !actor(p->target).state.empty()) {
      emit(r.first, raw_[k + 1].end, actor(p->target).state, "institution", lex_.institutions()[head->target].id);
      emit(raw_[k + 1].first, raw_[k + 1].end, actor(p->target).id, "nested");
      next = k + 2;
      return true;
    }
  // The construct state («حكومة الأردن»): an indefinite head before the state's name.
  bool definite = word(r.first + (r.end - r.first - 1)).substr(0, 4) == "ال";
  // «الحكومة السعودية», «وزارة الخارجية السعودية»: a state whose name is its own
  // feminine adjective agrees with a definite head as the adjective does.
  if (!state && definite && raw_[k + 1].prefix_bytes == 0 && raw_[k + 1].end == raw_[k + 1].first + 1)
    if (const Entry* n = find_kind(after, EntryKind::kName); n && is_country(actor(n->target))) {
      std::string_view w = word(raw_[k + 1].first);
      if (w.size() > 8 && w.substr(0, 4) == "ال" && w.substr(w.size() - 4) == "يه") state = n;
    }
  bool named = false;  // the state by its name, not an adjective
  if (!state && !definite && raw_[k + 1].prefix_bytes == 0)
    if (const Entry* n = find_kind(after, EntryKind::kName); n && is_country(actor(n->target))) state = n, named = true;
  // «حكومة نتنياهو», «إدارة أوباما», «نظام بشار الأسد», «حكومة العبادي»: the
  // government of the state the person heads on the document's date (any date
  // when undated), named in full or by the family name.
  const Entry* head_of = nullptr;
  if (!state && !definite && raw_[k + 1].prefix_bytes == 0) {
    head_of = find_kind(after, EntryKind::kName);
    if (!head_of) head_of = short_of(raw_[k + 1], after);
  }
  if (head_of)
    if (const Entry* n = head_of; actor(n->target).type == "person")
      for (const Role& role : actor(n->target).roles) {
        const Actor* of = kb_.find(role.of);
        if ((role.title != "head_of_state" && role.title != "head_of_government") || !of || !is_country(*of) ||
            (!in_.date.empty() && !date_within(in_.date, role.from, role.to)))
          continue;
        emit(r.first, raw_[k + 1].end, of->id, "institution", lex_.institutions()[head->target].id, actor(n->target).id);
        emit(raw_[k + 1].first, raw_[k + 1].end, actor(n->target).id, "nested");
        next = k + 2;
        return true;
      }
  if (!state || !is_country(actor(state->target))) return false;
  emit(r.first, raw_[k + 1].end, actor(state->target).id, "institution", lex_.institutions()[head->target].id);
  // The state's name is a mention of its own, as in a role phrase («وزير خارجية مصر»).
  if (named) emit(raw_[k + 1].first, raw_[k + 1].end, actor(state->target).id, "nested");
  next = k + 2;
  return true;
}

// A place whose name holds its state's name or adjective («شمال العراق», «كردستان
// العراق», «الشمال السوري»), a facility named after its city («مطار عدن
// الدولي», «ميناء الحديدة»), or an event named for states («الحرب العراقية
// الإيرانية»), a region of no state naming its land («شمال أفريقيا»), or a
// person's description naming their group or place («زعيم جماعة الحوثي», «حاكم
// دبي»), mentions that state, city, land or group too: kind `nested`, as the
// state in a role phrase (no participant of an event: the place, event or person is).
void Matcher::add_places_inside(const Raw& r, const Actor& place) {
  static constexpr std::string_view kFacilities[] = {"مطار", "ميناء"};
  bool facility = std::find(std::begin(kFacilities), std::end(kFacilities), word(r.first).substr(r.prefix_bytes)) !=
                  std::end(kFacilities);
  for (uint32_t i = r.first + 1; i < r.end;) {
    text::PhraseMatch inner;
    if (!text::longest_match(lex_.trie(), forms_, in_.normalized, in_.tokens, i, inner) || inner.end > r.end ||
        inner.prefix_bytes != 0) {
      ++i;
      continue;
    }
    const auto& entries = lex_.entries(inner.node);
    const Entry* n = find_kind(entries, EntryKind::kName);
    const Entry* adjective = n ? nullptr : find_kind(entries, EntryKind::kNisba);
    const Entry* e = n ? n : adjective;
    if (e && actor(e->target).id != place.id) {
      const Actor& a = actor(e->target);
      // An event is named for any state («الحرب العراقية الإيرانية»), a place
      // for its own; a person's description for their group or state («زعيم
      // جماعة الحوثي»).
      bool described = place.type == "person" && !adjective &&
                       (a.type == "organization" || a.type == "armed_group" || is_country(a) || a.type == "place");
      bool state = described || (is_country(a) && (a.id == place.state || place.type == "event_name"));
      bool city = facility && n && a.type == "place" && !a.needs_context;
      // A region of no state names the land it lies in («شمال أفريقيا»).
      bool region = place.type == "place" && place.state.empty() && n && (a.type == "place" || is_country(a));
      if (state || city || region) emit(inner.first, inner.end, a.id, "nested", adjective ? "adjective" : "");
    }
    i = inner.end;
  }
}

// «قوات عاصفة الحزم», «قيادة تحالف "إعادة الأمل"»: forces, a coalition or a
// command before a military operation's name are the operation's conductor
// (its affiliation), from the first of those nouns; false when none is there.
bool Matcher::operation_force(const Raw& r, const Actor& operation) {
  if (operation.type != "event_name" || operation.affiliation.empty() || !kb_.find(operation.affiliation) ||
      r.prefix_bytes != 0)
    return false;
  static constexpr std::string_view kForces[] = {"قوات", "تحالف", "قياده", "طائرات", "مقاتلات", "طيران"};
  auto force = [&](uint32_t i) {
    std::string_view w = word(i);
    for (std::string_view p : {"", "و", "ب", "ل"})
      if (w.substr(0, p.size()) == p &&
          std::find(std::begin(kForces), std::end(kForces), w.substr(p.size())) != std::end(kForces))
        return true;
    return false;
  };
  uint32_t i = r.first;
  if (i > 0 && is_quote_mark(word(i - 1))) --i;
  uint32_t lead = i;
  while (lead > 0 && i - lead < 2 && force(lead - 1)) --lead;
  if (lead == i) return false;
  emit(lead, r.end, operation.affiliation, "name");
  return true;
}

// --- Phase 3: resolve each match; returns the next match index -------------
size_t Matcher::resolve(size_t k) {
  const Raw& r = raw_[k];
  const auto& entries = lex_.entries(r.node);
  if (const Entry* t = find_kind(entries, EntryKind::kTitle)) {
    bool other = false;  // a name entry of the same phrase wins over a title (اللواء السابع)
    for (const Entry& e : entries) other |= e.kind == EntryKind::kName;
    if (!other) return resolve_title(k, lex_.titles()[t->target]);
  }
  // «قال لـ«الشرق الأوسط»»: a name in quotes that is also an outlet's is the outlet.
  if (r.first > 0 && r.end < in_.tokens.size() && is_quote_mark(word(r.first - 1)) && is_quote_mark(word(r.end)))
    for (const Entry& e : entries)
      if ((e.kind == EntryKind::kName || e.kind == EntryKind::kShort || e.kind == EntryKind::kGeneric) &&
          actor(e.target).type == "media") {
        emit(r.first, r.end, actor(e.target).id, "name");
        return k + 1;
      }
  if (size_t next = 0; resolve_institution(k, next) || resolve_group(k, next)) return next;
  if (const Entry* e = find_kind(entries, EntryKind::kName);
      e && ((!needs_support(e->target, entries) && !ha_for_ta_marbuta(r, e->target)) || support(e->target) >= 1)) {
    if (another_given_name(r, e->target)) return k + 1;
    // A city that is also a capital: the government unless it is where something happens.
    const Entry* m = find_kind(entries, EntryKind::kMetonym);
    if (operation_force(r, actor(e->target))) return k + 1;
    if (m && !locative(r)) {
      emit(r.first, r.end, actor(m->target).id, "metonym");
    } else {
      emit(r.first, r.end, actor(e->target).id, "name");
      if (actor(e->target).type == "place" || actor(e->target).type == "event_name") add_places_inside(r, actor(e->target));
    }
    return k + 1;
  }
  if (const Entry* e = find_kind(entries, EntryKind::kMetonym)) {
    emit(r.first, r.end, actor(e->target).id, "metonym");
    return k + 1;
  }
  if (const Entry* e = find_kind(entries, EntryKind::kDescription)) {
    emit(r.first, r.end, actor(e->target).id, "description");
    if (actor(e->target).type == "person") add_places_inside(r, actor(e->target));
    return k + 1;
  }
  if (const Entry* e = find_kind(entries, EntryKind::kNisba)) {
    if (given_name_not_nisba(r)) return k + 1;
    emit(r.first, r.end, actor(e->target).id, "nisba");
    return k + 1;
  }
  if (const Entry* e = short_of(r, entries)) {
    // «عبدالله مرسي» is another of the family: a given name before a family
    // name that did not match the full name is someone else's.
    bool other_given_name = r.first > 0 && r.prefix_bytes == 0 && lex_.is_given_name(word(r.first - 1));
    // «الملك الصالح» ("the righteous king"): a family name listed without the
    // article is an adjective when the text gives it one.
    const auto& shorts = actor(e->target).short_forms;
    bool article_added = r.definite && std::none_of(shorts.begin(), shorts.end(), [](const std::string& s) {
                           return s.rfind("ال", 0) == 0;
                         });
    if (!other_given_name && !article_added && !adjective_after_noun(r) &&
        (seen_.count(actor(e->target).id) || short_alone(r, e->target))) {
      emit(r.first, r.end, actor(e->target).id, "short");
      return k + 1;
    }
    // «المالكي»: not Nouri's here, and maybe another's common-noun name in its context.
    if (!find_kind(entries, EntryKind::kGeneric)) return k + 1;
  }
  // «التحالف الوطني» is an alliance of Iraq's parties, not either coalition (a
  // group's common-noun name only: «عمق المملكة الاستراتيجي» is the kingdom's).
  auto another = [&](uint32_t target) {
    std::string_view type = actor(target).type;
    return (type == "organization" || type == "armed_group") && actor(target).sector.empty() &&
           r.end == r.first + 1 && definite_start(r) && names_another(r.end, true);
  };
  // An armed group's generic name is its own where the name finder reads it so
  // («”القاعدة“»), not throughout the document («القاعدة الجوية» too is a base).
  auto fits = [&](uint32_t target) {
    return generic_fits(target) || (actor(target).type == "armed_group" && read_as_own_name(r, target));
  };
  if (const Entry* e = find_kind(entries, EntryKind::kGeneric);
      e && !another(e->target) && !common_word_with_article(r, e->target) && fits(e->target)) {
    // A person's common-noun name («الأسد», also "the lion") is theirs in their
    // state's context and while they hold a role (or once named in full); not
    // after a given name («ماهر الأسد» is someone else of the family).
    const Actor& x = actor(e->target);
    bool person_ok = true;
    if (x.type == "person") {
      bool current = seen_.count(x.id) > 0 || in_office(x);
      person_ok = current && !(r.first > 0 && r.prefix_bytes == 0 && lex_.is_given_name(word(r.first - 1)));
    }
    if (person_ok && !operation_force(r, x)) emit(r.first, r.end, x.id, "name");
    return k + 1;
  }
  // A bare institution stands for the state the document is clearly about.
  for (const Entry& e : entries) {
    if (e.kind != EntryKind::kBareInstitution) continue;
    std::string state = focus_.dominant(kBareShare, kBareWeight);
    if (!state.empty()) emit(r.first, r.end, state, "institution", lex_.institutions()[e.target].id);
    break;
  }
  return k + 1;
}

ActorMatches match_actors(const MatchInput& in, const KnowledgeBase& kb, const Lexicon& lexicon) {
  if (in.forms) return Matcher(in, *in.forms, kb, lexicon).run();
  text::WordForms forms(in.normalized, in.tokens);
  return Matcher(in, forms, kb, lexicon).run();
}

bool date_within(std::string_view date, std::string_view from, std::string_view to) {
  if (date.empty()) return false;
  if (!from.empty() && compare_dates(date, from) < 0) return false;
  if (!to.empty() && compare_dates(date, to) > 0) return false;
  return true;
}

}  // namespace marsad::actors
