// Titles and role phrases: «السفير الأمريكي لدى ليبيا», «الناطق باسم الجيش
// الليبي أحمد المسماري», «رئيس وزراء إيطاليا كونتي». The phrase gives the role of
// the person named after it; without a name it designates the one holder of
// that role on the document's date, or stands for the state or organization it
// names. A state or organization inside the phrase is a mention of its own
// (kind `nested`) when a person is named after it.
#include <algorithm>

#include "actors/matcher_impl.h"
#include "text/clitics.h"
#include "text/normalizer.h"
#include "text/place_nouns.h"
#include "text/transliteration.h"

namespace marsad::actors {
namespace {

constexpr size_t kMaxQuotedWords = 4;  // an unknown name in quotes after a title: at most this many words

// Whether a role is the one a title names. A bare "رئيس" (head) stands for
// the head roles once its organization is known; a minister is one of a
// portfolio («وزير الطاقة» is not the deputy foreign minister), and a minister
// of no stated portfolio («الوزير الروسي») designates nobody by the date alone
// (only the minister the text last named: any_ministers).
bool title_matches(const Title& wanted, const Role& role) {
  if (wanted.title == "minister")
    return role.title == "minister" && !wanted.portfolio.empty() && wanted.portfolio == role.portfolio;
  if (wanted.title == role.title) return true;
  if (wanted.title == "head")
    return role.title == "head_of_state" || role.title == "head_of_government" || role.title == "speaker" ||
           role.title == "secretary_general" || role.title == "commander";
  // «محافظ البنك المركزي», «مدير الوكالة»: who runs a body, never a state's head
  // («محافظ المملكة في أوبك» is her representative, not the king).
  if (wanted.title == "director")
    return role.title == "head" || role.title == "secretary_general" || role.title == "commander";
  return false;
}

// A king, an emir or a sultan by the knowledge base's own names for them
// («الملك سلمان»): no «الرئيس» designates them.
bool monarch(const Actor& a) {
  static constexpr std::string_view kCrowned[] = {"الملك ", "الأمير ", "الامير ", "السلطان ", "العاهل "};
  for (const std::string& n : a.aliases_ar)
    for (std::string_view c : kCrowned)
      if (n.rfind(c, 0) == 0) return true;
  return false;
}

// «الوزير» with no portfolio names a minister of any office, once the text has
// named them («وقال الوزير» after «وزير الخارجية الأمريكي جون كيري»).
bool any_ministers(const Title& wanted, std::string_view role) {
  if (wanted.title != "minister" || !wanted.portfolio.empty()) return false;
  return role == "minister" || role == "foreign_minister" || role == "defence_minister" || role == "interior_minister";
}

}  // namespace

// The phrase of `r` ends with a definite word («الأمير», «رئيس الوزراء»), or
// starts with one (its first word after the proclitics has the article).
// «للأمير»: ل before the article, whose alef the writing drops, is definite too.
bool Matcher::definite_ending(const Raw& r) const {
  std::string_view w = word(r.end - 1);
  if (r.end - 1 == r.first) return definite_start(r);
  return w.substr(0, 4) == "ال";
}
bool Matcher::definite_start(const Raw& r) const {
  std::string_view whole = word(r.first), w = whole.substr(r.prefix_bytes);
  return w.substr(0, 4) == "ال" || (r.prefix_bytes > 0 && !text::article_behind_lam(whole).empty());
}

// The title's head word is «president» («الرئيس», «رئيس الدولة»).
bool Matcher::head_is_president(const Raw& r) const {
  std::string_view w = word(r.first).substr(r.prefix_bytes);
  return w == "الرئيس" || w == "الرئيسه" || w == "رئيس" || w == "رئيسه";
}

// The title's head word is «king» («الملك», «العاهل», «ملك»).
bool Matcher::head_is_king(const Raw& r) const {
  std::string_view w = word(r.first).substr(r.prefix_bytes);
  return w == "الملك" || w == "العاهل" || w == "ملك";
}

// «المقر الرئيس», «الطرق الرئيسة»: «الرئيس» alone right after a definite noun
// no actor names is the adjective "main", no title.
bool Matcher::main_adjective(const Raw& r) const {
  if (r.end != r.first + 1 || r.prefix_bytes || r.first == 0 || word(r.first).substr(0, 4) != "ال" || !head_is_president(r))
    return false;
  // «ألقى الرئيس عبد الفتاح السيسي», «النشطاء الرئيس المصري»: a name or an adjective of origin follows.
  if (r.end < in_.tokens.size() && lex_.is_given_name(word(r.end))) return false;
  // A name after it makes it a title («الرئيس المصري»); a common noun some actor
  // goes by does not («البوابة الرئيسة للقاعدة»: of the base).
  if (const Raw* next = raw_starting_at(r.end)) {
    const auto& entries = lex_.entries(next->node);
    if (std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.kind != EntryKind::kGeneric; }))
      return false;
  }
  std::string_view before = word(r.first - 1);
  // Not a verb that opens with those letters («التقى الرئيس», «ألقى الرئيس») nor «إلى».
  if (before.substr(0, 4) != "ال" || in_.tokens[r.first - 1].kind != text::TokenKind::kWord ||
      lex_.is_function_word(before) || lex_.is_given_name(before))
    return false;
  for (const Mention& m : out_.mentions)
    if (m.end_token == r.first) return false;
  return true;
}

