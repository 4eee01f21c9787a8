// mentions(ids, period): how often each of many actors is mentioned, period by
// period, in one pass over the corpus's mentions — the sparklines of the
// actors list, which one actor profile an actor (every mention of it written
// out) made the slowest view of a large corpus.
#include <map>
#include <string_view>
#include <unordered_map>

#include "query/event_json.h"
#include "query/params.h"
#include "query/queries.h"

namespace marsad::query {

constexpr size_t kMaxIds = 5000;

util::Result<Json> mentions_by_period(const CorpusIndex& index, const Json& params) {
  Params p(params);
  std::vector<std::string> ids = p.texts("ids", kMaxIds);
  std::string period = p.choice("period", {"year", "month"});
  if (!p.ok()) return p.status();
  std::unordered_map<std::string_view, size_t> slot;
  for (size_t i = 0; i < ids.size(); ++i) slot.emplace(ids[i], i);
  std::vector<std::map<std::string, size_t>> over_time(ids.size());
  const QueryContext& c = index.context();
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const auto& a = c.analyses[d];
    std::string when;  // read once a document, when it names one of the actors
    for (const auto& m : a.mentions) {
      auto it = slot.find(m.actor);
      if (it == slot.end()) continue;
      if (when.empty()) {
        when = period_of(place_document(c.corpus.documents()[d], a).date, period);
        if (when.empty()) when = "undated";
      }
      ++over_time[it->second][when];
    }
  }
  // As the actor profile gives them: each actor's periods in order, an actor
  // the corpus does not mention with none.
  Json actors = Json::array();
  for (size_t i = 0; i < ids.size(); ++i) {
    Json series = Json::array();
    for (const auto& [when, n] : over_time[i]) series.push_back(Json{{"period", when}, {"count", n}});
    actors.push_back(Json{{"id", ids[i]}, {"mentions_over_time", std::move(series)}});
  }
  return Json{{"period", period}, {"actors", std::move(actors)}};
}

}  // namespace marsad::query
