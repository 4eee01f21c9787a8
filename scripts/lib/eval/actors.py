"""Participant coverage on the annotated event sentences (../shared/data/events-dev):
the share of annotated event participants that a mention of the right actor
covers. Each sentence is analyzed as a document; a participant is covered when
a mention overlaps one of its annotated surfaces, and right when that mention's
actor is the one tests/eval/events-dev-actors.tsv maps the annotators' key to
(a knowledge-base id, or `new` for an actor the knowledge base does not list,
which must then be found as one: in_kb false, a found name or a group of a
state's people). Keys the map does not list are
counted apart, as unmapped.

  actors.py [--parts A,B,C] [--verbose] [--suggest]   --suggest: print map lines for unmapped keys
"""
import collections
import os
import sys

import devset as d

MAP = os.path.join(os.path.dirname(__file__), "../../../tests/eval/events-dev-actors.tsv")


def read_map():
    out = {}
    if not os.path.exists(MAP):
        return out
    with open(MAP, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            key, *ids = line.split()
            out[key] = set(ids)
    return out


def main(argv):
    parts = d.parse_parts(argv)
    rows = d.load_rows(parts)
    docs, actors = d.analyze(rows, in_article=d.in_article(argv))
    mapping = read_map()

    def in_kb(i):  # found names (new:…) and groups of a state's people (group:…) are not listed
        return actors.get(i, {}).get("in_kb", True)

    tally = collections.Counter()
    by_type = collections.defaultdict(collections.Counter)
    misses, votes = [], collections.defaultdict(collections.Counter)
    for row in rows:
        doc = docs.get(row["id"], {"mentions": []})
        for key, a in row["actors"].items():
            spans = d.participant_spans(row, key)
            ids = d.covering_ids(doc, spans)
            tally["participants"] += 1
            by_type[a["type"]]["participants"] += 1
            if ids:
                tally["covered"] += 1
                by_type[a["type"]]["covered"] += 1
            for i in ids:
                votes[key]["new" if not in_kb(i) else i] += 1
            if key not in mapping:
                tally["unmapped"] += 1
                continue
            want = mapping[key]
            right = any(i in want or (not in_kb(i) and "new" in want) for i in ids)
            tally["mapped"] += 1
            tally["right"] += right
            by_type[a["type"]]["right"] += right
            by_type[a["type"]]["mapped"] += 1
            if not right:
                misses.append((row, key, a, ids, want))
    d.out(f"== participants on part {'+'.join(parts)}: {tally['participants']} annotated")
    d.out(f"   covered by a mention: {d.ratio(tally['covered'], tally['participants']):.3f}   "
          f"by the right actor: {d.ratio(tally['right'], tally['mapped']):.3f} of {tally['mapped']} mapped "
          f"({tally['unmapped']} unmapped)")
    for t, c in sorted(by_type.items(), key=lambda x: -x[1]["participants"]):
        d.out(f"     {t:13s} {c['participants']:4d}  covered {d.ratio(c['covered'], c['participants']):.2f}  "
              f"right {d.ratio(c['right'], c['mapped']):.2f}")
    if "--verbose" in argv:
        for row, key, a, ids, want in misses:
            d.out(f"  MISS {row['id']} {key} ({a['type']}) «{' / '.join(a['surfaces'])}» want {sorted(want)} "
                  f"got {sorted(ids) or '∅'}\n      {row['text']}")
    if "--suggest" in argv:
        for key in sorted(k for k in votes if k not in mapping):
            d.out(f"{key}\t{' '.join(i for i, _ in votes[key].most_common(2))}")


if __name__ == "__main__":
    main(sys.argv[1:])