// The actor a raw match names as an organization or country complement of
// a title ("الناطق باسم الجيش", "السفير البريطاني", "رئيس حكومة الوفاق"):
// `is_metonym` when it is a capital standing for its state.
const Actor* Matcher::complement(const Raw& r, bool* is_nisba, bool* is_metonym) {
  const auto& entries = lex_.entries(r.node);
  *is_nisba = *is_metonym = false;
  // A phrase that is also the same actor's name («كينيا» among Kenya's
  // adjectives) is the name: «رئيس وزراء كينيا» names the state.
  if (const Entry* e = find_kind(entries, EntryKind::kNisba);
      e && !std::any_of(entries.begin(), entries.end(),
                        [&](const Entry& n) { return n.kind == EntryKind::kName && n.target == e->target; })) {
    *is_nisba = true;
    return &actor(e->target);
  }
  for (EntryKind kind : {EntryKind::kName, EntryKind::kDescription, EntryKind::kGeneric, EntryKind::kMetonym}) {
    const Entry* e = find_kind(entries, kind);
    if (!e) continue;
    const Actor& a = actor(e->target);
    if (kind == EntryKind::kGeneric && !generic_fits(e->target)) continue;
    *is_metonym = kind == EntryKind::kMetonym;
    if (a.type != "person" && a.type != "place") return &a;
  }
  return nullptr;
}

// The known person a name after a title names: a full name, a family name
// already seen, or a family name whose person held this title on the
// document's date («الرئيس روحاني», «الرئيس السوري الأسد»).
const Actor* Matcher::person_at(const Raw& r, const Title& title, bool former) {
  const auto& entries = lex_.entries(r.node);
  if (const Entry* e = find_kind(entries, EntryKind::kName); e && actor(e->target).type == "person")
    return &actor(e->target);
  const Entry* e = find_kind(entries, EntryKind::kShort);
  // A person's common-noun name («الأسد») after the title the person held: «الرئيس السوري الأسد».
  if (!e) e = find_kind(entries, EntryKind::kGeneric);
  if (!e || actor(e->target).type != "person") return nullptr;
  const Actor& a = actor(e->target);
  if (seen_.count(a.id)) return &a;
  for (const Role& role : a.roles)
    if (!title.title.empty() && title_matches(title, role) && (former || date_within(in_.date, role.from, role.to)))
      return &a;
  return nullptr;
}

// A person the text has named whose family name is the one word of `r`.
const Actor* Matcher::named_by_family_name(const Raw& r) const {
  if (r.end != r.first + 1) return nullptr;
  std::string_view w = word(r.first).substr(r.prefix_bytes);
  for (const Mention& m : out_.mentions) {
    if (m.end_token <= m.first_token || !is_person(m.actor) || m.first_token >= r.first) continue;
    if (word(m.end_token - 1) == w) {
      if (const Actor* a = kb_.find(m.actor)) return a;
    }
  }
  return nullptr;
}

// «ورحب الدكتور الربيعة» after «الدكتور عبدالله بن عبدالعزيز الربيعة», «وعبر
// السفير آل جابر» after «محمد بن سعيد آل جابر»: the known person the text named
// in full before token i whose name ends with the family name of words [i, i +
// words) — one only. For a family name the knowledge base lists no short form of.
const Actor* Matcher::named_in_full_before(uint32_t i, uint32_t words) const {
  std::string_view w = word(i + words - 1);
  if (words == 1 && family_of_a_named_father(w)) return nullptr;
  const Actor* found = nullptr;
  for (const Mention& m : out_.mentions) {
    if (m.kind != "name" || m.end_token < m.first_token + words + 1 || m.first_token >= i) continue;
    bool same = true;
    for (uint32_t k = 0; k < words && same; ++k) same = word(m.end_token - words + k) == word(i + k);
    if (!same) continue;
    const Actor* a = kb_.find(m.actor);
    if (!a || a->type != "person" || (found && found != a)) return nullptr;
    found = a;
  }
  return found;
}

// «وبحث الأمير متعب» after «وزير الحرس الوطني الأمير متعب بن عبدالله»,
// «الدكتور عزام» after «الدكتور عزام الدخيل»: a person the text named in full
// after this title is named on by it and the given name alone (two words when
// compound: «عبد الرحمن») — one person only; not where a father's name follows
// («الأمير متعب بن عبدالعزيز» is another), nor a name the finder surely reads
// on («الدكتور خالد الجندان»).
const Actor* Matcher::named_by_title_and_given_name(const Raw& t, uint32_t name_at) const {
  if (t.end != t.first + 1 || name_at >= in_.tokens.size()) return nullptr;
  std::string_view title = word(t.first).substr(t.prefix_bytes);
  if (!honorific_word(title) || !lex_.is_given_name(word(name_at))) return nullptr;
  uint32_t words = is_name_connector(word(name_at)) ? 2 : 1;
  if (name_at + words > in_.tokens.size() || before_lineage(name_at + words)) return nullptr;
  if (const names::FoundName* n = found_name_at(name_at);
      n && n->type == names::NameType::kPerson && n->end > name_at + words && n->margin >= kSureMargin)
    return nullptr;
  const Actor* found = nullptr;
  for (const Mention& m : out_.mentions) {
    if (m.first_token >= name_at) break;
    if (m.kind != "name" || m.end_token <= m.first_token + words || m.first_token == 0 || !is_person(m.actor)) continue;
    bool same = true;
    for (uint32_t k = 0; k < words && same; ++k) same = word(m.first_token + k) == word(name_at + k);
    // The title right before the name, behind a conjunction («والأمير»).
    std::string_view before = word(m.first_token - 1);
    if (!same || (before != title && text::behind_conjunction(before) != title)) continue;
    const Actor* a = kb_.find(m.actor);
    if (!a || (found && found != a)) return nullptr;
    found = a;
  }
  return found;
}

bool Matcher::is_full_name(const Raw& r) {
  for (const Entry& e : lex_.entries(r.node))
    if (e.kind == EntryKind::kName) return true;
  return false;
}

