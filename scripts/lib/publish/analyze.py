"""One partition through the native CLI, the unit of work: `marsad analyze
--shard-out --keys-out --analysis-out` in a subprocess, then one record per
document kept, carrying its shard entry (document and analysis, merged later
without analyzing again, kept as JSON text), its index keys (normalized-text
hash, search terms) and what the index counts of it (its events, from the
analysis JSON, and its mentions by actor); and one record per actor
mentioned, with its type and names.
Lines and file names are put back to the corpus file's own."""
import json
import os
import resource
import subprocess

TIME = "/usr/bin/time"


def _rebase(item, part):
    """A document or problem of the partition file, placed in the corpus file."""
    if item.get("file") == part["path"]:
        item["file"] = part["file"]
        if isinstance(item.get("line"), int) and item["line"] > 0:
            item["line"] += part["first_line"] - 1
    return item


EVENT = ("source", "target", "source_state", "target_state", "code", "goldstein", "date", "symmetric", "historical")
SIDES = ("source", "target", "source_state", "target_state")


def _counted(doc):
    """What the index counts of one document of the analysis JSON."""
    mentions = {}
    for m in doc["mentions"]:
        mentions[m["actor"]] = mentions.get(m["actor"], 0) + 1
    return {"events": [{k: e.get(k) for k in EVENT} for e in doc["events"]],
            "weak": [{k: e.get(k) for k in SIDES} for e in doc["weak_events"]], "mentions": mentions}


def analyze_partition(part, cli, kb_files=()):
    shard_path, keys_path, analysis_path = (part["path"] + x for x in (".shard", ".keys", ".analysis"))
    command = [cli, "analyze"]
    for kb in kb_files:
        command += ["--kb", kb]
    command += ["--shard-out", shard_path, "--keys-out", keys_path, "--analysis-out", analysis_path, part["path"]]
    # The CLI's own peak memory, by /usr/bin/time (a child's rusage would count
    # the worker's pages it was forked from).
    memory_path = part["path"] + ".mem"
    if os.path.exists(TIME):
        command = [TIME, "-f", "%M", "-o", memory_path] + command
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if run.returncode not in (0, 1) or not os.path.exists(shard_path):  # 1: no document read
        raise RuntimeError(f"{part['file']}: marsad analyze failed ({run.returncode}): {run.stderr[-2000:]}")
    with open(shard_path, encoding="utf-8") as f:
        shard = json.load(f)
    keys = {}
    with open(keys_path, encoding="utf-8") as f:
        for line in f:
            k = json.loads(line)
            keys[k["id"]] = k
    with open(analysis_path, encoding="utf-8") as f:
        analysis = json.load(f)
    for path in (shard_path, keys_path, analysis_path):
        os.remove(path)
    counted = {d["id"]: _counted(d) for d in analysis["documents"]}
    records = []
    for position, entry in enumerate(shard["documents"]):
        doc = _rebase(entry["document"], part)
        k = keys[doc["id"]]
        records.append({
            "kind": "document", "id": doc["id"], "hash": k["hash"], "terms": "\n".join(k["terms"]),
            # Input order, which decides which of several duplicates is kept.
            "order": (part["index"], position),
            "date": doc.get("date") or "", "file": doc.get("file", ""), "line": doc.get("line", 0),
            "duplicates": entry["analysis"].get("duplicates", []),
            **counted[doc["id"]],
            # The shard entry as JSON text: a fraction of the memory of its parsed form.
            "entry": json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
        })
    for actor in analysis["actors"]:
        if actor["mentions"] > 0:
            records.append({"kind": "actor", "order": (part["index"], 0),
                            "actor": {k: actor[k] for k in ("id", "type", "name", "in_kb")}})
    for problem in shard.get("problems", []):
        records.append({"kind": "problem", "order": (part["index"], 0), "problem": _rebase(problem, part)})
    cli_kb = 0
    if os.path.exists(memory_path):
        with open(memory_path) as f:
            cli_kb = int((f.read().split() or ["0"])[-1])
        os.remove(memory_path)
    records.append({"kind": "memory", "cli_kb": cli_kb, "worker_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})
    return records
