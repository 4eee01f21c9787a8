// relation(a, b): how A acted toward B over time — events by period with the
// mean and range of their Goldstein scores and the evidence, the periods where
// the stance turned, and how each outlet names B (framing).
#include <algorithm>
#include <cmath>
#include <map>

#include "query/event_json.h"
#include "query/framing_words.h"
#include "query/params.h"
#include "query/queries.h"

namespace marsad::query {
namespace {

// Turning points: at each boundary between periods, the shrunken means of up
// to kSide periods before and after. Shrinking toward 0 (neutral) with weight
// kPrior keeps one lone event from making a turn.
constexpr size_t kSide = 6;
constexpr double kPrior = 1.0;
constexpr double kMinChange = 1.5;  // Goldstein points
// A turn needs events on each side: at least kMinEvidence, and it is only
// tentative below kFirmEvidence. A relation of fewer than kTrendEvents events
// is too sparse for a trend, and says so.
constexpr size_t kMinEvidence = 2;
constexpr size_t kFirmEvidence = 5;
constexpr size_t kTrendEvents = 6;

struct Period {
  std::string name;
  std::vector<const EventCluster*> events;
  double sum = 0, min = 0, max = 0;
};

size_t count(const std::vector<Period>& periods, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to; ++i) n += periods[i].events.size();
  return n;
}

double shrunk_mean(const std::vector<Period>& periods, size_t from, size_t to) {
  double sum = 0;
  size_t n = 0;
  for (size_t i = from; i < to; ++i) {
    sum += periods[i].sum;
    n += periods[i].events.size();
  }
  return sum / (static_cast<double>(n) + kPrior);
}

Json evidence(const std::vector<Period>& periods, size_t from, size_t to) {
  Json ids = Json::array();
  for (size_t i = from; i < to; ++i)
    for (const EventCluster* e : periods[i].events) ids.push_back(e->id);
  return ids;
}

Json turning_points(const std::vector<Period>& periods) {
  struct Turn {
    size_t at;
    double before, after;
  };
  std::vector<Turn> turns;
  for (size_t k = 1; k < periods.size(); ++k) {
    size_t lo = k > kSide ? k - kSide : 0, hi = std::min(periods.size(), k + kSide);
    double before = shrunk_mean(periods, lo, k), after = shrunk_mean(periods, k, hi);
    turns.push_back({k, before, after});
  }
  // Keep boundaries whose change is large and larger than their neighbours'.
  Json out = Json::array();
  for (size_t i = 0; i < turns.size(); ++i) {
    double change = turns[i].after - turns[i].before;
    if (std::fabs(change) < kMinChange) continue;
    bool peak = true;
    for (size_t j = 0; j < turns.size(); ++j)
      if (j != i && (j + 2 > i && j < i + 2) && std::fabs(turns[j].after - turns[j].before) > std::fabs(change))
        peak = false;
    if (!peak) continue;
    size_t k = turns[i].at;
    size_t lo = k > kSide ? k - kSide : 0, hi = std::min(periods.size(), k + kSide);
    size_t before = count(periods, lo, k), after = count(periods, k, hi);
    if (before < kMinEvidence || after < kMinEvidence) continue;
    out.push_back(Json{{"period", periods[k].name},
                       {"events_before", before},
                       {"events_after", after},
                       {"tentative", before < kFirmEvidence || after < kFirmEvidence},
                       {"direction", change < 0 ? "conflictual" : "cooperative"},
                       {"before", std::round(turns[i].before * 100) / 100},
                       {"after", std::round(turns[i].after * 100) / 100},
                       {"change", std::round(change * 100) / 100},
                       {"evidence_before", evidence(periods, lo, k)},
                       {"evidence_after", evidence(periods, k, hi)}});
  }
  return out;
}

Json ranked(const std::map<std::string, size_t>& counts, size_t limit) {
  std::vector<std::pair<std::string, size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  Json list = Json::array();
  for (size_t i = 0; i < sorted.size() && i < limit; ++i)
    list.push_back(Json{{"text", sorted[i].first}, {"count", sorted[i].second}});
  return list;
}

// How each outlet names the target's camp (the mention texts) and which
// framing words (core/data/framing_words.json) it uses in the sentences that
// name it: «تحرير» to one outlet is «عدوان» to another.
Json framing(const CorpusIndex& index, const std::unordered_set<std::string>& target_camp) {
  const QueryContext& c = index.context();
  const FramingWords& lexicon = FramingWords::builtin();
  std::map<std::string, std::map<std::string, size_t>> names, words;
  std::map<std::string, std::map<std::string, size_t>> tones;
  for (size_t d = 0; d < c.analyses.size(); ++d) {
    const Document& doc = c.corpus.documents()[d];
    const auto& a = c.analyses[d];
    std::string outlet = doc.source.empty() ? doc.id : doc.source;
    std::vector<bool> sentence_names(a.sentences.size(), false);
    for (const auto& m : a.mentions) {
      if (!target_camp.count(m.actor)) continue;
      if (m.kind != "short") ++names[outlet][doc.text.substr(m.span.begin, m.span.end - m.span.begin)];
      for (size_t s = 0; s < a.sentences.size(); ++s)
        if (m.span.begin >= a.sentences[s].begin && m.span.end <= a.sentences[s].end) sentence_names[s] = true;
    }
    for (size_t t = 0, s = 0; t < a.tokens.size(); ++t) {
      while (s < a.sentences.size() && a.sentences[s].end <= a.tokens[t].span.begin) ++s;
      if (s >= a.sentences.size() || !sentence_names[s]) continue;
      if (const FramingWord* w = lexicon.at(a, t, c.vocabulary)) {
        ++words[outlet][w->text];
        ++tones[outlet][w->tone];
      }
    }
  }
  Json out = Json::array();
  for (auto& [outlet, list] : names) {
    Json tone = Json::object();
    for (const auto& [name, n] : tones[outlet]) tone[name] = n;
    out.push_back(Json{{"outlet", outlet}, {"names", ranked(list, 12)}, {"words", ranked(words[outlet], 12)},
                       {"tone", std::move(tone)}});
  }
  return out;
}

}  // namespace

