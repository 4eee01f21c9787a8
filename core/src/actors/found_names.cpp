// Actors the knowledge base does not list: persons named after a title, and
// the names the learned name finder finds (core/src/names/). The knowledge
// base wins wherever it matched; a found name must look like a name, and the
// model must be sure enough. Ids come from the normalized name ("new:…"), so
// the same name is one actor across documents; within a document a person is
// merged by family name, and later bare family names are short mentions.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "actors/matcher_impl.h"
#include "names/features.h"
#include "text/clitics.h"
#include "text/place_nouns.h"

namespace marsad::actors {
namespace {

constexpr size_t kMaxWords[] = {5, 4, 7};  // persons, places, organizations
constexpr size_t kMinShortFormBytes = 6;   // a family name of three letters or more

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

const char* type_name(names::NameType t) {
  switch (t) {
    case names::NameType::kPerson: return "person";
    case names::NameType::kPlace: return "place";
    case names::NameType::kOrganization: return "organization";
    default: return "";
  }
}

bool is_prepositional_pronoun(std::string_view w) {
  static constexpr std::string_view k[] = {"لي", "له", "لها", "لهم", "لنا", "لك", "بي", "به", "بها"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

}  // namespace

const names::FoundName* Matcher::found_name_at(uint32_t first) const {
  if (!in_.found_names) return nullptr;
  const auto& list = *in_.found_names;
  auto it = std::lower_bound(list.begin(), list.end(), first,
                             [](const names::FoundName& n, uint32_t f) { return n.first < f; });
  return it != list.end() && it->first == first ? &*it : nullptr;
}

// The conjunction or preposition glued to a name's first word, as the name
// finder's spans keep it: و, and ب/ل before the article (بالبنك → البنك،
// للبنك → البنك) or before a given name (لهنري → هنري، كجابر → جابر). Not ف or
// ك otherwise: فلوريدا and كاليفورنيا begin with them.
static size_t name_proclitics(std::string_view w, const names::Gazetteer& g) {
  if (g.exact_bits(w) & names::Gazetteer::kGivenName) return 0;  // وليد, وائل are names
  size_t n = 0;
  if (starts_with(w, "و") && w.size() >= 8) n = 2;
  std::string_view rest = w.substr(n);
  if (starts_with(rest, "بال")) n += 2;
  else if (starts_with(rest, "لل") && rest.size() >= 8) n += 2;  // لل = ل + ال with the alef dropped
  else if ((starts_with(rest, "ل") || starts_with(rest, "ب") || starts_with(rest, "ك")) &&
           (g.exact_bits(rest.substr(2)) & names::Gazetteer::kGivenName))
    n += 2;
  return n;
}

// The words of a joined name.
static std::vector<std::string_view> words_of(std::string_view joined) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start < joined.size();) {
    size_t end = joined.find(' ', start);
    if (end == std::string_view::npos) end = joined.size();
    out.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

static bool particle(std::string_view w) {
  return w == "عبد" || w == "بن" || w == "ابن" || w == "بنت" || w == "ابو" || w == "ام" || w == "ال";
}

// How many given names a name is made of («عبد الرحمن», «عز الدين» are one),
// or -1 when one of its words is no given name: a family name.
static int given_name_units(const std::vector<std::string_view>& w, const names::Gazetteer& g) {
  int units = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    bool compound = (i > 0 && w[i - 1] == "عبد") || w[i] == "الدين" || w[i] == "الله";
    bool compound_head = i + 1 < w.size() && (w[i + 1] == "الدين" || w[i + 1] == "الله");
    bool given = (g.exact_bits(w[i]) & names::Gazetteer::kGivenName) != 0;
    if (!particle(w[i]) && !given && !compound && !compound_head) return -1;
    units += (!particle(w[i]) && !compound) || w[i] == "عبد";
  }
  return units;
}

// A person's name as the press writes one: it starts with a given name (or
// «عبد»، «أبو» before one) and does not end on a particle («فيصل بن»); and it
// is more than given names alone («عبد العزيز», «عز الدين» name no one in
// particular) — unless the finder is sure (`sure`) and the name has two given
// names at least, as many family names are («محمد سعد», «أشرف عبد الباقي»).
// A foreign given name the lists lack starts it when the finder is very sure.
static bool looks_like_a_person(std::string_view joined, const names::Gazetteer& g, bool sure, bool very_sure) {
  std::vector<std::string_view> w = words_of(joined);
  if (w.empty() || particle(w.back())) return false;
  if (!(g.exact_bits(w[0]) & names::Gazetteer::kGivenName) && w[0] != "عبد" && w[0] != "ابو" && !very_sure) return false;
  int units = given_name_units(w, g);
  return units < 0 || (sure && units >= 2);
}

// The words of tokens [first, end) without the conjunction or preposition
// glued to the first: «ومحمد هنيدي» is «محمد هنيدي».
std::string Matcher::bare_name(uint32_t first, uint32_t end) const {
  std::string joined(word(first).substr(name_proclitics(word(first), lex_.gazetteer())));
  for (uint32_t i = first + 1; i < end; ++i) (joined += ' ') += word(i);
  return joined;
}

// A name after a title that names no one in particular: a given name alone
// («الشيخ عبد الله», «عز الدين») or one cut on a particle («عبد اللطيف بن عبد»).
bool Matcher::names_no_one(uint32_t first, uint32_t end) const {
  const names::Gazetteer& g = lex_.gazetteer();
  std::string joined = bare_name(first, end);
  std::vector<std::string_view> w = words_of(joined);
  if (w.empty() || particle(w.back())) return true;
  // «رئيس الوزراء التركي وطالب بوقف …»: the name of a title's holder does not
  // begin with a conjunction or preposition ("and demanded"; «وليد» is a name).
  if (name_proclitics(word(first), g) > 0) return true;
  // «المبعوث الأممي بأن حفتر …»: a function word behind a proclitic (بأن، لأن، كما) is none.
  if (end == first + 1) {
    std::string_view word1 = word(first);
    for (size_t p = 2; p <= 4 && p < word1.size(); p += 2)
      if (lex_.is_function_word(word1.substr(p))) return true;
  }
  int units = given_name_units(w, g);
  return units >= 0 && units < 2;
}

// «بمدينة سوروتش»: a place's name of one word after an indefinite place noun,
// when it looks like one: four letters at least, no preposition glued to it («لصالح»),
// not itself a place noun, a given name or an adjective agreeing with the noun.
bool Matcher::place_named_after_noun(const names::FoundName& n) const {
  if (n.first == 0 || n.end != n.first + 1 || !text::is_place_noun_behind_clitic(word(n.first - 1))) return false;
  // The noun in construct, as in «مدينة عدن»: not «المنطقة ولصالح …».
  if (word(n.first - 1).find("ال") != std::string_view::npos) return false;
  std::string_view w = word(n.first);
  const names::Gazetteer& g = lex_.gazetteer();
  if (w.size() < 8 || text::is_place_noun(w) || (g.exact_bits(w) & names::Gazetteer::kGivenName)) return false;
  // An adjective agreeing with the noun: «مدينة ساحلية», «منطقة جبلية».
  if (w.substr(w.size() - 4) == "يه") return false;
  if (std::string_view rest = text::behind_glued_letter(w);
      !rest.empty() && (g.exact_bits(rest) & (names::Gazetteer::kGivenName | names::Gazetteer::kFunctionWord)))
    return false;
  return !lex_.is_function_word(w);
}

// «وأضاف راوول الهدف الثاني»: a person named by one word, their family name
// alone, when the finder is sure (kSureMargin) and the word looks like a family
// name: four letters at least behind the conjunction, not a given name («صالح»
// alone names no one in particular) nor a function word, even behind a glued
// letter.
bool Matcher::sure_family_name(const names::FoundName& n) const {
  if (n.type != names::NameType::kPerson || n.end != n.first + 1 || n.margin < kSureMargin) return false;
  const names::Gazetteer& g = lex_.gazetteer();
  std::string w = bare_name(n.first, n.end);
  if (w.size() < 8 || (g.exact_bits(w) & names::Gazetteer::kGivenName) || lex_.is_function_word(w)) return false;
  std::string_view rest = text::behind_glued_letter(w);
  if (!rest.empty() && (g.exact_bits(rest) & (names::Gazetteer::kGivenName | names::Gazetteer::kFunctionWord))) return false;
  // And the finder reads it as a person twice in the text (a common word it
  // mistook once, «شهيد», rarely comes back as a name), or once very surely.
  if (n.margin >= kVerySureMargin) return true;
  int times = 0;
  for (const names::FoundName& o : *in_.found_names)
    times += o.type == names::NameType::kPerson && o.end == o.first + 1 && o.margin >= kMinMargin &&
             word(o.first) == word(n.first);
  return times >= 2;
}

std::string Matcher::new_actor(uint32_t first, uint32_t end, const char* type, const std::string& role,
                               const std::string& of) {
  std::string name;
  for (uint32_t i = first; i < end; ++i) {
    std::string_view w = word(i);
    if (i > first) {
      name += ' ';
      name += w;
      continue;
    }
    // The first word without its proclitics; when the last of them is the ل
    // of لل, with the article's alef back: «للبنك», «وللبنك» → «البنك».
    size_t p = name_proclitics(w, lex_.gazetteer());
    std::string article = p ? text::article_behind_lam(w.substr(p - 2)) : std::string();
    name += article.empty() ? w.substr(p) : std::string_view(article);
  }
  std::string last(word(end - 1));
  bool person = std::string_view(type) == "person";
  // The same person spelled two ways in one text: same family name and role.
  if (person)
    for (const Actor& a : out_.new_actors)
      if (a.type == "person" && !a.roles.empty() && a.roles[0].title == role && a.roles[0].of == of &&
          a.short_forms.size() == 1 && a.short_forms[0] == last && end - first > 1)
        return a.id;
  std::string id = "new:" + name;
  for (char& c : id)
    if (c == ' ') c = '_';
  for (const Actor& a : out_.new_actors)
    if (a.id == id) return id;
  Actor a;
  a.id = id;
  a.type = type;
  a.name_ar = name;
  a.in_kb = false;
  // The family name alone, unless it is the second half of a compound one
  // («عبد العزيز»: «العزيز» alone is no one; the pair is, see add_new_actor_short_forms).
  bool compound = end - first > 2 && is_name_connector(word(end - 2));
  if (person && end - first > 1 && !compound) a.short_forms = {last};
  if (!role.empty()) a.roles.push_back({role, of, "", "", "", ""});
  out_.new_actors.push_back(std::move(a));
  return id;
}

// The name finder's names where nothing else was found, when they look like
// names: words of letters, none a function word or a title, not too long, and
// the model sure enough.
void Matcher::add_found_names() {
  if (!in_.found_names || in_.found_names->empty()) return;
  std::vector<bool> covered(in_.tokens.size(), false), after_nisba(in_.tokens.size() + 1, false);
  for (const Mention& m : out_.mentions) {
    for (uint32_t i = std::min(m.lead_token, m.first_token); i < m.end_token; ++i) covered[i] = true;
    if (m.kind == "nisba") after_nisba[m.end_token] = true;
  }
  const names::Gazetteer& g = lex_.gazetteer();
  for (const names::FoundName& n : *in_.found_names) {
    const char* type = type_name(n.type);
    if (!*type || n.end - n.first > kMaxWords[static_cast<int>(n.type)]) continue;
    // Right after a nationality adjective («البرازيلي كارلوس كوريا»), a person is
    // expected; right after a place noun («بمدينة سوروتش»), a place.
    // A place or organization the finder is very sure of needs no cue.
    bool cued = (after_nisba[n.first] && n.type == names::NameType::kPerson) ||
                (n.type == names::NameType::kPlace && place_named_after_noun(n)) ||
                (n.type != names::NameType::kPerson && n.margin >= kVerySureMargin);
    // A family name the finder is sure of needs no cue either.
    bool family_name_alone = !cued && sure_family_name(n);
    cued |= family_name_alone;
    // One word alone is too often a common noun or a given name: a found name
    // has two words at least (its later family name is matched as a short form),
    // unless something before it calls for a name.
    if ((n.end - n.first < 2 && !cued) || n.margin < kMinMargin) continue;
    // A word that only ever begins the knowledge base's names of its type
    // («حزب», «الولايات») is their head noun, no name alone.
    if (n.end - n.first == 1 && n.type != names::NameType::kPerson) {
      uint32_t bits = g.exact_bits(bare_name(n.first, n.end));
      uint32_t first_bit = n.type == names::NameType::kPlace ? names::Gazetteer::kPlaceFirst : names::Gazetteer::kOrgFirst;
      uint32_t last_bit = n.type == names::NameType::kPlace ? names::Gazetteer::kPlaceLast : names::Gazetteer::kOrgLast;
      if ((bits & first_bit) && !(bits & last_bit)) continue;
    }
    // «ليونيل ميسي» read as a place: two or three words that open with a given name
    // no place of the knowledge base opens with are a person's (not so for a body:
    // companies and clubs bear their founders' names, «ريان إير»).
    if (n.type == names::NameType::kPlace && n.end - n.first >= 2 && n.end - n.first <= 3) {
      uint32_t bits = g.exact_bits(bare_name(n.first, n.first + 1));
      if ((bits & names::Gazetteer::kGivenName) && !(bits & names::Gazetteer::kPlaceFirst)) type = "person";
    }
    const Raw* overruled = descent_name_read_on(n);
    if (overruled) {
      std::erase_if(out_.mentions, [&](const Mention& m) {
        return m.first_token >= overruled->first && m.end_token <= overruled->end && m.kind == "name";
      });
      for (uint32_t i = overruled->first; i < overruled->end; ++i) covered[i] = false;
    }
    bool ok = true;
    for (uint32_t i = n.first; i < n.end && ok; ++i) {
      const text::Token& t = in_.tokens[i];
      // «علي» written as the name is no preposition (names::written_ya).
      uint32_t bits = i == n.first && n.begins_with_ali ? 0 : g.bits(word(i));
      ok = !covered[i] && t.kind == text::TokenKind::kWord && word(i).size() >= 4 &&
           !(bits & (names::Gazetteer::kFunctionWord | names::Gazetteer::kTitleWord));
    }
    if (!ok) continue;
    // Spelled letters («دي بي» for a model "DB") are no name: one word of three letters at least.
    bool long_word = false;
    for (uint32_t i = n.first; i < n.end; ++i) long_word |= word(i).size() >= 6;
    if (!long_word) continue;
    // A date or time («رمضان المبارك», «أبريل (نيسان)») is no name.
    if (in_.time_tokens && std::any_of(in_.time_tokens->begin() + n.first, in_.time_tokens->begin() + n.end,
                                       [](bool t) { return t; }))
      continue;
    // Where the lexicon knows a phrase the knowledge base decides: a family name
    // the finder confirms as a name is its person («قال حفتر»); a longer name
    // around a family name is someone else («صدام حفتر»); anything else the
    // lexicon left unresolved on purpose (an ambiguous place) stays so.
    const Actor* short_of = nullptr;
    bool known = false, only_shorts = true;
    // The raw matches are in text order and do not overlap: only those from the
    // first that ends after the name's start can overlap it.
    auto from = std::partition_point(raw_.begin(), raw_.end(), [&](const Raw& r) { return r.end <= n.first; });
    for (auto it = from; it != raw_.end() && it->first < n.end; ++it) {
      const Raw& r = *it;
      if (&r == overruled) continue;
      if (r.first > n.first && r.prefix_bytes == 0 && in_lineage(r.first)) continue;  // the father in «X بن Y»
      const auto& entries = lex_.entries(r.node);
      bool actor_entry = false;
      // A person's or a state's common-noun name inside a person's longer name,
      // as written, claims nothing: «سليمان الأسد» (not Bashar, "the lion"), the
      // spokesman «عثمان مالي» (not so a club's: «سلمان الحزم» is a slogan).
      bool inside = n.type == names::NameType::kPerson && (r.first > n.first || r.end < n.end) && r.prefix_bytes == 0;
      auto claims_nothing = [&](const Entry& e) {
        if (e.kind != EntryKind::kGeneric) return false;
        std::string_view type = actor(e.target).type;
        return common_word_with_article(r, e.target) ||
               (inside && (type == "person" || type == "country" || type == "armed_group"));
      };
      for (const Entry& e : entries)  // a not-name counts: nothing there
        actor_entry |= e.kind != EntryKind::kTitle && e.kind != EntryKind::kInstitution &&
                       e.kind != EntryKind::kBareInstitution && !claims_nothing(e);
      if (!actor_entry) continue;
      known = true;
      const Entry* s = find_kind(entries, EntryKind::kShort);
      bool person_short = s && actor(s->target).type == "person";
      only_shorts &= person_short && !find_kind(entries, EntryKind::kName);
      if (person_short && r.first == n.first && r.end == n.end && n.type == names::NameType::kPerson)
        short_of = &actor(s->target);
    }
    // A known person's family name alone is theirs only where the knowledge
    // base's own rules say so («ميتال فوكس» is no Liam Fox).
    if (short_of && family_name_alone) continue;
    // The family name of a new person named in full earlier is theirs: left to
    // add_new_actor_short_forms, not a person of its own.
    if (family_name_alone && std::any_of(out_.new_actors.begin(), out_.new_actors.end(), [&](const Actor& a) {
          return a.type == "person" && !a.short_forms.empty() && a.short_forms[0] == bare_name(n.first, n.end);
        }))
      continue;
    // «وقال الربيعة» after «عبدالله بن عبدالعزيز الربيعة»: a known person's family
    // name that the knowledge base lists no short form of, once the text named them in full.
    if (!short_of && !known && n.type == names::NameType::kPerson && n.end == n.first + 1)
      short_of = named_in_full_before(n.first);
    if (short_of) {
      emit(n.first, n.end, short_of->id, "short", "", "", -1, confidence_of(n.margin));
      for (uint32_t i = n.first; i < n.end; ++i) covered[i] = true;
      continue;
    }
    if (known && !(only_shorts && n.type == names::NameType::kPerson)) continue;
    // One word right before a known person's family name («الهندي "نارندر مودي"»)
    // is their given name in another spelling, not a person of its own.
    if (n.type == names::NameType::kPerson && n.end == n.first + 1 &&
        std::any_of(out_.mentions.begin(), out_.mentions.end(),
                    [&](const Mention& m) { return m.first_token == n.end && m.kind == "short"; }))
      continue;
    std::string joined = bare_name(n.first, n.end);  // the name as the gazetteer knows it
    bool sure = n.margin >= kSureMargin;
    if (n.type == names::NameType::kPerson && !cued && !looks_like_a_person(joined, g, sure, n.margin >= kVerySureMargin))
      continue;
    if (n.type == names::NameType::kPerson && named_after(n.first)) continue;  // «مستشفى الشيخ سعد المنيفي»
    // «قال لي عمر»: a preposition with its pronoun ("to me"), then a given name, is no name
    // («لي» begins Chinese and Korean names: «لي كه تشيانغ», whose next word is no Arabic given name).
    if (n.type == names::NameType::kPerson && n.end > n.first + 1 && is_prepositional_pronoun(word(n.first)) &&
        (g.exact_bits(word(n.first + 1)) & names::Gazetteer::kGivenName))
      continue;
    std::string id = new_actor(n.first, n.end, type, "", "");
    // «رئيس اللجنة الدولية للصليب الأحمر بيتر مورر» in a text that names the
    // knowledge base's «بيتر ماورر»: the same person, spelled with other vowels.
    if (std::string_view(type) == "person" && n.end - n.first >= 2)
      if (const Actor* p = named_person_spelled_otherwise(n.first, n.end)) respelled_.emplace(id, p->id);
    std::string proclitics(word(n.first).substr(0, name_proclitics(word(n.first), g)));
    out_.mentions.push_back({n.first, n.end, id, "found", "", "", std::move(proclitics), n.first, confidence_of(n.margin)});
    seen_.insert(id);
    for (uint32_t i = n.first; i < n.end; ++i) covered[i] = true;
  }
}

// «الدكتور عبدالله بن عبدالعزيز الربيعة»: a known person's name by descent
// («عبدالله بن عبدالعزيز», the late king) that the finder reads on into a family
// name no lexicon phrase begins — surely, or with the text naming that family
// name alone elsewhere — is another person's: the raw match of the known name, or null.
const Raw* Matcher::descent_name_read_on(const names::FoundName& n) const {
  if (n.type != names::NameType::kPerson || n.margin < kMinMargin) return nullptr;
  const Raw* r = raw_starting_at(n.first);
  if (!r || r->end >= n.end || r->end - r->first < 3) return nullptr;
  bool descent = false;
  for (uint32_t i = r->first + 1; i + 1 < r->end; ++i) descent |= word(i) == "بن" || word(i) == "ابن";
  if (!descent || raw_starting_at(r->end)) return nullptr;
  // The finder sure of its reading, or the text naming that family name alone
  // elsewhere («وتسلم الدكتور الربيعة»).
  bool named_alone = false;
  if (in_.found_names)
    for (const names::FoundName& o : *in_.found_names)
      named_alone |= o.type == names::NameType::kPerson && o.end == o.first + 1 && o.first != r->end &&
                     word(o.first) == word(r->end);
  if (!named_alone && n.margin < kSureMargin) return nullptr;
  // The next word is a family name: with the article, no function word.
  std::string_view next = word(r->end);
  if (!starts_with(next, "ال") || next.size() < 8 || lex_.is_function_word(next)) return nullptr;
  for (const Entry& e : lex_.entries(r->node))
    if (e.kind == EntryKind::kName && actor(e.target).type == "person") return r;
  return nullptr;
}

// A person of the knowledge base the text has named whose name the words of
// tokens [first, end) spell with other long vowels; null when none (or two) is.
const Actor* Matcher::named_person_spelled_otherwise(uint32_t first, uint32_t end) const {
  const std::string name = bare_name(first, end);
  const Actor* found = nullptr;
  std::unordered_set<const Actor*> tried;
  for (const Mention& m : out_.mentions) {
    const Actor* a = kb_.find(m.actor);
    if (!a || a->type != "person" || !tried.insert(a).second || !spelled_otherwise(*a, name)) continue;
    if (found) return nullptr;
    found = a;
  }
  return found;
}

// The mentions of a new person who is a known one spelled otherwise (respelled_),
// their family name alone included, are the known person's.
void Matcher::merge_respelled() {
  if (respelled_.empty()) return;
  for (Mention& m : out_.mentions)
    if (auto it = respelled_.find(m.actor); it != respelled_.end()) m.actor = it->second;
}

// Later bare mentions of a new person's family name.
void Matcher::add_new_actor_short_forms() {
  if (out_.new_actors.empty()) return;
  std::vector<bool> covered(in_.tokens.size(), false);
  std::unordered_map<std::string_view, size_t> first_seen;
  std::unordered_set<std::string_view> found;  // actors the name finder itself found
  for (const Mention& m : out_.mentions) {
    for (uint32_t i = m.first_token; i < m.end_token; ++i) covered[i] = true;
    first_seen.emplace(m.actor, m.first_token);
    if (m.kind == "found") found.insert(m.actor);
  }
  // The new actors by short form (long enough to be safe alone), in order,
  // with where each is first named: one lookup per word, not one per actor.
  struct Candidate {
    size_t actor;
    size_t from;  // not before its first mention
  };
  std::unordered_map<std::string_view, std::vector<Candidate>> by_short;
  for (size_t k = 0; k < out_.new_actors.size(); ++k) {
    const Actor& a = out_.new_actors[k];
    if (a.short_forms.empty() || a.short_forms[0].size() < kMinShortFormBytes) continue;
    // A family name that is also a given name («كريم», «صالح») or a function
    // word names no one in particular alone: «عيش كريم» is no Mohammed Karim.
    if ((lex_.gazetteer().exact_bits(a.short_forms[0]) & names::Gazetteer::kGivenName) ||
        lex_.is_function_word(a.short_forms[0]) || family_of_a_known_person(a.short_forms[0]))
      continue;
    // Only a person the text names: one read and then dropped (the «الملك خالد»
    // of «مطار الملك خالد الدولي») has no later short mentions.
    auto seen = first_seen.find(a.id);
    if (seen == first_seen.end()) continue;
    by_short[a.short_forms[0]].push_back({k, seen->second});
  }
  // And every new actor's whole name, wherever the text repeats it (the name
  // finder need not find each occurrence of «العنابي» or «بنك الدوحة»).
  // Only names the finder itself found (not a guess after a title), and a
  // person's only when it has two words at least.
  NamesByHead by_name;
  for (size_t k = 0; k < out_.new_actors.size(); ++k) {
    const Actor& a = out_.new_actors[k];
    if (!first_seen.count(a.id)) continue;
    std::vector<std::string_view> words = words_of(a.name_ar);
    if (words.empty() || (a.type == "person" && words.size() < 2)) continue;
    // A compound family name repeated alone («عبد العزيز» of «محمد يوسف عبد العزيز»),
    // also of a person named after a title («وزير التجارة منير فخري عبد النور»;
    // not a father's name, «بن عبدالعزيز», nor a dynasty's, «آل سعود»: many share them).
    bool is_found = found.count(a.id);
    std::string_view connector = words.size() > 2 ? words[words.size() - 2] : std::string_view();
    bool fathers = words.size() > 2 && (words[words.size() - 3] == "بن" || words[words.size() - 3] == "ابن");
    if (a.type == "person" && is_name_connector(connector) &&
        (is_found || ((connector == "عبد" || connector == "ابو") && !fathers)))
      by_name[connector].emplace_back(k, std::vector<std::string_view>(words.end() - 2, words.end()));
    if (!is_found) continue;
    // One word with the article is too often the common noun again: «التمور»
    // (dates) after «مدينة التمور», the market the finder named.
    if (words.size() == 1 && words[0].substr(0, 4) == "ال") continue;
    std::string_view head = words[0];
    by_name[head].emplace_back(k, std::move(words));
  }
  if (by_short.empty() && by_name.empty()) return;
  std::unordered_set<std::string_view> shared_family;  // family names of two persons the text names
  std::vector<uint32_t> siblings;  // where a sibling's two-word name starts: made new actors after the loop,
                                   // which holds views of the new actors' names
  for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
    if (covered[i] || in_.tokens[i].kind != text::TokenKind::kWord) continue;
    std::string_view w = word(i);
    if (uint32_t end = repeated_name(i, by_name, covered); end > i) {
      for (uint32_t j = i; j < end; ++j) covered[j] = true;
      i = end - 1;
      continue;
    }
    // The word itself, or behind one proclitic letter (وحفتر، لحفتر).
    const Candidate* best = nullptr;
    size_t prefix = 0;
    // Two persons of one family named before («أحمد الساعدي», «ليلى الساعدي»):
    // the family name alone is either's.
    bool shared = false;
    auto consider = [&](std::string_view form, size_t bytes) {
      auto it = by_short.find(form);
      if (it == by_short.end()) return;
      for (const Candidate& c : it->second) {
        if (c.from > i) continue;
        if (best) {
          shared = true;
          break;
        }
        best = &c;
        prefix = bytes;
      }
    };
    consider(w, 0);
    if (w.size() > 2 && (starts_with(w, "و") || starts_with(w, "ف") || starts_with(w, "ب") || starts_with(w, "ل")))
      consider(w.substr(2), 2);
    // «فاتن حمامة» in a text that named «أحمد حمامة»: a given name before the
    // family name is another of the family, a person of their own; the family
    // name alone is then no longer sure to be either.
    if (best && prefix == 0 && i > 0 && !covered[i - 1] && in_.tokens[i - 1].kind == text::TokenKind::kWord) {
      const names::Gazetteer& g = lex_.gazetteer();
      std::string_view before = word(i - 1);
      std::string_view given = before.substr(name_proclitics(before, g));
      std::vector<std::string_view> own = words_of(out_.new_actors[best->actor].name_ar);
      bool own_name = own.size() >= 2 && own[own.size() - 2] == given;
      if (!own_name && (g.exact_bits(given) & names::Gazetteer::kGivenName)) {
        siblings.push_back(i - 1);
        covered[i - 1] = covered[i] = true;
        shared_family.insert(w);
        continue;
      }
    }
    if (best && (shared || shared_family.count(w.substr(prefix)))) continue;
    // «شكر الشريف أحمد الفعر»: before a given name it is a title, or another's name.
    if (best && before_given_name(i)) continue;
    if (best)
      out_.mentions.push_back({i, i + 1, out_.new_actors[best->actor].id, "short", "", "",
                               std::string(w.substr(0, prefix)), i, 1.f});
  }
  for (uint32_t first : siblings) {
    std::string id = new_actor(first, first + 2, "person", "", "");
    std::string proclitics(word(first).substr(0, name_proclitics(word(first), lex_.gazetteer())));
    out_.mentions.push_back({first, first + 2, id, "found", "", "", std::move(proclitics), first, 1.f});
  }
}

// The reader's corrections of names found in text (KnowledgeBase::found_correction):
// a name merged into another actor is that actor's wherever it is mentioned
// (a found name it is merged into becomes an actor of the document, named
// after its id unless corrected too); a renamed or retyped one carries its
// new name and type.
void Matcher::apply_found_corrections() {
  if (out_.new_actors.empty()) return;
  std::unordered_map<std::string, std::string> into;  // found id → the actor its mentions are
  for (const Actor& a : out_.new_actors) {
    const FoundCorrection* f = kb_.found_correction(a.id);
    if (!f || f->same_as.empty()) continue;
    std::string target = f->same_as;
    // Through a chain of merges of found names («new:a» into «new:b» into «haftar»).
    for (int depth = 0; depth < 8; ++depth) {
      const FoundCorrection* next = kb_.found_correction(target);
      if (!next || next->same_as.empty() || next->same_as == a.id) break;
      target = next->same_as;
    }
    if (const Actor* known = kb_.find(target)) target = known->id;
    into.emplace(a.id, std::move(target));
  }
  if (!into.empty()) {
    for (Mention& m : out_.mentions)
      if (auto it = into.find(m.actor); it != into.end()) m.actor = it->second;
    std::vector<Actor> added;
    for (const auto& merge : into) {  // not a structured binding: lambdas below capture them
      const std::string& from = merge.first;
      const std::string& target = merge.second;
      if (target.rfind("new:", 0) != 0) continue;
      bool present = std::any_of(out_.new_actors.begin(), out_.new_actors.end(),
                                 [&](const Actor& x) { return x.id == target; }) ||
                     std::any_of(added.begin(), added.end(), [&](const Actor& x) { return x.id == target; });
      if (present) continue;
      const Actor* source = nullptr;
      for (const Actor& x : out_.new_actors)
        if (x.id == from) source = &x;
      Actor a = *source;
      a.id = target;
      a.name_ar = target.substr(4);
      std::replace(a.name_ar.begin(), a.name_ar.end(), '_', ' ');
      added.push_back(std::move(a));
    }
    for (Actor& a : added) out_.new_actors.push_back(std::move(a));
  }
  for (Actor& a : out_.new_actors) {
    const FoundCorrection* f = kb_.found_correction(a.id);
    if (!f || !f->same_as.empty()) continue;
    if (!f->type.empty()) a.type = f->type;
    if (!f->name_ar.empty()) a.name_ar = f->name_ar;
    if (!f->name_en.empty()) a.name_en = f->name_en;
    a.hidden = f->hidden;
  }
}

// A new actor's whole name repeated at token i (its first word as written or
// behind one proclitic letter): the end of the repeat, recorded as a short
// mention; i when there is none.
uint32_t Matcher::repeated_name(uint32_t i, const NamesByHead& by_name, const std::vector<bool>& covered) {
  std::string_view w = word(i);
  for (size_t prefix : {size_t{0}, size_t{2}}) {
    if (prefix && !(w.size() > 6 && (starts_with(w, "و") || starts_with(w, "ف") || starts_with(w, "ب") ||
                                     starts_with(w, "ل"))))
      continue;
    auto it = by_name.find(w.substr(prefix));
    if (it == by_name.end() && prefix) {  // «للبنك التجاري» repeats «البنك التجاري»
      std::string article = text::article_behind_lam(w);
      if (!article.empty()) it = by_name.find(article);
    }
    if (it == by_name.end()) continue;
    for (const auto& [k, words] : it->second) {
      uint32_t end = i + static_cast<uint32_t>(words.size());
      if (end > in_.tokens.size()) continue;
      bool same = true;
      for (uint32_t j = 1; j < words.size() && same; ++j) same = !covered[i + j] && word(i + j) == words[j];
      if (!same) continue;
      out_.mentions.push_back({i, end, out_.new_actors[k].id, "short", "", "", std::string(w.substr(0, prefix)), i, 1.f});
      return end;
    }
  }
  return i;
}

}  // namespace marsad::actors
