// The Chromium bench page (copied into build/bench/site by chromium_bench.mjs;
// never part of the app). Drives the app's own worker.js over the same
// protocol as web/src/analyzer-client.js: the corpus bytes are transferred to
// the worker (moving the text in), analyzed, and the analysis comes back. And
// the same through the page's worker pool (all workers).
function client() {
  const worker = new Worker('worker.js');
  const pending = new Map();
  let next = 1;
  worker.onmessage = ({ data }) => {
    if (!('result' in data) && !('error' in data)) return;  // progress
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if ('error' in data) p.reject(new Error(data.error));
    else p.resolve(data.result);
  };
  const call = (action, args = {}, transfer = []) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, action, ...args }, transfer);
  });
  return { call, terminate: () => worker.terminate() };
}

window.runBench = async ({ corpusUrl, runs }) => {
  const source = await (await fetch(corpusUrl)).arrayBuffer();
  const out = { add_files: [], analysis: [], total: [], startup: [] };
  for (let r = 0; r < runs; ++r) {
    const c = client();
    let t = performance.now();
    // Start the wasm module (workers that take an `init` request, and older ones that start on load).
    await c.call('init', { wasmUrl: new URL('marsad.wasm', location.href).href }).catch(() => {});
    await c.call('analysis');
    out.startup.push((performance.now() - t) / 1000);
    const bytes = source.slice(0);  // a fresh buffer each run: the transfer detaches it
    t = performance.now();
    await c.call('addFiles', { files: [{ name: 'bench.jsonl', bytes }] }, [bytes]);
    const t1 = performance.now();
    const analysis = await c.call('analysis');
    const t2 = performance.now();
    out.add_files.push((t1 - t) / 1000);
    out.analysis.push((t2 - t1) / 1000);
    out.total.push((t2 - t) / 1000);
    out.documents = analysis.corpus.documents;
    c.terminate();
  }
  return out;
};
// The whole corpus through the page's worker pool (web/src/worker-pool.js,
// bundled as pool.js by chromium_bench.mjs): a fresh pool each run, its main
// worker started untimed; the timed part is what the page does on a drop —
// helpers started, the corpus cut and analyzed by every worker, the shards
// merged by the main worker's core — and the analysis back to the page.
window.runPoolBench = async ({ corpusUrl, runs, workers }) => {
  const source = await (await fetch(corpusUrl)).arrayBuffer();
  const out = { add_files: [], analysis: [], total: [], workers: 0, workers_used: 0 };
  for (let r = 0; r < runs; ++r) {
    const pool = new MarsadPool.WorkerPool({
      createWorker: (name) => new Worker('worker.js', { name }),
      wasm: { wasmUrl: new URL('marsad.wasm', location.href).href },
      size: workers ?? MarsadPool.poolSize(''),
    });
    const main = await pool.start();
    await main.analysis();
    let t = performance.now();
    await pool.addFiles([{ name: 'bench.jsonl', bytes: source }]);
    const t1 = performance.now();
    const analysis = await main.analysis();
    const t2 = performance.now();
    out.add_files.push((t1 - t) / 1000);
    out.analysis.push((t2 - t1) / 1000);
    out.total.push((t2 - t) / 1000);
    out.documents = analysis.corpus.documents;
    out.workers = pool.size;
    out.workers_used = pool.lastWorkers;
    main.terminate();
    for (const h of pool.helpers) h.client.terminate();
  }
  return out;
};
document.body.dataset.bench = 'ready';
