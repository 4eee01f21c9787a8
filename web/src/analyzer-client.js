// A promise wrapper over the analysis worker.
export class AnalyzerClient {
  constructor(workerUrl) {
    this.worker = new Worker(workerUrl);
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = ({ data }) => {
      const request = this.pending.get(data.id);
      if (!request) return;
      this.pending.delete(data.id);
      if ('error' in data) request.reject(new Error(data.error));
      else request.resolve(data.result);
    };
    this.worker.onerror = (event) => {
      for (const request of this.pending.values()) request.reject(new Error(event.message));
      this.pending.clear();
    };
  }

  call(action, args = {}, transfer = []) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, action, ...args }, transfer);
    });
  }

  addFiles(files) {
    return this.call('addFiles', { files }, files.map((f) => f.bytes));
  }
  analysis() {
    return this.call('analysis');
  }
  document(docId) {
    return this.call('document', { docId });
  }
  search(query) {
    return this.call('search', { query });
  }
}
