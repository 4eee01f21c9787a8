// A state's people named by what they do or what befell them, as CAMEO's
// sector codes name them: «اعتصم عدد من المعلمين الإيرانيين» is Teachers and
// students (Iran), «رجل أعمال في لبنان» Business people (Lebanon), «أبناء
// قبائل مأرب» the Tribes (Yemen). The group is an actor of its own (id
// group:<group>:<state>), not its state: the teachers who protest are not
// Iran. Without a state named right after it the group is nobody.
#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "actors/matcher_impl.h"
#include "text/clitics.h"
#include "text/place_nouns.h"

namespace marsad::actors {
namespace {

// The state a name gives a group: the state's own, or a place's state.
std::string state_named(const Actor& a) { return a.type == "country" ? a.id : a.type == "place" ? a.state : ""; }

}  // namespace

bool Matcher::resolve_group(size_t k, size_t& next) {
  const Raw& r = raw_[k];
  const auto& own = lex_.entries(r.node);
  const Entry* group = find_kind(own, EntryKind::kGroup);
  if (!group || k + 1 >= raw_.size()) return false;
  const Raw& after = raw_[k + 1];
  // The state: its adjective right after («المعلمين الإيرانيين»), or a state or
  // a place of one, right after or behind في/من or a place noun.
  uint32_t gap = after.first - r.end;
  const Group& g = lex_.groups()[group->target];
  bool linked = gap == 0 || (gap == 1 && ((word(r.end) == "في" && !g.in_is_not_of) || word(r.end) == "من" ||
                                          text::is_place_noun(word(r.end))));
  if (!linked || after.prefix_bytes != 0) return false;
  const auto& entries = lex_.entries(after.node);
  const Entry* named = nullptr;  // the state's adjective or the state's or place's name
  std::string state_id;
  if (const Entry* n = gap == 0 ? find_kind(entries, EntryKind::kNisba) : nullptr; n && actor(n->target).type == "country") {
    named = n;
    state_id = actor(n->target).id;
  } else if (const Entry* n = find_kind(entries, EntryKind::kName)) {
    named = n;
    state_id = state_named(actor(n->target));
  }
  if (state_id.empty() || !kb_.find(state_id)) return false;

  // What counts or names its members, before it: «عدد من», «آلاف», «نحو 500», «أبناء».
  uint32_t first = r.first;
  if (r.prefix_bytes == 0 && first > 0) {
    std::string_view before = word(first - 1);
    if (before == "من" && first >= 2 && lex_.is_group_quantifier(word(first - 2))) first -= 2;
    else if (lex_.is_group_quantifier(before) || lex_.is_group_member_word(before) ||
             in_.tokens[first - 1].kind == text::TokenKind::kNumber)
      first -= 1;
    if (first < r.first && first > 0 && (word(first - 1) == "نحو" || word(first - 1) == "حوالي")) first -= 1;
  }
  // «نقابة المعلمين الأردنيين», «ونقابة …»: a body's name, not the group.
  if (first > 0 && (lex_.is_body_noun(word(first - 1)) || lex_.is_body_noun(text::behind_glued_letter(word(first - 1)))))
    return false;
  emit(first, after.end, group_actor(g, state_id), "group", g.id, state_id);
  emit(after.first, after.end, actor(named->target).id, "nested");
  next = k + 2;
  // «الأكراد في العراق وسوريا»: a state joined by و right after is the same
  // people's in that state too, not the state.
  if (k + 2 < raw_.size() && raw_[k + 2].first == after.end && word(raw_[k + 2].first).substr(0, 2) == "و") {
    const auto& joined = lex_.entries(raw_[k + 2].node);
    if (const Entry* n = find_kind(joined, EntryKind::kName)) {
      const Actor& a = actor(n->target);
      std::string other = state_named(a);
      if (!other.empty() && kb_.find(other)) {
        emit(raw_[k + 2].first, raw_[k + 2].end, group_actor(g, other), "group", g.id, other);
        emit(raw_[k + 2].first, raw_[k + 2].end, a.id, "nested");
        next = k + 3;
      }
    }
  }
  return true;
}

// The group's actor in that state, made once per document: id group:<group>:<state>.
std::string Matcher::group_actor(const Group& g, const std::string& state_id) {
  std::string id = "group:" + g.id + ":" + state_id;
  for (const Actor& a : out_.new_actors)
    if (a.id == id) return id;
  const Actor* s = kb_.find(state_id);
  Actor a;
  a.id = id;
  a.type = "group";
  a.name_ar = g.name_ar + " (" + s->name_ar + ")";
  a.name_en = g.name_en + " (" + (s->name_en.empty() ? s->name_ar : s->name_en) + ")";
  a.state = state_id;
  a.sector = g.id;
  a.in_kb = false;
  out_.new_actors.push_back(std::move(a));
  return id;
}

}  // namespace marsad::actors
