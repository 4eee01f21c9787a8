"""Where a key's postings live in a published index, and how index files are
written. The page computes the same bucket (web/src/published/buckets.js):
FNV-1a over the key's UTF-8 bytes, 32 bits, modulo the bucket count."""
import gzip
import json
import os


def bucket(key, count):
    h = 0x811C9DC5
    for byte in key.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h % count


def write_gzip_json(path, value):
    """Writes `value` as compact UTF-8 JSON, gzip-compressed (what the page
    reads with DecompressionStream); returns the bytes written."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as out:
        # mtime=0: the same index gives the same bytes.
        out.write(gzip.compress(data, compresslevel=6, mtime=0))
    return os.path.getsize(path)
