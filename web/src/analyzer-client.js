// A promise wrapper over the analysis worker. `worker` is a Worker already
// created (from a URL on the site, from a Blob in the offline bundle).
export class AnalyzerClient {
  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = ({ data }) => {
      if (data.fatal) {
        for (const request of this.pending.values()) request.reject(new Error(data.fatal));
        this.pending.clear();
        return;
      }
      const request = this.pending.get(data.id);
      if (!request) return;
      if ('progress' in data) {
        request.onProgress?.(data.progress);
        return;
      }
      this.pending.delete(data.id);
      if ('error' in data) request.reject(new Error(data.error));
      else request.resolve(data.result);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      for (const request of this.pending.values()) request.reject(new Error(event.message || 'worker error'));
      this.pending.clear();
    };
  }

  call(action, args = {}, transfer = [], onProgress = null) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
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
  removeDocument(docId) { return this.call('removeDocument', { docId }); }
  reset() { return this.call('reset'); }
  analysis() { return this.call('analysis'); }
  document(docId) { return this.call('document', { docId }); }
  search(query) { return this.call('search', { query }); }
  query(kind, params = {}) { return this.call('query', { kind, params }); }
  queries(requests) { return this.call('queries', { requests }); }
}
