// Trains the event argument model (core/data/events/model.txt) on annotated
// sentences in the shape of ../shared/data/events-dev (see its GUIDELINES.md).
//
// Each sentence is read by the core up to its triggers; a trigger is aligned
// with the gold events whose trigger text overlaps it (and whose acceptable
// roots include its code's), a participant with the gold source or target
// whose surfaces it overlaps. Three logistic models are fit: is the trigger an
// event, is a participant its source, its target. The confidence thresholds
// are chosen in cross-validation over the training parts (each part predicted
// by a model trained on the others), for precision first; the model written
// is then trained on all training parts. Held-out parts are only reported.
//
//   marsad-train-events DEV_DIR OUT [--train A,B,C] [--report D/N3,N4] [--calibrate PARTS] [--show PARTS] [--epochs N] [--seed N] [--extra WRITTEN.jsonl,…]
// --calibrate: the parts whose cross-validated predictions choose the
// thresholds, instead of all the training parts.
// --show: parts whose cross-validated scores are also printed apart (everyday news).
// --extra: sentences written for training in the same shape, in every
// training fold and never predicted in the cross-validation.
// Diagnostics on standard error, by environment variable: MARSAD_VERBOSE (gold
// events whose trigger or sides the core misses), MARSAD_VERBOSE_SLOTS (gold
// sides read as «beyond»), MARSAD_VERBOSE_PAIRS (reachable triggers whose
// pair is chosen wrong), MARSAD_VERBOSE_PRED (every cross-validated
// prediction, right or wrong), MARSAD_VERBOSE_RULES (precision by slot
// pattern), MARSAD_RULE_PAIRS (pairs scored by rule instead of by model).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "analysis/document_parse.h"
#include "events/argument_model.h"
#include "events/cameo.h"
#include "events/extractor.h"
#include "events/triggers.h"

namespace {

using namespace marsad;
using Json = nlohmann::json;

constexpr double kTargetPrecision = 0.85;       // overall, chosen in cross-validation
constexpr double kTargetForcePrecision = 0.90;  // acts of force (roots 15, 17–20)
constexpr double kTargetHostilePrecision = 0.90;  // the other acts of conflict (roots 10–14: demands, accusations, threats)
constexpr int kMinHostileEvents = 10;             // …measured on at least this many
constexpr int kMinForceEvents = 30;               // acts of force: on at least this many
constexpr double kForceDip = 0.06;                // how far below it the search for that threshold goes on
constexpr int kMinGuessedEvents = 20;             // guessed sides: reported where this many reach kReportPrecision
constexpr double kGuessedDip = 0.06;              // how far below it the search for that threshold goes on
constexpr double kHostileDip = 0.06;              // how far below it the search for that threshold goes on
// The events the page shows by default. At 0.70, parts that came after read 0.64–0.69 on
// arrival (N21–N30): below what a journalist can publish from; at 0.80, the held-out
// everyday parts N25, N26, N29, N30 read 0.77 (0.66 at 0.70), recall 0.08 (0.12).
// Retrained on 2026-12-07 at 0.80 the threshold fell from 0.65 to 0.56 and the held-out
// everyday parts read 0.83 (0.93 before): asked 0.85, it stays at 0.65 and the new weights
// alone bring the recall (held-out everyday 0.148 → 0.170, at precision 0.86).
constexpr double kReportPrecision = 0.85;
constexpr double kWeakPrecision = 0.45;         // the weak events shown on request, with the reported ones

// Acts of force are reported from the lowest threshold at which kMinForceEvents
// or more of them reach kTargetForcePrecision in cross-validation. Until
// 2026-12-05 the lower bound of their 95% Wilson interval had to reach it (17 of
// 18 right in cross-validation had been 4 of 7 on a held-out part, when the
// model saw a few dozen force events): no training ever passed it, and the page
// showed no act of force at all. With 400 force proposals in cross-validation,
// the point precision of 30 or more is what the other classes are held to.
struct Span {
  size_t begin = 0, end = 0;
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

struct Gold {
  std::vector<Span> trigger, source, target;
  std::vector<std::string> roots;
  bool symmetric = false;
};

struct Sentence {
  std::string part, id;
  Document doc;
  std::vector<Gold> gold;
  std::unique_ptr<analysis::DocumentParse> parse;
  std::vector<events::TriggerInstance> instances;

  events::EventInput input() const { return analysis::event_input(*parse, doc.date); }
  Span span(uint32_t first, uint32_t end) const {
    return {parse->norm.original_begin(parse->tokens[first].begin), parse->norm.original_end(parse->tokens[end - 1].end)};
  }
};

std::vector<Span> find_all(const std::string& text, const std::string& needle) {
  std::vector<Span> out;
  for (size_t at = needle.empty() ? std::string::npos : text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1))
    out.push_back({at, at + needle.size()});
  return out;
}

bool any_overlap(const Span& s, const std::vector<Span>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& x) { return x.overlaps(s); });
}

