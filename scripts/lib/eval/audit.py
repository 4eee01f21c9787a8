"""The most mentioned actors of a corpus, for a person to check: rank,
mentions, type, whether the knowledge base lists it, its name, and a sample
sentence with the mention marked. What to look for: junk (a found name that
is not a name), misresolutions (an actor read where the text means another),
wrong types (an organization typed as a person).

  audit.py FILE... [--top N] [--first N]   --first N: only the first N documents of each file
  FILE may be .jsonl or .jsonl.gz (read from where it is; nothing is copied)."""
import collections
import gzip
import json
import sys

import devset as d


def read_documents(path, first):
    opener = gzip.open if path.endswith(".gz") else open
    docs = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(line)
            if first and len(docs) >= first:
                break
    return docs


def main(argv):
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 300
    first = int(argv[argv.index("--first") + 1]) if "--first" in argv else 0
    skip = {argv.index(o) + 1 for o in ("--top", "--first") if o in argv}
    files = [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
    lines = []
    for path in files:
        lines += read_documents(path, first)
    analysis = d.analyze_lines(lines)
    actors = {a["id"]: a for a in analysis["actors"]}
    counts = collections.Counter()
    sample = {}
    by_kind = collections.defaultdict(collections.Counter)
    texts = {}
    for line in lines:
        try:
            doc = json.loads(line)
            texts[doc.get("id")] = doc.get("text", "")
        except json.JSONDecodeError:
            pass
    for doc in analysis["documents"]:
        text = texts.get(doc["id"])
        for m in doc.get("mentions", []):
            if m["kind"] == "nested":
                continue
            counts[m["actor"]] += 1
            by_kind[m["actor"]][m["kind"]] += 1
            if m["actor"] not in sample and text is not None:
                for s in doc.get("sentences", []):
                    if s["start"] <= m["start"] < s["end"]:
                        t16 = text.encode("utf-16-le")
                        sent = t16[2 * s["start"]:2 * s["end"]].decode("utf-16-le", "replace")
                        a, b = m["start"] - s["start"], m["end"] - s["start"]
                        sample[m["actor"]] = (sent[:a] + "【" + sent[a:b] + "】" + sent[b:])[:220]
                        break
    d.out(f"== the {top} most mentioned actors of {len(analysis['documents'])} documents "
          f"({sum(counts.values())} mentions, {len(counts)} actors)")
    for rank, (actor, n) in enumerate(counts.most_common(top), 1):
        a = actors.get(actor, {})
        name = a.get("name", {}).get("ar") or a.get("name", {}).get("en") or actor
        kb = "kb " if a.get("in_kb") else "new"
        kinds = ",".join(f"{k}:{v}" for k, v in by_kind[actor].most_common(3))
        d.out(f"{rank:4d} {n:6d}  {a.get('type', '?'):12s} {kb} {actor:28s} {name}  [{kinds}]")
        d.out(f"             {sample.get(actor, '')}")


if __name__ == "__main__":
    main(sys.argv[1:])
