"""The annotated event sentences (../shared/data/events-dev, see its GUIDELINES.md)
analyzed by the native CLI, one document per sentence, and the spans of their
annotated surfaces in UTF-16 code units, as the analysis JSON gives offsets.

With --in-article each sentence is analyzed inside the bench article it was
drawn from (../shared/corpus/bench, found by its URL), as the page reads it: the
article's focus, its earlier names and its date are there. What the analysis
finds inside the sentence is then kept, with offsets from the sentence's start."""
import gzip
import json
import os
import subprocess
import sys
import tempfile

SHARED = os.environ.get("MARSAD_SHARED", os.path.join(os.path.dirname(__file__), "../../../../shared"))
CLI = os.environ.get("MARSAD_CLI", "build/native/cli/marsad")
# scripts/eval points MARSAD_EVENTS_DEV at build/events-dev: parts A-D and the annotated bench parts.
DEV = os.environ.get("MARSAD_EVENTS_DEV", os.path.join(SHARED, "data", "events-dev"))


def in_article(argv):
    return "--in-article" in argv


def parse_parts(argv, default="A,B,C"):
    parts = default
    if "--parts" in argv:
        parts = argv[argv.index("--parts") + 1]
    return [p.strip() for p in parts.split(",") if p.strip()]


def load_rows(parts):
    rows = []
    for p in parts:
        with open(os.path.join(DEV, f"part-{p}.jsonl"), encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def analyze_lines(lines, extra_args=()):
    """The analysis JSON of JSONL lines (each ending in a newline), by the native CLI."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.writelines(lines)
        path = f.name
    try:
        out = subprocess.run([CLI, "analyze", *extra_args, path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return json.loads(out)


BENCH = os.path.join(SHARED, "corpus", "bench", "saudinewsnet-2015-nonlibya.jsonl.gz")


def articles_of(rows):
    """The bench article each row's sentence comes from (its URL, the sentence inside it), by row id."""
    urls = {r["url"] for r in rows}
    found = {}
    with gzip.open(BENCH, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("url") in urls:
                found.setdefault(a["url"], []).append(a)
    out = {}
    for r in rows:
        for a in found.get(r["url"], []):
            if r["text"] in (a.get("text") or ""):
                out[r["id"]] = a
                break
    return out


def within(doc, start, end):
    """The parts of an article's analysis inside [start, end) (UTF-16), shifted to start there."""
    def inside(x):  # a mention by its span, an event by its trigger's
        span = x["trigger"] if isinstance(x.get("trigger"), dict) else x
        return start <= span["start"] and span["end"] <= end

    def shift(x):
        x = dict(x)
        for k, v in list(x.items()):
            if isinstance(v, dict) and "start" in v and "end" in v:
                x[k] = dict(v, start=v["start"] - start, end=v["end"] - start)
        if "start" in x and "end" in x:
            x["start"], x["end"] = x["start"] - start, x["end"] - start
        return x

    return {"id": doc["id"], "mentions": [shift(m) for m in doc.get("mentions", []) if inside(m)],
            "events": [shift(e) for e in doc.get("events", []) if inside(e)],
            "weak_events": [shift(e) for e in doc.get("weak_events", []) if inside(e)]}


def analyze(rows, extra_args=(), in_article=False):
    """The analysis JSON's documents by id (the row ids). A corpus merges a
    document into an earlier one with the same text (the same sentence from two
    articles, two sentences of one article): such rows are analyzed again apart,
    so every row has its own."""
    docs, actors = {}, {}
    sentences = {r["id"]: r["text"] for r in rows}
    articles = articles_of(rows) if in_article else {}
    missing = [r["id"] for r in rows if in_article and r["id"] not in articles]
    if missing:
        raise SystemExit(f"--in-article: no bench article holds the sentence of {', '.join(missing[:5])}")
    while rows:
        def line(r):
            a = articles.get(r["id"])
            doc = {"id": r["id"], "text": a["text"] if a else r["text"], "date": r["date"],
                   "source": r.get("source", "")}
            if a:
                doc.update(title=a.get("title", ""), url=a.get("url", ""))
            return json.dumps(doc, ensure_ascii=False) + "\n"
        analysis = analyze_lines([line(r) for r in rows], extra_args)
        for doc in analysis["documents"]:
            a = articles.get(doc["id"])
            if a:
                text, sentence = a["text"], sentences[doc["id"]]
                at = text.find(sentence)
                doc = within(doc, u16(text, at), u16(text, at + len(sentence)))
            docs[doc["id"]] = doc
        actors.update({a["id"]: a for a in analysis["actors"]})
        left = [r for r in rows if r["id"] not in docs]
        if len(left) == len(rows):
            break  # nothing analyzed at all: the CLI read none of them
        rows = left
    return docs, actors


def u16(text, i):
    """UTF-16 code units in text[:i]."""
    return len(text[:i].encode("utf-16-le")) // 2


def spans_of(text, needle):
    """Every occurrence of needle in text as UTF-16 (start, end)."""
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append((u16(text, i), u16(text, i + len(needle))))
        i = text.find(needle, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def covering_ids(doc, spans):
    """Actor ids of the mentions overlapping any of the spans."""
    ids = set()
    for m in doc.get("mentions", []):
        if any(overlaps((m["start"], m["end"]), s) for s in spans):
            ids.add(m["actor"])
    return ids


def participant_spans(row, key):
    spans = []
    for surface in row["actors"].get(key, {}).get("surfaces", []):
        spans += spans_of(row["text"], surface)
    return spans


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def ratio(a, b):
    return a / b if b else 0.0


def out(*args):
    print(*args)
    sys.stdout.flush()