// Reads annotated sentences; `parts` are files part-X.jsonl of `dir`, or,
// when `dir` is empty, paths (the sentences written for training: their part
// is "written", never a fold of the cross-validation).
std::vector<Sentence> read_parts(const std::string& dir, const std::vector<std::string>& parts,
                                 const actors::Lexicon& lexicon) {
  std::vector<Sentence> out;
  for (const std::string& part_name : parts) {
    std::string path = dir.empty() ? part_name : dir + "/part-" + part_name + ".jsonl";
    std::string part = dir.empty() ? "written" : part_name;
    std::ifstream in(path);
    if (!in) {
      std::cerr << path << ": cannot read\n";
      std::exit(1);
    }
    std::string line;
    while (std::getline(in, line)) {
      Json r = Json::parse(line, nullptr, false);
      if (!r.is_object()) continue;
      Sentence s;
      s.part = part;
      s.id = r.value("id", "");
      s.doc.id = s.id;
      s.doc.text = r.value("text", "");
      s.doc.date = r.value("date", "");
      s.doc.source = r.value("source", "");
      auto surfaces = [&](const std::string& key) {
        std::vector<Span> spans;
        if (r["actors"].contains(key))
          for (const auto& surface : r["actors"][key]["surfaces"])
            for (const Span& sp : find_all(s.doc.text, surface.get<std::string>())) spans.push_back(sp);
        return spans;
      };
      for (const auto& e : r["events"]) {
        Gold g;
        g.trigger = find_all(s.doc.text, e.value("trigger", ""));
        g.source = surfaces(e.value("source", ""));
        g.target = surfaces(e.value("target", ""));
        for (const auto& root : e["roots"]) g.roots.push_back(root.get<std::string>());
        g.symmetric = e.value("symmetric", false);
        s.gold.push_back(std::move(g));
      }
      s.parse = std::make_unique<analysis::DocumentParse>();
      analysis::parse_document(s.doc, actors::KnowledgeBase::builtin(), lexicon, *s.parse);
      s.instances = events::trigger_instances(s.input(), events::TriggerLexicon::builtin(), actors::KnowledgeBase::builtin());
      out.push_back(std::move(s));
    }
  }
  return out;
}

// --- Examples ---------------------------------------------------------------

struct Example {
  const std::vector<std::string>* features;
  int label;
};

struct Examples {
  std::vector<Example> by_role[3];
};

bool decided(const events::TriggerInstance& t) {
  return !t.complement && t.modality.asserted() && t.participants.size() >= 2;
}

// A trigger near a gold event whose own trigger we did not find, with both
// sides among its participants: the same act named by another word («شن هجوما»
// annotated on شن, found on هجوما).
bool stands_for(const Sentence& s, const events::TriggerInstance& t, const Gold& g) {
  for (const events::TriggerInstance& o : s.instances)
    if (any_overlap(s.span(o.first, o.end), g.trigger)) return false;
  Span trigger = s.span(t.first, t.end);
  bool near = false;
  for (const Span& x : g.trigger) near |= (x.end <= trigger.begin ? trigger.begin - x.end : x.begin - std::min(x.begin, trigger.end)) < 40;
  if (!near) return false;
  bool source = false, target = false;
  for (const actors::Mention* m : t.participants) {
    Span sp = s.span(m->first_token, m->end_token);
    source |= any_overlap(sp, g.source);
    target |= any_overlap(sp, g.target);
  }
  return source && target;
}

// The gold events a trigger instance codes: their roots include its code's,
// and their trigger is its text or one it stands for.
std::vector<const Gold*> aligned_gold(const Sentence& s, const events::TriggerInstance& t) {
  Span trigger = s.span(t.first, t.end);
  std::string root = t.code.substr(0, 2);
  std::vector<const Gold*> aligned;
  for (const Gold& g : s.gold)
    if (std::find(g.roots.begin(), g.roots.end(), root) != g.roots.end() &&
        (any_overlap(trigger, g.trigger) || stands_for(s, t, g)))
      aligned.push_back(&g);
  return aligned;
}

void add_examples(const Sentence& s, Examples& out) {
  for (const events::TriggerInstance& t : s.instances) {
    if (!decided(t)) continue;
    std::vector<const Gold*> aligned = aligned_gold(s, t);
    if (aligned.empty()) continue;
    for (size_t i = 0; i < t.participants.size(); ++i) {
      const actors::Mention& m = *t.participants[i];
      Span span = s.span(m.first_token, m.end_token);
      bool source = false, target = false;
      for (const Gold* g : aligned) {
        bool in_source = any_overlap(span, g->source), in_target = any_overlap(span, g->target);
        source |= in_source || (g->symmetric && in_target);
        target |= in_target || (g->symmetric && in_source);
      }
      out.by_role[events::kSource].push_back({&t.participant_features[i], source});
      out.by_role[events::kTarget].push_back({&t.participant_features[i], target});
    }
  }
}

// --- Logistic regression (SGD with L2) --------------------------------------

using Weights = std::unordered_map<std::string, std::array<double, 3>>;

uint32_t g_seed = 20261202;  // of the examples' order (--seed: how much a training owes to it)

constexpr int kOrders = 5;  // trainings, each on its own order of the examples, whose weights are averaged

void fit(const std::vector<Example>& examples, int role, int epochs, Weights& w) {
  const double l2 = 0.1;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // The weights are averaged over the epochs of the second half of each
  // training, and over kOrders trainings on different orders of the examples:
  // the last iterate of SGD depends on the order, and the thresholds chosen on a
  // few dozen events moved with it (by seed: reported from 0.68 to 0.80).
  std::unordered_map<std::string, double> initial, sum;
  for (const auto& [f, x] : w) initial[f] = x[role];
  int averaged = 0;
  for (int run = 0; run < kOrders; ++run) {
    for (auto& [f, x] : w) x[role] = initial.count(f) ? initial[f] : 0;
    std::mt19937 random(g_seed + role + 7919 * run);
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), random);
      double rate = 0.2 / (1.0 + epoch * 0.3);
      for (size_t k : order) {
        const Example& e = examples[k];
        double z = w["bias"][role];
        for (const std::string& f : *e.features) z += w[f][role];
        double gradient = 1.0 / (1.0 + std::exp(-z)) - e.label;
        w["bias"][role] -= rate * gradient;
        for (const std::string& f : *e.features) {
          double& x = w[f][role];
          x -= rate * (gradient + l2 * x);
        }
      }
      if (epoch >= epochs / 2) {
        for (const auto& [f, x] : w) sum[f] += x[role];
        ++averaged;
      }
    }
  }
  for (auto& [f, x] : w) x[role] = averaged ? sum[f] / averaged : x[role];
}

