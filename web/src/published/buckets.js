// Which lookup file of a published index holds a key: FNV-1a over the key's
// UTF-8 bytes, 32 bits, modulo the bucket count — the rule of
// scripts/lib/publish/buckets.py, which wrote the files.
const encoder = new TextEncoder();

export function bucket(key, count) {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(key)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}
