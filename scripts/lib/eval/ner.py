"""Persons, places and organizations found in ANERcorp's validation part, end
to end: its sentences are analyzed as documents (ten sentences each) by the
native CLI, and the analysis's mentions are compared with the gold names,
token for token (exact spans and types; CoNLL-style scores).

The validation part is the last tenth of ../shared/data/ner/anercorp-train.txt,
the part scripts/train-ner holds out of training. ANERcorp tags names only:
adjectives of nationality (nisba), institutions read from them and role
phrases are not names there, so those mentions are left out (a nisba inside a
role phrase too: its nested mention says role "adjective").

  ner.py [--verbose] [--all]     --all: the whole training file (what the model was trained on: not a measure)
"""
import collections
import json
import os
import sys

import devset as d

TYPES = {"person": "PERS", "place": "LOC", "country": "LOC", "organization": "ORG", "armed_group": "ORG",
         "media": "ORG"}
NAME_KINDS = {"name", "short", "found", "metonym", "description", "nested"}


def read_sentences(path):
    sentences, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            cur.append((parts[0], parts[1]))
            if parts[0] == ".":
                sentences.append(cur)
                cur = []
    if cur:
        sentences.append(cur)
    return sentences


def entities(tags):
    out, i = set(), 0
    while i < len(tags):
        if tags[i] == "O" or not tags[i].startswith("B-"):
            i += 1
            continue
        t, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + t:
            j += 1
        if t != "MISC":
            out.add((i, j, t))
        i = j
    return out


def main(argv):
    sentences = read_sentences(os.path.join(d.SHARED, "data", "ner", "anercorp-train.txt"))
    held = len(sentences) // 10
    part = sentences if "--all" in argv else sentences[len(sentences) - held:]
    docs, golds = [], []
    for k in range(0, len(part), 10):
        group = [tok for s in part[k:k + 10] for tok in s]
        text, starts = "", []
        for word, _ in group:
            if text:
                text += " "
            starts.append(d.u16(text, len(text)) if False else len(text.encode("utf-16-le")) // 2)
            text += word
        docs.append({"id": f"v{k // 10}", "text": text, "starts": starts, "words": [w for w, _ in group]})
        golds.append(entities([t for _, t in group]))
    analysis = d.analyze_lines([json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False) + "\n"
                                for doc in docs])
    types = {a["id"]: TYPES.get(a["type"]) for a in analysis["actors"]}
    by_id = {x["id"]: x for x in analysis["documents"]}
    scores = {"all": collections.Counter(), "kb": collections.Counter()}
    per_type = collections.defaultdict(collections.Counter)
    details = []
    for doc, gold in zip(docs, golds):
        starts = doc["starts"]
        ends = [s + len(w.encode("utf-16-le")) // 2 for s, w in zip(starts, doc["words"])]
        found = {"all": set(), "kb": set()}
        for m in by_id.get(doc["id"], {}).get("mentions", []):
            t = types.get(m["actor"])
            if m["kind"] not in NAME_KINDS or not t or m.get("role") == "adjective":
                continue
            toks = [i for i in range(len(starts)) if starts[i] < m["end"] and m["start"] < ends[i]]
            if not toks:
                continue
            e = (toks[0], toks[-1] + 1, t)
            found["all"].add(e)
            if not m["actor"].startswith("new:"):
                found["kb"].add(e)
        for key in scores:
            scores[key]["gold"] += len(gold)
            scores[key]["found"] += len(found[key])
            scores[key]["right"] += len(gold & found[key])
        for t in ("PERS", "LOC", "ORG"):
            g = {e for e in gold if e[2] == t}
            f_ = {e for e in found["all"] if e[2] == t}
            per_type[t]["gold"] += len(g)
            per_type[t]["found"] += len(f_)
            per_type[t]["right"] += len(g & f_)
        for e in sorted(gold - found["all"]):
            details.append(("MISS", e, doc))
        for e in sorted(found["all"] - gold):
            details.append(("FALSE", e, doc))

    def line(c):
        p, r = d.ratio(c["right"], c["found"]), d.ratio(c["right"], c["gold"])
        return f"precision {p:.3f}  recall {r:.3f}  F1 {d.f1(p, r):.3f}  ({c['right']} right of {c['gold']} gold, {c['found']} found)"

    what = "the whole training file (trained on: not a measure)" if "--all" in argv else f"validation part (last {held} sentences)"
    d.out(f"== names on ANERcorp, {what}")
    d.out("   all mentions:          " + line(scores["all"]))
    d.out("   knowledge base only:   " + line(scores["kb"]))
    for t in ("PERS", "LOC", "ORG"):
        d.out(f"   {t:5s}                  " + line(per_type[t]))
    if "--verbose" in argv:
        for what, (i, j, t), doc in details:
            d.out(f"  {what} {t} «{' '.join(doc['words'][i:j])}»   … {' '.join(doc['words'][max(0, i - 4):j + 3])}")


if __name__ == "__main__":
    main(sys.argv[1:])
