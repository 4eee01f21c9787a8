"""Annotated bench sentences kept as pointers: the repository holds the
annotations of sentences of the bench corpus (tools/data/events-bench.jsonl),
each with the article's id and the sentence's UTF-16 offsets into its text,
but not the text itself (the corpus's research licence keeps it in ../shared).
`unpack` rebuilds the sentences in the events-dev shape under build/events-dev,
beside links to ../shared's parts A-D, so that the trainer and the evaluation
read every part from one folder.

  bench_sentences.py unpack POINTERS BENCH_GZ OUT_DIR DEV_DIR
  bench_sentences.py pack ANNOTATED.jsonl PICKS.json PART BENCH_GZ >> POINTERS
      (at annotation time: the annotated rows, with their text, become pointers;
      PICKS.json maps each row id to its article)
  bench_sentences.py draw ARTICLES.jsonl ANALYSIS.json FIRST_ID OUT_DIR
      (before annotation: one sentence an article of ARTICLES.jsonl, 125 among
      those where the analysis (`marsad analyze ARTICLES.jsonl`) proposed an
      event, reported or weak, 75 among those naming two actors or more with
      none, shuffled and split in two parts of 100 for two annotators:
      OUT_DIR/part-1.todo.jsonl, part-2.todo.jsonl and picks.json, row ids
      N-FIRST_ID on)
"""
import gzip
import json
import os
import sys


def utf16_offset(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def articles(bench_gz, wanted):
    out = {}
    with gzip.open(bench_gz, "rt", encoding="utf-8") as f:
        for line in f:
            if not wanted - out.keys():
                break
            r = json.loads(line)
            if r.get("id") in wanted:
                out[r["id"]] = r
    return out


def pack(annotated, picks_path, part, bench_gz):
    picks = {p["id"]: p for p in json.load(open(picks_path, encoding="utf-8"))}
    rows = [json.loads(l) for l in open(annotated, encoding="utf-8") if l.strip()]
    docs = articles(bench_gz, {picks[r["id"]]["doc"] for r in rows})
    for r in rows:
        doc = docs[picks[r["id"]]["doc"]]
        at = doc["text"].find(r["text"])
        if at < 0:
            sys.exit(f"{r['id']}: text not found in {doc['id']}")
        pointer = {"id": r["id"], "part": part, "doc": doc["id"], "source": doc.get("source", ""),
                   "start": utf16_offset(doc["text"], at), "end": utf16_offset(doc["text"], at + len(r["text"]))}
        pointer.update({k: v for k, v in r.items() if k not in ("id", "text")})
        print(json.dumps(pointer, ensure_ascii=False))


def unpack(pointers, bench_gz, out_dir, dev_dir):
    rows = [json.loads(l) for l in open(pointers, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):  # the evaluations find a sentence's analysis by its id
        sys.exit(f"{pointers}: row ids repeated: {sorted({i for i in ids if ids.count(i) > 1})[:5]}")
    docs = articles(bench_gz, {r["doc"] for r in rows})
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(dev_dir)):
        link = os.path.join(out_dir, name)
        if name.startswith("part-") and not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(dev_dir, name)), link)
    by_part = {}
    for r in rows:
        doc = docs.get(r["doc"])
        if doc is None:
            sys.exit(f"{r['id']}: article {r['doc']} is not in {bench_gz}")
        text = utf16_slice(doc["text"], r["start"], r["end"])
        row = {"id": r["id"], "url": doc.get("url", ""), "date": r["date"], "source": r["source"], "text": text}
        row.update({k: v for k, v in r.items() if k not in ("id", "part", "doc", "start", "end", "date", "source")})
        for e in row["events"] + row.get("non_events", []):
            if e["trigger"] not in text:
                sys.exit(f"{r['id']}: trigger «{e['trigger']}» not in its sentence: the pointer is stale")
        by_part.setdefault(r["part"], []).append(row)
    for part, part_rows in by_part.items():
        with open(os.path.join(out_dir, f"part-{part}.jsonl"), "w", encoding="utf-8") as f:
            for row in part_rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def draw(articles_path, analysis_path, first_id, out_dir, with_event=125, without=75):
    import random
    texts = {}
    for line in open(articles_path, encoding="utf-8"):
        r = json.loads(line)
        texts[r["id"]] = r["text"]
    proposed, named = [], []
    for d in json.load(open(analysis_path, encoding="utf-8"))["documents"]:
        text = texts[d["id"]]
        spans = {(e["sentence"]["start"], e["sentence"]["end"]) for e in d["events"] + d["weak_events"]}
        with_events, two_actors = [], []
        for s in d["sentences"]:
            span = (s["start"], s["end"])
            sentence = utf16_slice(text, *span).strip()
            if not 40 <= len(sentence) <= 450 or "\n" in sentence:
                continue
            if span in spans:
                with_events.append(sentence)
            elif len({m["actor"] for m in d["mentions"] if span[0] <= m["start"] and m["end"] <= span[1]}) >= 2:
                two_actors.append(sentence)
        pick = random.Random(d["id"])  # the same sentence for the same article, whatever else is drawn
        if with_events:
            proposed.append((d["id"], d.get("date", ""), pick.choice(with_events)))
        elif two_actors:
            named.append((d["id"], d.get("date", ""), pick.choice(two_actors)))
    rng = random.Random(int(first_id))
    chosen = rng.sample(proposed, min(with_event, len(proposed))) + rng.sample(named, min(without, len(named)))
    rng.shuffle(chosen)
    os.makedirs(out_dir, exist_ok=True)
    picks, half = [], (len(chosen) + 1) // 2
    for k, (doc, date, sentence) in enumerate(chosen):
        row_id = f"N-{int(first_id) + k}"
        picks.append({"id": row_id, "doc": doc})
        with open(os.path.join(out_dir, f"part-{1 if k < half else 2}.todo.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps({"id": row_id, "date": date, "text": sentence}, ensure_ascii=False) + "\n")
    json.dump(picks, open(os.path.join(out_dir, "picks.json"), "w"))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "pack":
        pack(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "unpack":
        unpack(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "draw":
        draw(*sys.argv[2:])
    else:
        sys.exit(__doc__)