size_t Matcher::resolve_title(size_t k, const Title& given) {
  const Raw& t = raw_[k];
  if (main_adjective(t)) return k + 1;
  // «استقبل وزير الخارجية سامح شكري نظيره الروسي»: the counterpart holds the
  // role of the person named before it, in the state its complement names.
  Title title = given;
  if (given.counterpart) {
    // «التقى لافروف نظيره الأمريكي»: a person named without a title has the
    // role the knowledge base gives them on the document's date.
    constexpr uint32_t kCounterpartReach = 12;  // words from that person to «نظيره»
    for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
      if (it->end_token > t.first || it->kind == "nested") continue;
      if (!it->role.empty()) {
        title.title = it->role;
        break;
      }
      const Actor* a = kb_.find(it->actor);
      if (!a || a->type != "person" || it->end_token + kCounterpartReach < t.first) continue;
      for (const Role& role : a->roles)
        if (!in_.date.empty() && date_within(in_.date, role.from, role.to)) {
          title.title = role.title, title.portfolio = role.portfolio;
          break;
        }
      break;
    }
    if (title.title.empty()) return k + 1;
  }
  uint32_t pos = t.end;
  std::string of = title.of, at;
  size_t next = k + 1;
  // «الرئيس هادي ورئيس وزرائه», «روسيا ووزير خارجيتها»: the office in the state
  // of the person or state named just before (in this sentence's reach).
  if (given.possessive) {
    constexpr uint32_t kReach = 20;
    // «قال الرئيس روحاني إن بلاده مستعدة … لبنان. أما وزير خارجيته»: the masculine
    // pronoun stands for a man named in reach before any state (most states' names are
    // feminine; «خارجيتها» is the state's), the nearest state only when no one is named.
    bool masculine = word(t.end - 1).ends_with("ه");
    const Actor* state_before = nullptr;
    bool found = false;
    for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
      if (it->end_token > t.first || it->kind == "nested") continue;
      if (it->end_token + kReach < t.first) break;
      const Actor* a = kb_.find(it->actor);
      if (!a || (a->type != "person" && a->type != "country")) continue;
      if (masculine && a->type == "country") {
        if (!state_before) state_before = a;
        continue;
      }
      // «الملك عبد الله بن عبد العزيز وسمو ولي عهده» in a later year: the office of
      // one who held none on the date is not today's holder's.
      if (a->type == "person" && !a->roles.empty() && !in_.date.empty() && !in_office(*a)) return k + 1;
      of = a->type == "country" ? a->id : kb_.state_of(a->id);
      found = true;
      break;
    }
    if (!found && state_before) of = state_before->id;
    const Actor* state = of.empty() ? nullptr : kb_.find(of);
    if (!state || state->type != "country") return k + 1;
    if (const Actor* p = holder(title, of, "")) emit(t.first, t.end, p->id, "title", title.title, of);
    else emit(t.first, t.end, of, "role", title.title, of);
    return k + 1;
  }
  struct Complement {
    size_t raw;
    const Actor* actor;
    bool adjective;  // a nisba («الرئيس الفرنسي»), not a name («رئيس وزراء إيطاليا»)
  };
  std::vector<Complement> complements;
  // Complements: a nisba, an organization, "لدى/في X" (the posting), "باسم X".
  for (int guard = 0; guard < 3 && next < raw_.size(); ++guard) {
    uint32_t skip = pos;
    bool posting = false;
    if (skip < in_.tokens.size()) {
      std::string_view w = word(skip);
      if (w == "لدي" || w == "في" || w == "الي") {
        posting = true;
        ++skip;
      } else if (w == "باسم") {
        ++skip;
      }
    }
    // «سفير جمهورية البيرو لدى المملكة»: the word for a state before its name.
    if (skip + 1 < in_.tokens.size() && raw_[next].first == skip + 1) {
      if (text::is_state_noun(word(skip))) ++skip;
    }
    // «وزير الخارجية (الروسي)»: the adjective the writer added in brackets.
    bool bracketed = !posting && skip + 2 < in_.tokens.size() && word(skip) == "(" &&
                     raw_[next].first == skip + 1 && raw_[next].end < in_.tokens.size() && word(raw_[next].end) == ")";
    if (bracketed) ++skip;
    if (raw_[next].first != skip) break;
    bool nisba = false, metonym = false;
    const Actor* c = complement(raw_[next], &nisba, &metonym);
    if (!c || (bracketed && !nisba)) break;
    // An adjective agrees with its noun: after a definite title an indefinite
    // nisba is a name («الأمير تركي بن محمد», «اللواء تركي»), not "Turkish".
    if (nisba && definite_ending(t) && !definite_start(raw_[next])) break;
    // «أمير الرياض», «أمير مكة»: the emir of a city is its region's governor,
    // not the head of the state whose capital it is («أمير قطر» names the state).
    if (metonym && title.title == "head_of_state") break;
    if (posting) {
      // «السفير الأمريكي لدى ليبيا», «مندوب اليمن لدى جامعة الدول العربية»: a posting
      // is a country or a body, for a role that has one («وزير الخارجية السعودي في
      // الرياض» is where the minister was).
      if ((c->type != "country" && c->type != "organization") ||
          (title.title != "ambassador" && title.title != "envoy" && title.title != "deputy_envoy"))
        break;
      // «المبعوث الأممي إلى اليمن في الرياض»: the first is the posting, the next where he is.
      if (!at.empty()) break;
      at = c->id;
    } else {
      if (!of.empty() && c->type == "country" && !at.empty()) break;
      bool posted = title.title == "ambassador" || title.title == "envoy" || title.title == "deputy_envoy";
      if (of.empty()) of = c->id;
      else if (c->type == "country" && posted) at = c->id;  // "المبعوث الأممي إلى ليبيا" reads "إلى"
      else break;  // «وعد الرئيس الأمريكي الأردن»: the president's object, not his posting
    }
    complements.push_back({next, c, nisba});
    pos = raw_[next].end + (bracketed ? 1 : 0);
    ++next;
  }
  // «وزيرا خارجية سوريا وعمان», «وزيرا الخارجية السعودي والأمريكي»: a dual title
  // and two states, the second glued to «و»: each state's holder on the date
  // (or the state, when the knowledge base knows no holder).
  if (title.dual && complements.size() == 1 && !of.empty() && at.empty() && next < raw_.size() &&
      raw_[next].first == pos && raw_[next].prefix_bytes == 2 && word(pos).substr(0, 2) == "و") {
    const auto& entries = lex_.entries(raw_[next].node);
    // The second is a state, as the first: «وعمان» is Oman here, not Amman.
    const Entry* second = nullptr;
    int states = 0;
    for (const Entry& e : entries)
      if (e.kind == (complements[0].adjective ? EntryKind::kNisba : EntryKind::kName) &&
          actor(e.target).type == "country" && (!second || second->target != e.target))
        second = &e, ++states;
    if (states == 1 && actor(second->target).id != of) {
      const std::string other = actor(second->target).id;
      if (const Actor* p = holder(title, of, "")) emit(t.first, pos, p->id, "title", title.title, of);
      else emit(t.first, pos, of, "role", title.title, of);
      emit(raw_[complements[0].raw].first, raw_[complements[0].raw].end, of, "nested",
           complements[0].adjective ? "adjective" : "");
      if (const Actor* p = holder(title, other, "")) emit(raw_[next].first, raw_[next].end, p->id, "title", title.title, other);
      else emit(raw_[next].first, raw_[next].end, other, "role", title.title, other);
      return next + 1;
    }
  }
  // «الرئيس المصري المعزول محمد مرسي»: a former holder. The name after the
  // qualifier is the person; without one the phrase designates nobody today.
  bool former = false;
  while (pos < in_.tokens.size() && lex_.is_former(word(pos)) && (next >= raw_.size() || raw_[next].first > pos)) {
    former = true;
    ++pos;
  }
  // «لوزير خارجية أميركي», «لرئيس أميركي»: an indefinite title with an indefinite
  // adjective is some holder of the office, not today's («a US secretary of state»).
  bool some_holder = !complements.empty() && !definite_start(t);
  for (const Complement& c : complements)
    some_holder &= c.adjective && !definite_start(raw_[c.raw]);
  // «النائب السابق لرئيس الفيفا», «مستشار لوزير الخارجية»: the post under the title, another's.
  some_holder |= under_another_post(t);
  // So is the office itself («انتخاب الرئيس», «شغلت منصب وزيرة الخارجية»): no holder of today.
  static constexpr std::string_view kOfTheOffice[] = {"انتخاب", "ولايه", "صلاحيات", "منصب", "ترشيح", "مرشح", "مقعد"};
  some_holder |= t.first > 0 && std::find(std::begin(kOfTheOffice), std::end(kOfTheOffice),
                                          text::behind_conjunction(word(t.first - 1))) != std::end(kOfTheOffice);
  std::string role = title.title.empty() ? title.rank : title.title;
  // «الأمير تركي بن فيصل»: a title that needs its state («أمير قطر») names no office without one.
  if (title.needs_of && of.empty() && complements.empty()) role.clear();
  // «وقال اللواء التركي»: a rank before one adjective of origin that is the
  // family name of a person the text has named («اللواء منصور التركي») is that
  // person, not «the Turkish general».
  if (title.title.empty() && complements.size() == 1 && complements[0].adjective && pos == raw_[complements[0].raw].end)
    if (const Actor* p = named_by_family_name(raw_[complements[0].raw])) {
      emit(raw_[complements[0].raw].first, pos, p->id, "short", role, "", t.first);
      return next;
    }
  // The title's own body named inside its phrase («الأمين العام للأمم المتحدة»:
  // the UN) is a mention as a complement after it would be.
  const Raw inner = given.of.empty() ? Raw{} : body_in_phrase(t, given.of);
  auto emit_nested = [&] {
    if (inner.end > inner.first) emit(inner.first, inner.end, given.of, "nested");
    for (const Complement& c : complements)
      emit(raw_[c.raw].first, raw_[c.raw].end, c.actor->id, "nested", c.adjective ? "adjective" : "");
  };
  // Another title or an honorific after this one, then a name: one person
  // («نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح», «الأمين العام لمجلس
  // التعاون الدكتور عبداللطيف الزياني»). The name's mention starts at the first title.
  uint32_t chained_at = pos;
  if (chained_at < in_.tokens.size() && (word(chained_at) == "،" || word(chained_at) == ",")) ++chained_at;
  // Not one glued to a preposition or conjunction: «أمير قطر بالرئيس التركي» is two.
  if (next < raw_.size() && raw_[next].first == chained_at && raw_[next].prefix_bytes == 0 && depth_ < 4) {
    const auto& entries = lex_.entries(raw_[next].node);
    const Entry* chained = find_kind(entries, EntryKind::kTitle);
    bool name = std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.kind == EntryKind::kName; });
    // «التقى وزير الخارجية التونسي نظيره الجزائري»: a counterpart is always another person.
    if (chained && !name && !lex_.titles()[chained->target].counterpart) {
      size_t before = out_.mentions.size();
      ++depth_;
      size_t after = resolve_title(next, lex_.titles()[chained->target]);
      --depth_;
      for (size_t i = before; i < out_.mentions.size(); ++i) {
        Mention& m = out_.mentions[i];
        const Actor* a = kb_.find(m.actor);
        bool person = (a && a->type == "person") || m.actor.rfind("new:", 0) == 0;
        if (m.kind == "nested" || !person || m.kind == "title") continue;
        m.lead_token = t.first;
        m.proclitics = std::string(word(t.first).substr(0, t.prefix_bytes));
        if (m.role.empty() || lex_.titles()[chained->target].honorific) m.role = role, m.role_of = of;
        emit_nested();
        return after;
      }
      // No name after the chain, but the next title designates its holder or
      // stands for its state («استقبل خادم الحرمين الشريفين رئيس وزراء المملكة
      // المتحدة»): two sides, the verb's subject and its object. This title is
      // read alone, the next after it.
      bool next_holder = std::any_of(out_.mentions.begin() + before, out_.mentions.end(), [&](const Mention& m) {
        const Actor* a = kb_.find(m.actor);
        return (m.kind == "title" && a && a->type == "person") || m.kind == "role";
      });
      constexpr uint32_t kLineageReach = 4;  // «بن عبد العزيز آل سعود،» between the name and its titles
      // Not titles after a name, all of that person («الأمير محمد بن نايف ولي العهد
      // نائب رئيس مجلس الوزراء وزير الداخلية»), nor a title glued to a preposition
      // («النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»); the chain's first title decides.
      bool after_a_name = std::any_of(out_.mentions.begin(), out_.mentions.begin() + before, [&](const Mention& m) {
        const Actor* a = kb_.find(m.actor);
        bool person = (a && a->type == "person") || m.actor.rfind("new:", 0) == 0;
        return person && m.kind == "name" && m.end_token <= t.first && m.end_token + kLineageReach >= t.first;
      });
      if (next_holder && !title.honorific && !after_a_name && depth_ == 0 && t.prefix_bytes == 0) {
        out_.mentions.resize(before);
      } else {
        // No person after the chain («قائد الفرقة 30 العقيد المنشق …»): the
        // group named in this phrase is still a mention, as for a title alone
        // (not a state: «الفنان المصري أمير …» is an Egyptian's title).
        const Actor* body = of.empty() ? nullptr : kb_.find(of);
        if (next > k + 1 && body && body->type != "country" && !title.honorific && !former) {
          for (const Complement& c : complements)
            if (!c.adjective) emit(raw_[c.raw].first, raw_[c.raw].end, c.actor->id, "nested");
          emit(t.first, pos, of, "role", role, of);
        }
        return after;
      }
    }
  }
  // A name after the title, possibly after a comma or an opening quote — not
  // one glued to «و» after the comma, the next of a list («مع الأمير محمد بن
  // نايف ولي العهد، والأمير محمد بن سلمان»).
  uint32_t name_at = pos;
  bool comma = name_at < in_.tokens.size() && (word(name_at) == "،" || word(name_at) == ",");
  if (comma || (name_at < in_.tokens.size() && is_quote_mark(word(name_at)))) ++name_at;
  if (comma && name_at < in_.tokens.size() && word(name_at).rfind("و", 0) == 0) {
    // «و» the conjunction, not the letter a name opens with («، وليد المعلم»).
    bool glued = next < raw_.size() && raw_[next].first == name_at
                     ? raw_[next].prefix_bytes > 0 && word(name_at).substr(0, raw_[next].prefix_bytes).find("و") == 0
                     : !lex_.is_given_name(word(name_at));
    if (glued) name_at = in_.tokens.size();
  }
  if (next < raw_.size() && raw_[next].first == name_at) {
    if (const Actor* p = person_at(raw_[next], title, former)) {
      // The complements describe the person's role (kept in role_of), and are mentions of their own.
      emit(raw_[next].first, raw_[next].end, p->id, seen_.count(p->id) && !is_full_name(raw_[next]) ? "short" : "name",
           role, of, t.first);
      emit_nested();
      return next + 1;
    }
  }
  // «وعبر السفير آل جابر» after «محمد بن سعيد آل جابر»: a compound family name
  // after the title, that of a person the text named in full.
  const names::FoundName* read_on = found_name_at(name_at);
  if (name_at + 1 < in_.tokens.size() && is_name_connector(word(name_at)) && (!read_on || read_on->end <= name_at + 2))
    if (const Actor* p = named_in_full_before(name_at, 2)) {
      emit(name_at, name_at + 2, p->id, "short", role, of, t.first);
      emit_nested();
      while (next < raw_.size() && raw_[next].first < name_at + 2) ++next;
      return next;
    }
  if (const Actor* p = named_by_title_and_given_name(t, name_at)) {
    uint32_t end = name_at + (is_name_connector(word(name_at)) ? 2 : 1);
    emit(name_at, end, p->id, "short", role, of, t.first);
    emit_nested();
    while (next < raw_.size() && raw_[next].first < end) ++next;
    return next;
  }
  // The unknown name may run over a family name the knowledge base knows
  // («الفنان حسين فهمي» is not the minister Nabil Fahmy) or a father's name
  // («الشيخ حمدان بن محمد بن راشد»): only another full name stops it.
  size_t stop = next;
  // A word before «بن» is a given name, whatever else it may be («الأمير تركي بن محمد»).
  auto given_name = [&](const Raw& r) { return r.first == name_at && before_lineage(r.end); };
  // An adjective of origin that ends the person the finder found there is
  // their family name («الدكتور سعيد محمد الكندي»), not "the Canadian".
  const names::FoundName* person = found_name_at(name_at);
  auto family_nisba = [&](const Raw& r) {
    if (!person || person->type != names::NameType::kPerson || r.first <= name_at || r.end != person->end ||
        r.prefix_bytes != 0)
      return false;
    const auto& entries = lex_.entries(r.node);
    return !entries.empty() &&
           std::all_of(entries.begin(), entries.end(), [](const Entry& e) { return e.kind == EntryKind::kNisba; });
  };
  while (stop < raw_.size() && (only_person_short(raw_[stop]) || given_name(raw_[stop]) || family_nisba(raw_[stop]) ||
                                (raw_[stop].prefix_bytes == 0 && in_lineage(raw_[stop].first))))
    ++stop;
  if (uint32_t end = unknown_name(name_at, stop < raw_.size() ? raw_[stop].first : in_.tokens.size());
      end > name_at && !names_no_one(name_at, end)) {
    // One word, or a compound family name («آل جابر», «أبو زيد»).
    bool compound = end == name_at + 2 && is_name_connector(word(name_at));
    if (const Actor* p = end == name_at + 1 || compound ? named_in_full_before(name_at, end - name_at) : nullptr) {
      emit(name_at, end, p->id, "short", role, of, t.first);
      emit_nested();
      while (next < raw_.size() && raw_[next].first < end) ++next;
      return next;
    }
    const names::FoundName* found = found_name_at(name_at);
    std::string id = new_actor(name_at, end, "person", role, of);
    // «رئيس اللجنة الدولية للصليب الأحمر بيتر مورر»: the title's holder on the
    // date, spelled otherwise («بيتر ماورر»), is the person the knowledge base knows.
    if (const Actor* p = some_holder ? nullptr : holder(title, of, at); p && spelled_otherwise(*p, bare_name(name_at, end)))
      respelled_.emplace(id, p->id);
    emit(name_at, end, id, "name", role, of, t.first, found ? std::min(1.f, 0.5f + found->margin / 20.f) : 1.f);
    emit_nested();
    while (next < raw_.size() && raw_[next].first < end) ++next;
    return next;
  }
  if (former) {
    emit_nested();
    return next;
  }
  // No name: the role phrase itself may designate one person at this date —
  // of the state the document is clearly about when it names none («وزير
  // الخارجية» in an article about Egypt); else it stands for the state or
  // organization it names ("السفير البريطاني").
  // «الرئيس العام لهيئة …», «الرئيس التنفيذي لشركة …»: the head of a body the
  // phrase goes on to name, not of the state.
  static constexpr std::string_view kOfABody[] = {"العام", "التنفيذي", "الفخري"};
  bool of_a_body = pos < in_.tokens.size() && std::find(std::begin(kOfABody), std::end(kOfABody), word(pos)) != std::end(kOfABody);
  // «وقال الرئيس» after «الرئيس المصري عبد الفتاح السيسي», «وأشاد ولي ولي
  // العهد» after «الأمير محمد بن سلمان»: a definite title alone is first the
  // person the text last named who holds it on the date — not before a given
  // name the text goes on to («ورأس الوفد آنذاك الملك فيصل»; «على» folds into
  // «علي», a preposition first).
  // (Or a person the name finder found there: «وطالب السفير صبيح».)
  const names::FoundName* found_after = name_at < in_.tokens.size() ? found_name_at(name_at) : nullptr;
  bool name_follows = name_at < in_.tokens.size() &&
                      ((lex_.is_given_name(word(name_at)) && !lex_.is_function_word(word(name_at))) ||
                       (found_after && found_after->type == names::NameType::kPerson));
  // «السفير الكوري»: an adjective of origin the lexicon does not resolve (North or
  // South) says whose the office is — no one the text named, nor the document's state's.
  name_follows |= unresolved_origin_at(pos);
  if (of.empty() && at.empty() && !title.needs_of && !title.title.empty() && !some_holder && !of_a_body &&
      definite_ending(t) && !name_follows)
    if (const Lexicon::HeldRole* h = last_named_holder(title, t)) {
      emit(t.first, pos, actor(h->actor).id, "title", role, h->role->of);
      return next;
    }
  // Only a definite title («السفير», «وزير الخارجية»): «سفير» alone is an ambassador, not the state's;
  // and not before a given name («جلالة الملك فيصل – طيب الله ثراه»: not today's king).
  if (of.empty() && at.empty() && title.needs_of == false && !title.title.empty() && !some_holder && !of_a_body &&
      definite_ending(t) && !name_follows)
    if (std::string state = focus_.dominant(0.6f, 3.f); !state.empty())
      if (const Actor* p = holder(title, state, "");
          p && !(head_is_president(t) && monarch(*p)) && !(head_is_king(t) && !monarch(*p))) {
        emit(t.first, pos, p->id, "title", role, state);
        emit_nested();
        return next;
      }
  if (const Actor* p = some_holder ? nullptr : holder_in_apposition(title, t, of)) {
    emit(t.first, pos, p->id, "title", role, of);
    emit_nested();
    return next;
  }
  // The holder, and the state or body of the role as a mention of its own
  // («وزير الخارجية الأمريكي» in 2015: Kerry, and the United States).
  if (const Actor* p = some_holder ? nullptr : holder(title, of, at)) {
    emit(t.first, pos, p->id, "title", role, of);
    emit_nested();
    return next;
  }
  // «الوزير الألماني», «الوزير الأمريكي»: an office the adjective leaves open is
  // the person of that state the text last named holding one.
  bool adjectives_only = !complements.empty() && std::all_of(complements.begin(), complements.end(),
                                                             [](const Complement& c) { return c.adjective; });
  if (adjectives_only && at.empty() && !some_holder && !of_a_body && definite_ending(t) && !name_follows)
    if (const Lexicon::HeldRole* h = last_named_holder(title, t, of)) {
      emit(t.first, pos, actor(h->actor).id, "title", role, of);
      emit_nested();
      return next;
    }
  // «المبعوث الأممي» with no country: the envoy to the state the text is about
  // (the outlet's own state says where the paper is, not where the envoy goes).
  if (at.empty() && !of.empty() && !some_holder)
    if (std::string state = text_focus_.dominant(0.5f, 1.f); !state.empty() && state != of)
      if (const Actor* p = holder(title, of, state)) {
        emit(t.first, pos, p->id, "title", role, of);
        emit_nested();
        return next;
      }
  if ((next > k + 1 || inner.end > inner.first) && !of.empty() && kb_.find(of)) {
    // Undated, or no holder known: the body named in the phrase is still a
    // mention of its own («الأمين العام للأمم المتحدة»: the UN), as where the
    // holder is known; an adjective («السفير الأمريكي») is the role mention's own.
    if (inner.end > inner.first) emit(inner.first, inner.end, given.of, "nested");
    for (const Complement& c : complements)
      if (!c.adjective) emit(raw_[c.raw].first, raw_[c.raw].end, c.actor->id, "nested");
    emit(t.first, pos, of, "role", role, of);
    return next;
  }
  size_t i = k + 1;
  while (i < next) i = resolve(i);
  return std::max(i, next);
}

