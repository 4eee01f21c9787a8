// The corpus index the queries read: every event with the date it is placed
// at, events linked across reports (one real-world event, many reports),
// and the "camps" that roll actors up (a US ambassador acts for the US;
// Haftar's army counts with Haftar).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/knowledge_base.h"
#include "analysis/records.h"
#include "analysis/vocabulary.h"
#include "corpus/corpus.h"

namespace marsad::query {

struct QueryContext {
  const corpus::Corpus& corpus;
  const std::vector<analysis::DocumentAnalysis>& analyses;
  const actors::KnowledgeBase& kb;
  const analysis::Vocabulary& vocabulary;
};

// Where an event or a document sits in time.
struct Placement {
  std::string date;          // ISO at its own precision; "" when unknown
  bool approximate = false;  // placed at the middle of an undated document's window
  std::string window_from, window_to;  // the window of an undated document
};

// Undated documents with a window narrower than this join time series at the
// window's middle; wider ones are shown as spans only.
inline constexpr int kMaxPlacedWindowDays = 548;  // 18 months

Placement place_document(const Document& doc, const analysis::DocumentAnalysis& a);

struct Report {
  uint32_t doc = 0;    // document index
  uint32_t event = 0;  // event index in the document
};

// One real-world event: the reports that describe it.
struct EventCluster {
  std::string id;
  std::vector<Report> reports;
  Placement placement;      // of the most precise report
  bool weak = false;        // every report is below the reporting threshold
  bool historical = false;  // a reference to history, dated decades before its document
};

// Which events a query counts: by default neither the weak ones (shown on
// request) nor references to history.
struct Shown {
  bool weak = false, historical = false;
  bool admits(const EventCluster& c) const { return (weak || !c.weak) && (historical || !c.historical); }
};

class CorpusIndex {
 public:
  explicit CorpusIndex(QueryContext c);

  const std::vector<EventCluster>& clusters() const { return clusters_; }
  const analysis::EventRef& event(const Report& r) const { return c_.analyses[r.doc].events[r.event]; }
  const analysis::EventRef& first(const EventCluster& e) const { return event(e.reports.front()); }

  // The actors that count as `id`: itself, the actors that act for it or
  // belong to it (its officials, ministries, armed forces), and, for a
  // person who leads an organization, that organization and its members.
  const std::unordered_set<std::string>& camp(const std::string& id) const;

  // Display name of an actor (KB or found in text), in Arabic when known.
  std::string name(const std::string& id) const;
  // An actor's type: the knowledge base's, or a found name's (as corrected); "person" for an unknown id.
  std::string type(const std::string& id) const;

  const QueryContext& context() const { return c_; }

 private:
  void build_clusters();

  QueryContext c_;  // references to the analyzer's state, valid while this index is
  std::vector<EventCluster> clusters_;
  std::unordered_map<std::string, const actors::Actor*> found_;  // actors found in text (the first document's), by id
  mutable std::unordered_map<std::string, std::unordered_set<std::string>> camps_;
};

// True when two dates agree at the precision they share ("2019-04-15" and "2019-04").
bool same_at_shared_precision(std::string_view a, std::string_view b);

}  // namespace marsad::query
