// The Web Worker that owns the wasm module. Protocol: requests
// {id, action, ...args}; replies {id, result} or {id, error}. Results are the
// core's JSON, parsed here so the page gets plain objects.
import createMarsad from 'marsad-wasm';

let session = null;

async function start() {
  const module = await createMarsad({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiateStreaming(fetch(new URL('marsad.wasm', self.location.href)), imports)
        .then((result) => receive(result.instance));
      return {};
    },
  });
  session = new module.Session();
}

const actions = {
  addFiles({ files }) {
    return files.map(({ name, bytes }) => JSON.parse(session.addFile(name, new Uint8Array(bytes))));
  },
  analysis() {
    return JSON.parse(session.analysisJson());
  },
  document({ docId }) {
    return JSON.parse(session.documentJson(docId));
  },
  search({ query }) {
    return JSON.parse(session.searchJson(query));
  },
};

const ready = start();

self.onmessage = async (event) => {
  const { id, action, ...args } = event.data;
  try {
    await ready;
    if (!Object.hasOwn(actions, action)) throw new Error(`unknown action ${action}`);
    self.postMessage({ id, result: actions[action](args) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