// The name of actor `id` inside the phrase of `t` after its first word
// («الأمين العام للأمم المتحدة»: «للأمم المتحدة»); an empty range when it has none.
Raw Matcher::body_in_phrase(const Raw& t, const std::string& id) const {
  for (uint32_t i = t.first + 1; i < t.end; ++i) {
    Raw r;
    if (in_.tokens[i].kind != text::TokenKind::kWord ||
        !text::longest_match(lex_.trie(), forms_, in_.normalized, in_.tokens, i, r) || r.end > t.end)
      continue;
    for (const Entry& e : lex_.entries(r.node))
      if (e.kind == EntryKind::kName && actor(e.target).id == id) return r;
  }
  return {};
}

// A title after a post under it, in construct or glued to ل («مساعدة وزير الخارجية
// الأمريكي», «النائب السابق لرئيس الفيفا», «مستشار لوزير»): the holder of that
// other post, not of the title.
bool Matcher::under_another_post(const Raw& t) const {
  static constexpr std::string_view kUnder[] = {"نائب",  "النائب",  "نائبه",   "مساعد",   "المساعد", "مساعده",
                                                "وكيل",  "الوكيل",  "مستشار", "المستشار", "مستشاره"};
  if (t.prefix_bytes > 0 && word(t.first).substr(t.prefix_bytes - 2, 2) != "ل") return false;
  uint32_t i = t.first;
  while (i > 0 && lex_.is_former(word(i - 1))) --i;
  return i > 0 && std::find(std::begin(kUnder), std::end(kUnder), word(i - 1)) != std::end(kUnder);
}

