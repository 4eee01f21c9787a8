#include "time/date_window.h"

#include <cstdint>

#include "time/date_value.h"

namespace marsad::time {
namespace {

constexpr int64_t kOpenStart = INT64_MIN / 4, kOpenEnd = INT64_MAX / 4;

struct Bound {
  std::string label;
  DateValue from, to;  // kNone = open
};

struct Window {
  int from = -1, to = -1;  // index of the bound that sets each side, -1 = open
};

// The intersection of the bounds whose bit is set in `use`; false when empty.
bool intersect(const std::vector<Bound>& bounds, const std::vector<bool>& use, Window& w) {
  w = Window{};
  for (size_t i = 0; i < bounds.size(); ++i) {
    if (!use[i]) continue;
    const Bound& b = bounds[i];
    if (b.from.known() && (w.from < 0 || compare_start(b.from, bounds[w.from].from) > 0)) w.from = static_cast<int>(i);
    if (b.to.known() && (w.to < 0 || compare_end(b.to, bounds[w.to].to) < 0)) w.to = static_cast<int>(i);
  }
  if (w.from < 0 || w.to < 0) return true;
  return bounds[w.from].from.first_day().serial() <= bounds[w.to].to.last_day().serial();
}

int64_t width(const std::vector<Bound>& bounds, const Window& w) {
  int64_t lo = w.from < 0 ? kOpenStart : bounds[w.from].from.first_day().serial();
  int64_t hi = w.to < 0 ? kOpenEnd : bounds[w.to].to.last_day().serial();
  return hi - lo;
}

std::string describe(const Bound& b) {
  return b.label + " (" + (b.from.known() ? b.from.format() : "…") + " – " + (b.to.known() ? b.to.format() : "…") + ")";
}

}  // namespace

DateWindow infer_window(const std::vector<TimeExpression>& times, const std::vector<WindowEvidence>& tenures) {
  std::vector<Bound> bounds;
  // Absolute dates in the text: the document is not older than the latest of them.
  int latest = -1;
  DateValue latest_value;
  for (size_t i = 0; i < times.size(); ++i) {
    const TimeExpression& t = times[i];
    if (t.type != "DATE" || t.anchor != "text") continue;
    DateValue v = DateValue::parse(t.value);
    if (!v.known()) continue;
    if (latest < 0 || compare_start(v, latest_value) > 0) {
      latest = static_cast<int>(i);
      latest_value = v;
    }
  }
  if (latest >= 0) bounds.push_back(Bound{"text mentions " + latest_value.format(), latest_value, DateValue()});
  for (const WindowEvidence& e : tenures) {
    Bound b{e.label, DateValue::parse(e.from), DateValue::parse(e.to)};
    if (!b.from.known() && !b.to.known()) continue;
    // A tenure named many times is one piece of evidence.
    bool seen = false;
    for (const Bound& o : bounds) seen = seen || (o.label == b.label && o.from.format() == b.from.format() && o.to.format() == b.to.format());
    if (!seen) bounds.push_back(b);
  }

  // Tenures of one person in one role (the same label) are alternatives: the
  // document fits one of them («المبعوث الأممي» Kobler was the UN's envoy to
  // Iraq, to the Congo, then to Libya). Keep the largest set of pieces of
  // evidence sharing a day, one tenure of each, then the widest window. Such
  // a set contains the latest start of its members, so only the bounds'
  // starts (and "no start") need trying: quadratic in the bounds.
  std::vector<int64_t> lo(bounds.size()), hi(bounds.size());
  std::vector<size_t> group(bounds.size());
  std::vector<int64_t> points{kOpenStart};
  size_t groups = 0;
  for (size_t i = 0; i < bounds.size(); ++i) {
    lo[i] = bounds[i].from.known() ? bounds[i].from.first_day().serial() : kOpenStart;
    hi[i] = bounds[i].to.known() ? bounds[i].to.last_day().serial() : kOpenEnd;
    if (bounds[i].from.known()) points.push_back(lo[i]);
    group[i] = i;
    for (size_t j = 0; j < i; ++j)
      if (bounds[j].label == bounds[i].label) {
        group[i] = group[j];
        break;
      }
    groups += group[i] == i;
  }
  DateWindow out;
  std::vector<bool> best_use;
  Window w;
  size_t best_kept = 0;
  for (int64_t day : points) {
    std::vector<bool> u(bounds.size(), false);
    std::vector<int> chosen(bounds.size(), -1);  // per group: the narrowest tenure covering the day
    for (size_t i = 0; i < bounds.size(); ++i) {
      if (lo[i] > day || day > hi[i]) continue;
      int& c = chosen[group[i]];
      if (c < 0 || hi[i] - lo[i] < hi[c] - lo[c]) c = static_cast<int>(i);
    }
    size_t kept = 0;
    for (int c : chosen)
      if (c >= 0) u[c] = true, ++kept;
    Window cand;
    if (kept == 0 || kept < best_kept || !intersect(bounds, u, cand)) continue;
    if (kept > best_kept || width(bounds, cand) > width(bounds, w)) {
      best_use = u;
      w = cand;
      best_kept = kept;
    }
  }
  if (best_kept < groups) {
    out.conflict = true;
    std::string kept, dropped;
    for (size_t i = 0; i < bounds.size(); ++i) {
      bool alternative_kept = false;  // another tenure of the same person is the one kept
      for (size_t j = 0; j < bounds.size() && !best_use.empty(); ++j) alternative_kept |= j != i && group[j] == group[i] && best_use[j];
      if (alternative_kept) continue;
      std::string& s = best_use.empty() || best_use[i] ? kept : dropped;
      if (!s.empty()) s += "; ";
      s += describe(bounds[i]);
    }
    out.conflict_message = "conflicting date evidence: " + dropped + " does not fit with " + (kept.empty() ? "the rest" : kept);
  }
  if (w.from >= 0) {
    out.from = bounds[w.from].from.format();
    out.basis.push_back(bounds[w.from].label);
  }
  if (w.to >= 0) {
    out.to = bounds[w.to].to.format();
    if (w.to != w.from) out.basis.push_back(bounds[w.to].label);
  }
  return out;
}

}  // namespace marsad::time
