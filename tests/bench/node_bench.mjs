// Node side of the benchmark: the whole analysis in the app's wasm module
// (Session.addFile + analysisJson, as the worker calls them) and the peers on
// the same text — Intl.Segmenter('ar') per paragraph, @nlpjs/lang-ar
// (normalize + tokenize + stem, cache off and on), a plain JS normalize +
// split baseline, and the raw UTF-8 scan in a tiny bench-only wasm.
// Prints one JSON object of raw run times (seconds); report.mjs summarizes.
//   node tests/bench/node_bench.mjs --corpus FILE.jsonl [--runs N] [--linear MB] [--scan-wasm PATH]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

import { loadMarsad } from '../../scripts/lib/load-wasm.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpusPath = opt('--corpus');
const runs = Number(opt('--runs', '3'));
const linearMb = Number(opt('--linear', '0'));
const scanWasmPath = opt('--scan-wasm');
const skip = new Set((opt('--skip', '') || '').split(',').filter(Boolean));

const fileBytes = readFileSync(corpusPath);
const docs = [];
for (const line of fileBytes.toString('utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  if (typeof d.text === 'string' && d.text.trim()) docs.push(d);
}
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const textBytes = docs.reduce((n, d) => n + utf8(d.text), 0);
let sink = 0;

function time(fn) {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}
function repeat(fn) {
  const out = [];
  for (let r = 0; r < runs; ++r) out.push(time(fn));
  return out;
}

const result = { platform: 'node', node: process.version, file: corpusPath, file_bytes: fileBytes.length,
  text_bytes: textBytes, documents: docs.length, runs };

// --- The app's wasm module: the whole analysis, as the worker does it.
const marsad = await loadMarsad();
{
  const warm = new marsad.Session();  // first-call costs (built-in data, ICU) are startup, not throughput
  const t = performance.now();
  warm.addFile('warm.jsonl', new TextEncoder().encode(JSON.stringify({ id: 'w', text: 'قال وزير الخارجية السعودي إن المملكة ستزور القاهرة.' })));
  result.startup_seconds = (performance.now() - t) / 1000;
  warm.delete();
}
function whole(name, bytes, withMemory, queries = 0) {
  const out = { add_file: [], analysis_json: [], total: [] };
  if (queries) { out.query = []; out.queries = queries; }
  const words = ['السعودية', 'وزير الخارجية', 'الرئيس', 'حفتر', 'داعش', 'الأمم المتحدة'];
  for (let r = 0; r < runs; ++r) {
    const session = new marsad.Session();
    const t0 = performance.now();
    session.addFile(name, bytes);
    const t1 = performance.now();
    const json = session.analysisJson();
    const t2 = performance.now();
    out.add_file.push((t1 - t0) / 1000);
    out.analysis_json.push((t2 - t1) / 1000);
    out.total.push((t2 - t0) / 1000);
    if (withMemory && r === 0) { out.heap_bytes = marsad.HEAP8.buffer.byteLength; out.json_chars = json.length; }
    if (queries) {
      const t = performance.now();
      for (let q = 0; q < queries; ++q) sink += session.searchJson(words[q % words.length]).length;
      out.query.push((performance.now() - t) / 1000);
    }
    session.delete();
  }
  return out;
}
result.whole = whole('bench.jsonl', new Uint8Array(fileBytes), true, 12);

if (linearMb > 0) {
  const want = linearMb * 1e6;
  let text = '';
  for (const d of docs) {
    if (utf8(text) >= want) break;
    text += (text ? '\n\n' : '') + d.text;
  }
  const singleBytes = utf8(text);
  const many = [];
  let manyBytes = 0;
  for (const d of docs) {
    if (manyBytes >= singleBytes) break;
    many.push(JSON.stringify({ id: d.id, date: d.date, title: d.title, text: d.text }));
    manyBytes += utf8(d.text);
  }
  const enc = new TextEncoder();
  result.linearity = {
    single: { ...whole('single.jsonl', enc.encode(JSON.stringify({ id: 'single', date: '2015-07-01', text }) + '\n'), false),
      text_bytes: singleBytes, documents: 1 },
    many: { ...whole('many.jsonl', enc.encode(many.join('\n') + '\n'), false), text_bytes: manyBytes, documents: many.length },
  };
}

// --- Peers, on the same document texts.
const paragraphs = docs.map((d) => d.text.split(/\n+/).filter((p) => p.trim()));

if (!skip.has('intl')) {
  const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });
  result.intl_segmenter = repeat(() => {
    for (const ps of paragraphs)
      for (const p of ps)
        for (const s of segmenter.segment(p)) if (s.isWordLike) ++sink;
  });
}