// A definite adjective of origin at token i that no lexicon phrase begins or
// ends with («الكوري», «الكورية», «الدوري»: «ال…ي» or «ال…يه»), none that
// praises or places the holder in office («الملك المفدى», «الرئيس الحالي»).
bool Matcher::unresolved_origin_at(uint32_t i) const {
  static constexpr std::string_view kOfTheHolder[] = {"المفدي", "الحالي", "الشرعي", "الديمقراطي", "الجمهوري"};
  if (i >= in_.tokens.size() || raw_starting_at(i) || raw_ending_at(i + 1)) return false;
  std::string_view w = word(i);
  if (w.size() < 10 || w.substr(0, 4) != "ال" || lex_.is_function_word(w)) return false;
  if (std::find(std::begin(kOfTheHolder), std::end(kOfTheHolder), w) != std::end(kOfTheHolder)) return false;
  return w.substr(w.size() - 2) == "ي" || w.substr(w.size() - 4) == "يه";
}

// A name (bare_name of its tokens) is the person's name or one of its aliases
// with other long vowels («بيتر مورر» for «بيتر ماورر»).
bool Matcher::spelled_otherwise(const Actor& person, std::string_view name) const {
  if (person.type != "person") return false;
  if (text::same_name_but_vowels(name, text::normalize_key(person.name_ar))) return true;
  return std::any_of(person.aliases_ar.begin(), person.aliases_ar.end(),
                     [&](const std::string& a) { return text::same_name_but_vowels(name, text::normalize_key(a)); });
}

