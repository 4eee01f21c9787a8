// The offline bundle's entry (one classic script, opened from file://): the
// worker is a Blob made from a string, the wasm is inlined (base64) and handed
// to the glue as `wasmBinary`, the corpus is a JSON data block in index.html.
import { wasmBase64, workerSource } from 'marsad-offline-assets';
import { boot } from './app.js';
import { t } from './i18n.js';

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function embeddedCorpus() {
  const block = document.getElementById('marsad-corpus');
  const corpus = block ? JSON.parse(block.textContent) : { files: [] };
  return {
    files: (corpus.files ?? []).map((f) => ({ name: String(f.name), bytes: decodeBase64(f.base64).buffer, sample: f.sample === true })),
    removed: (corpus.removed ?? []).map(String),
  };
}

// The worker's source as a Blob URL, made once: the main worker and the
// pool's helpers (web/src/worker-pool.js) all start from it.
let blobUrl = null;
const workerUrl = () => (blobUrl ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));

const corpus = embeddedCorpus();
const files = async () => corpus.files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0), sample: f.sample }));

boot({
  createWorker: (name) => new Worker(workerUrl(), { name }),
  wasm: { wasmBinary: decodeBase64(wasmBase64).buffer },
  initialFiles: files,
  seedFiles: files,
  removed: corpus.removed,
  bundle: true,  // a link to this page opens only on this computer: Copy link says so
}).catch((error) => {
  const status = document.getElementById('status');
  status.textContent = `${t('failed')}: ${error.message}`;
  status.className = 'status error';
  console.error(error);
});
