#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets to tests/fuzz/corpus/<target>/.

Sources: lines of web/corpus/seeds.jsonl, tests/fixtures/corpus/*, the
adversarial fixtures, time-expression sentences, knowledge-base entries, and
(when present) a handful of short articles from the research-licensed bench
corpus, each cut to <= 4 KB. Re-running it is safe (files are overwritten).
"""
import gzip, hashlib, json, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests/fuzz/corpus")
BENCH = os.path.join(os.path.dirname(ROOT), "shared/corpus/bench/saudinewsnet-2015-nonlibya.jsonl.gz")
MAX = 4096

def cut(b: bytes, n=MAX) -> bytes:
    return b[:n]

def put(target, data: bytes, name=None):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(cut(data))

def read(p):
    with open(p, "rb") as f:
        return f.read()

seed_lines = [l for l in read(os.path.join(ROOT, "web/corpus/seeds.jsonl")).split(b"\n") if l.strip()]
bench = []
if os.path.exists(BENCH):
    with gzip.open(BENCH, "rb") as f:
        for i, line in enumerate(f):
            if i >= 6: break
            doc = json.loads(line)
            doc["text"] = doc.get("text", "")[:1200]
            bench.append(json.dumps(doc, ensure_ascii=False).encode())

def short_jsonl(line: bytes) -> bytes:
    doc = json.loads(line)
    doc["text"] = doc.get("text", "")[:1000]
    return json.dumps(doc, ensure_ascii=False).encode()

docs = [short_jsonl(l) for l in seed_lines] + bench
fixtures = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/corpus/*"))) + \
           sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/adversarial/*")))

# Corpus readers: every fixture for every reader (a .csv read as .json is a
# hostile input too), plus documents in the reader's own format.
for target in ("fuzz_jsonl", "fuzz_json", "fuzz_csv", "fuzz_txt", "fuzz_analyzer"):
    for p in fixtures:
        if os.path.getsize(p) <= MAX: put(target, read(p))
for d in docs:
    put("fuzz_jsonl", d); put("fuzz_analyzer", d)
    obj = json.loads(d)
    put("fuzz_json", b"[" + d + b"]")
    put("fuzz_json", json.dumps({"documents": [obj]}, ensure_ascii=False, indent=1).encode())
    put("fuzz_txt", (obj.get("title", "") + "\n\n" + obj.get("text", "")).encode())
    text = obj.get("text", "").replace('"', '""')
    put("fuzz_csv", ('id,title,date,text\r\n%s,"%s",%s,"%s"\r\n' % (obj.get("id", ""), obj.get("title", "").replace('"', '""'), obj.get("date", ""), text)).encode())
put("fuzz_analyzer", b"\n".join(docs[:3]))

# Text layer and time expressions: plain text.
texts = [json.loads(d).get("text", "").encode() for d in docs]
time_lines = read(os.path.join(ROOT, "tests/fixtures/time/dev_expressions.jsonl")).split(b"\n")
dates = {"": 0, "2019": 1, "2019-04": 2, "2019-04-21": 3}
for t in texts: put("fuzz_normalizer", t)
for l in time_lines[:60]:
    if not l.strip(): continue
    o = json.loads(l)
    put("fuzz_normalizer", o["text"].encode())
    put("fuzz_time", bytes([dates.get(o.get("document_date", ""), 0)]) + o["text"].encode())
for t in texts[:5]: put("fuzz_time", b"\x03" + t)

# Knowledge base: single actors and whole small files of the built-in shape.
for p in sorted(glob.glob(os.path.join(ROOT, "core/data/actors/*.json"))):
    kb = json.loads(read(p))
    actors = kb["actors"] if isinstance(kb, dict) else kb
    for a in actors[:4]:
        put("fuzz_kb", json.dumps({"actors": [a]}, ensure_ascii=False).encode())
    put("fuzz_kb", json.dumps(actors[:2], ensure_ascii=False).encode())
put("fuzz_kb", b'{"actors": [{"id": "x", "type": "person", "name": {"ar": "\xd8\xb3", "en": "x"}, "state": "nowhere", "affiliation": "x", "roles": [{"title": "t", "of": "x", "from": "2019-02-30", "to": "2018"}]}]}')
