// timeline(filter): events in time order, each with all its reports; undated
// documents as windows.
#include <algorithm>
#include <map>
#include <unordered_set>

#include "query/event_json.h"
#include "query/params.h"
#include "query/queries.h"

namespace marsad::query {

util::Result<Json> timeline(const CorpusIndex& index, const Json& params) {
  Params p(params);
  std::string actor = p.text("actor"), family = p.text("family", 4), outlet = p.text("outlet"),
              document = p.text("document"), from = p.date("from"), to = p.date("to");
  int limit = p.number("limit", 5000, 1, 100000);
  Shown shown{p.flag("weak"), p.flag("historical")};
  // The actor with those who act for it or belong to it (its camp: a state's
  // officials, an army's commander), unless "affiliated": false.
  bool affiliated = !params.contains("affiliated") || params["affiliated"].is_null() || p.flag("affiliated");
  if (!p.ok()) return p.status();
  const QueryContext& c = index.context();
  std::unordered_set<std::string> alone{actor};
  const auto* camp = actor.empty() ? nullptr : affiliated ? &index.camp(actor) : &alone;
  std::map<std::string, size_t> brought;  // the camp's other actors whose events the filter took in

  Json events = Json::array();
  size_t total = 0;
  for (const EventCluster& cluster : index.clusters()) {
    if (!shown.admits(cluster)) continue;
    const analysis::EventRef& e = index.first(cluster);
    if (camp && !camp->count(e.source) && !camp->count(e.target)) continue;
    if (!family.empty() && e.code.compare(0, family.size(), family) != 0) continue;
    const std::string& date = cluster.placement.date;
    if (!from.empty() && (date.empty() || date.substr(0, from.size()) < from)) continue;
    if (!to.empty() && (date.empty() || date.substr(0, to.size()) > to)) continue;
    bool in_doc = document.empty(), in_outlet = outlet.empty();
    for (const Report& r : cluster.reports) {
      const Document& doc = c.corpus.documents()[r.doc];
      in_doc |= doc.id == document;
      in_outlet |= doc.source == outlet;
    }
    if (!in_doc || !in_outlet) continue;
    if (camp && e.source != actor && e.target != actor) {
      if (camp->count(e.source)) ++brought[e.source];
      if (camp->count(e.target) && e.target != e.source) ++brought[e.target];
    }
    ++total;
    if (events.size() < static_cast<size_t>(limit)) events.push_back(event_json(index, cluster));
  }
  Json windows = Json::array();
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const auto& a = c.analyses[d];
    if (!a.has_window) continue;
    const Document& doc = c.corpus.documents()[d];
    if (!document.empty() && doc.id != document) continue;
    windows.push_back(Json{{"document", doc.id}, {"title", doc.title}, {"from", a.window.from},
                           {"to", a.window.to}, {"basis", a.window.basis}, {"events", a.events.size()}});
  }
  Json outlets = Json::array();
  {
    std::vector<std::string> seen;
    for (const Document& doc : c.corpus.documents())
      if (!doc.source.empty() && std::find(seen.begin(), seen.end(), doc.source) == seen.end()) seen.push_back(doc.source);
    for (auto& s : seen) outlets.push_back(s);
  }
  Json result{{"total", total}, {"events", std::move(events)}, {"windows", std::move(windows)},
              {"outlets", std::move(outlets)}};
  if (!actor.empty()) {
    // Which affiliated actors the filter brought in, most events first: the page says so.
    std::vector<std::pair<std::string, size_t>> list(brought.begin(), brought.end());
    std::stable_sort(list.begin(), list.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    Json included = Json::array();
    for (const auto& [id, n] : list) included.push_back(Json{{"id", id}, {"name", index.name(id)}, {"events", n}});
    result["included"] = std::move(included);
  }
  return result;
}

}  // namespace marsad::query