if (!skip.has('nlpjs')) {
  const { NormalizerAr, TokenizerAr, StemmerAr } = require('@nlpjs/lang-ar');
  const normalizer = new NormalizerAr();
  // Cache off: the stemmer's own steps without its word cache, the tokenizer's split without its text cache.
  const stemUncached = (s, w) => {
    if (Object.hasOwn(s.dictionary.before, w)) return s.dictionary.before[w];
    s.setCurrent(w);
    s.innerStem();
    const r = s.getCurrent();
    return Object.hasOwn(s.dictionary.after, r) ? s.dictionary.after[r] : r;
  };
  result.nlpjs_uncached = repeat(() => {
    const tokenizer = new TokenizerAr(undefined, true);
    const stemmer = new StemmerAr();
    for (const d of docs)
      for (const w of tokenizer.innerTokenize(normalizer.normalize(d.text))) sink += stemUncached(stemmer, w).length;
  });
  // Cache on: fresh instances per run, so the caches warm up on the corpus itself.
  result.nlpjs_cached = repeat(() => {
    const tokenizer = new TokenizerAr(undefined, true);
    const stemmer = new StemmerAr();
    for (const d of docs) sink += stemmer.stem(tokenizer.tokenize(d.text, true)).length;
  });
}

// The plain JS baseline: strip diacritics/tatweel, fold alef/ya/ta marbuta, split on non-letters.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEF = /[\u0622\u0623\u0625\u0671]/g;
const NON_LETTERS = /[^\p{L}\p{N}]+/u;
function baselineNormalize(text) {
  return text.replace(DIACRITICS, '').replace(ALEF, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
}
result.js_baseline = repeat(() => {
  for (const d of docs) for (const w of baselineNormalize(d.text).split(NON_LETTERS)) if (w) ++sink;
});

// --- Raw UTF-8 scan in wasm (the ceiling): scan only, and with the text moved in (encodeInto).
if (scanWasmPath) {
  const { instance } = await WebAssembly.instantiate(readFileSync(scanWasmPath), {
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: { proc_exit() {}, fd_close() { return 0; }, fd_write() { return 0; }, fd_seek() { return 0; } },
  });
  const { scan, alloc, memory } = instance.exports;
  if (instance.exports._initialize) instance.exports._initialize();
  const encoder = new TextEncoder();
  const ptr = alloc(textBytes + 16);
  const spans = [];
  let at = ptr;
  for (const d of docs) {
    const { written } = encoder.encodeInto(d.text, new Uint8Array(memory.buffer, at, textBytes + ptr - at));
    spans.push([at, written]);
    at += written;
  }
  result.raw_scan_wasm = repeat(() => {
    for (const [p, n] of spans) sink += scan(p, n);
  });
  result.raw_scan_wasm_with_copy = repeat(() => {
    for (const d of docs) {
      const { written } = encoder.encodeInto(d.text, new Uint8Array(memory.buffer, ptr, textBytes));
      sink += scan(ptr, written);
    }
  });
}
// And the same scan in plain JS over the strings (UTF-16 code units: no decoding needed).
result.raw_scan_js = repeat(() => {
  for (const d of docs) {
    const s = d.text;
    let inWord = false;
    for (let i = 0; i < s.length; ++i) {
      const c = s.charCodeAt(i);
      const letter = (c >= 0x0621 && c <= 0x06D3) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      if (letter && !inWord) ++sink;
      inWord = letter;
    }
  }
});

result.sink = sink % 2;
process.stdout.write(JSON.stringify(result) + '\n');
