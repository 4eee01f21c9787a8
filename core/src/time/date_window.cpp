#include "time/date_window.h"

#include <cstdint>

#include "time/date_value.h"

namespace marsad::time {
namespace {

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
  int64_t lo = w.from < 0 ? INT64_MIN / 4 : bounds[w.from].from.first_day().serial();
  int64_t hi = w.to < 0 ? INT64_MAX / 4 : bounds[w.to].to.last_day().serial();
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
    if (b.from.known() || b.to.known()) bounds.push_back(b);
  }

  DateWindow out;
  std::vector<bool> use(bounds.size(), true);
  Window w;
  if (!intersect(bounds, use, w)) {
    // Leave out as few pieces as possible (one, then two…), keeping the widest window.
    std::vector<bool> best_use;
    Window best;
    for (size_t drop = 1; drop <= bounds.size() && best_use.empty(); ++drop) {
      // All subsets with `drop` pieces left out (bounds are few: a handful of tenures).
      size_t n = bounds.size();
      if (n > 16) n = 16;
      for (uint32_t mask = 0; mask < (1u << n); ++mask) {
        if (static_cast<size_t>(__builtin_popcount(mask)) != drop) continue;
        std::vector<bool> u(bounds.size(), true);
        for (size_t i = 0; i < n; ++i)
          if (mask & (1u << i)) u[i] = false;
        Window cand;
        if (!intersect(bounds, u, cand)) continue;
        if (best_use.empty() || width(bounds, cand) > width(bounds, best)) {
          best_use = u;
          best = cand;
        }
      }
    }
    out.conflict = true;
    std::string kept, dropped;
    for (size_t i = 0; i < bounds.size(); ++i) {
      std::string& s = best_use.empty() || best_use[i] ? kept : dropped;
      if (!s.empty()) s += "; ";
      s += describe(bounds[i]);
    }
    out.conflict_message = "conflicting date evidence: " + dropped + " does not fit with " + (kept.empty() ? "the rest" : kept);
    w = best;
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
