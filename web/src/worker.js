// The Web Worker that owns the wasm module. Protocol: requests
// {id, action, ...args}; replies {id, result} or {id, error}; long actions
// also post {id, progress: {done, total, file, bytes, bytesTotal}} after each
// file or piece. Results are the core's JSON, parsed here so the page gets
// plain objects. The worker never analyzes anything itself: every answer comes
// from the wasm Session.
//
// The page's main worker owns the session that answers every query; helper
// workers of the pool (web/src/worker-pool.js) run the same script and only
// answer `shard`: a piece of a corpus analyzed in a fresh Session, returned as
// that Session's shard for the main worker's `mergeShard`.
//
// The first request must be `init`, with either {wasmUrl} (the served site)
// or {wasmBinary} (the offline bundle, where the worker is a Blob and can
// fetch nothing).
import createMarsad from 'marsad-wasm';

import { failure, parseReply as parse } from './core-reply.js';

let module = null;
let session = null;

async function init({ wasmUrl, wasmBinary }) {
  if (module) return { ready: true };
  const options = {};
  if (wasmBinary) options.wasmBinary = new Uint8Array(wasmBinary);
  else {
    options.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiateStreaming(fetch(wasmUrl), imports)
        .then((result) => receive(result.instance))
        .catch((error) => self.postMessage({ id: 0, fatal: String(error?.message ?? error) }));
      return {};
    };
  }
  module = await createMarsad(options);
  session = new module.Session();
  return { ready: true };
}

function query(kind, params) {
  return parse(session.queryJson(kind, JSON.stringify(params ?? {})));
}

// Adds files to a Session, in order. A file with `firstLine` is a unit cut by
// the pool (web/src/corpus-split.js): a piece of a JSONL file, read with
// Session.addFilePart so problems keep whole-file lines and bytes, or a whole
// file already known not to be a knowledge base (line 1, byte 0). The core's
// reply says which kind each file was: 'corpus' or 'knowledge_base'.
function addAll(target, files, progress) {
  const bytesTotal = files.reduce((n, f) => n + f.bytes.byteLength, 0);
  let bytes = 0;
  return files.map(({ name, bytes: buffer, firstLine, firstByte }, i) => {
    progress({ done: i, total: files.length, file: name, bytes, bytesTotal });
    const data = new Uint8Array(buffer);
    let result;
    try {
      result = parse(firstLine !== undefined
        ? target.addFilePart(name, data, firstLine, firstByte ?? 0)
        : target.addFile(name, data));
    } catch (error) {
      result = { kind: 'failed', file: name, problems: [{ file: name, message: String(error?.message ?? error) }] };
    }
    bytes += data.byteLength;
    progress({ done: i + 1, total: files.length, file: name, bytes, bytesTotal });
    return result;
  });
}

// A reply whose buffers move to the page instead of being copied.
class Transfer {
  constructor(value, list) {
    this.value = value;
    this.list = list;
  }
}

const actions = {
  init,
  addFiles({ files }, progress) {
    return addAll(session, files, progress);
  },
  // The knowledge-base additions among `files`, added; null for the others
  // (corpus files, left for the pool to cut and share out).
  knowledgeBases({ files }) {
    return files.map(({ name, bytes }) => {
      const data = new Uint8Array(bytes);
      return session.fileKind(name, data) === 'knowledge_base' ? parse(session.addKnowledgeBase(name, data)) : null;
    });
  },
  // A helper's job: the knowledge-base additions, then `files`, in a fresh
  // Session; returns the per-file results and the shard (UTF-8 JSON bytes).
  shard({ knowledgeBases, files }, progress) {
    const piece = new module.Session();
    try {
      for (const { name, bytes } of knowledgeBases) piece.addKnowledgeBase(name, new Uint8Array(bytes));
      const results = addAll(piece, files, progress);
      const shard = new TextEncoder().encode(piece.shardJson()).buffer;
      return new Transfer({ results, shard }, [shard]);
    } finally {
      piece.delete();
    }
  },
  // Merges a helper's shard into the session (no analysis: the core merges).
  mergeShard({ name, shard }) {
    return parse(session.mergeShard(name, new Uint8Array(shard)));
  },
  memory() {
    return parse(session.memoryJson());
  },
  removeDocument({ docId }) {
    return session.removeDocument(docId);
  },
  reset() {
    session?.delete?.();
    session = new module.Session();
    return { documents: 0 };
  },
  analysis() {
    return parse(session.analysisJson());
  },
  document({ docId }) {
    return parse(session.documentJson(docId));
  },
  search({ query: text }) {
    return parse(session.searchJson(text));
  },
  query({ kind, params }) {
    return query(kind, params);
  },
  // Several queries in one round trip (a view that needs one answer per actor).
  queries({ requests }) {
    return requests.map(({ kind, params }) => {
      try {
        return query(kind, params);
      } catch (error) {
        return failure(error);
      }
    });
  },
};

let queue = Promise.resolve();

self.onmessage = (event) => {
  const { id, action, ...args } = event.data ?? {};
  // One request at a time, in order: the Session is not reentrant.
  queue = queue.then(async () => {
    try {
      if (!Object.hasOwn(actions, action)) throw new Error(`unknown action ${action}`);
      if (action !== 'init' && !session) throw new Error('the analyzer is not started');
      const result = await actions[action](args, (progress) => self.postMessage({ id, progress }));
      if (result instanceof Transfer) self.postMessage({ id, result: result.value }, result.list);
      else self.postMessage({ id, result });
    } catch (error) {
      self.postMessage({ id, ...failure(error) });
    }
  });
};
