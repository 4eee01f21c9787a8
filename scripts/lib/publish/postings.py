"""The published index's lookup files, each a keyed Dask group: documents by
id (→ the chunk holding each), actors by id (→ the chunks that mention each,
with counts), relations by actor (→ the chunks holding an event between two
actors or their states) and search terms (→ the chunks whose documents
contain each term). One file per bucket of keys (buckets.bucket), so the page
fetches one small file per key it looks up."""
import os

from buckets import bucket, write_gzip_json


def document_keys(chunk, index):
    return [(i, chunk["name"]) for i in chunk["ids"]]


def actor_keys(chunk, index):
    return [(a["id"], [index, a["mentions"]]) for a in chunk["actors"] if a["mentions"] > 0]


def relation_keys(chunk, index):
    pairs = set()
    for e in chunk["events"] + chunk["weak"]:
        # Each side by its own id and by the state it acts for (the US envoy → Haftar
        # counts in USA → Haftar), in either direction.
        for a in {e["source"], e.get("source_state") or e["source"]}:
            for b in {e["target"], e.get("target_state") or e["target"]}:
                pairs.add((a, b))
                pairs.add((b, a))
    return [(a, (b, index)) for a, b in pairs if a != b]


def term_keys(chunk, index):
    return [(t, index) for t in chunk["terms"].split("\n") if t]


def by_bucket(keys, count, kind):
    """A chunk's keys → [(bucket, [(key, value)…])], one item per bucket, so
    the shuffle moves a few lists, not one tuple per posting. A chunk's terms,
    all of one value (the chunk), travel as one string a bucket."""
    out = {}
    for key, value in keys:
        out.setdefault(bucket(key, count), []).append((key, value))
    if kind == "terms":
        return [(b, [(None, (items[0][1], "\n".join(k for k, _ in items)))]) for b, items in out.items()]
    return list(out.items())


def write_bucket(group, out_dir, kind):
    """(bucket, [[(key, value)…]…]) → its file; returns (bucket, bytes)."""
    number, lists = group
    table = {}
    for items in lists:
        for key, value in items:
            if kind == "documents":
                table[key] = value
            elif kind == "terms":
                chunk, terms = value
                for term in terms.split("\n"):
                    table.setdefault(term, []).append(chunk)
            elif kind == "relations":
                table.setdefault(key, {}).setdefault(value[0], []).append(value[1])
            else:
                table.setdefault(key, []).append(value)
    for key, value in table.items():  # postings in chunk order: the page reads the latest last
        if kind == "relations":
            for other in value.values():
                other.sort()
        elif kind != "documents":
            value.sort()
    size = write_gzip_json(os.path.join(out_dir, "index", kind, f"{number}.json.gz"), table)
    return number, size
