"""Cuts the corpus files into partitions the CLI analyzes one at a time,
streaming: the publisher never holds a corpus file in memory. A JSONL file
(gzip-compressed or not) is cut at line breaks every `target_bytes`; a file of
another format (.json, .csv, .txt) is one partition, as the CLI reads it whole."""
import gzip
import os


def _open_lines(path):
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def _is_jsonl(path):
    name = path[:-3] if path.endswith(".gz") else path
    return name.endswith(".jsonl")


def cut(paths, work_dir, target_bytes=4 << 20, limit=None):
    """Writes the partitions under work_dir; returns their descriptors
    {"path", "file" (the input's name as given), "first_line", "index"}.
    `limit` keeps only the first documents (lines) of the corpus."""
    os.makedirs(work_dir, exist_ok=True)
    parts = []
    lines_left = limit

    def start(source, first_line, name):
        # A folder a partition: a whole file keeps its own name, which the CLI
        # reads (a .txt document's id is its file's name).
        folder = os.path.join(work_dir, f"part-{len(parts):05d}")
        os.makedirs(folder)
        path = os.path.join(folder, name)
        parts.append({"path": path, "file": source, "first_line": first_line, "index": len(parts)})
        return open(path, "wb")

    for source in paths:
        if lines_left is not None and lines_left <= 0:
            break
        if not _is_jsonl(source):
            name = os.path.basename(source[:-3] if source.endswith(".gz") else source)
            with _open_lines(source) as src, start(source, 1, name) as out:
                out.write(src.read())
            continue
        out, size, line_no = None, 0, 0
        with _open_lines(source) as src:
            for line in src:
                if lines_left is not None:
                    if lines_left <= 0:
                        break
                    lines_left -= 1
                line_no += 1
                if out is None or size >= target_bytes:
                    if out:
                        out.close()
                    out, size = start(source, line_no, "piece.jsonl"), 0
                out.write(line)
                size += len(line)
        if out:
            out.close()
    return parts
