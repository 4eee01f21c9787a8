#include "query/event_json.h"

#include "analysis/record_json.h"
#include "events/cameo.h"
#include "text/utf16_offsets.h"
#include "time/date_value.h"

namespace marsad::query {

using util::Json;

std::string period_of(std::string_view date, std::string_view period) {
  // An ISO week («2015-W30») falls in the month and year of its Thursday.
  if (date.size() == 8 && date[4] == '-' && date[5] == 'W' && time::is_digits(date.substr(0, 4)) &&
      time::is_digits(date.substr(6))) {
    time::DateValue jan4 = time::DateValue::ymd(time::digits_value(date.substr(0, 4)), 1, 4);
    int64_t monday = jan4.serial() - (jan4.weekday() - 1) + 7 * (time::digits_value(date.substr(6)) - 1);
    return period_of(time::DateValue::from_serial(monday + 3).format(), period);
  }
  size_t n = period == "year" ? 4 : 7;
  return date.size() >= n ? std::string(date.substr(0, n)) : "";
}

namespace {

bool on_event(const analysis::Field<analysis::EventRef>& f) {
  return f.query == analysis::InQuery::kEvent || f.query == analysis::InQuery::kEventAndReport;
}
bool on_report(const analysis::Field<analysis::EventRef>& f) {
  return f.query == analysis::InQuery::kReport || f.query == analysis::InQuery::kEventAndReport;
}

}  // namespace

Json event_json(const CorpusIndex& index, const EventCluster& cluster) {
  const QueryContext& c = index.context();
  const analysis::EventRef& e = index.first(cluster);
  const Document& first_doc = c.corpus.documents()[cluster.reports.front().doc];
  text::Utf16Offsets first_u16(first_doc.text);
  // The fields the record table shows on the event (its first report's), then what the query adds.
  Json j{{"id", cluster.id}, {"family", std::string(events::family(e.code))}};
  analysis::put_fields(j, e, analysis::kEventTable, {first_doc.text, first_u16}, on_event);
  j["source_name"] = index.name(e.source);
  j["target_name"] = index.name(e.target);
  j["date"] = cluster.placement.date.empty() ? Json(nullptr) : Json(cluster.placement.date);
  if (cluster.placement.approximate) j["approximate"] = true;
  if (!cluster.placement.window_from.empty() || !cluster.placement.window_to.empty())
    j["window"] = Json{{"from", cluster.placement.window_from}, {"to", cluster.placement.window_to}};
  if (cluster.weak) j["weak"] = true;
  if (cluster.historical) j["historical"] = true;
  Json reports = Json::array();
  for (const Report& r : cluster.reports) {
    const Document& doc = c.corpus.documents()[r.doc];
    const analysis::EventRef& x = index.event(r);
    text::Utf16Offsets u16(doc.text);
    Json rep{{"document", doc.id}};
    if (!doc.title.empty()) rep["title"] = doc.title;
    if (!doc.source.empty()) rep["outlet"] = doc.source;
    analysis::put_fields(rep, x, analysis::kEventTable, {doc.text, u16}, on_report);
    rep["text"] = std::string_view(doc.text).substr(x.sentence.begin, x.sentence.end - x.sentence.begin);
    reports.push_back(std::move(rep));
  }
  j["reports"] = std::move(reports);
  return j;
}

}  // namespace marsad::query