// The one person holding `title` of `of` (at `at`) on the document date.
const Actor* Matcher::holder(const Title& title, const std::string& of, const std::string& at) {
  if (title.title.empty() || in_.date.empty() || (of.empty() && at.empty())) return nullptr;
  const Actor* found = nullptr;
  for (const Lexicon::HeldRole& h : lex_.held_roles()) {
    const Role& r = *h.role;
    if (!title_matches(title, r)) continue;
    // A director of a state is of one of its bodies, which the phrase does not
    // name («محافظ المملكة في أوبك»): not whoever heads one body of it.
    bool of_ok = of.empty() || r.of == of || (h.state == of && title.title != "director");
    bool at_ok = at.empty() || r.at == at;
    if (!of_ok || !at_ok || !date_within(in_.date, r.from, r.to)) continue;
    const Actor* a = &actor(h.actor);
    if (found && found != a) return nullptr;  // not unique
    found = a;
  }
  return found;
}

// The role `title` of the person last mentioned before the title phrase `t`
// (not far back) who holds it on the document date — of state `of` when given
// («الوزير الألماني») —: one named first, else one designated by a title
// («نظيره الفرنسي»); null when none does. A head of state only by the word
// that named them («الرئيس» is not the king named before: their titles share a role).
const Lexicon::HeldRole* Matcher::last_named_holder(const Title& title, const Raw& t, const std::string& of) const {
  constexpr uint32_t kReach = 150;  // tokens back to the person
  // «وكيل الأمين العام», «مساعدة لوزير الخارجية»: another's post under the title.
  if (title.title.empty() || in_.date.empty() || under_another_post(t)) return nullptr;
  const std::string_view head = word(t.first).substr(t.prefix_bytes);
  auto held = [&](const Mention& m) -> const Lexicon::HeldRole* {
    for (const Lexicon::HeldRole& h : lex_.held_roles())
      if (actor(h.actor).id == m.actor && (title_matches(title, *h.role) || any_ministers(title, h.role->title)) &&
          (of.empty() || h.role->of == of || h.state == of) && date_within(in_.date, h.role->from, h.role->to))
        return &h;
    return nullptr;
  };
  // «عادل الطريفي وزير الثقافة والإعلام الوزير المرافق»: a title right after a
  // person, or after another title of theirs, describes them; if they do not
  // hold it, no one named before does.
  bool after_title = false;
  if (const Raw* r = raw_ending_at(t.first))
    for (const Entry& e : lex_.entries(r->node))
      after_title |= e.kind == EntryKind::kTitle && !lex_.titles()[e.target].honorific;
  for (size_t k = out_.mentions.size(); k-- > 0;) {
    const Mention& m = out_.mentions[k];
    if (m.kind == "nested" || m.end_token > t.first) continue;
    if (m.end_token == t.first || (after_title && is_person(m.actor))) {
      if ((is_person(m.actor) || m.kind == "role") && !held(m)) return nullptr;
      break;
    }
    if (!after_title) break;
  }
  for (bool named : {true, false})
    for (size_t k = out_.mentions.size(); k-- > 0;) {
      const Mention& m = out_.mentions[k];
      if (m.end_token > t.first) continue;
      if (m.end_token + kReach < t.first) break;
      if (named ? m.kind != "name" && m.kind != "short" : m.kind != "title") continue;
      if (title.title == "head_of_state" &&
          ((m.lead_token == m.first_token && m.kind != "title") || word(m.lead_token).substr(m.proclitics.size()) != head))
        continue;
      if (const Lexicon::HeldRole* h = held(m)) return h;
      // Named with that office by the text, and not the knowledge base's holder
      // («وزير الطاقة الإسرائيلي يوفال شتاينتز … وقال الوزير الإسرائيلي»): someone
      // it does not know, not a minister named further back (for other titles,
      // only one of the same state: «الرئيس الراحل كينيدي» leaves «الرئيس» Obama).
      bool same_office = m.role == title.title || any_ministers(title, m.role);
      if (named && same_office && (of.empty() ? any_ministers(title, m.role) : m.role_of == of)) return nullptr;
    }
  return nullptr;
}

