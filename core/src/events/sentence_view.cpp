#include "events/sentence_view.h"

#include <algorithm>

#include "actors/honorifics.h"
#include "events/arabic_cues.h"
#include "events/extractor.h"
#include "text/clitics.h"
#include "text/on_behalf.h"
#include "text/ranks.h"

namespace marsad::events {
namespace {

constexpr uint32_t kPhraseReach = 4;  // words from a role head to the mention in its phrase

// Words after which a new main clause starts: what came before is not its
// subject's clause nor a statement that reports it.
bool opens_main_clause(std::string_view w) {
  static constexpr std::string_view k[] = {"اما", "بينما", "فيما", "لكن", "ولكن", "؛", ";"};
  return detail::one_of(w, k);
}

// Verbal nouns of light verbs, whose genitive does their act: «إجراء ترامب اتصالا».
bool is_light_verbal_noun(std::string_view w) { return cue_lists().light_verbal_nouns.contains(w); }

bool any_between(const std::vector<uint32_t>& positions, uint32_t a, uint32_t b) {
  auto it = std::upper_bound(positions.begin(), positions.end(), a);
  return it != positions.end() && *it < b;
}

}  // namespace

SentenceView::SentenceView(const EventInput& in, const text::WordForms& forms, const std::vector<bool>& time_tokens,
                           const actors::KnowledgeBase& kb, uint32_t index, size_t first_mention)
    : in_(in), forms_(forms), s_(in.sentences[index]), index_(index), time_tokens_(time_tokens) {
  const auto& all = in.mentions;
  for (size_t k = first_mention; k < all.size() && all[k].first_token < s_.end_token; ++k) {
    const actors::Mention& m = all[k];
    if (m.first_token < s_.first_token || m.end_token > s_.end_token) continue;
    mentions_.push_back(&m);
  }
  for (uint32_t i = s_.first_token; i < s_.end_token; ++i) {
    std::string_view w = word(i);
    if (is_clause_punctuation(w)) punctuation_.push_back(i);
    if (is_complementizer(w) && !inside_mention(i)) complementizers_.push_back(i);  // not Ban Ki-moon's «بان»
    if (is_relative_pronoun(w)) relatives_.push_back(i);
    if (opens_main_clause(w)) openers_.push_back(i);
  }
  uint32_t team_end = 0;  // the end of the last national team named
  uint32_t origin_word = UINT32_MAX;  // a nisba read as the origin of the person after it
  for (const actors::Mention* m : mentions_) {
    // The state in a person's role phrase is not a participant: the person is.
    // An adjective of nationality is one («مساعدات سعودية», «الصيادين المصريين»);
    // the model weighs where it stands.
    if (m->kind == "nested") continue;
    // «الأزمة الأوكرانية», «الملف النووي الإيراني»: what an issue is about is no party to an act.
    if (m->kind == "nisba" && issue_adjective(*m)) continue;
    // «وفد من حزب ميرتس اليساري الإسرائيلي»: where the party, group or person named
    // just before is from — their adjective, no side of its own.
    if (m->kind == "nisba" && origin_of_name_before(*m, kb, in)) continue;
    // «نظيريه الأمريكي كيري والسعودي عادل الجبير»: the origin of the person named
    // right after it, as in a role phrase; the person is the participant.
    if (m->kind == "nisba" && person_named_after(*m, kb, in)) {
      origin_word = m->first_token;
      continue;
    }
    // «عقوبات على قطريين اثنين»: people of a state, not the state («ثمانية حوثيين»
    // are members of their group, which is the side).
    if (m->kind == "nisba" && people_of_state(*m)) {
      const actors::Actor* group = kb.find(m->actor);
      if (!group || group->type == "country") continue;
    }
    // «المخرج البريطاني», «الناشط السعودي»: a person by their trade and origin, not the state.
    if (m->kind == "nisba" && m->first_token > s_.first_token && m->proclitics.empty() &&
        is_person_noun(text::behind_conjunction(word(m->first_token - 1))))
      continue;
    if (m->kind == "role" && is_person_noun(text::behind_conjunction(word(m->first_token)))) continue;
    // «معهد بحثي أميركي», «شركة روسية», «الصحيفة البريطانية»: a body by its origin, not the state.
    if (m->kind == "nisba" && m->proclitics.empty() && body_named_before(m->first_token)) continue;
    Participant p;
    p.mention = m;
    p.preposition = preposition_of(*m);
    p.lead = std::min(m->lead_token, m->first_token);
    // «هاجم مسلحون من داعش»: the members are the group acting, as «مسلحو داعش» would be.
    if (std::optional<std::string> members; p.preposition == "من" && (members = members_before(p.lead)))
      read_as_members(p, *members);
    // «اعتقلت الشرطة عشرة من عناصر داعش», «على عدد من مواقع الحوثيين»: some of a
    // group counted before «من» are that group, governed as the count word is.
    else if (p.preposition == "من") counted_part(p);
    const actors::Actor* a = kb.find(m->actor);
    // Clubs and sports bodies play matches, they do not act on states.
    if (a && a->sector == "sport") continue;
    p.type = type_of(*m, kb, in);
    if (a) {
      p.state = a->state;
      p.of_a_state = a->type == "country";
      p.unarmed = a->sector == "humanitarian" || a->sector == "rights";
    }
    p.armed = p.type == "armed_group" || p.type == "group";
    p.forces = named_by_forces(*m, p.lead);
    if (m->kind == "metonym" || m->kind == "institution" || m->kind == "role" || m->kind == "nisba") p.type = "country";
    if (p.type == "event_name") continue;
    // A national team, and the states coordinated with it, play; they do not act.
    bool team = p.lead > s_.first_token && m->proclitics.empty() && is_team_noun(word(p.lead - 1));
    team |= team_end > 0 && ((p.lead == team_end && m->proclitics.substr(0, 2) == "و") ||
                             (p.lead == team_end + 1 && word(team_end) == "و"));
    if (team) {
      team_end = m->end_token;
      continue;
    }
    if (in_role_of_name(*m, kb, in)) continue;
    if (holder_named_after(*m, kb, in)) continue;
    // «استقبل مطار القاهرة الدولي …»: a city or state named by a facility is the facility, a place.
    if (p.lead > s_.first_token && m->proclitics.empty()) {
      std::string_view before = word(p.lead - 1);
      if (is_facility_noun(before) || is_facility_noun(text::behind_glued_letter(before))) p.type = "place";
      // «على هامش اجتماع الدوحة»: a capital after a meeting's noun is where it was held
      // (not with another side joined to it or after «مع»: «لقاء الرياض وطهران»).
      if (m->kind == "metonym" && is_venue_noun(before) && !side_follows(m->end_token)) p.type = "place";
    }
    p.place = p.type == "place";
    // «المقاتلين في حركة الشباب», «جنود في الجيش العراقي»: members in a body are
    // that body, as «من» makes them; members in a land («مسلحين في مأرب») are where they are.
    std::optional<std::string> members;
    if (p.preposition == "في" && !p.place && !(p.type == "country" && m->kind == "name") &&
        (members = members_before(p.lead)))
      read_as_members(p, *members);
    if (p.lead > s_.first_token) {
      std::string_view before = word(p.lead - 1);
      p.against = p.preposition == "ضد" || p.preposition == "بحق" || is_opposition_noun(before);
      p.heads = heads_side_before(p.lead);
      p.backs = !participants_.empty() && backs_side_before(p);
      p.served = p.preposition.empty() && is_serving_word(text::behind_conjunction(before));
      p.origin = p.preposition == "من" && p.lead >= s_.first_token + 2 && is_origin_word(word(p.lead - 2));
      p.present = p.preposition.empty() && is_presence_word(before);
      // Not a person: «وبحسب الوزير فابيوس فإن المحادثات …» are his own talks.
      p.attributed = p.type != "person" &&
                     is_attribution(before, p.lead > s_.first_token + 1 ? word(p.lead - 2) : std::string_view(),
                                    p.preposition);
      // Nor is one on whose behalf another acts, past their titles («نيابة عن صاحب
      // السمو الملكي الأمير X، استقبل …»).
      p.present = p.present || text::on_behalf_before(p.lead, s_.first_token, [&](uint32_t i) { return word(i); });
      // «بحضور ممثلي 75 بلدا بينهم سفيرة الولايات المتحدة …»: one named further
      // on in the phrase that «بحضور» opens attends too, to the clause's end.
      // So is the next of a list after a comma («بحضور مساعد الرئيس X، ووزير … Y»).
      for (uint32_t i = p.lead, steps = 0; i > s_.first_token && steps < kPresenceReach && !p.present; --i, ++steps) {
        std::string_view w = word(i - 1);
        if ((w == "،" || w == ",") && word(i).substr(0, 2) == "و" && !participants_.empty() &&
            participants_.back().mention->end_token == i - 1) {
          const Participant& listed = participants_.back();
          if (listed.attends_from != UINT32_MAX) p.attends_from = listed.attends_from;
          else if (listed.present) p.attends_from = listed.lead - 1;
          break;
        }
        if (is_clause_punctuation(w) || is_complementizer(w)) break;
        if (is_attendance_word(w)) {
          p.attends_from = i - 1;
          break;
        }
      }
      // So is one named as whose allies, foes or creditors they are («طالبت لاجارد
      // دائني اليونان», «حلفاء إيران») — not «الحليف الأمريكي», «الجارة السعودية»,
      // where the article makes the noun the name's apposition, nor «حليفه الأسد»
      // (his ally: the name is the ally; its ه is also a feminine's ة).
      std::string_view related = text::behind_conjunction(before);
      bool construct = related.substr(0, 4) != "ال" && !related.ends_with("ه");
      p.kin = p.preposition.empty() &&
              ((p.type == "person" && is_kin_noun(related)) || (construct && is_relation_noun(related)));
      // «ومقره بريطانيا», «ومقرها لندن»: a seat with its owner's pronoun, then where it is.
      std::string_view seat = related;
      for (std::string_view pronoun : {"ه", "ها", "هم"})
        p.seat |= p.preposition.empty() && seat.size() > pronoun.size() && seat.ends_with(pronoun) &&
                  is_held_noun(seat.substr(0, seat.size() - pronoun.size()));
      // Only a person dies: «مقتل 22 من ميليشيا الحوثي» leaves the group acting.
      p.dead = p.type == "person" && (is_death_noun(before) || blessed_as_dead(*m));
      // «على قصر الرئيس المخلوع علي صالح»: a thing a few words back, past his titles.
      for (uint32_t i = p.lead, steps = 0; i > s_.first_token && steps < 4 && !p.owner; --i, ++steps) {
        std::string_view w = word(i - 1), thing = text::behind_glued_letter(w);
        if (is_clause_punctuation(w) || is_preposition(w)) break;
        p.owner = is_property_noun(w) || is_property_noun(thing) || is_held_noun(w) || is_held_noun(thing);
      }
      // «أمام X», «أمام لجنة الدفاع بمجلس الشيوخ»: «أمام» a few words back, no clause between.
      for (uint32_t i = p.lead, steps = 0; i > s_.first_token && steps < 5 && !p.audience; --i, ++steps) {
        std::string_view w = word(i - 1);
        if (is_clause_punctuation(w) || inside_mention(i - 1)) break;
        p.audience = is_audience_word(w);
      }
    }
    // «أبرمت الدول الست الكبرى (الولايات المتحدة، وفرنسا، …) وإيران اتفاقا»: names in
    // brackets opened right after a group's are its members; the group stands for
    // them. Not the group's own name again («لحركة المقاومة الإسلامية (حماس)»), nor
    // after a name a preposition governs («الجهات الدائنة لليونان (الاتحاد الأوروبي …)»:
    // the brackets name the creditors).
    for (uint32_t i = p.lead; i > s_.first_token; --i) {
      std::string_view w = word(i - 1);
      if (w == "(") {
        p.bracketed = std::any_of(participants_.begin(), participants_.end(), [&](const Participant& q) {
          return q.mention->end_token == i - 1 && q.preposition.empty() && q.mention->actor != m->actor &&
                 q.type != "person" && q.type != "country" && !q.place;
        });
        break;
      }
      if (w == ")" || (is_clause_punctuation(w) && w != "،" && w != ",")) break;
    }
    // «قادما من العاصمة السعودية الرياض»: the same actor named again right after,
    // with no word between, is in apposition: governed as the name before it.
    if (!participants_.empty() && p.preposition.empty()) {
      const Participant& before = participants_.back();
      if (before.mention->actor == m->actor && before.mention->end_token == p.lead && !before.preposition.empty()) {
        p.preposition = before.preposition;
        p.origin = before.origin;
      }
    }
    p.locative = (p.place || p.type == "country") && locative(p);
    if (!participants_.empty()) {
      const actors::Mention* before = participants_.back().mention;
      uint32_t gap = p.lead >= before->end_token ? p.lead - before->end_token : 99;
      // «قوات الجيش ومسلحو المقاومة», «الملك سلمان ونائبه الأمير محمد بن نايف»,
      // «الجيش السوري وجماعة حزب الله»: و may stand on the members' noun, on an
      // office (with its pronoun) or on a body's or group's head noun before the name.
      std::string_view between = gap == 1 ? word(before->end_token) : std::string_view();
      std::string_view joined = between.size() > 2 && between.substr(0, 2) == "و" ? text::behind_conjunction(between)
                                                                                  : std::string_view();
      // So may it on an honorific before the office («وسمو ولي عهده», «ومعالي وزير الداخلية»).
      bool joined_noun = !joined.empty() && (is_member_noun(joined) || is_role_head(joined) || is_body_noun(joined) || is_group_head(joined) ||
                                             actors::is_honorific_word(joined) ||
                                             (joined.ends_with("ه") && is_role_head(joined.substr(0, joined.size() - 2))));
      // «لخادم الحرمين الشريفين، وسمو ولي عهده»: a list goes on after a comma, the
      // name before it perhaps in apposition with its office («مع الأمير محمد بن
      // نايف ولي العهد، والأمير محمد بن سلمان»).
      constexpr uint32_t kAppositionReach = 3;  // words of an office between a name and the comma
      bool listed = false;
      if (gap >= 1 && gap <= kAppositionReach + 1 && m->proclitics.substr(0, 2) == "و") {
        std::string_view comma = word(p.lead - 1);
        listed = comma == "،" || comma == ",";
        for (uint32_t k = before->end_token; k + 1 < p.lead && listed; ++k)
          listed = token(k).kind == text::TokenKind::kWord && !inside_mention(k) && !is_preposition(word(k)) &&
                   !is_complementizer(word(k)) && !is_clause_punctuation(word(k)) &&
                   glued_preposition(word(k)).empty();  // «في سوريا لدعم النظام، والعراق»: a clause's end
      }
      bool of_origin = gap == 1 && before->end_token == origin_word && between.substr(0, 2) == "و";
      // «ميليشيات الحوثي المتمردة وقوات صالح»: an epithet or two of the name
      // before stand between (not a place the text does not know: «قصفت قوات
      // النظام الحولة وتلبيسة» struck both towns).
      constexpr uint32_t kEpithetReach = 2;
      bool past_epithets = gap >= 1 && gap <= kEpithetReach && m->proclitics.substr(0, 2) == "و";
      for (uint32_t k = before->end_token; k < p.lead && past_epithets; ++k)
        past_epithets = !inside_mention(k) && is_epithet(word(k));
      p.coordinated = (gap == 0 && m->proclitics.substr(0, 2) == "و") || between == "و" || joined_noun || listed ||
                      of_origin || past_epithets;
      // «إلى كينيا وإثيوبيا»: a name joined by و right after one governed by a
      // preposition is governed by it too (not «بين X وY»: two sides, read as a pair).
      if (p.coordinated && p.preposition.empty() && (gap == 0 || of_origin) && !participants_.back().preposition.empty() &&
          participants_.back().preposition != "بين") {
        p.preposition = participants_.back().preposition;
        p.locative = (p.place || p.type == "country") && locative(p);  // «في صنعاء وعدن»
      }
      // Allies either way round: «الحوثي وصالح», «مليشيات صالح والحوثي».
      const actors::Actor* b = kb.find(participants_.back().mention->actor);
      auto allied = [](const actors::Actor* x, const std::string& y) {
        return x && std::find(x->partner_of.begin(), x->partner_of.end(), y) != x->partner_of.end();
      };
      p.partner = p.coordinated && (allied(a, participants_.back().mention->actor) || allied(b, m->actor));
      p.present |= p.coordinated && participants_.back().present;
      p.audience |= p.coordinated && participants_.back().audience;
    }
    participants_.push_back(std::move(p));
  }
  // The head of a side is so wherever the sentence names it again («… برئاسة الأمير X ولي العهد»).
  // So is the dead, whatever names them again («… بوفاة الأمير X … تعزية في سموه»).
  for (Participant& p : participants_)
    for (const Participant& q : participants_) {
      p.heads |= q.heads && q.mention->actor == p.mention->actor;
      p.dead |= q.dead && q.mention->actor == p.mention->actor;
    }
}

// «جلالة الملك فيصل – طيب الله ثراه –», «الأمير سعود الفيصل رحمه الله»: a
// blessing on the dead right after the name (past a dash or a bracket).
bool SentenceView::blessed_as_dead(const actors::Mention& m) const {
  uint32_t i = m.end_token;
  while (i < s_.end_token && token(i).kind == text::TokenKind::kPunct) ++i;
  if (i + 1 >= s_.end_token || i > m.end_token + 1) return false;
  std::string_view w = text::behind_conjunction(word(i));
  return is_death_blessing(w) && (word(i + 1) == "الله" || (i + 2 < s_.end_token && word(i + 2) == "الله"));
}

// A noun of members two words before `lead`, before its preposition («مسلحون من
// داعش», «والمقاتلين في حركة الشباب»): the preposition that governs that noun («مع
// قادة من حزب الله», «بمسلحين من»), "" for none; nothing when there is no such noun.
std::optional<std::string> SentenceView::members_before(uint32_t lead) const {
  if (lead < s_.first_token + 2 || inside_mention(lead - 2)) return std::nullopt;
  auto members = [](std::string_view w) {
    return is_member_noun(w) || (w.substr(0, 4) == "ال" && is_member_noun(w.substr(4)));
  };
  std::string_view w = word(lead - 2);  // «وفد» as written, or behind its conjunction («وقادة»)
  if (!members(w)) w = text::behind_conjunction(w);
  std::string_view glued = members(w) ? std::string_view() : glued_preposition(w);
  if (!glued.empty()) w = w.substr(glued.size());
  if (!members(w)) return std::nullopt;
  if (!glued.empty()) return std::string(glued);
  if (lead >= s_.first_token + 3) {
    std::string_view before = text::behind_conjunction(word(lead - 3));
    if (is_preposition(before) && !inside_mention(lead - 3)) return std::string(before);
  }
  return std::string();
}

// The members stand for their group, governed as their noun is («مع قادة من حزب
// الله»); counted, as their count is («41 عنصرا من التنظيم»).
void SentenceView::read_as_members(Participant& p, std::string preposition) const {
  p.preposition = std::move(preposition);
  p.lead -= 2;
  if (p.preposition.empty()) counted_part(p);
}

// «عشرة من عناصر داعش», «41 عنصرا من التنظيم», «بعدد من مواقع الحوثيين»: a
// number or a count word before «من» (and a member or held noun between) makes
// the group the noun phrase itself, governed by what governs the count word.
void SentenceView::counted_part(Participant& p) const {
  uint32_t c;  // the count
  if (p.preposition.empty()) {  // «41 عنصرا من التنظيم», read as the members («عنصرا») already
    if (p.lead < s_.first_token + 1) return;
    c = p.lead - 1;
  } else {
    uint32_t k = p.lead;  // «من» stands right before the name, or before one noun before it
    if (k > s_.first_token + 1 && !inside_mention(k - 1) && (is_member_noun(word(k - 1)) || is_held_noun(word(k - 1))))
      --k;
    if (k < s_.first_token + 2 || word(k - 1) != "من") return;
    c = k - 2;
  }
  if (inside_mention(c)) return;
  // What governs the count governs the words that bound it or make it approximate
  // («أعدم أكثر من 300 من عناصر …» is the verb's object: «من» there is the bound's;
  // «بنحو 20 من …», «لأكثر من»: the preposition glued to them).
  auto glued = [](std::string_view x) { return !glued_preposition(x).empty(); };
  std::string_view w = text::behind_conjunction(word(c));
  std::string governing;
  if (token(c).kind == text::TokenKind::kNumber || is_count_word(w)) {
    if (c >= s_.first_token + 2 && word(c - 1) == "من") {
      std::string_view b = text::behind_conjunction(word(c - 2));
      if (is_count_bound(b) || (glued(b) && is_count_bound(b.substr(2)))) c -= 2;
    } else if (c > s_.first_token) {
      std::string_view b = text::behind_conjunction(word(c - 1));
      if (is_approximator(b) || (glued(b) && is_approximator(b.substr(2)))) c -= 1;
    }
    std::string_view h = text::behind_conjunction(word(c));
    if (glued(h) && !is_count_word(h)) governing = h.substr(0, 2);
    else if (c > s_.first_token && is_preposition(word(c - 1))) governing = word(c - 1);
  } else if (glued(w) && is_count_word(w.substr(2))) {
    governing = w.substr(0, 2);
  } else {
    return;
  }
  p.preposition = governing;
  p.lead = c;  // the phrase's first word: the count, or what bounds it
  p.counted = w != "كل" && w != "جميع";  // «كل من X وY» is both of them, not some
}

// «قوات النظام», «الجيش الوطني», «طيران التحالف»: the mention's first word, behind its
// clitics and article, is a noun of forces or arms.
bool SentenceView::named_by_forces(const actors::Mention& m, uint32_t lead) const {
  auto forces = [&](std::string_view w) {
    if (w.substr(0, 4) == "ال") w = w.substr(4);
    return w == "جيش" || is_arm_noun(w) || (w != "عشرات" && w != "مئات" && is_member_noun(w));
  };
  std::string_view first = word(m.first_token);
  // Or the noun that governs it, right before it («قوات النظام السوري»).
  return forces(first.substr(std::min(m.proclitics.size(), first.size()))) ||
         (lead < m.first_token && forces(text::behind_conjunction(word(lead))));
}

// Word k is a noun of members with ب glued to it («بمقاتلي», «بعناصر»), outside a mention.
bool SentenceView::glued_to_members(uint32_t k) const {
  std::string_view w = text::behind_conjunction(word(k));
  return w.size() > 2 && w.substr(0, 2) == "ب" && is_member_noun(w.substr(2)) && !inside_mention(k);
}

// «المدعومة بقوات صالح», «المدعومين من إيران», «الموالية لهادي», «بدعم من تركيا»:
// the backing word, then the preposition (glued, or «من»/«مع» on its own).
bool SentenceView::backs_side_before(const Participant& p) const {
  uint32_t i = p.lead;
  if (p.preposition == "ب" && i > s_.first_token && glued_to_members(i - 1)) --i;  // «مدعوما بمقاتلي X»
  // «برفقة الأمير X»: a word of company governs the companion directly.
  if (p.preposition.empty() && i > s_.first_token && is_company_word(word(i - 1))) return true;
  if (p.preposition == "من" || p.preposition == "مع") {
    if (i < s_.first_token + 2) return false;
    --i;  // the preposition's own word
  } else if (p.preposition != "ب" && p.preposition != "ل") {
    return false;
  }
  return i > s_.first_token && is_backing_word(word(i - 1));
}

// A body noun right before the adjective of origin at `nisba`, or one word before
// with an adjective between («معهد بحثي أميركي»), neither inside a mention.
bool SentenceView::body_named_before(uint32_t nisba) const {
  for (uint32_t back = 1; back <= 2 && nisba >= s_.first_token + back; ++back) {
    uint32_t k = nisba - back;
    if (token(k).kind != text::TokenKind::kWord || inside_mention(k)) return false;
    std::string_view w = text::behind_conjunction(word(k));
    if (is_body_noun(w) || is_body_noun(text::behind_glued_letter(w))) return true;  // «بالناقل الوطني اليوناني»
  }
  return false;
}

// Another side follows the name ending at `end`: one joined to it by و, or after «مع».
bool SentenceView::side_follows(uint32_t end) const {
  if (end >= s_.end_token) return false;
  std::string_view w = word(end);
  return w == "مع" || (w.substr(0, 2) == "و" && inside_mention(end)) ||
         (w == "و" && end + 1 < s_.end_token && inside_mention(end + 1));
}

// A plural of nationality that stands for people: indefinite («قطريين»,
// «أمريكيون») alone, or after a noun that is not of those who act for their state
// («مسؤولين أمريكيين», «جنود أتراك» act for it); definite, when counted.
bool SentenceView::people_of_state(const actors::Mention& m) const {
  if (m.end_token != m.first_token + 1) return false;
  std::string_view w = word(m.first_token).substr(m.proclitics.size());
  auto ends = [&](std::string_view e) { return w.size() >= e.size() + 6 && w.substr(w.size() - e.size()) == e; };
  if (!(ends("ين") || ends("ون"))) return false;
  // «التقى اللواء عددا من اليمنيين», «مئات من السوريين»: some of a state's people, counted.
  if (w.substr(0, 4) == "ال")
    return m.proclitics.empty() && m.first_token >= s_.first_token + 2 && word(m.first_token - 1) == "من" &&
           (token(m.first_token - 2).kind == text::TokenKind::kNumber ||
            is_count_word(text::behind_conjunction(word(m.first_token - 2))));
  if (m.first_token == s_.first_token) return true;
  std::string_view before = text::behind_conjunction(word(m.first_token - 1));
  return !is_agent_head(before) && !is_member_noun(before) && !inside_mention(m.first_token - 1);
}

// A person named right after the mention, with no conjunction or preposition
// on the name («والسعودي عادل الجبير»).
bool SentenceView::person_named_after(const actors::Mention& m, const actors::KnowledgeBase& kb,
                                      const EventInput& in) const {
  auto next = std::find_if(mentions_.begin(), mentions_.end(),
                           [&](const actors::Mention* o) { return o->first_token == m.end_token; });
  return next != mentions_.end() && (*next)->proclitics.empty() && type_of(**next, kb, in) == "person";
}

// A nationality adjective of an issue noun, right after it or after one more
// adjective («الأزمة السورية», «الملف النووي الإيراني»).
bool SentenceView::issue_adjective(const actors::Mention& m) const {
  uint32_t lead = std::min(m.lead_token, m.first_token);
  if (lead > s_.first_token && is_issue_noun(word(lead - 1))) return true;
  return lead > s_.first_token + 1 && is_definite_word(word(lead - 1)) && !inside_mention(lead - 1) &&
         is_issue_noun(word(lead - 2));
}

// A nationality adjective right after a named party, group or person, or after
// their other adjectives of that make («حزب ميرتس اليساري الإسرائيلي», «جماعة الإخوان المصرية»).
// Not after a place or a state (the region's: «بمحافظة تعز اليمنية» is Yemen's
// place, read by the clause), nor joined by و (another side: «الحوثيين والسعوديين»).
bool SentenceView::origin_of_name_before(const actors::Mention& m, const actors::KnowledgeBase& kb,
                                         const EventInput& in) const {
  constexpr uint32_t kAdjectives = 2;  // other adjectives between the name and this one
  if (!m.proclitics.empty() || participants_.empty()) return false;
  const actors::Mention& before = *participants_.back().mention;
  if (before.kind != "name" && before.kind != "short" && before.kind != "found") return false;
  std::string type = type_of(before, kb, in);
  if (type == "place" || type == "country") return false;
  uint32_t lead = std::min(m.lead_token, m.first_token);
  if (lead < before.end_token || lead - before.end_token > kAdjectives) return false;
  // The words between are adjectives of the same make («اليساري», «الشيعية»), not a
  // noun the adjective may be of («ندد لافروف بالمشروع الأميركي»).
  for (uint32_t i = before.end_token; i < lead; ++i) {
    std::string_view w = word(i);
    if (!w.starts_with("ال") || !(w.ends_with("ي") || w.ends_with("يه")) || inside_mention(i)) return false;
  }
  return true;
}

// The mention is what a person named just before it heads: «X أمير منطقة الرياض»,
// «X، أمير منطقة تبوك،».
bool SentenceView::in_role_of_name(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) const {
  uint32_t lead = std::min(m.lead_token, m.first_token);
  // «ميخائيل بوغدانوف المبعوث الخاص للرئيس الروسي»: a person glued to ل right
  // after the title of an envoy, an adviser or a spokesman is whom they serve
  // (not after any title: «استقبال الرئيس المصري لولي العهد» receives him).
  if ((m.proclitics == "ل" || m.proclitics == "لل") && type_of(m, kb, in) == "person")
    for (const actors::Mention* x : mentions_)
      if (x->end_token == lead && x->kind == "title" &&
          (x->role == "envoy" || x->role == "deputy_envoy" || x->role == "advisor" || x->role == "spokesman" ||
           x->role == "national_security_advisor"))
        return true;
  // «خالد مشعل رئيس المكتب السياسي لحماس»: the role head a few words before, none
  // of them a mention (a title the knowledge base resolves names a person of its
  // own), before a body or a state (a person's own title in a chain of titles,
  // «… النائب الثاني لرئيس مجلس الوزراء وزير الدفاع», is theirs).
  uint32_t head = lead;
  bool body = type_of(m, kb, in) != "person";
  while (body && head > s_.first_token && lead - head < kPhraseReach && !is_role_head(word(head - 1)) &&
         !is_clause_punctuation(word(head - 1)) && !inside_mention(head - 1) &&
         token(head - 1).kind == text::TokenKind::kWord)
    --head;
  if (head < s_.first_token + 2 || !is_role_head(word(head - 1))) return false;
  // «نائب رئيس المكتب السياسي»: the role's heads one after another.
  while (body && head > s_.first_token + 2 && is_role_head(word(head - 2))) --head;
  uint32_t name_end = head - 1;
  if (name_end > s_.first_token && (word(name_end - 1) == "،" || word(name_end - 1) == ",")) --name_end;
  for (const actors::Mention* x : mentions_) {
    if (x->end_token == name_end) return type_of(*x, kb, in) == "person";
  }
  return false;
}

// The mention is in the role phrase of a person named right after it, the
// phrase starting with a role head a few words before: «رئيس مجلس عشائر
// الأنبار، سالم الدليمي» (the person acts, not the province). The knowledge
// base's own titles mark such complements nested; this is for the phrases it
// does not know, before names the name finder found.
bool SentenceView::holder_named_after(const actors::Mention& m, const actors::KnowledgeBase& kb,
                                      const EventInput& in) const {
  constexpr uint32_t kRestReach = 8;    // words of the role phrase after the mention, up to its comma
  uint32_t lead = std::min(m.lead_token, m.first_token), after = m.end_token;
  auto is_comma = [&](uint32_t i) { return word(i) == "،" || word(i) == ","; };
  if (after < s_.end_token && is_comma(after)) {
    ++after;
  } else {
    // «منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف»:
    // the rest of the role phrase, then the holder set off by a comma.
    for (uint32_t i = after; i < s_.end_token && i < m.end_token + kRestReach; ++i) {
      if (is_comma(i)) {
        after = i + 1;
        break;
      }
      if (is_clause_punctuation(word(i)) || token(i).kind != text::TokenKind::kWord) break;
    }
  }
  // The name, with no proclitic, that token i opens.
  auto bare_name_at = [&](uint32_t i) {
    const actors::Mention* found = nullptr;
    for (const actors::Mention* x : mentions_)
      if (std::min(x->lead_token, x->first_token) == i && x->proclitics.empty()) found = x;
    return found;
  };
  const actors::Mention* holder = bare_name_at(after);
  // «ممثلة الأمين العام للأمم المتحدة في لبنان سيغريد كاغ»: where the office is
  // held («في» and the place) may stand between a title's role phrase and its holder.
  if (!holder && after == m.end_token && m.kind == "title" && after + 1 < s_.end_token && word(after) == "في") {
    auto place = std::find_if(mentions_.begin(), mentions_.end(),
                              [&](const actors::Mention* x) { return x->first_token == after + 1; });
    if (place != mentions_.end()) {
      std::string type = type_of(**place, kb, in);
      if (type == "place" || type == "country") holder = bare_name_at((*place)->end_token);
    }
  }
  // «مستشار وزير الدفاع البريطاني لشؤون الشرق الأوسط الفريق توماس بيكيت»: the
  // rest of the role phrase (its ل-complement), then the holder after his rank,
  // no comma between.
  if (!holder && after == m.end_token && after < s_.end_token && word(after).substr(0, 2) == "ل" &&
      type_of(m, kb, in) != "person")
    for (uint32_t i = after; i + 1 < s_.end_token && i < m.end_token + kRestReach; ++i) {
      if (is_clause_punctuation(word(i)) || token(i).kind != text::TokenKind::kWord) break;
      if (i > after && text::is_title_before_name(word(i))) {
        holder = bare_name_at(i) ? bare_name_at(i) : bare_name_at(i + 1);  // the rank read with the name, or not
        break;
      }
    }
  if (!holder || type_of(*holder, kb, in) != "person") return false;
  for (uint32_t i = lead; i-- > s_.first_token && lead - i <= kPhraseReach;) {
    // «المتحدث باسم الحكومة الأردنية محمد المومني», «المتحدث باسم مجلس قيادة
    // المقاومة الشعبية، علي الأحمدي»: a spokesman's phrase too.
    if (is_role_head(word(i)) || word(i) == "باسم") return true;
    if (is_clause_punctuation(word(i)) || inside_mention(i) || token(i).kind != text::TokenKind::kWord) return false;
  }
  return false;
}

// The type of the actor a mention names: the knowledge base's, or the one a
// document's new actor was given; "" when neither knows it.
std::string SentenceView::type_of(const actors::Mention& m, const actors::KnowledgeBase& kb, const EventInput& in) {
  if (const actors::Actor* a = kb.find(m.actor)) return a->type;
  if (in.new_actors)
    for (const actors::Actor& n : *in.new_actors)
      if (n.id == m.actor) return n.type;
  return "";
}

std::string_view SentenceView::word(uint32_t i) const { return in_.tokens[i].in(in_.normalized); }
const text::Token& SentenceView::token(uint32_t i) const { return in_.tokens[i]; }

const Participant* SentenceView::participant_at(uint32_t i) const {
  for (const Participant& p : participants_)
    if (p.mention->lead_token == i || p.mention->first_token == i) return &p;
  return nullptr;
}

const Participant* SentenceView::participant_covering(uint32_t i) const {
  for (const Participant& p : participants_)
    if (p.lead <= i && i < p.mention->end_token) return &p;
  return nullptr;
}

bool SentenceView::inside_mention(uint32_t i) const {
  auto it = std::upper_bound(mentions_.begin(), mentions_.end(), i,
                             [](uint32_t t, const actors::Mention* m) { return t < m->first_token; });
  return it != mentions_.begin() && i < (*(it - 1))->end_token;
}

uint32_t SentenceView::other_words_between(uint32_t a, uint32_t b) const {
  uint32_t n = 0;
  for (uint32_t i = a + 1; i < b && i < s_.end_token; ++i)
    if (token(i).kind == text::TokenKind::kWord && !time_tokens_[i] && !inside_mention(i) && word(i) != "و")
      ++n;
  return n;
}

bool SentenceView::punctuation_between(uint32_t a, uint32_t b) const { return any_between(punctuation_, a, b); }
bool SentenceView::complementizer_between(uint32_t a, uint32_t b) const { return any_between(complementizers_, a, b); }
bool SentenceView::relative_between(uint32_t a, uint32_t b) const { return any_between(relatives_, a, b); }

bool SentenceView::undergone_at(uint32_t i) const {
  constexpr uint32_t kReach = 10;  // the undergoer's phrase stands between
  for (uint32_t k = i; k-- > std::max(clause_start(i), i > kReach ? i - kReach : 0);) {
    if (is_clause_punctuation(word(k))) return false;
    std::string_view w = text::behind_conjunction(word(k));
    if (cue_lists().receiving_verbs.contains(w) || is_facing_verb(w)) return true;
  }
  return false;
}

uint32_t SentenceView::clause_start(uint32_t i) const {
  uint32_t start = s_.first_token;
  for (const auto* list : {&complementizers_, &relatives_, &openers_})
    for (uint32_t k : *list)
      if (k < i) start = std::max(start, k + 1);
  return start;
}

bool SentenceView::subordinate_clause(uint32_t i) const {
  uint32_t start = clause_start(i);
  return start > s_.first_token && (is_complementizer(word(start - 1)) || is_relative_pronoun(word(start - 1)));
}

bool SentenceView::reported_clause(uint32_t i) const {
  uint32_t start = clause_start(i);
  if (start == s_.first_token || !is_complementizer(word(start - 1))) return false;
  return start - 1 == s_.first_token || !is_temporal_before_complementizer(word(start - 2));
}

// «برئاسة X», «بقيادة X», and across the title of X's name («برئاسة وزير
// الخارجية السعودي عادل الجبير»: a role head, its definite complement, the
// adjective of its state), but across nothing else («بقيادة السعودية وقصفت
// الحوثيين»: the Houthis are not led).
bool SentenceView::heads_side_before(uint32_t lead) const {
  for (uint32_t j = lead; j > s_.first_token && lead - j < 5; --j) {
    std::string_view w = word(j - 1);
    if (is_heading_word(w)) return true;
    bool adjective = false;
    for (const actors::Mention* m : mentions_)
      adjective |= m->first_token <= j - 1 && j - 1 < m->end_token && (m->kind == "nested" || m->kind == "nisba");
    bool title = is_role_head(w) || (j >= s_.first_token + 2 && is_role_head(word(j - 2)) && w.substr(0, 4) == "ال");
    if (!adjective && !title) return false;
  }
  return false;
}

// A place named as where something happens, not as what is acted on: «في
// مأرب», «بمدينة عدن», «داخل الأراضي التركية», «شرقي الرمادي», «قرب حلب».
bool SentenceView::locative(const Participant& p) const {
  if (p.preposition == "في" || p.preposition == "ب") return true;
  if (p.lead <= s_.first_token) return false;
  std::string_view before = word(p.lead - 1);
  if (before.size() > 2 && (before.substr(0, 2) == "و" || before.substr(0, 2) == "ف")) before.remove_prefix(2);
  if (is_direction(before) || is_location_word(before)) return true;
  // «غارات على مواقع للمتمردين شمال العراق»: a place named by its direction right
  // after a common noun says where that is (after a name or the verb it may be
  // what is struck: «قصفت الطائرات شمال العراق»; after a noun glued to a
  // preposition and in construct, it is that noun's genitive: «حظر التجوال بمدن شمال سيناء»).
  if (p.preposition.empty() && p.place && is_direction(word(p.mention->first_token)) && !inside_mention(p.lead - 1) &&
      token(p.lead - 1).kind == text::TokenKind::kWord && !is_clause_punctuation(before)) {
    std::string_view noun = text::behind_conjunction(word(p.lead - 1));
    if (glued_preposition(noun).empty() || is_definite_word(noun)) return true;
  }
  // «الحدود الشمالية مع لبنان», «على حدودها مع سوريا»: the state a border is
  // with says where the border is.
  if (p.preposition == "مع")
    for (uint32_t j = p.lead - 1; j-- > s_.first_token && j + 3 >= p.lead;)
      if (is_border_word(word(j))) return true;
  // «القرى اليمنية مع الحدود السعودية», «على حدود تركيا»: the state whose border it is says where.
  if (is_border_word(before)) return true;
  // «داخل الأراضي التركية», «في الأجواء السورية»: a state's ground after where.
  if (is_territory_noun(before) && p.lead > s_.first_token + 1) {
    std::string_view two = word(p.lead - 2);
    return two == "في" || is_location_word(two) || is_direction(two);
  }
  return false;
}

// The preposition governing a mention: glued to its phrase's first word
// (بحفتر → ب, وللأمم → ل), or the word before the phrase (مع حفتر → مع).
std::string SentenceView::preposition_of(const actors::Mention& m) const {
  std::string_view prefix = text::behind_conjunction(m.proclitics);
  // «مواقع للحوثيين», «مقرا للجيش»: the ل of belonging after what is struck or
  // held makes its owner the genitive, as «مواقع الحوثيين» would; so does
  // «على مواقع للحوثيين» the owner «على»'s, as «على مواقع الحوثيين» would
  // (not «في»'s: where a strike fell names whose positions they are).
  auto held_by = [&](uint32_t noun) -> std::string {
    if (noun <= s_.first_token) return "";
    std::string_view before = text::behind_conjunction(word(noun - 1));
    return is_preposition(before) && before != "في" ? std::string(before) : "";
  };
  // So does the ل after members or a cell of a group: «خلية لتنظيم داعش», «عناصر للحوثيين».
  if (prefix.substr(0, 2) == "ل" && m.lead_token > s_.first_token &&
      (is_held_noun(word(m.lead_token - 1)) || is_member_noun(word(m.lead_token - 1))))
    return held_by(m.lead_token - 1);
  // «على موقعين تابعين لحماس», «مسلحين تابعين لحزب»: the same through «تابع».
  if (prefix.substr(0, 2) == "ل" && m.lead_token > s_.first_token + 1 && is_belonging_word(word(m.lead_token - 1)) &&
      (is_held_noun(word(m.lead_token - 2)) || is_member_noun(word(m.lead_token - 2))))
    return held_by(m.lead_token - 2);
  if (prefix.substr(0, 2) == "ب" || prefix.substr(0, 2) == "ل" || prefix.substr(0, 2) == "ك")
    return std::string(prefix.substr(0, 2));
  uint32_t lead = m.lead_token;
  // A name in quote marks is read as if they were not there: «من معاقل «داعش»».
  while (lead > s_.first_token + 1 && text::is_quote_mark(word(lead - 1))) --lead;
  if (lead > s_.first_token) {
    std::string_view before = word(lead - 1);
    if (is_preposition(before)) return std::string(before);
    // «عشية اجتماعات الدوحة», «غداة لقاء الرياض»: a time adverb and its noun
    // date the clause; the name in them is governed as by a preposition.
    if (is_time_adverb(before)) return std::string(before);
    if (lead > s_.first_token + 1 && is_time_adverb(word(lead - 2)) && !inside_mention(lead - 1) &&
        token(lead - 1).kind == text::TokenKind::kWord)
      return std::string(word(lead - 2));
    // «قصفت … في معاقل داعش»: where the strike fell names whose strongholds they
    // are, the genitive of «في»'s place («على مواقع X» keeps its «على»: the target's).
    if (is_held_noun(before) && lead > s_.first_token + 1 && word(lead - 2) == "في") return "";
    // «ضربات لنحو 13 موقعا من معاقل داعش»: some positions of the strongholds are
    // still the group's, as «مواقع داعش» would be.
    if (is_held_noun(before) && lead > s_.first_token + 2 && word(lead - 2) == "من" && is_held_noun(word(lead - 3)))
      return "";
    // A preposition glued to a conjunction: ومع، وضد، وعلى.
    if (before.size() > 2 && (before.substr(0, 2) == "و" || before.substr(0, 2) == "ف") && is_preposition(before.substr(2)))
      return std::string(before.substr(2));
    // «إلى مدينة عدن», «على مواقع تنظيم داعش»: a noun without the article between
    // the preposition and the name, which is its genitive.
    // Not through a light verbal noun: «عن إجراء ترامب اتصالا» — its genitive is its
    // agent; nor through a complementizer: «أشار إلى أن X أجرى» opens X's clause.
    auto construct_noun = [&](uint32_t k) {
      std::string_view w = word(k);
      return is_place_noun(w) || (w.substr(0, 4) != "ال" && !inside_mention(k) &&
                                  token(k).kind == text::TokenKind::kWord && !is_preposition(w) &&
                                  !is_light_verbal_noun(w) && !is_complementizer(w));
    };
    if (construct_noun(lead - 1) && lead > s_.first_token + 1) {
      std::string_view two = word(lead - 2);
      if (is_preposition(two)) return std::string(two);
    }
    // «مع وزراء خارجية دول مجلس التعاون», «مع ممثلي فصائل المعارضة»: the people of
    // a body, named by a chain of nouns each the head of the next, are the body.
    constexpr uint32_t kChain = 3;
    for (uint32_t k = lead - 1; k > s_.first_token + 1 && lead - k < kChain && construct_noun(k) && construct_noun(k - 1); --k)
      if (is_preposition(word(k - 2)) && word(k - 2) != "من" && (is_role_head(word(k - 1)) || is_member_noun(word(k - 1))))
        return std::string(word(k - 2));  // not «من»: «ثلاثة من زعماء جماعة حزب الله» are counted
    // «بمدينة سوروتش», «لمدينة عدن», «لجمهورية مصر»: the preposition glued to the
    // place noun, or to the word for a state right before its name (not «لدولة
    // رئيس الوزراء», the honorific of a title).
    if (before.size() > 2 && (before.substr(0, 2) == "ب" || before.substr(0, 2) == "ل") &&
        (is_place_noun(before.substr(2)) || (text::is_state_noun(before.substr(2)) && m.lead_token == m.first_token)))
      return std::string(before.substr(0, 2));
    // «مدعوما بمقاتلي المقاومة الشعبية»: so is ب glued to the backing group's members
    // (not «مقرات خاصة بقوات الحرس الجمهوري», whose ب is the owner's).
    if (glued_to_members(lead - 1) && lead > s_.first_token + 1 && is_backing_word(word(lead - 2))) return "ب";
    // An adjective of nationality is governed with the noun it describes, one
    // or two words back: «على السفارة السعودية», «بالقوات الجوية المصرية». A
    // country named like its adjective (السعودية) is one after a definite
    // feminine noun.
    std::string_view first = word(m.first_token);
    bool adjective = m.kind == "nisba" || (first.substr(0, 4) == "ال" && before.substr(0, 4) == "ال" &&
                                           before.size() > 2 && before.substr(before.size() - 2) == "ه" &&
                                           !inside_mention(lead - 1));
    if (adjective)
      for (uint32_t k = lead; k > s_.first_token && lead - k < 2;) {
        std::string_view head = word(--k);
        if (inside_mention(k) || token(k).kind != text::TokenKind::kWord || is_preposition(head)) break;
        if (head.size() > 6 && (head.substr(0, 6) == "بال" || head.substr(0, 4) == "لل")) return std::string(head.substr(0, 2));
        if (k > s_.first_token && is_preposition(word(k - 1))) return std::string(word(k - 1));
      }
  }
  return "";
}

}  // namespace marsad::events
