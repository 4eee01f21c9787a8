// Which lookup file of a published index holds a key: the CRC-32 of the
// key's UTF-8 bytes (zlib's) modulo the bucket count — the rule of
// scripts/lib/publish/buckets.py, which wrote the files.
const encoder = new TextEncoder();

const table = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function bucket(key, count) {
  let c = 0xffffffff;
  for (const byte of encoder.encode(key)) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0) % count;
}
