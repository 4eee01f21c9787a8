"""The chunks of a published index: the documents of one month (by the
document's date; "undated" for the others), in date order, cut every
`per_chunk` documents. A chunk file is a shard of the core's own format
(`marsad_shard`), gzip-compressed: the page merges the chunks a view needs
into its Session (Session.mergeShard), where the core's queries answer as
they do on any corpus. What the index needs of a chunk (its actors' mentions,
its events) is summed from its documents' records."""
import os

from buckets import write_gzip_text

SHARD_VERSION = 5  # core/src/analysis/shard.h kShardVersion


def month_of(record):
    date = record["date"]
    return date[:7] if len(date) >= 7 else (date[:4] if len(date) >= 4 else "undated")


def write_chunks(group, out_dir, per_chunk):
    """group: (month, [document records]) → one summary per chunk written."""
    month, records = group
    records = sorted(records, key=lambda r: (r["date"], r["id"]))
    summaries = []
    for n in range(0, len(records), per_chunk):
        piece = records[n:n + per_chunk]
        name = f"{month}-{n // per_chunk:03d}"
        shard = f'{{"marsad_shard":{SHARD_VERSION},"documents":[{",".join(r["entry"] for r in piece)}],"problems":[]}}'
        size = write_gzip_text(os.path.join(out_dir, "chunks", name + ".json.gz"), shard)
        mentions = {}
        for r in piece:
            for actor, count in r["mentions"].items():
                mentions[actor] = mentions.get(actor, 0) + count
        dates = [r["date"] for r in piece if r["date"]]
        summaries.append({
            "name": name, "month": month, "documents": len(piece), "bytes": size,
            "from": min(dates) if dates else None, "to": max(dates) if dates else None,
            "ids": [r["id"] for r in piece],
            "terms": "\n".join(sorted({t for r in piece for t in r["terms"].split("\n") if t})),
            "actors": [{"id": a, "mentions": c} for a, c in sorted(mentions.items())],
            "events": [dict(e, document=r["id"]) for r in piece for e in r["events"]],
            "weak_events": sum(len(r["weak"]) for r in piece),
            # Only for the relations' lookup: a view that shows weak events finds their chunks too.
            "weak": [e for r in piece for e in r["weak"]],
        })
    return summaries
