"""Where a key's postings live in a published index, and how index files are
written. The page computes the same bucket (web/src/published/buckets.js):
the CRC-32 of the key's UTF-8 bytes (zlib's, computed in C here: the job
hashes every search term of every chunk) modulo the bucket count."""
import gzip
import json
import os
import zlib


def bucket(key, count):
    return zlib.crc32(key.encode("utf-8")) % count


def stable_groupby(bag, key):
    """bag.groupby(key) → (key, [items]) whatever the workers' string hash
    seeds: Dask's shuffle places a group by hash() of its key, which differs
    between processes for strings (one key would land in several groups), so
    the shuffle is keyed by a 32-bit CRC, an int, and split by key after."""
    def split(group):
        by_key = {}
        for item in group[1]:
            by_key.setdefault(key(item), []).append(item)
        return list(by_key.items())
    return bag.groupby(lambda item: bucket(str(key(item)), 1 << 62)).map(split).flatten()


def write_gzip_json(path, value):
    """Writes `value` as compact UTF-8 JSON, gzip-compressed (what the page
    reads with DecompressionStream); returns the bytes written."""
    return write_gzip_text(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def write_gzip_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        # mtime=0: the same index gives the same bytes.
        out.write(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))
    return os.path.getsize(path)
