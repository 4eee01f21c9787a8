// A published site (scripts/publish) in headless Chromium: time from
// navigation to the first view, the main thread's JS heap and the bytes
// transferred by then (counted by the server, every request of the page and
// its workers: sent gzip-compressed, as scripts/serve and most static hosts
// do, and what they would be uncompressed),
// then the time to open a document, an actor profile, a relation and a
// search from there (fragment changes: the page fetches what each needs).
//   node tests/bench/published_bench.mjs --site DIR [--runs N]
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const site = normalize(opt('--site'));
const runs = Number(opt('--runs', '3'));
const manifest = JSON.parse(readFileSync(join(site, 'published', 'manifest.json'), 'utf8'));

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.gz': 'application/gzip' };
const compressible = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg']);
const gzipped = new Map();  // file → its gzip bytes, compressed once
let sent = { raw: 0, gzip: 0, requests: 0 };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
  let bytes;
  try {
    if (!file.startsWith(site) || !statSync(file).isFile()) throw new Error();
    bytes = readFileSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  const zip = compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (zip && !gzipped.has(file)) gzipped.set(file, gzipSync(bytes, { level: 6 }));
  const body = zip ? gzipped.get(file) : bytes;
  sent = { raw: sent.raw + bytes.length, gzip: sent.gzip + body.length, requests: sent.requests + 1 };
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
    ...(zip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const top = manifest.relations.find((r) => r.a !== r.b);
const actor = manifest.actors[0].id;
const word = manifest.actors.find((a) => a.type === 'country')?.name?.ar ?? 'السعودية';
const result = { documents: manifest.corpus.documents, chunks: manifest.chunks.length, runs, first_view: [], steps: {} };
try {
  for (let r = 0; r < runs; ++r) {
    const context = await browser.newContext();  // a cold cache each time
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    sent = { raw: 0, gzip: 0, requests: 0 };
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 120000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.first_view.push({
      seconds: Number(await page.evaluate(() => document.body.dataset.readyMs)) / 1000,
      js_heap_bytes: metrics.JSHeapUsedSize, transferred: { ...sent },
    });
    // Each step from the first view's page: a fragment change, timed in the page.
    // A document of the first chunk: not among those the first view loaded.
    const doc = JSON.parse(gunzipSync(readFileSync(join(site, 'published', 'chunks', `${manifest.chunks[0].name}.json.gz`))))
      .documents[0].document.id;
    const steps = {
      document: `v=reader&doc=${encodeURIComponent(doc)}`,
      actor: `v=actors&actor=${actor}`,
      relation: top ? `v=relation&a=${top.a}&b=${top.b}` : 'v=relation',
      search: `v=search&q=${encodeURIComponent(word)}`,
    };
    for (const [name, fragment] of Object.entries(steps)) {
      sent = { raw: 0, gzip: 0, requests: 0 };
      const seconds = await page.evaluate(async (f) => {
        const t0 = performance.now();
        location.hash = f;
        await new Promise((resolve) => {
          const check = () => (document.body.dataset.rendered === location.hash ? resolve() : setTimeout(check, 5));
          check();
        });
        return (performance.now() - t0) / 1000;
      }, fragment);
      (result.steps[name] ??= []).push({ seconds, transferred: { ...sent }, status: await page.locator('#status').textContent() });
    }
    if (problems.length) result.problems = problems;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
result.queries = { actor, relation: top ? [top.a, top.b] : null, search: word };
process.stdout.write(JSON.stringify(result) + '\n');
