// actor(id): who an actor is (names, variants, dated roles), how often and
// when it is mentioned, what it said (quotes) and its main relations.
#include <algorithm>
#include <map>

#include "analysis/actor_json.h"
#include "query/event_json.h"
#include "query/params.h"
#include "query/queries.h"
#include "text/utf16_offsets.h"

namespace marsad::query {
namespace {

constexpr size_t kMaxMentions = 500;
constexpr size_t kMaxRelations = 12;

struct Tally {
  size_t out = 0, in = 0;
  double sum = 0;
};

}  // namespace

util::Result<Json> actor_profile(const CorpusIndex& index, const Json& params) {
  Params p(params);
  std::string id = p.text("id");
  std::string period = p.choice("period", {"month", "year"});
  Shown shown{p.flag("weak"), p.flag("historical")};
  if (!p.ok()) return p.status();
  const QueryContext& c = index.context();
  const actors::Actor* kb_actor = c.kb.find(id);
  const actors::Actor* found = nullptr;
  for (const auto& a : c.analyses)
    for (const auto& n : a.new_actors)
      if (n.id == id) found = &n;
  const actors::Actor* actor = kb_actor ? kb_actor : found;
  if (!actor) return util::NotFoundError("unknown actor \"" + id + "\"");

  Json j = analysis::actors_json_one(*actor);
  Json variants = Json::array();
  for (const auto* list : {&actor->aliases_ar, &actor->aliases_en, &actor->short_forms, &actor->nisba, &actor->metonyms})
    for (const auto& v : *list) variants.push_back(v);
  j["variants"] = std::move(variants);

  std::map<std::string, size_t> over_time, texts;
  Json mentions = Json::array();
  size_t total = 0;
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const Document& doc = c.corpus.documents()[d];
    const auto& a = c.analyses[d];
    std::string when = period_of(place_document(doc, a).date, period);
    text::Utf16Offsets u16(doc.text);
    for (const auto& m : a.mentions) {
      if (m.actor != id) continue;
      ++total;
      ++over_time[when.empty() ? "undated" : when];
      std::string text = doc.text.substr(m.span.begin, m.span.end - m.span.begin);
      ++texts[text];
      if (mentions.size() < kMaxMentions)
        mentions.push_back(Json{{"document", doc.id}, {"start", u16.at(m.span.begin)}, {"end", u16.at(m.span.end)},
                                {"text", text}, {"kind", m.kind}});
    }
  }
  Json series = Json::array();
  for (const auto& [when, n] : over_time) series.push_back(Json{{"period", when}, {"count", n}});
  Json seen = Json::array();
  for (const auto& [text, n] : texts) seen.push_back(Json{{"text", text}, {"count", n}});

  Json quotes = Json::array();
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const Document& doc = c.corpus.documents()[d];
    text::Utf16Offsets u16(doc.text);
    for (const auto& q : c.analyses[d].quotes)
      if (q.speaker == id)
        quotes.push_back(Json{{"document", doc.id}, {"start", u16.at(q.span.begin)}, {"end", u16.at(q.span.end)},
                              {"text", doc.text.substr(q.span.begin, q.span.end - q.span.begin)}});
  }

  const auto& camp = index.camp(id);
  std::map<std::string, Tally> tallies;
  for (const EventCluster& cluster : index.clusters()) {
    if (!shown.admits(cluster)) continue;
    const auto& e = index.first(cluster);
    if (camp.count(e.source)) {
      Tally& t = tallies[e.target];
      ++t.out;
      t.sum += e.goldstein;
    } else if (camp.count(e.target)) {
      Tally& t = tallies[e.source];
      ++t.in;
      t.sum += e.goldstein;
    }
  }
  std::vector<std::pair<std::string, Tally>> ranked(tallies.begin(), tallies.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.second.out + x.second.in > y.second.out + y.second.in; });
  Json relations = Json::array();
  for (size_t i = 0; i < ranked.size() && i < kMaxRelations; ++i) {
    const auto& [other, t] = ranked[i];
    double n = static_cast<double>(t.out + t.in);
    relations.push_back(Json{{"actor", other}, {"name", index.name(other)}, {"out", t.out}, {"in", t.in},
                             {"mean_goldstein", std::round(t.sum / n * 100) / 100}});
  }

  j["mention_count"] = total;
  j["mentions_over_time"] = std::move(series);
  j["names_seen"] = std::move(seen);
  j["mentions"] = std::move(mentions);
  j["quotes"] = std::move(quotes);
  j["relations"] = std::move(relations);
  return j;
}

}  // namespace marsad::query
