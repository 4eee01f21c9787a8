// The analysis workers: the main worker, whose Session answers every query,
// and up to size − 1 helper workers (created on the first large batch and kept)
// that analyze pieces of a large corpus in parallel. The core merges: each
// helper returns its Session's shard (Session.shardJson) and the main worker
// merges it (Session.mergeShard). This file cuts and schedules; it never reads
// a document or combines analyses.
//
// Order is kept: units are merged in file order, the main worker analyzing the
// first ones itself and merging the helpers' shards after, so the session ends
// as if the files had been added whole (same documents in the same order).
import { AnalyzerClient } from './analyzer-client.js';
import { cutUnits, unitPiece } from './corpus-split.js';

// Below this many bytes a batch goes to the main worker alone: no overhead.
export const POOL_MIN_BYTES = 2 * 1024 * 1024;
export const MAX_WORKERS = 8;

// Costs relative to analyzing a byte, measured on the bench corpus (see
// tests/bench/README.md, "What the pool costs"): writing a helper's shard,
// and merging it.
const SHARD_COST = 0.2;
const MERGE_COST = 0.35;

// Workers in all: navigator.hardwareConcurrency (2 when unknown) up to 8;
// `?workers=N` in the page's address overrides it (1 turns the pool off).
export function poolSize(search = globalThis.location?.search ?? '') {
  const asked = Number.parseInt(new URLSearchParams(search).get('workers') ?? '', 10);
  const n = Number.isInteger(asked) && asked > 0 ? asked : (globalThis.navigator?.hardwareConcurrency || 2);
  return Math.max(1, Math.min(n, MAX_WORKERS));
}

// Units of about 1/16 of a worker's share: fine enough for progress and for
// merging while helpers still work, between 256 KB and 4 MB.
function unitSize(total, n) {
  return Math.min(4 << 20, Math.max(256 << 10, Math.ceil(total / (n * 16))));
}

// The share of the bytes the main worker analyzes itself, so that it finishes
// its own analysis plus the merges when the helpers finish theirs plus their
// shards: m·1 + (1 − m)·merge = (1 − m)(1 + shard)/(n − 1).
function mainShare(n) {
  const helper = (1 + SHARD_COST) / (n - 1);
  return Math.min(1, Math.max(0, (helper - MERGE_COST) / (1 - MERGE_COST + helper)));
}

const isJson = (name) => /\.json$/i.test(name);
const message = (error) => String(error?.message ?? error);

export class WorkerPool {
  // createWorker(name) → Worker; wasm: {wasmUrl} or {wasmBinary} (kept: each
  // worker gets its own copy).
  constructor({ createWorker, wasm, size = poolSize() }) {
    this.createWorker = createWorker;
    this.wasm = wasm;
    this.size = size;
    this.main = null;
    this.helpers = [];         // {client, ready, retired}, one per helper slot
    this.knowledgeBases = [];  // {name, bytes} added so far: helpers load them first
    this.lastWorkers = 0;      // workers that analyzed part of the last batch
    this.queue = Promise.resolve();
  }

  async start() {
    this.main = new AnalyzerClient(this.createWorker('marsad'));
    await this.main.init(this.wasmOptions());
    return this.main;
  }

  wasmOptions() {
    return this.wasm.wasmBinary ? { wasmBinary: this.wasm.wasmBinary.slice(0) } : { ...this.wasm };
  }

  // One batch at a time (a reset waits for the batch before it).
  serial(job) {
    const run = this.queue.then(job);
    this.queue = run.catch(() => {});
    return run;
  }

  // files: [{name, bytes: ArrayBuffer}] (not detached). Returns one result per
  // file, as the worker's addFiles: {kind: 'corpus'|'knowledge_base'|'failed', file,
  // documents|actors, problems}. onProgress({done, total, file, index, count,
  // workers}): bytes analyzed of the batch's bytes.
  addFiles(files, onProgress = () => {}) {
    return this.serial(async () => {
      const total = files.reduce((n, f) => n + f.bytes.byteLength, 0);
      const results = this.size > 1 && total >= POOL_MIN_BYTES
        ? await this.addInParallel(files, onProgress)
        : await this.addInMain(files, onProgress);
      results.forEach((result, i) => { if (result.kind === 'knowledge_base') this.knowledgeBases.push(files[i]); });
      return results;
    });
  }

  reset() {
    return this.serial(async () => {
      this.knowledgeBases = [];
      return this.main.reset();
    });
  }

  async addInMain(files, onProgress) {
    this.lastWorkers = 1;
    return this.main.addFiles(files, (p) =>
      onProgress({ done: p.bytes, total: p.bytesTotal, file: p.file, index: p.done, count: p.total, workers: 1 }));
  }

  // A helper slot's worker, started on first use; a failed one is replaced on
  // the next batch.
  helper(slot) {
    let h = this.helpers[slot];
    if (!h || h.client.broken || h.retired) {
      h?.client.terminate();
      const client = new AnalyzerClient(this.createWorker(`marsad-helper-${slot + 1}`));
      h = { client, ready: client.init(this.wasmOptions()), retired: false };
      h.ready.catch(() => { h.retired = true; });
      this.helpers[slot] = h;
    }
    return h;
  }

