// Prints the publishing figures of scripts/bench --only publish and writes
// them to DIR/publish-results.json: the bench corpus published on a local
// Dask cluster against the single-process CLI (wall time, ratio, throughput
// per core, peak memory of the largest process), and the published site in
// Chromium (first view, its heap and transfer, then a document, an actor
// profile, a relation and a search). Medians over the runs.
//   node tests/bench/publish_report.mjs DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const load = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const single = load('publish-single.json');
const run = load('publish-run.json');
const page = load('publish-chromium.json');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const MB = 1e6;
const text = single.text_bytes;
const cores = run.workers;
const results = {
  corpus: { documents: run.documents, text_bytes: text, chunks: run.chunks },
  single: { seconds: single.seconds, cpu_seconds: single.cpu_seconds, mb_per_s: text / MB / single.seconds, peak_mb: single.peak_kb / 1024 },
  dask: {
    workers: cores, seconds: run.wall_seconds, analysis_seconds: run.analysis_seconds,
    ratio: single.seconds / run.wall_seconds, mb_per_s_per_core: text / MB / run.wall_seconds / cores,
    peak_mb: { cli: run.peak_cli_mb, worker: run.peak_worker_mb, driver: run.peak_driver_mb },
    cpu_seconds: run.cpu_seconds, stages: run.stages,
    index_mb: (run.chunk_bytes + Object.values(run.index_bytes).reduce((a, b) => a + b, 0) + run.manifest_bytes) / MB,
    manifest_kb: run.manifest_bytes / 1e3,
  },
  page: {
    first_view_s: median(page.first_view.map((f) => f.seconds)),
    js_heap_mb: median(page.first_view.map((f) => f.js_heap_bytes)) / MB,
    transferred_mb: median(page.first_view.map((f) => f.transferred.raw)) / MB,
    transferred_gzip_mb: median(page.first_view.map((f) => f.transferred.gzip)) / MB,
    steps: Object.fromEntries(Object.entries(page.steps).map(([k, v]) => [k, {
      seconds: median(v.map((x) => x.seconds)), transferred_mb: median(v.map((x) => x.transferred.raw)) / MB }])),
    queries: page.queries, problems: page.problems ?? [],
  },
};
writeFileSync(join(dir, 'publish-results.json'), JSON.stringify(results, null, 1));

const f = (x, d = 2) => x.toFixed(d);
const s = results;
console.log([
  `Publishing: ${s.corpus.documents} documents, ${f(text / MB, 1)} MB of text, ${s.corpus.chunks} chunks`,
  `  single-process CLI (marsad analyze)      ${f(s.single.seconds, 1)} s (CPU ${f(s.single.cpu_seconds, 1)} s)   ${f(s.single.mb_per_s)} MB/s   peak ${f(s.single.peak_mb, 0)} MB`,
  `  Dask, local cluster of ${cores} workers        ${f(s.dask.seconds, 1)} s (analysis ${f(s.dask.analysis_seconds, 1)} s, index ${f(s.dask.seconds - s.dask.analysis_seconds, 1)} s)   ${f(s.dask.ratio)}× the single process   ${f(s.dask.mb_per_s_per_core)} MB/s per core`,
  `    CPU: CLI ${f(s.dask.cpu_seconds.cli, 1)} s, workers ${f(s.dask.cpu_seconds.workers, 1)} s, driver ${f(s.dask.cpu_seconds.driver, 1)} s (${f((s.dask.cpu_seconds.cli + s.dask.cpu_seconds.workers + s.dask.cpu_seconds.driver) / s.single.cpu_seconds, 1)}× the single process's CPU)`,
  `    stages (s): ${Object.entries(s.dask.stages).map(([k, v]) => `${k} ${f(v, 1)}`).join(', ')}`,
  `    peak memory: largest CLI ${f(s.dask.peak_mb.cli, 0)} MB, largest worker ${f(s.dask.peak_mb.worker, 0)} MB, driver ${f(s.dask.peak_mb.driver, 0)} MB`,
  `    index ${f(s.dask.index_mb, 1)} MB on disk (manifest ${f(s.dask.manifest_kb, 0)} KB)`,
  `  Chromium, published site (median of ${page.runs} cold loads)`,
  `    navigation → first view  ${f(s.page.first_view_s)} s   ${s.page.first_view_s < 1 ? '✓' : '✗'} < 1 s`,
  `    at first view: JS heap ${f(s.page.js_heap_mb, 1)} MB, transferred ${f(s.page.transferred_gzip_mb, 2)} MB gzip-compressed (${f(s.page.transferred_mb, 2)} MB uncompressed)   ${s.page.transferred_gzip_mb < 5 ? '✓' : '✗'} < 5 MB`,
  ...Object.entries(s.page.steps).map(([k, v]) => `    open ${k.padEnd(9)} ${f(v.seconds)} s, ${f(v.transferred_mb, 2)} MB fetched`),
  ...(s.page.problems.length ? [`    problems: ${s.page.problems.join('; ')}`] : []),
].join('\n'));
