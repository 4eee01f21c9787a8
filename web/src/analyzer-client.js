// A promise wrapper over the analysis worker. `worker` is a Worker already
// created (from a URL on the site, from a Blob in the offline bundle).
import { errorFrom } from './core-reply.js';

export class AnalyzerClient {
  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    this.broken = null;  // set when the worker itself failed (not one request)
    this.worker.onmessage = ({ data }) => {
      if (data.fatal) {
        this.fail(new Error(data.fatal));
        return;
      }
      const request = this.pending.get(data.id);
      if (!request) return;
      if ('progress' in data) {
        request.onProgress?.(data.progress);
        return;
      }
      this.pending.delete(data.id);
      if ('error' in data) request.reject(errorFrom(data));
      else request.resolve(data.result);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(new Error(event.message || 'worker error'));
    };
  }

  fail(error) {
    this.broken = error;
    for (const request of this.pending.values()) request.reject(error);
    this.pending.clear();
  }

  terminate() {
    this.worker.terminate();
    this.fail(new Error('worker stopped'));
  }

  call(action, args = {}, transfer = [], onProgress = null) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.broken) throw this.broken;
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, action, ...args }, transfer);
    });
  }

  init(options) {
    const transfer = options.wasmBinary ? [options.wasmBinary] : [];
    return this.call('init', options, transfer);
  }
  // files: [{name, bytes: ArrayBuffer}] (copied, so the caller keeps its bytes)
  addFiles(files, onProgress) {
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    return this.call('addFiles', { files: copies }, copies.map((f) => f.bytes), onProgress);
  }
  // units: [{name, bytes, firstLine, firstByte}] cut by the pool; their bytes
  // are the caller's own copies and move to the worker.
  addUnits(units, onProgress) {
    return this.call('addFiles', { files: units }, units.map((u) => u.bytes), onProgress);
  }
  // Adds the knowledge-base additions among `files` (copied); null for the others.
  knowledgeBases(files) {
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    return this.call('knowledgeBases', { files: copies }, copies.map((f) => f.bytes));
  }
  // A helper's job: units analyzed in a fresh Session after the knowledge-base
  // additions (copied) → {results, shard: ArrayBuffer}.
  shard(knowledgeBases, units, onProgress) {
    const kb = knowledgeBases.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    return this.call('shard', { knowledgeBases: kb, files: units },
      [...kb.map((f) => f.bytes), ...units.map((u) => u.bytes)], onProgress);
  }
  mergeShard(name, shard) { return this.call('mergeShard', { name, shard }, [shard]); }
  removeDocument(docId) { return this.call('removeDocument', { docId }); }
  memory() { return this.call('memory'); }  // {in_use, limit, max_file_bytes}
  reset() { return this.call('reset'); }
  analysis() { return this.call('analysis'); }
  document(docId) { return this.call('document', { docId }); }
  search(query) { return this.call('search', { query }); }
  query(kind, params = {}) { return this.call('query', { kind, params }); }
  queries(requests) { return this.call('queries', { requests }); }
}