Weights fit_roles(const std::vector<const Sentence*>& sentences, int epochs) {
  Examples ex;
  for (const Sentence* s : sentences) add_examples(*s, ex);
  Weights w;
  fit(ex.by_role[events::kSource], events::kSource, epochs, w);
  fit(ex.by_role[events::kTarget], events::kTarget, epochs, w);
  return w;
}

events::ArgumentModel make_model(const Weights& w, double threshold, double force_threshold, std::string* text,
                                 std::string_view header = "", double confident = 1.0, double weak = 0.0,
                                 double hostile = 0.0, double guessed = 1.0) {
  std::string model_text = events::ArgumentModel::write(w, header);
  char settings[400];
  std::snprintf(settings, sizeof settings,
                "@min_confidence\t%.4f\t0\t0\n@min_force_confidence\t%.4f\t0\t0\n@min_conflict_confidence\t%.4f\t0\t0\n"
                "@confident\t%.4f\t0\t0\n@weak_confidence\t%.4f\t0\t0\n@min_guessed_confidence\t%.4f\t0\t0\n",
                threshold, force_threshold, hostile, confident, weak, guessed);
  model_text += settings;
  events::ArgumentModel model;
  std::string error;
  if (!model.load(model_text, &error)) {
    std::cerr << "the model written does not read back: " << error << "\n";
    std::exit(1);
  }
  if (text) *text = model_text;
  return model;
}

// The event model's examples: the events the argument models propose, right
// when they match a gold event of their sentence (its root, its two sides).
struct Candidate {
  std::string part;
  std::vector<std::string> features;
  int right;
};

std::set<std::string> ids_at(const Sentence& s, const std::vector<Span>& spans) {
  std::set<std::string> ids;
  for (const actors::Mention& m : s.parse->actors.mentions)
    if (any_overlap(s.span(m.first_token, m.end_token), spans)) ids.insert(m.actor);
  return ids;
}

bool matches_gold(const Sentence& s, const std::string& code, const std::string& source, const std::string& target) {
  for (const Gold& g : s.gold) {
    if (std::find(g.roots.begin(), g.roots.end(), code.substr(0, 2)) == g.roots.end()) continue;
    std::set<std::string> src = ids_at(s, g.source), tgt = ids_at(s, g.target);
    if ((src.count(source) && tgt.count(target)) || (g.symmetric && src.count(target) && tgt.count(source))) return true;
  }
  return false;
}

void add_candidates(const Sentence& s, const events::ArgumentModel& roles, std::vector<Candidate>& out) {
  for (const events::EventCandidate& c : events::propose_events(s.instances, roles)) {
    const events::TriggerInstance& t = s.instances[c.instance];
    out.push_back({s.part, c.features,
                   matches_gold(s, c.code, t.participants[c.source]->actor, t.participants[c.target]->actor) ? 1 : 0});
  }
}

void fit_events(const std::vector<Candidate>& candidates, const std::string& leave_out, int epochs, Weights& w) {
  std::vector<Example> ex;
  for (const Candidate& c : candidates)
    if (c.part != leave_out) ex.push_back({&c.features, c.right});
  fit(ex, events::kEvent, epochs, w);
}

// --- Scoring, as scripts/eval events does -------------------------------------

struct Prediction {
  double confidence;
  bool force;
  bool right;
  std::string rule;
  bool guessed;  // a side the clause does not give
  bool hostile;  // an act of conflict that is not force (roots 10–14)
  bool guess_reportable;  // a guess of its source alone, no act of conflict: reported from its own threshold
};

bool is_force(std::string_view code) {
  std::string_view f = code.substr(0, 2);
  return f == "15" || f == "17" || f == "18" || f == "19" || f == "20";
}

// The events of a sentence with their confidence, each marked right when it
// matches a gold event not matched before (in order of confidence).
void predict(const Sentence& s, const events::ArgumentModel& model, std::vector<Prediction>& out, int& gold) {
  std::vector<events::Event> found = events::extract_events(s.input(), events::TriggerLexicon::builtin(),
                                                            events::Cameo::builtin(), actors::KnowledgeBase::builtin(), model);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
  auto ids_at = [&](const std::vector<Span>& spans) {
    std::set<std::string> ids;
    for (const actors::Mention& m : s.parse->actors.mentions)
      if (any_overlap(s.span(m.first_token, m.end_token), spans)) ids.insert(m.actor);
    return ids;
  };
  std::vector<std::pair<std::set<std::string>, std::set<std::string>>> sides;
  for (const Gold& g : s.gold) sides.emplace_back(ids_at(g.source), ids_at(g.target));
  std::vector<bool> used(s.gold.size(), false);
  gold += static_cast<int>(s.gold.size());
  for (const events::Event& e : found) {
    if (std::getenv("MARSAD_VERBOSE_PRED")) {
      std::string trig;
      for (const events::TriggerInstance& t : s.instances)
        if (t.first == e.trigger_first) { Span sp = s.span(t.first, t.end); trig = s.doc.text.substr(sp.begin, sp.end - sp.begin); }
      std::fprintf(stderr, "PRED %s «%s» %s %s→%s %.2f | %s\n", s.id.c_str(), trig.c_str(), e.code.c_str(), e.source.c_str(),
                   e.target.c_str(), e.confidence, e.rule.c_str());
    }
    bool right = false;
    for (size_t k = 0; k < s.gold.size() && !right; ++k) {
      const Gold& g = s.gold[k];
      if (used[k] || std::find(g.roots.begin(), g.roots.end(), e.code.substr(0, 2)) == g.roots.end()) continue;
      const auto& [src, tgt] = sides[k];
      bool fits = (src.count(e.source) && tgt.count(e.target)) || (g.symmetric && src.count(e.target) && tgt.count(e.source));
      if (fits) used[k] = right = true;
    }
    if (std::getenv("MARSAD_VERBOSE_PRED")) std::fprintf(stderr, "   → %s\n", right ? "RIGHT" : "wrong");
    std::string_view root = std::string_view(e.code).substr(0, 2);
    out.push_back({e.confidence, is_force(e.code), right, e.rule, e.guessed, root >= "10" && root <= "14", e.guess_reportable});
  }
}