// «الملا محمد عمر، زعيم حركة طالبان … توفي قبل عامين»: a title right after the
// person the text just named (or after a comma) who held that office at any time
// describes them — their office then, not the holder on the document's date.
const Actor* Matcher::holder_in_apposition(const Title& title, const Raw& t, const std::string& of) const {
  if (title.title.empty() || out_.mentions.empty()) return nullptr;
  const Mention& m = out_.mentions.back();
  bool after_comma = t.first > 0 && m.end_token + 1 == t.first && (word(t.first - 1) == "،" || word(t.first - 1) == ",");
  if ((m.end_token != t.first && !after_comma) || (m.kind != "name" && m.kind != "short") || !is_person(m.actor))
    return nullptr;
  for (const Lexicon::HeldRole& h : lex_.held_roles())
    if (actor(h.actor).id == m.actor && title_matches(title, *h.role) &&
        (of.empty() || h.role->of == of || h.state == of))
      return &actor(h.actor);
  return nullptr;
}

// The raw match is nothing but a person's family name.
bool Matcher::only_person_short(const Raw& r) const {
  bool short_form = false;
  for (const Entry& e : lex_.entries(r.node)) {  // a family name alone, or one read in its context only («المالكي»)
    if ((e.kind != EntryKind::kShort && e.kind != EntryKind::kGeneric) || actor(e.target).type != "person") return false;
    short_form = true;
  }
  return short_form;
}

