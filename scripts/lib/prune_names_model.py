"""Leaves out the rows of the name finder's model (core/data/names/model.txt)
whose largest quantized weight is below W of 127, as `marsad-train-ner
--min-weight W` would have, without training it again (a new training reads
the knowledge base's names of the day, and gives another model): the rows are
re-keyed (each key is its difference from the previous row's), the row count
set, and a header line says what was left out.

  python3 scripts/lib/prune_names_model.py W [MODEL]
"""
import sys


def main():
    min_weight = int(sys.argv[1])
    path = sys.argv[2] if len(sys.argv) > 2 else "core/data/names/model.txt"
    header, rows, key = [], [], 0
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line:
            continue
        word = line.split(" ", 1)[0]
        if line.startswith("#") or word in ("labels", "scale", "transitions", "rows"):
            header.append(line)
            continue
        delta, weights = line.split(" ", 1)
        key += int(delta)
        rows.append((key, weights))
    kept = [(k, w) for k, w in rows
            if max((abs(int(x)) for x in w.split(",") if x), default=0) >= min_weight]
    note = (f"# Then pruned (scripts/lib/prune_names_model.py {min_weight}): the {len(rows) - len(kept)} rows "
            f"whose weights are all below {min_weight}/127 left out, {len(kept)} kept.")
    comments = [l for l in header if l.startswith("#")]
    fields = [f"rows {len(kept)}" if l.startswith("rows ") else l for l in header if not l.startswith("#")]
    body, previous = [], 0
    for k, w in kept:
        body.append(f"{k - previous} {w}")
        previous = k
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [note] + fields + body) + "\n")
    print(f"{path}: {len(rows)} rows → {len(kept)}")


if __name__ == "__main__":
    main()