struct Score {
  int found = 0, right = 0, gold = 0, force_found = 0, force_right = 0;
  double precision() const { return found ? double(right) / found : 0; }
  double recall() const { return gold ? double(right) / gold : 0; }
  double f1() const { return right ? 2.0 * right / (found + gold) : 0; }
  double force_precision() const { return force_found ? double(force_right) / force_found : 1; }
};

// `weak_tier`: counting the weak events too (the guessed ones are never more).
// The reporting threshold of the other acts of conflict, once chosen (0 before),
// and of the events with a guessed side (never before).
double g_hostile_threshold = 0;
double g_guessed_threshold = 1.0;

Score score(const std::vector<Prediction>& predictions, int gold, double threshold, double force_threshold,
            bool weak_tier = false) {
  Score s;
  s.gold = gold;
  for (const Prediction& p : predictions) {
    double from = p.force ? force_threshold : p.hostile && !weak_tier ? std::max(threshold, g_hostile_threshold) : threshold;
    bool guess_reported = p.guess_reportable && p.confidence >= std::max(from, g_guessed_threshold);
    if (p.confidence < from || (p.guessed && !weak_tier && !guess_reported)) continue;
    ++s.found;
    s.right += p.right;
    s.force_found += p.force;
    s.force_right += p.force && p.right;
  }
  return s;
}

void print(const char* what, const Score& s) {
  std::fprintf(stderr, "%s: precision %.3f  recall %.3f  F1 %.3f  (%d right of %d gold, %d found; force precision %.3f of %d)\n",
               what, s.precision(), s.recall(), s.f1(), s.right, s.gold, s.found, s.force_precision(), s.force_found);
}

// The chance that a proposal is right given its confidence c, as a logistic
// curve of logit(c) fitted to the cross-validated proposals (Platt's scaling;
// Newton's method on two parameters).
struct Rightness {
  double slope = 1, intercept = 0;
  static double logit(double c) {
    c = std::clamp(c, 1e-4, 1 - 1e-4);
    return std::log(c / (1 - c));
  }
  double operator()(double c) const { return 1 / (1 + std::exp(-(slope * logit(c) + intercept))); }
};

// The lowest confidence from `floor` up from which `min_found` or more of the
// predictions `counted` picks are right at `target` precision, going down from
// 0.99 until they fall clearly (`dip`) below it; 1.0 (none) when never.
template <class Counted>
double lowest_threshold(const std::vector<Prediction>& predictions, Counted counted, double floor, int min_found,
                        double target, double dip) {
  double chosen = 1.0;
  for (int c = 99; c >= static_cast<int>(floor * 100); --c) {
    int found = 0, right = 0;
    for (const Prediction& p : predictions)
      if (counted(p) && p.confidence >= c / 100.0) ++found, right += p.right;
    if (found < min_found) continue;
    if (double(right) / found < target - dip) break;
    if (double(right) / found >= target) chosen = c / 100.0;
  }
  return chosen;
}

Rightness fitted_rightness(const std::vector<Prediction>& predictions) {
  Rightness r;
  for (int iteration = 0; iteration < 50; ++iteration) {
    double g0 = 0, g1 = 0, h00 = 1e-6, h01 = 0, h11 = 1e-6;  // gradient and Hessian of the log-likelihood
    for (const Prediction& p : predictions) {
      double x = Rightness::logit(p.confidence), q = r(p.confidence), w = q * (1 - q), e = (p.right ? 1 : 0) - q;
      g0 += e * x, g1 += e;
      h00 += w * x * x, h01 += w * x, h11 += w;
    }
    double det = h00 * h11 - h01 * h01;
    if (det <= 0) break;
    double d0 = (h11 * g0 - h01 * g1) / det, d1 = (h00 * g1 - h01 * g0) / det;
    r.slope += d0, r.intercept += d1;
    if (std::abs(d0) + std::abs(d1) < 1e-9) break;
  }
  return r;
}

// How well the confidences rank the proposals, whatever the threshold: the
// average of the precision at each right one, in decreasing confidence, over
// all the gold events (a proposal never made counts as precision 0). Steadier
// than a precision at one threshold for comparing two trainings.
double average_precision(std::vector<Prediction> predictions, int gold) {
  std::erase_if(predictions, [](const Prediction& p) { return p.guessed; });
  std::sort(predictions.begin(), predictions.end(),
            [](const Prediction& a, const Prediction& b) { return a.confidence > b.confidence; });
  double sum = 0;
  int right = 0;
  for (size_t k = 0; k < predictions.size(); ++k)
    if (predictions[k].right) sum += double(++right) / (k + 1);
  return gold ? sum / gold : 0;
}

