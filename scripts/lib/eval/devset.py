"""The annotated event sentences (../shared/data/events-dev, see its GUIDELINES.md)
analyzed by the native CLI, one document per sentence, and the spans of their
annotated surfaces in UTF-16 code units, as the analysis JSON gives offsets."""
import json
import os
import subprocess
import sys
import tempfile

SHARED = os.environ.get("MARSAD_SHARED", os.path.join(os.path.dirname(__file__), "../../../../shared"))
CLI = os.environ.get("MARSAD_CLI", "build/native/cli/marsad")
# scripts/eval points MARSAD_EVENTS_DEV at build/events-dev: parts A-D and the annotated bench parts.
DEV = os.environ.get("MARSAD_EVENTS_DEV", os.path.join(SHARED, "data", "events-dev"))


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


def analyze(rows, extra_args=()):
    """The analysis JSON's documents by id (the row ids). A corpus merges a
    document into an earlier one with the same text (the same sentence from two
    articles): such rows are analyzed again apart, so every row has its own."""
    docs, actors = {}, {}
    while rows:
        lines = [json.dumps({"id": r["id"], "text": r["text"], "date": r["date"], "source": r.get("source", "")},
                            ensure_ascii=False) + "\n" for r in rows]
        analysis = analyze_lines(lines, extra_args)
        docs.update({d["id"]: d for d in analysis["documents"]})
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
