"""scripts/publish: a corpus analyzed on Dask distributed and written as a
static site the page loads lazily (docs/published-index.md).

    python3 run.py --cli build/native/cli/marsad --site build/site --out DIR
                   [--scheduler tcp://HOST:8786 | --workers N] [--limit DOCS] CORPUS…

Each partition goes through the native CLI in a subprocess (the unit of
work); the index is built by keyed Dask operations on the documents those
give back, so no step holds the whole corpus: the partitions are cut by
streaming, each task holds one partition, a chunk, or one bucket of keys."""
import argparse
import functools
import json
import os
import resource
import shutil
import sys
import time

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster, wait

import chunks as chunking
import dedup
import manifest
import postings
from analyze import analyze_partition
from buckets import stable_groupby, write_gzip_json
from partitions import cut

BUCKETS = {"documents": 64, "actors": 64, "relations": 64, "terms": 256}


def fail(message_en, message_ar, path=""):
    where = f"{path}: " if path else ""
    sys.exit(f"publish: {where}{message_en}\nنشر: {where}{message_ar}")


def parse_args(argv):
    p = argparse.ArgumentParser(prog="scripts/publish", description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="+", help="corpus files: .jsonl (or .jsonl.gz), .json, .csv, .txt")
    p.add_argument("--out", required=True, help="the site's folder (written anew)")
    p.add_argument("--cli", required=True)
    p.add_argument("--site", required=True, help="the built page (build/site)")
    p.add_argument("--scheduler", help="tcp://HOST:PORT of a running Dask scheduler (default: a local cluster)")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="local cluster's workers (default: the cores)")
    p.add_argument("--kb", action="append", default=[], help="knowledge-base additions, as for scripts/analyze")
    p.add_argument("--partition-mb", type=float, default=4.0, help="text per CLI run (default 4 MB)")
    p.add_argument("--chunk-docs", type=int, default=64, help="documents per chunk file (default 64)")
    p.add_argument("--limit", type=int, help="only the first DOCS lines of the corpus")
    p.add_argument("--work", help="scratch folder for partitions, on a filesystem every worker sees (default OUT.work)")
    p.add_argument("--summary", help="writes the run's figures (times, memory, sizes) as JSON here")
    return p.parse_args(argv)


def check_inputs(args):
    for path in args.corpus:
        if not os.path.isfile(path):
            fail("cannot read this corpus file", "تعذّرت قراءة ملف المدوّنة هذا", path)
    for path in args.kb:
        if not os.path.isfile(path):
            fail("cannot read this knowledge-base file", "تعذّرت قراءة ملف قاعدة المعرفة هذا", path)
    if not os.access(args.cli, os.X_OK):
        fail("the native CLI is not built (scripts/build native)", "أداة سطر الأوامر غير مبنية (scripts/build native)", args.cli)
    if not os.path.isfile(os.path.join(args.site, "index.html")):
        fail("the page is not built (scripts/build site)", "الصفحة غير مبنية (scripts/build site)", args.site)


def cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def worker_usage():
    return {"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "self_cpu": cpu(resource.RUSAGE_SELF), "children_cpu": cpu(resource.RUSAGE_CHILDREN)}


def mark_page(index_html):
    """Tells the page where its published index is (web/src/published/fetch-index.js)."""
    with open(index_html, encoding="utf-8") as f:
        page = f.read()
    charset = '<meta charset="utf-8">'
    if charset not in page:
        fail("the page has no charset line to mark", "لا يوجد في الصفحة سطر الترميز لوسمها", index_html)
    page = page.replace(charset, charset + '\n  <meta name="marsad-published" content="published/manifest.json">', 1)
    with open(index_html, "w", encoding="utf-8") as f:
        f.write(page)


def publish(args, client):
    started = time.time()
    out = os.path.abspath(args.out)
    work = os.path.abspath(args.work or out + ".work")
    index_dir = os.path.join(out, "published")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(args.site, out)
    mark_page(os.path.join(out, "index.html"))
    cli, kb = os.path.abspath(args.cli), [os.path.abspath(k) for k in args.kb]

    parts = cut([os.path.abspath(p) for p in args.corpus], work, int(args.partition_mb * (1 << 20)), args.limit)
    for part in parts:  # names as the reader gave them, not the absolute paths
        part["file"] = next((p for p in args.corpus if os.path.abspath(p) == part["file"]), part["file"])

    stages = {}
    mark = [started]

    def stage(name):
        now = time.time()
        stages[name] = round(now - mark[0], 2)
        mark[0] = now

    stage("partitions")
    # 1. The unit of work: the CLI over each partition.
    records = db.from_sequence(parts, npartitions=len(parts)).map(analyze_partition, cli, kb).flatten().persist()
    wait(records)
    stage("analysis")
    documents = records.filter(lambda r: r["kind"] == "document")

    # 2. Duplicates by normalized-text hash, then ids taken twice: keyed
    #    groups of the documents' keys (a shuffle of small records); only the
    #    groups of more than one come back, and are applied where the documents are.
    keys = documents.map(dedup.light).persist()
    merged = (stable_groupby(keys, lambda r: r["hash"]).filter(lambda g: len(g[1]) > 1)
              .map(dedup.same_text).compute())
    dropped = {o for m in merged for o in m["dropped"]}
    gained = {m["kept"]: m["gained"] for m in merged}
    taken = (stable_groupby(keys.filter(lambda r: r["order"] not in dropped), lambda r: r["id"])
             .filter(lambda g: len(g[1]) > 1).map(dedup.taken_ids).compute())
    renames = {o: i for r, _ in taken for o, i in r.items()}
    docs = (documents.filter(lambda r: r["order"] not in dropped)
            .map(dedup.apply, gained, renames).persist())
    problems = (records.filter(lambda r: r["kind"] == "problem").map(lambda r: r["problem"]).compute()
                + [p for m in merged for p in m["problems"]] + [p for _, ps in taken for p in ps])
    id_hashes = docs.map(lambda r: (r["id"], r["hash"])).compute()
    memory = records.filter(lambda r: r["kind"] == "memory").compute()
    # Each actor's type and names (a keyed fold: one small entry an actor).
    described = dict(records.filter(lambda r: r["kind"] == "actor").foldby(
        lambda r: r["actor"]["id"], manifest.earliest, None, manifest.earliest, None).compute())
    described = {i: r["actor"] for i, r in described.items()}
    del records, keys  # their partitions leave the workers' memory
    stage("duplicates")
    analyzed = time.time()

    # 3. Documents grouped by the chunk they belong to (their month), written
    #    as chunk shards; what the index needs of each comes back.
    chunk_bag = (stable_groupby(docs, chunking.month_of)
                 .map(chunking.write_chunks, index_dir, args.chunk_docs).flatten().persist())
    names = sorted(chunk_bag.map(lambda c: c["name"]).compute())
    stage("chunks")
    number = {n: i for i, n in enumerate(names)}
    numbered = chunk_bag.map(lambda c: (c, number[c["name"]]))

    # 4. The lookup files, one keyed group per kind.
    kinds = {"documents": postings.document_keys, "actors": postings.actor_keys,
             "relations": postings.relation_keys, "terms": postings.term_keys}
    sizes = {}
    for kind, keys in kinds.items():
        count = BUCKETS[kind]
        written = (numbered.map(lambda ci, keys=keys, count=count, kind=kind: postings.by_bucket(keys(*ci), count, kind))
                   .flatten()
                   .groupby(lambda item: item[0]).map(lambda g: (g[0], [items for _, items in g[1]]))  # int keys
                   .map(postings.write_bucket, index_dir, kind).compute())
        # Every bucket has its file, so the page never asks for one that is not there.
        for empty in set(range(count)) - {n for n, _ in written}:
            written.append(postings.write_bucket((empty, []), index_dir, kind))
        sizes[kind] = sum(size for _, size in written)
        stage(f"lookup {kind}")

    # 5. The manifest's aggregates: keyed folds whose results are small (one
    #    entry an actor, a month, a relation), and reports linked by a keyed group.
    actors = chunk_bag.map(manifest.actor_items).flatten().foldby(
        lambda kv: kv[0], lambda acc, kv: acc + kv[1], 0, lambda a, b: a + b, 0).compute()
    months = chunk_bag.map(manifest.month_items).flatten().foldby(
        lambda kv: kv[0], lambda acc, kv: manifest.add_counts(acc, kv[1]), None, manifest.add_counts, None).compute()
    linked = stable_groupby(chunk_bag.map(manifest.event_items).flatten(), lambda kv: kv[0]).map(
        lambda g: (g[0], functools.reduce(manifest.link_reports, (v for _, v in g[1]), None)))
    relations = linked.map(manifest.relation_items).foldby(
        lambda kv: kv[0], lambda acc, kv: manifest.add_months(acc, kv[1]), None, manifest.add_months, None).compute()
    chunk_table = sorted(chunk_bag.map(lambda c: {k: c[k] for k in ("name", "month", "from", "to", "documents", "bytes")})
                         .compute(), key=lambda c: c["name"])
    corpus = {"id": manifest.corpus_id(id_hashes), "documents": len(id_hashes), "problems": len(problems)}
    doc = manifest.build(corpus, chunk_table, actors, described, months, relations, BUCKETS)
    with open(os.path.join(index_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    write_gzip_json(os.path.join(index_dir, "problems.json.gz"), problems)
    stage("manifest")
    shutil.rmtree(work, ignore_errors=True)
    # Peak resident memory of each worker, and the CPU time of the workers
    # and of the CLIs they ran (wall time on a shared machine says less).
    usage = list(client.run(worker_usage).values())
    peaks = [u["maxrss_kb"] for u in usage]

    return {
        "documents": corpus["documents"], "corpus_id": corpus["id"], "partitions": len(parts), "chunks": len(names),
        "seconds": round(time.time() - started, 2), "analysis_seconds": round(analyzed - started, 2),
        "stages": stages,
        "manifest_bytes": os.path.getsize(os.path.join(index_dir, "manifest.json")),
        "chunk_bytes": sum(c["bytes"] for c in chunk_table), "index_bytes": sizes,
        "peak_cli_mb": round(max(m["cli_kb"] for m in memory) / 1024, 1),
        "peak_worker_mb": round(max([m["worker_kb"] for m in memory] + list(peaks)) / 1024, 1),
        "peak_driver_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cpu_seconds": {"workers": round(sum(u["self_cpu"] for u in usage), 1),
                        "cli": round(sum(u["children_cpu"] for u in usage), 1),
                        "driver": round(cpu(resource.RUSAGE_SELF), 1)},
    }


def main(argv):
    args = parse_args(argv)
    check_inputs(args)
    dask.config.set({"distributed.worker.daemon": False})  # a worker runs the CLI as a child process
    if args.scheduler:
        client, cluster = Client(args.scheduler), None
        # The job's own modules go to the workers (which need only the CLI, at
        # the same path, and a filesystem shared with this machine for the files).
        here = os.path.dirname(os.path.abspath(__file__))
        for module in ("buckets", "partitions", "analyze", "dedup", "chunks", "postings", "manifest"):
            client.upload_file(os.path.join(here, module + ".py"))
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        summary = publish(args, client)
    finally:
        client.close()
        if cluster:
            cluster.close()
    summary["workers"] = args.workers if not args.scheduler else None
    print(f"publish: {summary['documents']} documents in {summary['chunks']} chunks, "
          f"{summary['seconds']} s → {args.out}", file=sys.stderr)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
