"""Duplicates and ids across partitions, as the core merges them within one
(core/src/corpus/corpus.cpp): of documents with the same normalized text the
first in input order is kept and lists the others' ids in `duplicates`; a
later document whose id is taken gets "-2", "-3"… Each a keyed Dask group."""
import json


def _earlier(a, b):
    return a if a["order"] <= b["order"] else b


def merge_same_text(a, b):
    """Fold of two records (or groups already folded) with one hash."""
    if a is None:
        return b
    kept, other = _earlier(a, b), (b if _earlier(a, b) is a else a)
    return dict(kept, dropped=kept.get("dropped", []) + [_light(other)] + other.get("dropped", []))


def _light(record):
    """What a dropped duplicate leaves: its id, place and own duplicates."""
    return {k: record[k] for k in ("id", "order", "file", "line", "duplicates")}


def finish_same_text(record):
    """The kept document, its duplicates listed; and the problems they make."""
    dropped = sorted(record.pop("dropped", []), key=lambda d: d["order"])
    problems = []
    if dropped:
        entry = json.loads(record["entry"])
        for d in dropped:
            entry["analysis"]["duplicates"] = entry["analysis"].get("duplicates", []) + [d["id"]] + d["duplicates"]
        record["entry"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    for d in dropped:
        problems.append({"file": d["file"], "line": d["line"],
                         "message": f"duplicate of document \"{record['id']}\" (same normalized text); merged into it",
                         "warning": True})
    return record, problems


def rename_taken(group):
    """(id, [records]) → the records, all but the first in input order renamed."""
    base, records = group
    records = sorted(records, key=lambda r: r["order"])
    out, problems = [records[0]], []
    for n, r in enumerate(records[1:], start=2):
        entry = json.loads(r["entry"])
        r["id"] = entry["document"]["id"] = f"{base}-{n}"
        r["entry"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        problems.append({"file": r["file"], "line": r["line"], "field": "id",
                         "message": f"id \"{base}\" is already used by another document; this one is \"{r['id']}\"",
                         "warning": True})
        out.append(r)
    return out, problems