// End of an unknown name starting at `first` (before `limit`), or `first`:
// the person the name finder found there, or a short name in quotes.
uint32_t Matcher::unknown_name(uint32_t first, size_t limit) {
  const auto& tokens = in_.tokens;
  if (first >= tokens.size()) return first;
  if (const names::FoundName* n = found_name_at(first); n && n->type == names::NameType::kPerson) {
    // A name ends before a time the finder read on into («الأمير فيصل بن خالد أمس»)
    // — but a day with the article that ends it is a family name as well («إبراهيم
    // الخميس»), and a month that opens it a given name («جوان بيز»); a time alone is none.
    uint32_t end = static_cast<uint32_t>(std::min<size_t>(n->end, limit));
    if (!in_.time_tokens) return end;
    const std::vector<bool>& time = *in_.time_tokens;
    if (std::all_of(time.begin() + first, time.begin() + end, [](bool t) { return t; })) return first;
    for (uint32_t i = first + 1; i < end; ++i)
      if (time[i] && !(i + 1 == end && word(i).substr(0, 4) == "ال")) return i;
    return end;
  }
  bool quoted = first > 0 && is_quote_mark(word(first - 1));
  if (!quoted) return first;
  uint32_t end = first;
  for (uint32_t i = first; i < tokens.size() && i < limit && end - first < kMaxQuotedWords; ++i) {
    const text::Token& tok = tokens[i];
    std::string_view w = word(i);
    if (tok.kind != text::TokenKind::kWord || !tok.arabic || w.size() < 4) break;
    if (lex_.is_function_word(w)) break;
    if (i > first && tokens[i].paragraph_start) break;
    end = i + 1;
  }
  // A quoted name is closed by its quote: an unclosed run of words is not a name.
  if (end >= tokens.size() || !is_quote_mark(word(end))) return first;
  return end;
}

}  // namespace marsad::actors
