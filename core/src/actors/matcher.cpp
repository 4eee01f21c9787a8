#include "actors/matcher.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text/phrase_trie.h"
#include "text/word_forms.h"
#include "util/hash_map64.h"

namespace marsad::actors {
namespace {

// A phrase of the lexicon found at a token range.
using Raw = text::PhraseMatch;

constexpr size_t kMaxNameWords = 3;   // an unknown name after a title: at most this many words
constexpr size_t kMaxQuotedWords = 4; // …or this many inside quotes

bool is_quote(std::string_view w) {
  return w == "\"" || w == "«" || w == "»" || w == "“" || w == "”" || w == "„" || w == "'" || w == "‘" ||
         w == "’";
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Role titles that a bare "رئيس" (head) stands for once its organization is known.
bool title_matches(std::string_view wanted, std::string_view role) {
  if (wanted == role) return true;
  if (wanted == "head")
    return role == "head_of_state" || role == "head_of_government" || role == "speaker" ||
           role == "secretary_general" || role == "commander";
  return false;
}

class Matcher {
 public:
  Matcher(const MatchInput& in, const text::WordForms& forms, const KnowledgeBase& kb, const Lexicon& lex)
      : in_(in), forms_(forms), kb_(kb), lex_(lex) {}

  ActorMatches run() {
    find_raw();
    collect_named();
    for (size_t k = 0; k < raw_.size();) k = resolve(k);
    add_new_actor_short_forms();
    std::sort(out_.mentions.begin(), out_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
    return std::move(out_);
  }

 private:
  std::string_view word(uint32_t i) const { return in_.tokens[i].in(in_.normalized); }
  const Actor& actor(uint32_t index) const { return kb_.actors()[index]; }

  // --- Phase 1: the longest lexicon phrase at each position ----------------
  void find_raw() {
    const auto& tokens = in_.tokens;
    for (uint32_t i = 0; i < tokens.size();) {
      Raw r;
      if (tokens[i].kind == text::TokenKind::kWord && text::longest_match(lex_.trie(), forms_, in_.normalized, tokens, i, r)) {
        raw_.push_back(r);
        i = r.end;
      } else {
        ++i;
      }
    }
  }

  // Actors named unambiguously anywhere in the document: context for generic
  // names and for ambiguous ones.
  void collect_named() {
    for (const Raw& r : raw_) {
      const auto& entries = lex_.entries(r.node);
      std::unordered_set<uint32_t> actors;
      for (const Entry& e : entries)
        if (e.kind == EntryKind::kName || e.kind == EntryKind::kNisba || e.kind == EntryKind::kDescription)
          actors.insert(e.target);
      if (actors.size() != 1) continue;
      uint32_t a = *actors.begin();
      named_.insert(actor(a).id);
      if (!actor(a).state.empty()) named_.insert(actor(a).state);
      if (!actor(a).affiliation.empty()) named_.insert(actor(a).affiliation);
    }
  }

  bool has_word(std::string_view w) {
    if (doc_words_.size() == 0) {
      for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
        doc_words_.insert(forms_.hash(i), 1);
        for (const text::ProcliticForm& f : forms_.proclitic_forms(i)) doc_words_.insert(f.hash, 1);
      }
    }
    return doc_words_.contains(text::PhraseTrie::hash(w));
  }

  // Evidence in the document for reading a phrase as this actor.
  int support(uint32_t a) {
    const Actor& x = actor(a);
    int score = 0;
    if (named_.count(x.id)) score += 2;
    if (!x.state.empty() && named_.count(x.state)) score += 1;
    if (!x.affiliation.empty() && named_.count(x.affiliation)) score += 1;
    for (const std::string& c : lex_.context(a)) score += has_word(c);
    return score;
  }

  // The entry to use among several for one phrase; nullptr when the context
  // does not decide.
  const Entry* choose(const std::vector<Entry>& entries, EntryKind kind) {
    const Entry* best = nullptr;
    int best_score = -1;
    bool tie = false;
    for (const Entry& e : entries) {
      if (e.kind != kind) continue;
      int s = support(e.target);
      if (s > best_score) { best = &e; best_score = s; tie = false; }
      else if (s == best_score) tie = true;
    }
    if (tie) return nullptr;
    return best;
  }

  const Entry* find_kind(const std::vector<Entry>& entries, EntryKind kind) {
    int count = 0;
    for (const Entry& e : entries) count += e.kind == kind;
    if (count == 0) return nullptr;
    if (count == 1)
      for (const Entry& e : entries)
        if (e.kind == kind) return &e;
    return choose(entries, kind);
  }

  // Records a mention. `lead` is where its phrase starts (a title before the
  // name); the proclitics glued to that first word travel with the mention.
  void emit(uint32_t first, uint32_t end, const std::string& id, const char* kind, std::string role = "",
            std::string role_of = "", int64_t lead = -1) {
    uint32_t lead_token = lead >= 0 ? static_cast<uint32_t>(lead) : first;
    std::string proclitics;
    auto it = std::lower_bound(raw_.begin(), raw_.end(), lead_token,
                               [](const Raw& r, uint32_t f) { return r.first < f; });
    if (it != raw_.end() && it->first == lead_token) proclitics = word(lead_token).substr(0, it->prefix_bytes);
    out_.mentions.push_back({first, end, id, kind, std::move(role), std::move(role_of), std::move(proclitics), lead_token});
    seen_.insert(id);
  }

  // True when the raw match at k is preceded by a word that makes a city a
  // destination or location (في، إلى، من، or ب/ل glued to it).
  bool locative(const Raw& r) const {
    if (r.prefix_bytes) {
      std::string_view w = word(r.first);
      std::string_view p = w.substr(0, r.prefix_bytes);
      if (p.find("ب") != std::string_view::npos || p.find("ل") != std::string_view::npos) return true;
    }
    if (r.first == 0) return false;
    std::string_view prev = word(r.first - 1);
    return prev == "في" || prev == "الي" || prev == "من" || prev == "نحو" || prev == "عبر" || prev == "داخل";
  }

  // --- Phase 2: resolve each match; returns the next match index ----------
  size_t resolve(size_t k) {
    const Raw& r = raw_[k];
    const auto& entries = lex_.entries(r.node);
    if (const Entry* t = find_kind(entries, EntryKind::kTitle)) {
      bool other = false;  // a name entry of the same phrase wins over a title (اللواء السابع)
      for (const Entry& e : entries) other |= e.kind == EntryKind::kName;
      if (!other) return resolve_title(k, lex_.titles()[t->target]);
    }
    if (const Entry* e = find_kind(entries, EntryKind::kName)) {
      const Actor& a = actor(e->target);
      // A city that is also a capital: the government unless it is a destination.
      const Entry* m = find_kind(entries, EntryKind::kMetonym);
      if (m && !locative(r)) emit(r.first, r.end, actor(m->target).id, "metonym");
      else emit(r.first, r.end, a.id, "name");
      return k + 1;
    }
    if (const Entry* e = find_kind(entries, EntryKind::kMetonym)) {
      emit(r.first, r.end, actor(e->target).id, "metonym");
      return k + 1;
    }
    if (const Entry* e = find_kind(entries, EntryKind::kDescription)) {
      emit(r.first, r.end, actor(e->target).id, "description");
      return k + 1;
    }
    if (const Entry* e = find_kind(entries, EntryKind::kNisba)) {
      emit(r.first, r.end, actor(e->target).id, "nisba");
      return k + 1;
    }
    if (const Entry* e = find_kind(entries, EntryKind::kShort)) {
      if (seen_.count(actor(e->target).id)) emit(r.first, r.end, actor(e->target).id, "short");
      return k + 1;
    }
    if (const Entry* e = find_kind(entries, EntryKind::kGeneric)) {
      if (support(e->target) > 0) emit(r.first, r.end, actor(e->target).id, "name");
      return k + 1;
    }
    return k + 1;
  }

  // The actor a raw match names as an organization or country complement of
  // a title ("الناطق باسم الجيش", "السفير البريطاني", "رئيس حكومة الوفاق").
  const Actor* complement(const Raw& r, bool* is_nisba) {
    const auto& entries = lex_.entries(r.node);
    *is_nisba = false;
    if (const Entry* e = find_kind(entries, EntryKind::kNisba)) { *is_nisba = true; return &actor(e->target); }
    for (EntryKind kind : {EntryKind::kName, EntryKind::kDescription, EntryKind::kGeneric, EntryKind::kMetonym}) {
      const Entry* e = find_kind(entries, kind);
      if (!e) continue;
      const Actor& a = actor(e->target);
      if (kind == EntryKind::kGeneric && support(e->target) == 0) continue;
      if (a.type != "person" && a.type != "place") return &a;
    }
    return nullptr;
  }

  const Actor* person_at(const Raw& r) {
    const auto& entries = lex_.entries(r.node);
    if (const Entry* e = find_kind(entries, EntryKind::kName); e && actor(e->target).type == "person")
      return &actor(e->target);
    if (const Entry* e = find_kind(entries, EntryKind::kShort); e && seen_.count(actor(e->target).id))
      return &actor(e->target);
    return nullptr;
  }

  size_t resolve_title(size_t k, const Title& title) {
    const Raw& t = raw_[k];
    uint32_t pos = t.end;
    std::string of = title.of, at;
    size_t next = k + 1;
    // Complements: a nisba, an organization, "لدى/في X" (the posting), "باسم X".
    for (int guard = 0; guard < 3 && next < raw_.size(); ++guard) {
      uint32_t skip = pos;
      bool posting = false;
      if (skip < in_.tokens.size()) {
        std::string_view w = word(skip);
        if (w == "لدي" || w == "في" || w == "الي") { posting = true; ++skip; }
        else if (w == "باسم") ++skip;
      }
      if (raw_[next].first != skip) break;
      bool nisba = false;
      const Actor* c = complement(raw_[next], &nisba);
      if (!c) break;
      if (posting) {
        if (c->type != "country" && c->type != "place") break;
        at = c->type == "country" ? c->id : kb_.state_of(c->id);
      } else {
        if (!of.empty() && c->type == "country" && !at.empty()) break;
        if (of.empty()) of = c->id;
        else if (c->type == "country") at = c->id;  // "المبعوث الأممي إلى ليبيا" reads "إلى"
        else break;
      }
      pos = raw_[next].end;
      ++next;
    }
    std::string role = title.title.empty() ? title.rank : title.title;
    // A name after the title, possibly after a comma or an opening quote.
    uint32_t name_at = pos;
    if (name_at < in_.tokens.size() && (word(name_at) == "،" || word(name_at) == "," || is_quote(word(name_at))))
      ++name_at;
    if (next < raw_.size() && raw_[next].first == name_at) {
      if (const Actor* p = person_at(raw_[next])) {
        // The complements describe the person's role (kept in role_of), not separate actors.
        emit(raw_[next].first, raw_[next].end, p->id, seen_.count(p->id) && !is_full_name(raw_[next]) ? "short" : "name",
             role, of, t.first);
        return next + 1;
      }
    }
    if (uint32_t end = unknown_name(name_at, next < raw_.size() ? raw_[next].first : in_.tokens.size()); end > name_at) {
      std::string id = new_person(name_at, end, role, of);
      emit(name_at, end, id, "name", role, of, t.first);
      return next;
    }
    // No name: the role phrase itself may designate one person at this date;
    // else it stands for the state or organization it names ("السفير البريطاني").
    if (const Actor* p = holder(title.title, of, at)) {
      emit(t.first, pos, p->id, "title", role, of);
      return next;
    }
    if (next > k + 1 && !of.empty() && kb_.find(of)) {
      emit(t.first, pos, of, "role", role, of);
      return next;
    }
    emit_complements(k + 1, next);
    return next;
  }

  bool is_full_name(const Raw& r) {
    for (const Entry& e : lex_.entries(r.node))
      if (e.kind == EntryKind::kName) return true;
    return false;
  }

  void emit_complements(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) resolve(i);
  }

  // The one person holding `title` of `of` (at `at`) on the document date.
  const Actor* holder(const std::string& title, const std::string& of, const std::string& at) {
    if (title.empty() || in_.date.empty() || (of.empty() && at.empty())) return nullptr;
    const Actor* found = nullptr;
    for (const Actor& a : kb_.actors()) {
      if (a.type != "person") continue;
      for (const Role& r : a.roles) {
        if (!title_matches(title, r.title)) continue;
        bool of_ok = of.empty() || r.of == of || kb_.state_of(r.of) == of;
        bool at_ok = at.empty() || r.at == at;
        if (!of_ok || !at_ok || !date_within(in_.date, r.from, r.to)) continue;
        if (found && found != &a) return nullptr;  // not unique
        found = &a;
      }
    }
    return found;
  }

  // End of an unknown name starting at `first` (before `limit`), or `first`.
  // Taken as a name when quoted, or when it starts with a known given name.
  uint32_t unknown_name(uint32_t first, size_t limit) {
    const auto& tokens = in_.tokens;
    if (first >= tokens.size()) return first;
    bool quoted = first > 0 && is_quote(word(first - 1));
    if (!quoted && !starts_like_a_name(word(first))) return first;
    size_t max_words = quoted ? kMaxQuotedWords : kMaxNameWords;
    uint32_t end = first;
    for (uint32_t i = first; i < tokens.size() && i < limit && end - first < max_words; ++i) {
      const text::Token& tok = tokens[i];
      std::string_view w = word(i);
      if (tok.kind != text::TokenKind::kWord || !tok.arabic || w.size() < 4) break;
      if (lex_.is_function_word(w)) break;
      if (i > first && tokens[i].paragraph_start) break;
      end = i + 1;
      if (!quoted && i > first && starts_with(w, "ال")) break;  // a family name with the article ends it
    }
    if (end - first == 1 && !quoted) return first;  // a given name alone is too weak a signal
    return end;
  }

  bool starts_like_a_name(std::string_view w) const {
    return lex_.is_given_name(w) || starts_with(w, "عبد") || starts_with(w, "ابو");
  }

  std::string new_person(uint32_t first, uint32_t end, const std::string& role, const std::string& of) {
    std::string name;
    for (uint32_t i = first; i < end; ++i) {
      if (!name.empty()) name += ' ';
      name += word(i);
    }
    std::string last(word(end - 1));
    // The same person spelled two ways in one text: same family name and role.
    for (const Actor& a : out_.new_actors)
      if (!a.roles.empty() && a.roles[0].title == role && a.roles[0].of == of && a.short_forms.size() == 1 &&
          a.short_forms[0] == last)
        return a.id;
    std::string id = "new:" + name;
    for (char& c : id)
      if (c == ' ') c = '_';
    for (const Actor& a : out_.new_actors)
      if (a.id == id) return id;
    Actor a;
    a.id = id;
    a.type = "person";
    a.name_ar = name;
    a.in_kb = false;
    a.short_forms = {last};
    a.roles.push_back({role, of, "", "", "", ""});
    out_.new_actors.push_back(std::move(a));
    return id;
  }

  // Later bare mentions of a new person's family name.
  void add_new_actor_short_forms() {
    if (out_.new_actors.empty()) return;
    std::vector<bool> covered(in_.tokens.size(), false);
    std::unordered_map<std::string_view, size_t> first_seen;
    for (const Mention& m : out_.mentions) {
      for (uint32_t i = m.first_token; i < m.end_token; ++i) covered[i] = true;
      first_seen.emplace(m.actor, m.first_token);
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
      if (a.short_forms.empty() || a.short_forms[0].size() < 6) continue;
      auto seen = first_seen.find(a.id);
      by_short[a.short_forms[0]].push_back({k, seen == first_seen.end() ? 0 : seen->second});
    }
    if (by_short.empty()) return;
    for (uint32_t i = 0; i < in_.tokens.size(); ++i) {
      if (covered[i] || in_.tokens[i].kind != text::TokenKind::kWord) continue;
      std::string_view w = word(i);
      // The word itself, or behind one proclitic letter (وحفتر، لحفتر).
      const Candidate* best = nullptr;
      size_t prefix = 0;
      auto consider = [&](std::string_view form, size_t bytes) {
        auto it = by_short.find(form);
        if (it == by_short.end()) return;
        for (const Candidate& c : it->second)
          if (c.from <= i && (!best || c.actor < best->actor)) { best = &c; prefix = bytes; break; }
      };
      consider(w, 0);
      if (w.size() > 2 && (starts_with(w, "و") || starts_with(w, "ف") || starts_with(w, "ب") || starts_with(w, "ل")))
        consider(w.substr(2), 2);
      if (best)
        out_.mentions.push_back({i, i + 1, out_.new_actors[best->actor].id, "short", "", "",
                                 std::string(w.substr(0, prefix)), i});
    }
  }

  const MatchInput& in_;
  const text::WordForms& forms_;
  const KnowledgeBase& kb_;
  const Lexicon& lex_;
  std::vector<Raw> raw_;
  std::unordered_set<std::string> named_;
  std::unordered_set<std::string> seen_;
  util::HashMap64 doc_words_;  // hashes of the words and their stems behind proclitics (as keys)
  ActorMatches out_;
};

// Compares ISO dates at the precision they share.
int compare_dates(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

}  // namespace

bool date_within(std::string_view date, std::string_view from, std::string_view to) {
  if (date.empty()) return false;
  if (!from.empty() && compare_dates(date, from) < 0) return false;
  if (!to.empty() && compare_dates(date, to) > 0) return false;
  return true;
}

ActorMatches match_actors(const MatchInput& in, const KnowledgeBase& kb, const Lexicon& lexicon) {
  if (in.forms) return Matcher(in, *in.forms, kb, lexicon).run();
  text::WordForms forms(in.normalized, in.tokens);
  return Matcher(in, forms, kb, lexicon).run();
}

}  // namespace marsad::actors
