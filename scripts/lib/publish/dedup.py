"""Duplicates and ids across partitions, as the core merges them within one
(core/src/corpus/corpus.cpp): of documents with the same normalized text the
first in input order is kept and lists the others' ids in `duplicates`; a
later document whose id is taken gets "-2", "-3"… Only the keys travel: each
is a keyed Dask group of small records (id, hash, input order), whose few
decisions (the groups of more than one) are then applied where the documents
are, without moving them."""
import json

KEYS = ("id", "hash", "order", "file", "line", "duplicates")


def light(record):
    return {k: record[k] for k in KEYS}


def same_text(group):
    """(hash, [light records]) of more than one → the decision: the kept
    one's order, the ids it gains, the orders dropped, the problems."""
    _, records = group
    kept, *dropped = sorted(records, key=lambda r: r["order"])
    gained = [i for d in dropped for i in [d["id"], *d["duplicates"]]]
    problems = [{"file": d["file"], "line": d["line"], "warning": True,
                 "message": f"duplicate of document \"{kept['id']}\" (same normalized text); merged into it"}
                for d in dropped]
    return {"kept": kept["order"], "gained": gained, "dropped": [d["order"] for d in dropped], "problems": problems}


def taken_ids(group):
    """(id, [light records]) of more than one → {order: new id} and the problems."""
    base, records = group
    renames, problems = {}, []
    for n, r in enumerate(sorted(records, key=lambda r: r["order"])[1:], start=2):
        renames[r["order"]] = f"{base}-{n}"
        problems.append({"file": r["file"], "line": r["line"], "field": "id", "warning": True,
                         "message": f"id \"{base}\" is already used by another document; this one is \"{base}-{n}\""})
    return renames, problems


def apply(record, gained, renames):
    """A kept document with its decisions: duplicates gained, a new id."""
    more, new_id = gained.get(record["order"]), renames.get(record["order"])
    if not more and not new_id:
        return record
    entry = json.loads(record["entry"])
    if more:
        entry["analysis"]["duplicates"] = entry["analysis"].get("duplicates", []) + more
    if new_id:
        record = dict(record, id=new_id)
        entry["document"]["id"] = new_id
    return dict(record, entry=json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
