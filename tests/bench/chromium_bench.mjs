// Headless Chromium side of the benchmark: the whole analysis through the
// page's worker path (bytes transferred into the worker, addFiles, analysis
// back to the page), the same with all workers (the page's worker pool), the
// time from page load to the seeds being interactive, and the transfer size of
// the app (build/site: wasm, JS, CSS; raw and gzip).
//   node tests/bench/chromium_bench.mjs --site build/site --out-dir build/bench --corpus FILE [--runs N] [--workers N]
import { cpSync, createReadStream, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const siteDir = opt('--site');
const outDir = opt('--out-dir');
const corpus = opt('--corpus');
const runs = Number(opt('--runs', '3'));
const loadRuns = Number(opt('--load-runs', '5'));

// The bench site: a copy of build/site plus the bench page.
const benchSite = join(outDir, 'site');
mkdirSync(benchSite, { recursive: true });
cpSync(siteDir, benchSite, { recursive: true });
cpSync(new URL('bench-page.js', import.meta.url), join(benchSite, 'bench-page.js'));
// The page's worker pool as a classic script (window.MarsadPool).
await build({ entryPoints: [new URL('../../web/src/worker-pool.js', import.meta.url).pathname], bundle: true,
  format: 'iife', globalName: 'MarsadPool', target: 'es2022', outfile: join(benchSite, 'pool.js'), logLevel: 'warning' });
writeFileSync(join(benchSite, 'bench.html'),
  '<!doctype html><meta charset="utf-8"><title>Marsad bench</title><link rel="icon" href="data:,"><body>' +
  '<script src="pool.js"></script><script src="bench-page.js"></script></body>\n');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.jsonl': 'application/jsonl', '.svg': 'image/svg+xml', '.json': 'application/json' };
// Serves the bench site, and the corpus (kept outside the repo) at /bench-corpus.jsonl.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path === '/bench-corpus.jsonl' ? corpus : join(benchSite, path.endsWith('/') ? path + 'index.html' : path);
  if (!file.startsWith(benchSite) && file !== corpus) return res.writeHead(404).end();
  let stat;
  try { stat = statSync(file); } catch { return res.writeHead(404).end(); }
  // As a static host serves: revalidated with a validator, so a warm load is a 304.
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag, 'cache-control': 'no-cache' }).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': stat.size, 'cache-control': 'no-cache', etag });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = { platform: 'chromium', version: browser.version(), runs };
try {
  // Page load → seeds interactive: the page stamps body[data-ready-ms] with
  // performance.now() when the seeds are analyzed and the view drawn. Cold: a
  // fresh context each time (empty cache); warm: reloads in one context (the
  // HTTP cache revalidated, the compiled wasm reused).
  const loadOnce = async (context) => {
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60000 });
    const ms = Number(await page.evaluate(() => document.body.dataset.readyMs));
    await page.close();
    return ms / 1000;
  };
  result.seeds_interactive = [];
  for (let r = 0; r < loadRuns; ++r) {
    const context = await browser.newContext();
    result.seeds_interactive.push(await loadOnce(context));
    await context.close();
  }
  result.seeds_interactive_warm = [];
  {
    const context = await browser.newContext();
    await loadOnce(context);
    for (let r = 0; r < loadRuns; ++r) result.seeds_interactive_warm.push(await loadOnce(context));
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(base + 'bench.html');
  await page.waitForSelector('body[data-bench="ready"]', { state: 'attached' });
  result.whole = await page.evaluate((a) => window.runBench(a), { corpusUrl: base + 'bench-corpus.jsonl', runs });
  // The same corpus with all workers (web/src/worker-pool.js); --workers N sets their number.
  const workers = opt('--workers') ? Number(opt('--workers')) : undefined;
  result.pool = await page.evaluate((a) => window.runPoolBench(a), { corpusUrl: base + 'bench-corpus.jsonl', runs, workers });
  if (problems.length) result.problems = problems;
  await context.close();
} finally {
  await browser.close();
  server.close();
}

// Transfer size of the app: what the page downloads (wasm, JS, CSS), raw and gzip -9.
result.transfer = {};
for (const name of readdirSync(siteDir)) {
  const file = join(siteDir, name);
  if (!statSync(file).isFile() || !['.wasm', '.js', '.css', '.html'].includes(extname(name))) continue;
  const bytes = readFileSync(file);
  result.transfer[basename(name)] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
process.stdout.write(JSON.stringify(result) + '\n');
