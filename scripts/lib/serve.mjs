// A static file server for the site, on loopback only, with the right MIME
// types (application/wasm for streaming compilation) and the page's CSP; text
// and wasm gzip-compressed for a browser that accepts it, as static hosts do
// (the wasm module goes from 4.6 MB to 1.3 MB; a published index's .gz files
// are sent as they are).
//   node scripts/lib/serve.mjs DIR PORT
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.gz': 'application/gzip', '.jsonl': 'application/jsonl; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.zip': 'application/zip',
};

const compressible = new Set(['.html', '.js', '.css', '.wasm', '.json', '.jsonl', '.svg']);
const compressed = new Map();  // file → {etag, bytes}: each file compressed once while it is unchanged

function gzipped(file, etag) {
  let entry = compressed.get(file);
  if (!entry || entry.etag !== etag) {
    entry = { etag, bytes: gzipSync(readFileSync(file), { level: 6 }) };
    compressed.set(file, entry);
  }
  return entry.bytes;
}

export function serve(dir, port, host = '127.0.0.1') {
  const base = normalize(dir + sep);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    let stat;
    try {
      if (!file.startsWith(base)) throw new Error('outside');
      stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Revalidated on every load (no-cache) with a validator, so a warm load is a
    // 304 and the browser reuses what it cached, the compiled wasm included.
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const bytes = gzipped(file, etag);
      res.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': stat.size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '8000'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  const { port: actual } = server.address();
  console.log(`Marsad is served at http://127.0.0.1:${actual}/  (Ctrl-C to stop)`);
}