// A hand-set prior over clause slots, for comparison with the learned model.
double rule_score(int role, const std::vector<std::string>& features) {
  static const std::map<std::string, std::array<double, 2>> k = {
      {"subject", {0.9, 0.2}},        {"subject-before", {0.85, 0.2}}, {"carried", {0.7, 0.1}},
      {"reporter-self", {0.7, 0.1}},  {"agent", {0.9, 0.05}},          {"adjective", {0.8, 0.1}},
      {"governing-subject", {0.6, 0.2}}, {"genitive", {0.4, 0.5}},     {"paired", {0.5, 0.5}},
      {"complement", {0.05, 0.9}},    {"object", {0.1, 0.8}},          {"other-preposition", {0.1, 0.3}},
      {"reporter", {0.2, 0.05}},      {"beyond", {0.02, 0.02}},       {"relative-head", {0.8, 0.2}},
      {"recipient", {0.1, 0.9}}};
  double score = 0.01;
  for (const std::string& f : features)
    if (f.rfind("s=", 0) == 0) {
      auto it = k.find(f.substr(2));
      if (it != k.end()) score = it->second[role == events::kSource ? 0 : 1];
    }
  for (const std::string& f : features) {
    if (f.rfind("nisba=", 0) == 0 && f != "nisba=adjective") score *= 0.15;
    if (f.rfind("place=", 0) == 0) score *= role == events::kSource ? 0 : 0.4;
  }
  return score;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string x; std::getline(in, x, ',');)
    if (!x.empty()) out.push_back(x);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string train_parts = "A,B,C", report_parts = "D", extra, calibrate_parts, shown_parts;
  int epochs = 20;
  for (size_t i = 0; i + 1 < args.size();) {
    if (args[i] == "--train") train_parts = args[i + 1];
    else if (args[i] == "--report") report_parts = args[i + 1];
    else if (args[i] == "--epochs") epochs = std::stoi(args[i + 1]);
    else if (args[i] == "--extra") extra = args[i + 1];
    else if (args[i] == "--calibrate") calibrate_parts = args[i + 1];
    else if (args[i] == "--show") shown_parts = args[i + 1];
    else if (args[i] == "--seed") g_seed = static_cast<uint32_t>(std::stoul(args[i + 1]));
    else { ++i; continue; }
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
  }
  if (args.size() != 2) {
    std::cerr << "usage: marsad-train-events DEV_DIR OUT [--train A,B,C] [--report D/N3,N4] [--calibrate PARTS] [--show PARTS] [--epochs N] [--seed N]\n";
    return 2;
  }
  const actors::Lexicon lexicon(actors::KnowledgeBase::builtin(), actors::builtin_word_lists());
  std::vector<std::string> folds = split(train_parts);
  std::vector<Sentence> training = read_parts(args[0], folds, lexicon);
  if (!extra.empty()) {
    std::vector<Sentence> written = read_parts("", split(extra), lexicon);
    std::fprintf(stderr, "%zu written sentences, in every training fold\n", written.size());
    // Three chunks of their own, so that the event model learns from their proposals too.
    for (size_t i = 0; i < written.size(); ++i) written[i].part = "written:" + std::to_string(i % 3);
    for (Sentence& s : written) training.push_back(std::move(s));
  }
  // Held-out groups, each scored apart: "D/N3,N4" is part D, then N3 and N4 together.
  std::vector<std::string> report_groups;
  for (size_t from = 0; from <= report_parts.size();) {
    size_t slash = report_parts.find('/', from);
    if (slash == std::string::npos) slash = report_parts.size();
    if (slash > from) report_groups.push_back(report_parts.substr(from, slash - from));
    from = slash + 1;
  }
  std::vector<std::vector<Sentence>> held;
  for (const std::string& group : report_groups) held.push_back(read_parts(args[0], split(group), lexicon));

  {
    Examples ex;
    for (const Sentence& s : training) add_examples(s, ex);
    size_t instances = 0;
    for (const Sentence& s : training) instances += s.instances.size();
    for (int role = 0; role < 3; ++role) {
      size_t positive = 0;
      for (const Example& e : ex.by_role[role]) positive += e.label;
      std::fprintf(stderr, "%s examples: %zu (%zu positive)\n", role == 0 ? "event" : role == 1 ? "source" : "target",
                   ex.by_role[role].size(), positive);
    }
    std::fprintf(stderr, "%zu sentences, %zu triggers\n", training.size(), instances);
    // What the model can reach: gold events with a trigger found, of a right root, with both sides among its participants.
    int total = 0, with_trigger = 0, with_root = 0, decidable = 0, with_sides = 0;
    std::map<std::string, int> why;
    for (const Sentence& s : training)
      for (const Gold& g : s.gold) {
        ++total;
        bool t_any = false, t_root = false, t_decided = false, sides = false;
        for (const events::TriggerInstance& t : s.instances) {
          if (!any_overlap(s.span(t.first, t.end), g.trigger)) continue;
          t_any = true;
          if (std::find(g.roots.begin(), g.roots.end(), t.code.substr(0, 2)) == g.roots.end()) continue;
          t_root = true;
          if (!decided(t)) continue;
          t_decided = true;
          bool src = false, tgt = false;
          for (const actors::Mention* m : t.participants) {
            Span sp = s.span(m->first_token, m->end_token);
            src |= any_overlap(sp, g.source);
            tgt |= any_overlap(sp, g.target);
          }
          sides |= src && tgt;
          if (!(src && tgt) && std::getenv("MARSAD_VERBOSE")) {
            std::string have;
            for (const actors::Mention& m : s.parse->actors.mentions) {
              Span sp = s.span(m.first_token, m.end_token);
              have += " [" + s.doc.text.substr(sp.begin, sp.end - sp.begin) + " " + m.actor + " " + m.kind + "]";
            }
            std::string src_text = g.source.empty() ? "?" : s.doc.text.substr(g.source[0].begin, g.source[0].end - g.source[0].begin);
            std::string tgt_text = g.target.empty() ? "?" : s.doc.text.substr(g.target[0].begin, g.target[0].end - g.target[0].begin);
            std::fprintf(stderr, "SIDES %s %s%s «%s» → «%s»; mentions:%s\n", s.id.c_str(), src ? "" : "[no source]",
                         tgt ? "" : "[no target]", src_text.c_str(), tgt_text.c_str(), have.c_str());
          }
        }
        if (!t_any && std::getenv("MARSAD_VERBOSE")) {
          std::string found;
          for (const events::TriggerInstance& t : s.instances) {
            Span sp = s.span(t.first, t.end);
            found += " [" + s.doc.text.substr(sp.begin, sp.end - sp.begin) + " " + t.code + "]";
          }
          std::string trigger = g.trigger.empty() ? "?" : s.doc.text.substr(g.trigger[0].begin, g.trigger[0].end - g.trigger[0].begin);
          std::fprintf(stderr, "NO TRIGGER %s «%s» %s; found:%s\n", s.id.c_str(), trigger.c_str(), g.roots[0].c_str(), found.c_str());
        }
        with_trigger += t_any;
        with_root += t_root;
        decidable += t_decided;
        with_sides += sides;
      }
    std::fprintf(stderr, "gold %d: trigger found %d, right root %d, decided %d, both sides present %d\n", total,
                 with_trigger, with_root, decidable, with_sides);
  }
  {
    std::map<std::string, std::array<int, 3>> by_slot;  // slot → (source, target, neither) among aligned triggers
    for (const Sentence& s : training)
      for (const events::TriggerInstance& t : s.instances) {
        if (!decided(t)) continue;
        std::vector<const Gold*> aligned = aligned_gold(s, t);
        if (aligned.empty()) continue;
        for (size_t i = 0; i < t.participants.size(); ++i) {
          Span sp = s.span(t.participants[i]->first_token, t.participants[i]->end_token);
          bool src = false, tgt = false;
          for (const Gold* g : aligned) src |= any_overlap(sp, g->source), tgt |= any_overlap(sp, g->target);
          std::string slot;
          for (const std::string& f : t.participant_features[i])
            if (f.rfind("s=", 0) == 0) slot = f.substr(2) + (t.trigger->kind == events::TriggerKind::kNoun ? " (noun)" : " (verb)");
          by_slot[slot][src ? 0 : tgt ? 1 : 2]++;
          if (std::getenv("MARSAD_VERBOSE_SLOTS") && slot.rfind("beyond", 0) == 0 && (src || tgt)) {
            Span ts = s.span(t.first, t.end);
            std::fprintf(stderr, "BEYOND %s %s «%s» trigger «%s» in: %s\n", s.id.c_str(), src ? "source" : "target",
                         s.doc.text.substr(sp.begin, sp.end - sp.begin).c_str(),
                         s.doc.text.substr(ts.begin, ts.end - ts.begin).c_str(), s.doc.text.c_str());
          }
        }
      }
    for (const auto& [slot, c] : by_slot)
      std::fprintf(stderr, "  slot %-28s source %3d  target %3d  neither %3d\n", slot.c_str(), c[0], c[1], c[2]);
  }
  // Cross-validation, two levels. First the argument models of the other
  // parts propose the events of each part: the event model's examples. Then
  // each part is predicted by argument and event models that never saw it.
  std::vector<Candidate> candidates;
  std::map<std::string, Weights> roles_without;
  std::vector<std::string> chunks = folds;
  if (!extra.empty())
    for (const char* w : {"written:0", "written:1", "written:2"}) chunks.push_back(w);
  for (const std::string& fold : chunks) {
    std::vector<const Sentence*> rest;
    for (const Sentence& s : training)
      if (s.part != fold) rest.push_back(&s);
    roles_without[fold] = fit_roles(rest, epochs);
    events::ArgumentModel roles = make_model(roles_without[fold], 0, 0, nullptr);
    for (const Sentence& s : training)
      if (s.part == fold) add_candidates(s, roles, candidates);
  }
  std::vector<Prediction> predictions, calibration;  // calibration: of the parts the thresholds are chosen on
  std::vector<Prediction> shown;                     // of the parts scored apart (--show)
  int gold = 0, calibration_gold = 0, shown_gold = 0, pairs_reachable = 0, pairs_right = 0;
  std::vector<std::string> calibrate = split(calibrate_parts), show = split(shown_parts);
  for (const std::string& fold : folds) {
    Weights w = roles_without[fold];
    fit_events(candidates, fold, epochs, w);
    events::ArgumentModel model = make_model(w, 0, 0, nullptr);
    for (const Sentence& s : training)
      if (s.part == fold) {
        size_t from = predictions.size();
        int gold_before = gold;
        predict(s, model, predictions, gold);
        if (std::find(calibrate.begin(), calibrate.end(), s.part) != calibrate.end()) {
          calibration.insert(calibration.end(), predictions.begin() + static_cast<long>(from), predictions.end());
          calibration_gold += gold - gold_before;
        }
        if (std::find(show.begin(), show.end(), s.part) != show.end()) {
          shown.insert(shown.end(), predictions.begin() + static_cast<long>(from), predictions.end());
          shown_gold += gold - gold_before;
        }
        // Pair accuracy: of the triggers aligned with a gold event whose two sides are participants,
        // how often the best pair is that event's.
        for (const events::TriggerInstance& t : s.instances) {
          if (!decided(t)) continue;
          std::vector<const Gold*> aligned = aligned_gold(s, t);
          if (aligned.empty()) continue;
          size_t n = t.participants.size();
          double best = -1;
          size_t a = n, b = n;
          for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
              if (i == j || t.participants[i]->actor == t.participants[j]->actor) continue;
              if (t.places[i] || (t.places[j] && !events::place_target(t.code))) continue;
              double sc = std::getenv("MARSAD_RULE_PAIRS")
                              ? rule_score(events::kSource, t.participant_features[i]) * rule_score(events::kTarget, t.participant_features[j])
                              : model.probability(events::kSource, t.participant_features[i]) *
                                    model.probability(events::kTarget, t.participant_features[j]);
              if (sc > best) best = sc, a = i, b = j;
            }
          bool reachable = false, right = false;
          for (const Gold* g : aligned) {
            bool src = false, tgt = false;
            for (const actors::Mention* m : t.participants) {
              Span sp = s.span(m->first_token, m->end_token);
              src |= any_overlap(sp, g->source);
              tgt |= any_overlap(sp, g->target);
            }
            if (!src || !tgt) continue;
            reachable = true;
            if (a == n) continue;
            Span sa = s.span(t.participants[a]->first_token, t.participants[a]->end_token);
            Span sb = s.span(t.participants[b]->first_token, t.participants[b]->end_token);
            right |= (any_overlap(sa, g->source) && any_overlap(sb, g->target)) ||
                     (g->symmetric && any_overlap(sa, g->target) && any_overlap(sb, g->source));
          }
          pairs_reachable += reachable;
          pairs_right += reachable && right;
          if (reachable && !right && std::getenv("MARSAD_VERBOSE_PAIRS")) {
            auto slot_of = [&](size_t i) {
              for (const std::string& f : t.participant_features[i])
                if (f.rfind("s=", 0) == 0) return f.substr(2);
              return std::string("?");
            };
            auto text_of = [&](size_t i) {
              Span sp = s.span(t.participants[i]->first_token, t.participants[i]->end_token);
              return s.doc.text.substr(sp.begin, sp.end - sp.begin);
            };
            std::string gold_pair;
            for (const Gold* g : aligned)
              for (size_t i = 0; i < n; ++i) {
                Span sp = s.span(t.participants[i]->first_token, t.participants[i]->end_token);
                if (any_overlap(sp, g->source)) gold_pair += " S:«" + text_of(i) + "»/" + slot_of(i);
                if (any_overlap(sp, g->target)) gold_pair += " T:«" + text_of(i) + "»/" + slot_of(i);
              }
            Span ts = s.span(t.first, t.end);
            std::fprintf(stderr, "PAIR %s «%s» picked %s→%s | gold%s\n   %s\n", s.id.c_str(),
                         s.doc.text.substr(ts.begin, ts.end - ts.begin).c_str(),
                         a < n ? ("«" + text_of(a) + "»/" + slot_of(a)).c_str() : "-",
                         b < n ? ("«" + text_of(b) + "»/" + slot_of(b)).c_str() : "-", gold_pair.c_str(), s.doc.text.c_str());
          }
        }
      }
  }
  std::fprintf(stderr, "pair accuracy in cross-validation: %d of %d reachable triggers\n", pairs_right, pairs_reachable);
  {
    std::map<std::string, std::array<int, 2>> by_rule;
    for (const Prediction& p : predictions) by_rule[p.rule][0]++, by_rule[p.rule][1] += p.right;
    std::vector<std::pair<std::string, std::array<int, 2>>> rows(by_rule.begin(), by_rule.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second[0] > b.second[0]; });
    for (const auto& [rule, c] : rows)
      if (c[0] >= 3 && std::getenv("MARSAD_VERBOSE_RULES"))
        std::fprintf(stderr, "  rule %-45s %3d found, %3d right (%.2f)\n", rule.c_str(), c[0], c[1], double(c[1]) / c[0]);
  }
  // The reporting threshold is chosen on the calibration parts when there are
  // some (everyday news: what a reader drops in), else on all the training
  // parts. With one training on one order of the examples it fell anywhere on
  // a flat stretch of the everyday curve (0.66 to 0.81); with the weights
  // averaged over orders it holds still. The acts of conflict and of force are
  // too few in everyday news to choose theirs: those are chosen on all parts.
  const std::vector<Prediction>& chosen = calibration.empty() ? predictions : calibration;
  const int chosen_gold = calibration.empty() ? gold : calibration_gold;
  if (!calibration.empty()) std::fprintf(stderr, "thresholds chosen on %s:\n", calibrate_parts.c_str());
  for (double t : {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
    Score s = score(chosen, chosen_gold, t, t);
    std::fprintf(stderr, "  at %.1f: precision %.3f recall %.3f (%d found); force %d of %d right\n", t, s.precision(),
                 s.recall(), s.found, s.force_right, s.force_found);
  }
  std::fprintf(stderr, "average precision in cross-validation: %.3f (all training parts), %.3f (%s)\n",
               average_precision(predictions, gold), average_precision(chosen, chosen_gold),
               calibration.empty() ? "the same" : calibrate_parts.c_str());
  // The thresholds. Events are reported from the lowest confidence whose
  // expected precision reaches kReportPrecision: the expectation of a fitted
  // curve of being right given the confidence (fitted_rightness), averaged over
  // the events from that confidence up. The raw precision of a hundred
  // everyday events moved the threshold by 0.1 when one event changed sides;
  // the curve, fitted on all of them, does not. An act of force only where
  // force events reach kTargetForcePrecision; "confident" where all reach
  // kTargetPrecision; weak events, shown on request, down to kWeakPrecision.
  double threshold = 0.99, force_threshold = 1.0;
  {
    std::vector<Prediction> reportable = chosen;  // force events left out while the general threshold is chosen
    std::erase_if(reportable, [](const Prediction& p) { return p.guessed || p.force; });
    Rightness curve = fitted_rightness(reportable);
    std::fprintf(stderr, "rightness given confidence c: 1 / (1 + exp(-(%.2f logit c %+.2f)))\n", curve.slope,
                 curve.intercept);
    for (int a = 99; a >= 5; --a) {
      double expected = 0;
      int found = 0;
      for (const Prediction& p : reportable)
        if (p.confidence >= a / 100.0) expected += curve(p.confidence), ++found;
      if (found >= 10 && expected / found >= kReportPrecision) threshold = a / 100.0;
    }
  }
  // The other acts of conflict (a demand, an accusation, a threat pinned on
  // someone): the lowest threshold from which kMinHostileEvents or more of them
  // reach kTargetHostilePrecision in cross-validation (going down until they
  // fall clearly below it); none above the general threshold, none reported.
  double hostile_threshold = lowest_threshold(
      predictions, [](const Prediction& p) { return p.hostile && !p.guessed; }, threshold, kMinHostileEvents,
      kTargetHostilePrecision, kHostileDip);
  g_hostile_threshold = hostile_threshold;
  // Events whose source is beyond the clause and target in it (not of conflict,
  // which never are): the lowest threshold from which kMinGuessedEvents or more of them are
  // right as often as kReportPrecision asks of the reported ones (going down
  // until they fall clearly below it).
  double guessed_threshold = lowest_threshold(
      chosen, [](const Prediction& p) { return p.guess_reportable; }, threshold, kMinGuessedEvents, kReportPrecision,
      kGuessedDip);
  g_guessed_threshold = guessed_threshold;
  // Force: the lowest threshold from which kMinForceEvents or more of them reach
  // kTargetForcePrecision in cross-validation (going down until they fall
  // clearly below it); none above the general threshold, none reported.
  force_threshold = lowest_threshold(
      predictions, [](const Prediction& p) { return p.force && !p.guessed; }, threshold, kMinForceEvents,
      kTargetForcePrecision, kForceDip);
  double confident = 1.0;
  for (int c = 99; c >= static_cast<int>(threshold * 100); --c) {
    Score s = score(chosen, chosen_gold, c / 100.0, std::max(c / 100.0, force_threshold));
    if (s.found >= 5 && s.precision() >= kTargetPrecision) confident = c / 100.0;
  }
  // Weak events (shown on request): down from the reporting threshold while
  // the precision of what lies above stays at kWeakPrecision.
  double weak = threshold;
  for (int c = static_cast<int>(threshold * 100) - 1; c >= 5; --c) {
    if (score(chosen, chosen_gold, c / 100.0, force_threshold, true).precision() < kWeakPrecision) break;
    weak = c / 100.0;
  }
  Score cv = score(predictions, gold, threshold, force_threshold);
  Score cv_weak = score(predictions, gold, weak, force_threshold, true);
  Score cv_confident = score(predictions, gold, confident, std::max(confident, force_threshold));
  std::fprintf(stderr,
               "thresholds: report from %.2f (other conflict %.2f, force %.2f, a guessed side %.2f), confident from %.2f, "
               "weak from %.2f\n",
               threshold, hostile_threshold, force_threshold, guessed_threshold, confident, weak);
  print(("cross-validation on " + train_parts + ", all reported").c_str(), cv);
  print(("cross-validation on " + train_parts + ", with the weak ones").c_str(), cv_weak);
  print(("cross-validation on " + train_parts + ", confident").c_str(), cv_confident);
  if (!shown.empty()) {
    print(("cross-validation on " + shown_parts + ", all reported").c_str(), score(shown, shown_gold, threshold, force_threshold));
    print(("cross-validation on " + shown_parts + ", with the weak ones").c_str(),
          score(shown, shown_gold, weak, force_threshold, true));
  }
  if (!calibration.empty()) {
    print(("cross-validation on " + calibrate_parts + ", all reported").c_str(),
          score(calibration, calibration_gold, threshold, force_threshold));
    print(("cross-validation on " + calibrate_parts + ", with the weak ones").c_str(),
          score(calibration, calibration_gold, weak, force_threshold, true));
    print(("cross-validation on " + calibrate_parts + ", confident").c_str(),
          score(calibration, calibration_gold, confident, std::max(confident, force_threshold)));
  }

  // The model written: argument models of all training parts, the event model
  // of all their cross-validated proposals, the thresholds chosen above.
  std::vector<const Sentence*> all;
  for (const Sentence& s : training) all.push_back(&s);
  Weights w = fit_roles(all, epochs);
  fit_events(candidates, "", epochs, w);
  // The header gives the figures the thresholds were chosen on.
  Score head = score(chosen, chosen_gold, threshold, force_threshold);
  Score head_confident = score(chosen, chosen_gold, confident, std::max(confident, force_threshold));
  std::ostringstream header;
  header << "# GENERATED by scripts/train-events (tools/train_events.cpp); DO NOT EDIT.\n"
         << "# The event models: logistic weights per feature for (event, source, target).\n"
         << "# Trained on the annotated sentences, parts " << train_parts << " (A-D: ../shared/data/events-dev; N…:\n"
         << "# tools/data/events-bench.jsonl) and tools/data/events-written.jsonl ("
         << training.size() << " sentences), " << epochs << " epochs; held out: " << report_parts << ".\n"
         << "# Thresholds chosen in cross-validation over "
         << (calibration.empty() ? "the training parts" : "parts " + calibrate_parts)
         << ": events reported from precision " << kReportPrecision << "\n"
         << "# (precision " << static_cast<int>(head.precision() * 1000) / 1000.0 << ", recall "
         << static_cast<int>(head.recall() * 1000) / 1000.0 << "), confident from precision " << kTargetPrecision << " (precision "
         << static_cast<int>(head_confident.precision() * 1000) / 1000.0 << ", recall "
         << static_cast<int>(head_confident.recall() * 1000) / 1000.0 << ").\n";
  std::string text;
  events::ArgumentModel model =
      make_model(w, threshold, force_threshold, &text, header.str(), confident, weak, hostile_threshold, guessed_threshold);
  for (size_t g = 0; g < held.size(); ++g) {
    std::vector<Prediction> held_predictions;
    int held_gold = 0;
    for (const Sentence& s : held[g]) predict(s, model, held_predictions, held_gold);
    const std::string& group = report_groups[g];
    print(("held out " + group + ", all reported").c_str(), score(held_predictions, held_gold, threshold, force_threshold));
    print(("held out " + group + ", with the weak ones").c_str(),
          score(held_predictions, held_gold, weak, force_threshold, true));
    print(("held out " + group + ", confident").c_str(),
          score(held_predictions, held_gold, confident, std::max(confident, force_threshold)));
    if (std::getenv("MARSAD_VERBOSE_RULES")) {
      std::map<std::string, std::array<int, 2>> by_rule;
      for (const Prediction& p : held_predictions)
        if (p.confidence >= threshold) by_rule[p.rule][0]++, by_rule[p.rule][1] += p.right;
      for (const auto& [rule, c] : by_rule)
        std::fprintf(stderr, "  held-out %s rule %-45s %3d found, %3d right\n", group.c_str(), rule.c_str(), c[0], c[1]);
    }
  }

  std::ofstream out(args[1], std::ios::binary);
  out << text;
  if (!out) {
    std::cerr << args[1] << ": cannot write\n";
    return 1;
  }
  std::cerr << "wrote " << args[1] << "\n";
  return 0;
}
