"""The published index's manifest: what the page needs before any chunk —
the corpus id, counts, the date range, actors with their types and counts,
the months, the relations month by month, and the chunk table. Aggregates
are keyed Dask folds; only their small results reach this process."""

FNV_OFFSET, FNV_PRIME = 0xCBF29CE484222325, 0x100000001B3


def _fnv1a(data, h):
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def corpus_id(pairs):
    """The core's corpus id (core/src/corpus/corpus.cpp Corpus::id): FNV-1a over
    the documents' (id, normalized-text hash) in byte order of id. `pairs`
    holds ids and hashes only, never texts."""
    h = FNV_OFFSET
    for doc_id, text_hash in sorted(pairs, key=lambda p: (p[0].encode("utf-8"), p[1])):
        h = _fnv1a(doc_id.encode("utf-8") + b"\0" + text_hash.encode("ascii"), h)
    return f"{h:016x}"


def actor_items(chunk):
    return [(a["id"], a["mentions"]) for a in chunk["actors"] if a["mentions"] > 0]


def earliest(a, b):
    """Of an actor's descriptions by several partitions, the first partition's."""
    return b if a is None or b["order"] < a["order"] else a


def month_items(chunk):
    return [(chunk["month"], {"documents": chunk["documents"], "events": len(chunk["events"]),
                              "weak_events": chunk["weak_events"]})]


def add_counts(a, b):
    if a is None:
        return b
    return {k: a[k] + b[k] for k in a}


def event_items(chunk):
    """Each report keyed by the event it reports: its CAMEO family, its two
    sides (in order unless symmetric) and its date. Reports of one event
    share the key and are linked by the fold."""
    out = []
    for e in chunk["events"]:
        if e.get("historical"):
            continue
        a, b = e["source"], e["target"]
        if e.get("symmetric") and b < a:
            a, b = b, a
        key = (e["code"][:2], a, b, e.get("date") or "")
        out.append((key, {"reports": 1, "goldstein": e["goldstein"], "month": (e.get("date") or "")[:7] or "undated"}))
    return out


def link_reports(a, b):
    if a is None:
        return b
    return dict(a, reports=a["reports"] + b["reports"])


def relation_items(linked):
    """A linked event → its relation's month: (a, b) → {month: [events, reports, goldstein sum]}."""
    (family, a, b, date), e = linked
    return ((a, b), {e["month"]: [1, e["reports"], e["goldstein"]]})


def add_months(x, y):
    if x is None:
        return y
    out = {m: list(v) for m, v in x.items()}
    for m, v in y.items():
        out[m] = [p + q for p, q in zip(out[m], v)] if m in out else list(v)
    return out


def build(corpus, chunks, actors, described, months, relations, buckets, top_actors=2000, top_relations=300):
    """actors: (id, mentions); described: {id: {"type", "name", "in_kb"}}."""
    chunk_table = [{k: c[k] for k in ("name", "month", "from", "to", "documents", "bytes")} for c in chunks]
    dates = [c[k] for c in chunks for k in ("from", "to") if c[k]]
    actor_list = sorted(({"id": i, "type": described[i]["type"], "name": described[i].get("name", {}),
                          "in_kb": described[i]["in_kb"], "mentions": n} for i, n in actors),
                        key=lambda a: (-a["mentions"], a["id"]))
    relation_list = []
    for (a, b), by_month in relations:
        events = sum(v[0] for v in by_month.values())
        relation_list.append({
            "a": a, "b": b, "events": events, "reports": sum(v[1] for v in by_month.values()),
            "months": [{"month": m, "events": v[0], "reports": v[1], "mean": round(v[2] / v[1], 2)}
                       for m, v in sorted(by_month.items())]})
    relation_list.sort(key=lambda r: (-r["events"], r["a"], r["b"]))
    return {
        "marsad_published": 1,
        "corpus": corpus,
        "dates": {"from": min(dates) if dates else None, "to": max(dates) if dates else None},
        "actor_count": len(actor_list),
        "actors": actor_list[:top_actors],
        "months": [{"month": m, **v} for m, v in sorted(months)],
        "relation_count": len(relation_list),
        "relations": relation_list[:top_relations],
        "chunks": chunk_table,
        "buckets": buckets,
    }
