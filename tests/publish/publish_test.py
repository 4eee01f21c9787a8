"""scripts/publish on a local Dask cluster of 2 workers over 400 bench
articles (and a duplicate and a reused id across partitions): the published
index holds the same documents, actors, events, relations and problems as
the single-process analysis of the same file. Skipped, with a message, when
../shared's bench corpus is absent.

    /usr/bin/python3 tests/publish/publish_test.py"""
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile
import unittest
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("MARSAD_BUILD_DIR", os.path.join(ROOT, "build"))
CLI = os.path.join(BUILD, "native", "cli", "marsad")
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "bench", "saudinewsnet-2015-nonlibya.jsonl.gz")
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib", "publish"))
from buckets import bucket  # noqa: E402  the index's own bucket rule

SEARCHED = ["السعودية", "كاميرون", "داعش", "الرياض", "اليمن"]


def gz_json(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def cli(*args):
    run = subprocess.run([CLI, *args], capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"marsad {args[0]} failed: {run.stderr[-1000:]}")
    return json.loads(run.stdout)


@unittest.skipUnless(os.path.exists(BENCH), f"the bench corpus is absent ({BENCH}): publishing is not tested")
class PublishedIndexEqualsOneAnalysis(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="marsad-publish-")
        corpus = os.path.join(cls.tmp.name, "bench-400.jsonl")
        with gzip.open(BENCH, "rt", encoding="utf-8") as src:
            lines = [next(src) for _ in range(400)]
        copy, reused = json.loads(lines[4]), json.loads(lines[7])
        copy["id"] = "copy-of-line-5"                         # same text, another id: a duplicate
        reused["text"] += "\nفقرة أضيفت لتختلف عن الأصل."   # another text, an id taken
        with open(corpus, "w", encoding="utf-8") as out:
            out.writelines(lines)
            out.write(json.dumps(copy, ensure_ascii=False) + "\n")
            out.write(json.dumps(reused, ensure_ascii=False) + "\n")
        cls.site = os.path.join(cls.tmp.name, "site")
        subprocess.run([os.path.join(ROOT, "scripts", "publish"), corpus, "--out", cls.site, "--workers", "2",
                        "--partition-mb", "0.5", "--chunk-docs", "48"], check=True)
        cls.index = os.path.join(cls.site, "published")
        cls.manifest = read_json(os.path.join(cls.index, "manifest.json"))
        cls.single = cli("analyze", corpus)
        # Every chunk merged back in one analyzer: what the page's Session holds with all chunks loaded.
        shards = []
        for chunk in cls.manifest["chunks"]:
            path = os.path.join(cls.tmp.name, chunk["name"] + ".shard")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(gz_json(os.path.join(cls.index, "chunks", chunk["name"] + ".json.gz")), f, ensure_ascii=False)
            shards.append(path)
        cls.merged = cli("merge", *shards)
        cls.searches = {w: cli("search", w, corpus) for w in SEARCHED}
        cls.chunk_of = {d["id"]: c["name"] for c in cls.manifest["chunks"]
                        for d in gz_json(os.path.join(cls.index, "chunks", c["name"] + ".json.gz"))["documents"]
                        for d in [d["document"]]}
        cls.numbers = {c["name"]: i for i, c in enumerate(cls.manifest["chunks"])}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def lookup(self, kind, key):
        table = gz_json(os.path.join(self.index, "index", kind, f"{bucket(key, self.manifest['buckets'][kind])}.json.gz"))
        return table.get(key)

    def test_the_corpus_id_and_counts_are_the_single_analysis(self):
        self.assertEqual(self.manifest["corpus"]["id"], self.single["corpus"]["id"])
        self.assertEqual(self.manifest["corpus"]["documents"], self.single["corpus"]["documents"])
        self.assertEqual(self.merged["corpus"]["id"], self.single["corpus"]["id"])

    def test_the_chunks_hold_the_same_documents_and_analyses(self):
        by_id = lambda a: {d["id"]: d for d in a["documents"]}  # noqa: E731
        single, merged = by_id(self.single), by_id(self.merged)
        self.assertEqual(sorted(merged), sorted(single))
        self.assertIn("copy-of-line-5", single["snn-000004"]["duplicates"])
        for doc_id, doc in single.items():
            self.assertEqual(merged[doc_id], doc, doc_id)

    def test_the_same_actors_with_their_counts(self):
        self.assertEqual(self.merged["actors"], self.single["actors"])
        mentioned = {a["id"]: a for a in self.single["actors"] if a["mentions"] > 0}
        self.assertEqual(self.manifest["actor_count"], len(mentioned))
        for actor in self.manifest["actors"]:
            self.assertEqual((actor["mentions"], actor["type"]), (mentioned[actor["id"]]["mentions"], mentioned[actor["id"]]["type"]))
        for actor_id in list(mentioned)[:300]:  # the actors' postings count every mention, chunk by chunk
            postings = self.lookup("actors", actor_id)
            self.assertEqual(sum(n for _, n in postings), mentioned[actor_id]["mentions"], actor_id)

    def test_the_same_problems(self):
        published = Counter((p.get("line"), p["message"]) for p in gz_json(os.path.join(self.index, "problems.json.gz")))
        single = Counter((p.get("line"), p["message"]) for p in self.single["corpus"]["errors"])
        self.assertEqual(published, single)
        self.assertTrue(any("already used" in m for _, m in single))

    def test_every_document_and_event_is_found_by_its_keys(self):
        for doc in self.single["documents"]:
            self.assertEqual(self.lookup("documents", doc["id"]), self.chunk_of[doc["id"]])
            for e in doc["events"]:
                postings = (self.lookup("relations", e["source"]) or {}).get(e["target"], [])
                self.assertIn(self.numbers[self.chunk_of[doc["id"]]], postings, (doc["id"], e["code"]))

    def test_relations_count_the_same_reports(self):
        reports = Counter()
        for doc in self.single["documents"]:
            for e in doc["events"]:
                if e.get("historical"):
                    continue
                a, b = e["source"], e["target"]
                reports[(b, a) if e.get("symmetric") and b < a else (a, b)] += 1
        self.assertEqual(self.manifest["relation_count"], len(reports))
        for r in self.manifest["relations"]:
            self.assertEqual(r["reports"], reports[(r["a"], r["b"])], (r["a"], r["b"]))
            self.assertLessEqual(r["events"], r["reports"])

    def test_search_terms_lead_to_every_hit(self):
        for word, answer in self.searches.items():
            self.assertGreater(answer["total"], 0, word)
            postings = set()
            for term in answer["normalized"].split():
                postings = postings | set(self.lookup("terms", term) or [])
            for hit in answer["hits"]:
                self.assertIn(self.numbers[self.chunk_of[hit["document"]]], postings, (word, hit["document"]))

    def test_chunks_are_small_and_the_site_has_the_page(self):
        self.assertTrue(os.path.exists(os.path.join(self.site, "index.html")))
        for chunk in self.manifest["chunks"]:
            self.assertLessEqual(chunk["documents"], 48)
            self.assertLess(chunk["bytes"], 600_000)


class EveryInputFormat(unittest.TestCase):
    """Files of every format and with bad lines, published as they are analyzed: the same
    corpus id (a .txt document's id is its file's name) and the same problems, lines included."""

    def test_txt_json_csv_and_jsonl_with_their_problems(self):
        corpus = os.path.join(ROOT, "tests", "fixtures", "corpus")
        files = [os.path.join(corpus, f) for f in ("arabic.txt", "array.json", "quoted.csv", "mixed_bad.jsonl")]
        with tempfile.TemporaryDirectory(prefix="marsad-publish-") as tmp:
            subprocess.run([os.path.join(ROOT, "scripts", "publish"), *files, "--out", os.path.join(tmp, "site"),
                            "--workers", "2"], check=True, capture_output=True)
            index = os.path.join(tmp, "site", "published")
            manifest = read_json(os.path.join(index, "manifest.json"))
            published = gz_json(os.path.join(index, "problems.json.gz"))
        single = cli("analyze", *files)
        self.assertEqual(manifest["corpus"]["id"], single["corpus"]["id"])
        key = lambda p: (p["file"], p.get("line"), p["message"])  # noqa: E731
        self.assertEqual(sorted(map(key, published)), sorted(map(key, single["corpus"]["errors"])))


class BadInput(unittest.TestCase):
    def test_a_missing_corpus_file_is_named_in_both_languages(self):
        run = subprocess.run([os.path.join(ROOT, "scripts", "publish"), "/nonexistent/corpus.jsonl", "--out",
                              os.path.join(tempfile.gettempdir(), "marsad-never")], capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("/nonexistent/corpus.jsonl: cannot read this corpus file", run.stderr)
        self.assertIn("تعذّرت قراءة ملف المدوّنة", run.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
