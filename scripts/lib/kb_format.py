#!/usr/bin/env python3
"""Rewrites knowledge-base files (core/data/actors/*.json) in the house layout:
one actor per block, one field per line, each role on a line of its own.
  scripts/lib/kb_format.py FILE...      (in place; the content is unchanged)"""
import json
import sys

ORDER = ["id", "type", "name", "aliases", "short", "nisba", "metonyms", "state", "affiliation", "roles",
         "descriptions", "generic", "context", "note"]


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))


def actor_block(a):
    keys = [k for k in ORDER if k in a] + sorted(k for k in a if k not in ORDER)
    lines = []
    for k in keys:
        if k == "roles" and a[k]:
            roles = ",\n".join("        " + compact(r) for r in a[k])
            lines.append(f'      "roles": [\n{roles}\n      ]')
        else:
            lines.append(f'      {compact(k)}: {compact(a[k])}')
    return "    {\n" + ",\n".join(lines) + "\n    }"


def format_file(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    actors = data["actors"] if isinstance(data, dict) else data
    body = ",\n".join(actor_block(a) for a in actors)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{\n  "actors": [\n' + body + "\n  ]\n}\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        format_file(p)