  async addInParallel(files, onProgress) {
    const results = new Array(files.length).fill(null);
    // Knowledge-base additions first, in the main worker; helpers load every
    // addition (this batch's and earlier ones) before any document.
    const json = files.map((f, i) => i).filter((i) => isJson(files[i].name));
    if (json.length) {
      const kb = await this.main.knowledgeBases(json.map((i) => files[i]));
      kb.forEach((result, j) => { if (result) results[json[j]] = result; });
    }
    const knowledgeBases = [...this.knowledgeBases, ...files.filter((f, i) => results[i]?.kind === 'knowledge_base')];
    const corpus = files.map((f, i) => i).filter((i) => !results[i]);
    const corpusFiles = corpus.map((i) => files[i]);
    const bytes = corpusFiles.reduce((n, f) => n + f.bytes.byteLength, 0);
    if (bytes < POOL_MIN_BYTES) {
      const added = await this.addInMain(corpusFiles, onProgress);
      corpus.forEach((fileIndex, j) => { results[fileIndex] = added[j]; });
      return results;
    }
    const units = cutUnits(corpusFiles, unitSize(bytes, this.size));
    const perUnit = await this.run(units, corpusFiles, knowledgeBases, onProgress);
    // Workers that analyzed part of the batch (a failed helper did not).
    this.lastWorkers = new Set(units.filter((u) => !u.lost).map((u) => u.owner)).size;
    // One result per file, its units' problems in order.
    corpus.forEach((fileIndex, j) => {
      const mine = perUnit.filter((r, k) => units[k].file === j);
      results[fileIndex] = {
        kind: mine.every((r) => r.kind === 'failed') ? 'failed' : 'corpus',
        file: files[fileIndex].name,
        documents: mine.reduce((n, r) => n + (r.documents ?? 0), 0),
        problems: mine.flatMap((r) => r.problems ?? []),
      };
    });
    return results;
  }

  // Analyzes the units: the main worker in unit order, analyzing a unit itself
  // or merging the shard a helper made of it; helpers take units as they go.
  // Returns one result per unit.
  async run(units, files, knowledgeBases, onProgress) {
    const total = units.reduce((n, u) => n + u.end - u.start, 0);
    // The main worker's units are the first ones up to its share; helpers take
    // the rest in order, then, when none is left, the main worker's last ones
    // (from the end back) that it has not reached. The main worker takes any
    // unit no helper has taken when it gets there (helpers still starting).
    let mainEnd = 0;
    for (let sum = 0, goal = mainShare(this.size) * total; mainEnd < units.length; ++mainEnd) {
      const size = units[mainEnd].end - units[mainEnd].start;
      if (sum + size / 2 > goal) break;
      sum += size;
    }
    let forward = mainEnd;
    let backward = mainEnd - 1;
    let cursor = 0;  // the unit the main worker is at
    let stopped = false;
    const take = () => {
      if (stopped) return null;
      while (forward < units.length && units[forward].owner) ++forward;
      if (forward < units.length) return units[forward++];
      while (backward > cursor && units[backward].owner) --backward;
      return backward > cursor ? units[backward--] : null;
    };
    for (const u of units) {
      u.owner = null;
      u.done = new Promise((resolve, reject) => { u.resolve = resolve; u.reject = reject; });
      u.done.catch(() => {});  // awaited by the main loop, in order
    }

    let done = 0;
    const report = (u, bytes) => {
      done += bytes - (u.reported ?? 0);
      u.reported = bytes;
      onProgress({ done, total, file: u.name, workers: this.size });
    };

    // Helpers: each takes a unit, makes its shard, takes the next. A helper
    // that fails is retired: its unit becomes a problem, the other units go to
    // the remaining workers.
    const helpers = Array.from({ length: this.size - 1 }, (_, slot) => this.helper(slot));
    const running = helpers.map(async (h, slot) => {
      try {
        await h.ready;
      } catch {
        return;
      }
      for (let u = take(); u; u = h.retired ? null : take()) {
        u.owner = `helper-${slot + 1}`;
        try {
          u.resolve(await h.client.shard(knowledgeBases, [unitPiece(files, u)], (p) => report(u, p.bytes)));
        } catch (error) {
          h.retired = true;
          u.reject(error);
        }
      }
    });

    const perUnit = [];
    try {
      for (; cursor < units.length; ++cursor) {
        const u = units[cursor];
        if (!u.owner) {
          u.owner = 'main';
          const [result] = await this.main.addUnits([unitPiece(files, u)], (p) => report(u, p.bytes));
          perUnit.push(result);
        } else {
          perUnit.push(await this.merge(u));
          report(u, u.end - u.start);
        }
      }
    } finally {
      stopped = true;
      await Promise.all(running);
      for (const h of helpers) if (h.retired) h.client.terminate();
    }
    return perUnit;
  }

  // A helper's unit into the main session: its shard merged by the core, or,
  // when the helper failed, a problem naming the lines not analyzed.
  async merge(u) {
    let made;
    try {
      made = await u.done;
    } catch (error) {
      u.lost = true;
      const lines = u.lastLine === null ? '' : `lines ${u.firstLine}–${u.lastLine} `;
      return { kind: 'failed', file: u.name, problems: [{ file: u.name, line: u.firstLine,
        message: `${lines}not analyzed: a helper worker failed (${message(error)})` }] };
    }
    const { results: [result], shard } = made;
    const merged = await this.main.mergeShard(u.name, shard);
    // The merge reports the shard's problems again, with its own (duplicates
    // across pieces); a unit that failed in the helper left none in the shard.
    const problems = result.kind === 'failed' ? [...result.problems, ...merged.problems] : merged.problems;
    return { kind: result.kind, file: u.name, documents: merged.documents, problems };
  }
}
