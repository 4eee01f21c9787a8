"""Event precision, recall and F1 on the annotated sentences of ../shared/data/events-dev.

A found event matches a gold event of its sentence when its source is one of
the actors the analyzer found at the gold source's surfaces, its target one of
those at the gold target's, and its CAMEO root is among the gold's acceptable
roots; a symmetric gold event matches either direction. Each gold event and
each found event is matched at most once (maximum bipartite matching).

Misses and false events are put in one failure class each: unknown actor (a
gold participant's surfaces are covered by no mention), weak only (found, but
under the reporting threshold: among the page's hidden weak events), no
trigger, wrong root, reversed, wrong source, wrong target, and for false events with no gold
counterpart, spurious (or the gold's non-event reason: negated, conditional…).

  events.py [--parts A,B,C] [--verbose] [--json]
"""
import collections
import json
import sys

import devset as d


def root(code):
    return code[:2]


def is_conflict(code):
    return 10 <= int(root(code)) <= 20


def gold_participants(row, doc):
    """Per gold event: (source ids, target ids, trigger spans)."""
    out = []
    for g in row["events"]:
        s = d.covering_ids(doc, d.participant_spans(row, g["source"]))
        t = d.covering_ids(doc, d.participant_spans(row, g["target"]))
        out.append((s, t, d.spans_of(row["text"], g["trigger"])))
    return out


def fits(f, g, s, t):
    if root(f["code"]) not in g["roots"]:
        return False
    if f["source"] in s and f["target"] in t:
        return True
    return g.get("symmetric", False) and f["source"] in t and f["target"] in s


def match(found, golds, parts):
    """Maximum bipartite matching found ↔ gold (Kuhn's algorithm): gold index → found index."""
    owner = {}  # found index → gold index

    def augment(gi, seen):
        for fi, f in enumerate(found):
            if fi in seen or not fits(f, golds[gi], *parts[gi][:2]):
                continue
            seen.add(fi)
            if fi not in owner or augment(owner[fi], seen):
                owner[fi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: fi for fi, gi in owner.items()}


def trigger_span(f):
    return (f["trigger"]["start"], f["trigger"]["end"])


def miss_class(g, s, t, tspans, free, weak=()):
    if not s or not t:
        return "unknown actor"
    if any(fits(w, g, s, t) for w in weak):
        return "weak only"
    near = [f for f in free if any(d.overlaps(trigger_span(f), x) for x in tspans)]
    for f in free:
        same = (f["source"] in s and f["target"] in t) or (f["source"] in t and f["target"] in s and g.get("symmetric"))
        if same and root(f["code"]) not in g["roots"]:
            return "wrong root"
    for f in free:
        if f["source"] in t and f["target"] in s:
            return "reversed"
    for f in near:
        return "wrong target" if f["source"] in s else "wrong source"
    return "no trigger"


