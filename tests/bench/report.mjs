// Merges the raw run times of the bench parts (native.json, wasm.json,
// node.json, chromium.json in a directory) into results.json and prints the
// table: medians with min–max, MB/s of UTF-8 input and documents/s, ratios to
// the peers, and the targets with ✓/✗.
//   node tests/bench/report.mjs DIR MODE
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, mode = 'full'] = process.argv.slice(2);
const load = (name) => {
  const file = join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const native = load('native');
const wasm = load('wasm');
const node = load('node');
const chromium = load('chromium');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const MB = 1e6;
// A throughput figure from run times (seconds) over `bytes` of text and `docs` documents.
function figure(times, bytes, docs) {
  if (!times || !times.length) return null;
  const med = median(times);
  return {
    seconds: { median: med, min: Math.min(...times), max: Math.max(...times), runs: times.length },
    mb_per_s: { median: bytes / MB / med, min: bytes / MB / Math.max(...times), max: bytes / MB / Math.min(...times) },
    docs_per_s: docs ? docs / med : null,
    spread: (Math.max(...times) - Math.min(...times)) / med,
  };
}

const results = { mode, date: new Date().toISOString(), corpus: {}, whole: {}, stages: {}, peers: {}, memory: {},
  linearity: {}, page: {}, targets: [] };
const base = native ?? wasm ?? node;
results.corpus = { file: base?.file, file_bytes: base?.file_bytes, text_bytes: base?.text_bytes, documents: base?.documents };
const T = base?.text_bytes ?? 0;
const D = base?.documents ?? 0;

if (native) results.whole.native = figure(native.whole.total, T, D);
if (wasm) results.whole.wasm_stages_build = figure(wasm.whole.total, T, D);
if (node) results.whole.wasm_node = figure(node.whole.total, node.text_bytes, node.documents);
if (chromium) results.whole.chromium_worker = figure(chromium.whole.total, T, D);
if (chromium?.pool) {
  results.whole.chromium_pool = figure(chromium.pool.total, T, D);
  results.whole.chromium_pool.workers = chromium.pool.workers;
  results.whole.chromium_pool.workers_used = chromium.pool.workers_used;
}

const stageNames = ['ingest', 'normalize', 'segment', 'sentences', 'clitics', 'names', 'actors', 'time', 'events'];
for (const [label, src] of [['native', native], ['wasm', wasm]]) {
  if (!src) continue;
  const s = {};
  s.ingest = figure(src.ingest, T, D);
  for (const n of stageNames.slice(1)) s[n] = figure(src.stages[n], T, D);
  s.analysis_json = figure(src.whole.analysis_json, T, D);
  if (src.whole.query) {
    const q = figure(src.whole.query, T * src.whole.queries, src.whole.queries);
    s.query = { ...q, ms_per_query: (median(src.whole.query) / src.whole.queries) * 1000 };
  }
  s.raw_scan = figure(src.raw_scan, T, D);
  results.stages[label] = s;
}
if (node) {
  const nT = node.text_bytes, nD = node.documents;
  for (const k of ['intl_segmenter', 'nlpjs_uncached', 'nlpjs_cached', 'js_baseline', 'raw_scan_wasm',
    'raw_scan_wasm_with_copy', 'raw_scan_js'])
    if (node[k]) results.peers[k] = figure(node[k], nT, nD);
}
if (native) results.peers.raw_scan_native = figure(native.raw_scan, T, D);

if (native) results.memory.native = { peak_rss: native.whole.peak_bytes, before_rss: native.whole.before_bytes,
  times_text: native.whole.peak_bytes / T, added_times_text: (native.whole.peak_bytes - native.whole.before_bytes) / T,
  json_bytes: native.whole.json_bytes };
if (node) results.memory.wasm_node = { heap: node.whole.heap_bytes, times_text: node.whole.heap_bytes / node.text_bytes };
if (wasm) results.memory.wasm_stages_build = { heap: wasm.whole.peak_bytes, times_text: wasm.whole.peak_bytes / T };

for (const [label, src] of [['native', native], ['wasm_node', node]]) {
  const l = src?.linearity;
  if (!l) continue;
  results.linearity[label] = {
    single: figure(l.single.total, l.single.text_bytes, 1),
    many: figure(l.many.total, l.many.text_bytes, l.many.documents),
    single_text_bytes: l.single.text_bytes, many_text_bytes: l.many.text_bytes, many_documents: l.many.documents,
  };
}
if (chromium) {
  const loads = (l) => ({ median: median(l), min: Math.min(...l), max: Math.max(...l), runs: l.length });
  results.page.seeds_interactive = loads(chromium.seeds_interactive);
  if (chromium.seeds_interactive_warm?.length) results.page.seeds_interactive_warm = loads(chromium.seeds_interactive_warm);
  results.page.worker_startup_s = median(chromium.whole.startup);
  results.page.transfer = chromium.transfer;
  let raw = 0, gzip = 0;
  for (const [name, t] of Object.entries(chromium.transfer))
    if (!name.endsWith('.html')) { raw += t.raw; gzip += t.gzip; }
  results.page.app_bytes = { raw, gzip };
  results.page.chromium = chromium.version;
  if (chromium.problems) results.page.problems = chromium.problems;
}
results.startup_s = { native: native?.startup_seconds, wasm_node: node?.startup_seconds };

// Targets.
const mbs = (f) => f?.mb_per_s.median;
const wasmWhole = results.whole.wasm_node;
const target = (name, value, goal, ok, fmt) => results.targets.push({ name, value, goal, met: ok, text: fmt });
const fx = (x, d = 1) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
if (wasmWhole) target('wasm whole ≥ 30 MB/s', mbs(wasmWhole), 30, mbs(wasmWhole) >= 30, `${fx(mbs(wasmWhole), 2)} MB/s`);
const ratio = (peer) => (results.peers[peer] && wasmWhole ? mbs(wasmWhole) / mbs(results.peers[peer]) : null);
if (results.peers.intl_segmenter) target('≥ 3× Intl.Segmenter', ratio('intl_segmenter'), 3, ratio('intl_segmenter') >= 3, `${fx(ratio('intl_segmenter'), 2)}×`);
if (results.peers.nlpjs_uncached) target('≥ 3.5× @nlpjs/lang-ar uncached', ratio('nlpjs_uncached'), 3.5, ratio('nlpjs_uncached') >= 3.5, `${fx(ratio('nlpjs_uncached'), 2)}×`);
if (results.peers.js_baseline) target('≥ JS baseline', ratio('js_baseline'), 1, ratio('js_baseline') >= 1, `${fx(ratio('js_baseline'), 3)}×`);
if (wasmWhole && results.whole.native) {
  const r = mbs(wasmWhole) / mbs(results.whole.native);
  target('wasm ≥ 0.6× native', r, 0.6, r >= 0.6, `${fx(r, 2)}×`);
}
for (const [label, m] of [['native RSS', results.memory.native], ['wasm heap', results.memory.wasm_node]])
  if (m) target(`memory ≤ 3× text (${label})`, m.times_text, 3, m.times_text <= 3, `${fx(m.times_text, 2)}×`);
if (results.page.seeds_interactive) {
  const warm = results.page.seeds_interactive_warm ?? results.page.seeds_interactive;
  target('seeds interactive < 1 s (warm cache)', warm.median, 1, warm.median < 1, `${fx(warm.median, 2)} s`);
  const s = results.page.seeds_interactive.median;
  target('seeds interactive < 1 s (cold cache)', s, 1, s < 1, `${fx(s, 2)} s`);
}
if (results.page.app_bytes) {
  const g = results.page.app_bytes.gzip;
  target('app ≤ 1 MB gzipped', g, 1e6, g <= 1e6, `${fx(g / 1e3, 0)} KB`);
}
for (const [label, l] of Object.entries(results.linearity)) {
  const r = mbs(l.single) / mbs(l.many);
  target(`linearity ${label}: one 5 MB doc ≥ 0.5× many docs`, r, 0.5, r >= 0.5, `${fx(r, 2)}×`);
}

writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');

// The table.
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const lines = [];
const row = (name, f, extra = '') => {
  if (!f) return;
  lines.push(`${pad(name, 34)}${lpad(fx(f.mb_per_s.median, 2), 9)}  ${pad(`${fx(f.mb_per_s.min, 2)}–${fx(f.mb_per_s.max, 2)}`, 16)}` +
    `${lpad(f.docs_per_s == null ? '' : fx(f.docs_per_s, 0), 9)}  ${lpad(fx(f.seconds.median, 3), 9)}  ${extra}`);
};
const head = (title) => {
  lines.push('', title);
  lines.push(`${pad('', 34)}${lpad('MB/s', 9)}  ${pad('min–max', 16)}${lpad('docs/s', 9)}  ${lpad('median s', 9)}`);
};
lines.push(`Marsad bench (${mode}): ${results.corpus.file} — ${fx(T / MB, 2)} MB of text, ${D} documents; ` +
  `${native?.runs ?? node?.runs} runs each (median, min–max)`);
head('Whole analysis (add_file + analysis_json)');
row('native', results.whole.native);
row('wasm, Node (app module)', results.whole.wasm_node, results.whole.native ? `${fx(mbs(wasmWhole) / mbs(results.whole.native), 2)}× native` : '');
row('wasm, Node (bench build)', results.whole.wasm_stages_build);
row('Chromium worker (bytes in, JSON out)', results.whole.chromium_worker);
if (results.whole.chromium_pool) {
  const p = results.whole.chromium_pool;
  const speedup = results.whole.chromium_worker ? `${fx(results.whole.chromium_worker.seconds.median / p.seconds.median, 2)}× one worker` : '';
  row(`Chromium, all ${p.workers} workers (pool)`, p, `${speedup}; ${p.workers_used} worked`);
}
for (const label of ['native', 'wasm']) {
  const s = results.stages[label];
  if (!s) continue;
  head(`Stages, ${label} (each alone; share of the stage sum)`);
  const sum = stageNames.reduce((n, k) => n + (s[k]?.seconds.median ?? 0), 0);
  for (const k of stageNames) if (s[k]) row(k, s[k], `${fx((100 * s[k].seconds.median) / sum, 1)}%`);
  row('analysis JSON output', s.analysis_json);
  if (s.query) row('index/query (corpus MB searched/s)', s.query, `${fx(s.query.ms_per_query, 2)} ms/query`);
}
head('Peers, same text (ratio = wasm whole / peer)');
const peerRow = (name, k) => row(name, results.peers[k], ratio(k) == null ? '' : `wasm whole = ${fx(ratio(k), 3)}×`);
peerRow('Intl.Segmenter(ar) per paragraph', 'intl_segmenter');
peerRow('@nlpjs/lang-ar, cache off', 'nlpjs_uncached');
peerRow('@nlpjs/lang-ar, cache on', 'nlpjs_cached');
peerRow('JS normalize + split baseline', 'js_baseline');
peerRow('raw UTF-8 scan, native (ceiling)', 'raw_scan_native');
peerRow('raw UTF-8 scan, wasm', 'raw_scan_wasm');
peerRow('raw scan, wasm + encodeInto', 'raw_scan_wasm_with_copy');
peerRow('raw scan, JS', 'raw_scan_js');
if (Object.keys(results.linearity).length) {
  head('Linearity: one long document vs many small (same text)');
  for (const [label, l] of Object.entries(results.linearity)) {
    row(`${label}: 1 doc of ${fx(l.single_text_bytes / MB, 2)} MB`, l.single);
    row(`${label}: ${l.many_documents} docs`, l.many);
  }
}
lines.push('', 'Memory (peak, as a multiple of the text size)');
if (results.memory.native) lines.push(`  native peak RSS ${fx(results.memory.native.peak_rss / MB, 1)} MB = ${fx(results.memory.native.times_text, 2)}× text ` +
  `(added over the process before: ${fx(results.memory.native.added_times_text, 2)}×; includes the file bytes)`);
if (results.memory.wasm_node) lines.push(`  wasm heap ${fx(results.memory.wasm_node.heap / MB, 1)} MB = ${fx(results.memory.wasm_node.times_text, 2)}× text`);
if (results.page.seeds_interactive) {
  const s = results.page.seeds_interactive;
  lines.push('', `Page load → seeds interactive: ${fx(s.median, 3)} s (${fx(s.min, 3)}–${fx(s.max, 3)}, ${s.runs} cold loads); worker start ${fx(results.page.worker_startup_s, 3)} s`);
  const w = results.page.seeds_interactive_warm;
  if (w) lines.push(`                               ${fx(w.median, 3)} s (${fx(w.min, 3)}–${fx(w.max, 3)}, ${w.runs} warm loads: HTTP cache revalidated, compiled wasm reused)`);
  lines.push(`App transfer (build/site wasm+JS+CSS): ${fx(results.page.app_bytes.raw / 1e3, 0)} KB raw, ${fx(results.page.app_bytes.gzip / 1e3, 0)} KB gzip -9 ` +
    `(${Object.entries(results.page.transfer).map(([n, t]) => `${n} ${fx(t.raw / 1e3, 0)}/${fx(t.gzip / 1e3, 0)} KB`).join(', ')})`);
}
lines.push(`Startup (built-in data, first call): native ${fx(results.startup_s.native, 3)} s, wasm ${fx(results.startup_s.wasm_node, 3)} s`);
lines.push('', 'Targets');
for (const t of results.targets) lines.push(`  ${t.met ? '✓' : '✗'} ${pad(t.name, 44)} ${t.text}`);
lines.push('', `Noise: the largest (max−min)/median over the figures above is ${fx(100 * Math.max(...collectSpreads()), 0)}%; results in ${join(dir, 'results.json')}`);
function collectSpreads() {
  const out = [];
  const walk = (o) => {
    if (!o || typeof o !== 'object') return;
    if (typeof o.spread === 'number' && o.seconds?.runs > 1) out.push(o.spread);
    for (const v of Object.values(o)) walk(v);
  };
  walk({ whole: results.whole, stages: results.stages, peers: results.peers });
  return out.length ? out : [0];
}
console.log(lines.join('\n'));
