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
        for e in row["events"] + row["non_events"]:
            if e["trigger"] not in text:
                sys.exit(f"{r['id']}: trigger «{e['trigger']}» not in its sentence: the pointer is stale")
        by_part.setdefault(r["part"], []).append(row)
    for part, part_rows in by_part.items():
        with open(os.path.join(out_dir, f"part-{part}.jsonl"), "w", encoding="utf-8") as f:
            for row in part_rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "pack":
        pack(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "unpack":
        unpack(*sys.argv[2:])
    else:
        sys.exit(__doc__)