def evaluate(rows, docs):
    tally = collections.Counter()
    misses, falses = collections.Counter(), collections.Counter()
    by_root_gold, by_root_hit = collections.Counter(), collections.Counter()
    by_root_found, by_root_right = collections.Counter(), collections.Counter()
    by_rule_found, by_rule_right = collections.Counter(), collections.Counter()
    conflict_found = conflict_right = 0
    dated = dated_right = 0  # right events whose gold is dated, and those dated as the gold
    details = []
    for row in rows:
        doc = docs.get(row["id"], {"mentions": [], "events": []})
        golds, found = row["events"], doc.get("events", [])
        parts = gold_participants(row, doc)
        matched = match(found, golds, parts)
        used = set(matched.values())
        free = [f for i, f in enumerate(found) if i not in used]
        tally["gold"] += len(golds)
        tally["found"] += len(found)
        tally["right"] += len(matched)
        miss_by_trigger = []
        for gi, g in enumerate(golds):
            by_root_gold[g["roots"][0]] += 1
            if gi in matched:
                by_root_hit[g["roots"][0]] += 1
                if g.get("date"):
                    dated += 1
                    dated_right += found[matched[gi]].get("date") == g["date"]
                continue
            s, t, tspans = parts[gi]
            kind = miss_class(g, s, t, tspans, free, doc.get("weak_events", []))
            misses[kind] += 1
            miss_by_trigger.append((tspans, kind))
            details.append(("miss", kind, row, g, s, t))
        for fi, f in enumerate(found):
            r = root(f["code"])
            by_root_found[r] += 1
            by_rule_found[f.get("rule", "")] += 1
            right = fi in used
            by_root_right[r] += right
            by_rule_right[f.get("rule", "")] += right
            if is_conflict(f["code"]):
                conflict_found += 1
                conflict_right += right
            if right:
                continue
            kind = "spurious"
            for tspans, k in miss_by_trigger:
                if any(d.overlaps(trigger_span(f), x) for x in tspans):
                    kind = k if k != "no trigger" else "wrong trigger"
                    break
            else:
                for n in row.get("non_events", []):
                    if any(d.overlaps(trigger_span(f), x) for x in d.spans_of(row["text"], n["trigger"])):
                        kind = "spurious (" + n["why"] + ")"
                        break
            falses[kind] += 1
            details.append(("false", kind, row, f, None, None))
    return dict(tally=tally, misses=misses, falses=falses, by_root_gold=by_root_gold, by_root_hit=by_root_hit,
                by_root_found=by_root_found, by_root_right=by_root_right, by_rule_found=by_rule_found,
                by_rule_right=by_rule_right, conflict=(conflict_right, conflict_found), dates=(dated_right, dated),
                details=details)


def report(parts, res, verbose):
    t = res["tally"]
    p, r = d.ratio(t["right"], t["found"]), d.ratio(t["right"], t["gold"])
    cr, cf = res["conflict"]
    d.out(f"== events on part {'+'.join(parts)}: {t['gold']} gold events, {t['found']} found, {t['right']} right")
    d.out(f"   precision {p:.3f}   recall {r:.3f}   F1 {d.f1(p, r):.3f}   conflict (roots 10-20) precision "
          f"{d.ratio(cr, cf):.3f} ({cr}/{cf})")
    d.out("   by CAMEO root     gold  recall    found  precision")
    for k in sorted(set(res["by_root_gold"]) | set(res["by_root_found"])):
        g, h = res["by_root_gold"][k], res["by_root_hit"][k]
        f, ok = res["by_root_found"][k], res["by_root_right"][k]
        d.out(f"     {k}            {g:5d}  {d.ratio(h, g):6.2f}    {f:5d}  {d.ratio(ok, f):6.2f}")
    d.out("   misses by class:       " + ", ".join(f"{k} {v}" for k, v in res["misses"].most_common()))
    d.out("   false events by class: " + ", ".join(f"{k} {v}" for k, v in res["falses"].most_common()))
    d.out("   found by rule (right/found): " + ", ".join(
        f"{k or '?'} {res['by_rule_right'][k]}/{v}" for k, v in res["by_rule_found"].most_common()))
    dr, dn = res["dates"]
    if dn:
        d.out(f"   dates of the right events: {dr} of {dn} as the annotators dated them ({d.ratio(dr, dn):.3f})")
    if verbose:
        for what, kind, row, e, s, tt in res["details"]:
            if what == "miss":
                d.out(f"  MISS [{kind}] {row['id']} {e['trigger']} {e['source']}→{e['target']} {e['code']} "
                      f"(found at source: {sorted(s) or '∅'}, at target: {sorted(tt) or '∅'})\n      {row['text']}")
            else:
                trig = row["text"][e["trigger"]["start"]:e["trigger"]["end"]]
                d.out(f"  FALSE [{kind}] {row['id']} {trig} {e['source']}→{e['target']} {e['code']} "
                      f"rule {e.get('rule')}\n      {row['text']}")


def main(argv):
    parts = d.parse_parts(argv)
    rows = d.load_rows(parts)
    docs, _ = d.analyze(rows, in_article=d.in_article(argv))
    res = evaluate(rows, docs)
    if "--json" in argv:
        t = res["tally"]
        print(json.dumps({"gold": t["gold"], "found": t["found"], "right": t["right"],
                          "conflict_right": res["conflict"][0], "conflict_found": res["conflict"][1]}))
        return
    report(parts, res, "--verbose" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