util::Result<Json> relation(const CorpusIndex& index, const Json& params) {
  Params p(params);
  std::string a = p.text("a"), b = p.text("b");
  std::string period = p.choice("period", {"month", "year"});
  Shown shown{p.flag("weak"), p.flag("historical")};
  if (!p.ok()) return p.status();
  if (a.empty() || b.empty()) return util::InvalidArgumentError("relation needs actors a and b");
  const auto& from = index.camp(a);
  const auto& to = index.camp(b);

  std::map<std::string, Period> periods;
  Json spans = Json::array();  // events of undated documents with wide windows
  Json events = Json::array();
  for (const EventCluster& cluster : index.clusters()) {
    if (!shown.admits(cluster)) continue;
    const analysis::EventRef& e = index.first(cluster);
    bool forward = from.count(e.source) && to.count(e.target);
    bool backward = e.symmetric && from.count(e.target) && to.count(e.source);
    if (!forward && !backward) continue;
    events.push_back(event_json(index, cluster));
    std::string name = period_of(cluster.placement.date, period);
    if (name.empty()) {
      spans.push_back(cluster.id);
      continue;
    }
    Period& per = periods[name];
    per.name = name;
    if (per.events.empty()) per.min = per.max = e.goldstein;
    per.min = std::min(per.min, e.goldstein);
    per.max = std::max(per.max, e.goldstein);
    per.sum += e.goldstein;
    per.events.push_back(&cluster);
  }
  std::vector<Period> series;
  for (auto& [name, per] : periods) series.push_back(per);
  Json out_periods = Json::array();
  for (const Period& per : series) {
    Json ids = Json::array();
    bool approximate = false;
    for (const EventCluster* e : per.events) {
      ids.push_back(e->id);
      approximate |= e->placement.approximate;
    }
    double mean = per.sum / static_cast<double>(per.events.size());
    Json j{{"period", per.name}, {"count", per.events.size()}, {"mean", std::round(mean * 100) / 100},
           {"min", per.min}, {"max", per.max}, {"events", std::move(ids)}};
    if (approximate) j["approximate"] = true;
    out_periods.push_back(std::move(j));
  }
  size_t total = events.size();
  return Json{{"a", a},
              {"b", b},
              {"count", total},
              {"sparse", total < kTrendEvents},
              {"a_name", index.name(a)},
              {"b_name", index.name(b)},
              {"period", period},
              {"periods", std::move(out_periods)},
              {"undated", std::move(spans)},
              {"turning_points", turning_points(series)},
              {"framing", framing(index, to)},
              {"events", std::move(events)}};
}

}  // namespace marsad::query
