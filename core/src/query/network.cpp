// network(filter): actors as nodes (by mentions), edges weighted by how often
// two actors share a sentence and by the events between them.
#include <algorithm>
#include <map>

#include "query/event_json.h"
#include "query/params.h"
#include "query/queries.h"

namespace marsad::query {
namespace {

struct Edge {
  size_t cooccurrence = 0, events = 0;
  double goldstein = 0;
};

}  // namespace

util::Result<Json> network(const CorpusIndex& index, const Json& params) {
  Params p(params);
  std::string from = p.date("from"), to = p.date("to"), type = p.text("type", 20);
  int max_nodes = p.number("nodes", 40, 2, 400);
  Shown shown{p.flag("weak"), p.flag("historical")};
  if (!p.ok()) return p.status();
  const QueryContext& c = index.context();
  auto in_period = [&](const std::string& date) {
    if (from.empty() && to.empty()) return true;
    if (date.empty()) return false;
    return (from.empty() || date.substr(0, from.size()) >= from) && (to.empty() || date.substr(0, to.size()) <= to);
  };

  std::map<std::string, size_t> counts;
  std::map<std::pair<std::string, std::string>, Edge> edges;
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const auto& a = c.analyses[d];
    if (!in_period(place_document(c.corpus.documents()[d], a).date)) continue;
    size_t m = 0;
    for (const auto& s : a.sentences) {
      std::vector<std::string> here;
      for (; m < a.mentions.size() && a.mentions[m].span.begin < s.end; ++m) {
        const std::string& id = a.mentions[m].actor;
        std::string t = index.type(id);
        if (t == "place" || t == "event_name" || (!type.empty() && t != type) || c.kb.hidden(id)) continue;
        ++counts[id];
        if (std::find(here.begin(), here.end(), id) == here.end()) here.push_back(id);
      }
      for (size_t i = 0; i < here.size(); ++i)
        for (size_t k = i + 1; k < here.size(); ++k) ++edges[std::minmax(here[i], here[k])].cooccurrence;
    }
  }
  for (const EventCluster& cluster : index.clusters()) {
    if (!shown.admits(cluster) || !in_period(cluster.placement.date)) continue;
    const auto& e = index.first(cluster);
    Edge& edge = edges[std::minmax(e.source, e.target)];
    ++edge.events;
    edge.goldstein += e.goldstein;
  }
  std::vector<std::pair<std::string, size_t>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  if (ranked.size() > static_cast<size_t>(max_nodes)) ranked.resize(max_nodes);
  std::unordered_set<std::string> kept;
  Json nodes = Json::array();
  for (const auto& [id, n] : ranked) {
    kept.insert(id);
    nodes.push_back(Json{{"id", id}, {"name", index.name(id)}, {"type", index.type(id)}, {"mentions", n}});
  }
  Json links = Json::array();
  for (const auto& [pair, edge] : edges) {
    if (!kept.count(pair.first) || !kept.count(pair.second)) continue;
    Json l{{"a", pair.first}, {"b", pair.second}, {"cooccurrence", edge.cooccurrence}, {"events", edge.events}};
    if (edge.events) l["mean_goldstein"] = std::round(edge.goldstein / static_cast<double>(edge.events) * 100) / 100;
    links.push_back(std::move(l));
  }
  return Json{{"nodes", std::move(nodes)}, {"edges", std::move(links)}};
}

util::Result<Json> run_query(const CorpusIndex& index, std::string_view kind, std::string_view params_json) {
  Json params = params_json.empty() ? Json::object() : Json::parse(params_json.begin(), params_json.end(), nullptr, false);
  if (params.is_discarded() || !params.is_object())
    return util::InvalidArgumentError("parameters must be a JSON object");
  if (kind == "timeline") return timeline(index, params);
  if (kind == "actor") return actor_profile(index, params);
  if (kind == "relation") return relation(index, params);
  if (kind == "network") return network(index, params);
  if (kind == "mentions") return mentions_by_period(index, params);
  return util::InvalidArgumentError("unknown query \"" + std::string(kind.substr(0, 40)) + "\"");
}

}  // namespace marsad::query
