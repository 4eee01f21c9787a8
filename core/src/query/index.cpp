#include "query/index.h"

#include <algorithm>
#include <map>

#include "events/cameo.h"
#include "time/date_value.h"
#include "util/hash.h"

namespace marsad::query {
namespace {

constexpr int kInheritedReachDays = 31;  // a report dated only by its article: within a month before it

int64_t serial_of(std::string_view iso, bool last) {
  time::DateValue d = time::DateValue::parse(iso);
  if (!d.known()) return 0;
  return (last ? d.last_day() : d.first_day()).serial();
}

// Two reports of one event agree on when it happened: dates equal at their
// shared precision, or a report dated only by its article (its date, or the
// day its story is at) is at most a month after the other's date.
bool dates_compatible(const analysis::EventRef& a, const analysis::EventRef& b) {
  if (a.date.empty() || b.date.empty()) return a.date.empty() && b.date.empty();
  if (same_at_shared_precision(a.date, b.date)) return true;
  auto inherited_covers = [](const analysis::EventRef& inh, const analysis::EventRef& other) {
    if (!inh.date_inherited && !inh.date_from_context) return false;
    int64_t gap = serial_of(inh.date, true) - serial_of(other.date, false);
    return gap >= 0 && gap <= kInheritedReachDays;
  };
  return inherited_covers(a, b) || inherited_covers(b, a);
}

}  // namespace

bool same_at_shared_precision(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  return n > 0 && a.substr(0, n) == b.substr(0, n);
}

Placement place_document(const Document& doc, const analysis::DocumentAnalysis& a) {
  Placement p;
  if (!doc.date.empty()) {
    p.date = doc.date;
    return p;
  }
  if (!a.has_window) return p;
  p.window_from = a.window.from;
  p.window_to = a.window.to;
  if (a.window.from.empty() || a.window.to.empty()) return p;
  int64_t from = serial_of(a.window.from, false), to = serial_of(a.window.to, true);
  if (to - from <= kMaxPlacedWindowDays) {
    p.date = time::DateValue::from_serial((from + to) / 2).coarsened(time::Precision::kMonth).format();
    p.approximate = true;
  }
  return p;
}

CorpusIndex::CorpusIndex(QueryContext c) : c_(c) {
  for (const auto& a : c_.analyses)
    for (const auto& n : a.new_actors) found_.emplace(n.id, &n);
  build_clusters();
}

std::string CorpusIndex::name(const std::string& id) const {
  if (const actors::Actor* a = c_.kb.find(id)) return a->name_ar.empty() ? a->name_en : a->name_ar;
  auto it = found_.find(id);
  return it == found_.end() ? id : it->second->name_ar;
}

std::string CorpusIndex::type(const std::string& id) const {
  if (const actors::Actor* a = c_.kb.find(id)) return a->type;
  auto it = found_.find(id);
  return it == found_.end() || it->second->type.empty() ? "person" : it->second->type;
}

const std::unordered_set<std::string>& CorpusIndex::camp(const std::string& id) const {
  auto it = camps_.find(id);
  if (it != camps_.end()) return it->second;
  std::unordered_set<std::string> camp{id};
  const actors::Actor* self = c_.kb.find(id);
  std::vector<std::string> heads{id};
  // A person who commands or heads an organization brings it along.
  if (self && self->type == "person")
    for (const actors::Role& r : self->roles)
      if ((r.title == "commander" || r.title == "head") && r.to.empty() && !r.of.empty()) heads.push_back(r.of);
  for (const std::string& h : heads) camp.insert(h);
  // Everything whose state or affiliation chain reaches one of the heads.
  for (const actors::Actor& a : c_.kb.actors()) {
    const actors::Actor* x = &a;
    for (int depth = 0; x && depth < 6; ++depth) {
      bool reaches = false;
      for (const std::string& h : heads) reaches |= x->state == h || x->affiliation == h;
      if (reaches) { camp.insert(a.id); break; }
      x = c_.kb.find(x->affiliation);
    }
  }
  // Persons found in text with a role of a camp member.
  for (const auto& an : c_.analyses)
    for (const auto& n : an.new_actors)
      for (const auto& r : n.roles)
        if (camp.count(r.of)) camp.insert(n.id);
  return camps_.emplace(id, std::move(camp)).first->second;
}

void CorpusIndex::build_clusters() {
  // Bucket reports by CAMEO family so only plausible pairs are compared.
  // An event with a side the reader hid (not an actor) is left out.
  std::map<std::string, std::vector<Report>> by_family;
  for (uint32_t d = 0; d < c_.analyses.size(); ++d)
    for (uint32_t e = 0; e < c_.analyses[d].events.size(); ++e) {
      const analysis::EventRef& x = c_.analyses[d].events[e];
      if (c_.kb.has_hidden() && (c_.kb.hidden(x.source) || c_.kb.hidden(x.target))) continue;
      by_family[std::string(events::family(x.code))].push_back({d, e});
    }

  auto same_actor = [&](const std::string& a, const std::string& b) {
    return a == b || c_.kb.state_of(a) == b || c_.kb.state_of(b) == a;
  };
  auto same_event = [&](const analysis::EventRef& x, const analysis::EventRef& y) {
    bool direct = same_actor(x.source, y.source) && same_actor(x.target, y.target);
    bool crossed = (x.symmetric || y.symmetric) && same_actor(x.source, y.target) && same_actor(x.target, y.source);
    return (direct || crossed) && dates_compatible(x, y);
  };
  for (auto& [family, reports] : by_family) {
    std::vector<EventCluster> clusters;
    for (const Report& r : reports) {
      const analysis::EventRef& e = event(r);
      EventCluster* home = nullptr;
      for (EventCluster& c : clusters) {
        if (std::any_of(c.reports.begin(), c.reports.end(), [&](const Report& o) { return same_event(e, event(o)); })) {
          home = &c;
          break;
        }
      }
      if (!home) {
        clusters.emplace_back();
        home = &clusters.back();
      }
      home->reports.push_back(r);
    }
    for (EventCluster& c : clusters) {
      // The report with the most precise date read in its own sentence represents
      // the event; one dated by its story before one dated by its article.
      std::stable_sort(c.reports.begin(), c.reports.end(), [&](const Report& a, const Report& b) {
        const auto& x = event(a);
        const auto& y = event(b);
        if (x.weak != y.weak) return !x.weak;  // a sure report before a weak one
        if (x.date_inherited != y.date_inherited) return !x.date_inherited;
        if (x.date_from_context != y.date_from_context) return !x.date_from_context;
        return x.date.size() > y.date.size();
      });
      const Report& head = c.reports.front();
      const Document& doc = c_.corpus.documents()[head.doc];
      c.id = "e" + util::hex64(util::fnv1a(doc.id + "#" + std::to_string(head.event))).substr(0, 12);
      const analysis::EventRef& e = event(head);
      c.weak = e.weak;  // the surest report is weak: all are
      c.historical = e.historical;
      if (!e.date.empty()) c.placement.date = e.date;
      else c.placement = place_document(doc, c_.analyses[head.doc]);
      clusters_.push_back(std::move(c));
    }
  }
  std::sort(clusters_.begin(), clusters_.end(), [](const EventCluster& a, const EventCluster& b) {
    if (a.placement.date != b.placement.date) return a.placement.date < b.placement.date;
    return a.id < b.id;
  });
}

}  // namespace marsad::query
