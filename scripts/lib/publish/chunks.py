"""The chunks of a published index: the documents of one month (by the
document's date; "undated" for the others), in date order, cut every
`per_chunk` documents. A chunk file is a shard of the core's own format
(`marsad_shard`), gzip-compressed: the page merges the chunks a view needs
into its Session (Session.mergeShard), where the core's queries answer as
they do on any corpus. What the index needs of a chunk (actors and their
types, events) is read from the core's analysis of that chunk
(`marsad merge`, which analyzes nothing again)."""
import json
import os
import subprocess
import tempfile

from buckets import write_gzip_text

SHARD_VERSION = 4  # core/src/analysis/shard.h kShardVersion


def month_of(record):
    date = record["date"]
    return date[:7] if len(date) >= 7 else (date[:4] if len(date) >= 4 else "undated")


def write_chunks(group, out_dir, cli, per_chunk):
    """group: (month, [document records]) → one summary per chunk written."""
    month, records = group
    records = sorted(records, key=lambda r: (r["date"], r["id"]))
    summaries = []
    for n in range(0, len(records), per_chunk):
        piece = records[n:n + per_chunk]
        name = f"{month}-{n // per_chunk:03d}"
        shard = f'{{"marsad_shard":{SHARD_VERSION},"documents":[{",".join(r["entry"] for r in piece)}],"problems":[]}}'
        size = write_gzip_text(os.path.join(out_dir, "chunks", name + ".json.gz"), shard)
        analysis = _chunk_analysis(shard, cli)
        dates = [r["date"] for r in piece if r["date"]]
        summaries.append({
            "name": name, "month": month, "documents": len(piece), "bytes": size,
            "from": min(dates) if dates else None, "to": max(dates) if dates else None,
            "ids": [r["id"] for r in piece],
            "terms": "\n".join(sorted({t for r in piece for t in r["terms"].split("\n") if t})),
            "actors": analysis["actors"],
            "events": [dict(e, document=d["id"]) for d in analysis["documents"] for e in d["events"]],
            "weak_events": sum(len(d["weak_events"]) for d in analysis["documents"]),
            # Only for the relations' lookup: a view that shows weak events finds their chunks too.
            "weak": [{k: e.get(k) for k in ("source", "target", "source_state", "target_state")}
                     for d in analysis["documents"] for e in d["weak_events"]],
        })
    return summaries


def _chunk_analysis(shard, cli):
    with tempfile.NamedTemporaryFile("w", suffix=".shard", encoding="utf-8", delete=False) as f:
        f.write(shard)
        path = f.name
    try:
        run = subprocess.run([cli, "merge", path], capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"marsad merge of a chunk failed ({run.returncode}): {run.stderr[-2000:]}")
        return json.loads(run.stdout)
    finally:
        os.remove(path)
