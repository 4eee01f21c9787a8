// The Web Worker that owns the wasm module. Protocol: requests
// {id, action, ...args}; replies {id, result} or {id, error}; long actions
// also post {id, progress: {done, total, file}} while they run. Results are the
// core's JSON, parsed here so the page gets plain objects. The worker never
// analyzes anything itself: every answer comes from the wasm Session.
//
// The first request must be `init`, with either {wasmUrl} (the served site)
// or {wasmBinary} (the offline bundle, where the worker is a Blob and can
// fetch nothing).
import createMarsad from 'marsad-wasm';

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

function parse(json) {
  const value = JSON.parse(json);
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.error === 'string' && Object.keys(value).length === 1)
    throw new Error(value.error);
  return value;
}

// A `.json` file whose top level is {"actors": [...]} (and no documents) is a
// knowledge-base addition; everything else is corpus input for the core.
function isKnowledgeBase(name, bytes) {
  if (!/\.json$/i.test(name)) return false;
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes));
    return value && !Array.isArray(value) && Array.isArray(value.actors) && !('documents' in value);
  } catch {
    return false;
  }
}

function query(kind, params) {
  return parse(session.queryJson(kind, JSON.stringify(params ?? {})));
}

const actions = {
  init,
  addFiles({ files }, progress) {
    const results = [];
    files.forEach(({ name, bytes }, i) => {
      progress({ done: i, total: files.length, file: name });
      const data = new Uint8Array(bytes);
      try {
        if (isKnowledgeBase(name, data)) results.push({ kind: 'kb', ...parse(session.addKnowledgeBase(name, data)) });
        else results.push({ kind: 'corpus', ...parse(session.addFile(name, data)) });
      } catch (error) {
        results.push({ kind: 'failed', file: name, problems: [{ file: name, message: String(error?.message ?? error) }] });
      }
      progress({ done: i + 1, total: files.length, file: name });
    });
    return results;
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
        return { error: String(error?.message ?? error) };
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
      self.postMessage({ id, result });
    } catch (error) {
      self.postMessage({ id, error: String(error?.message ?? error) });
    }
  });
};
