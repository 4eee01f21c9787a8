// The served site: the worker and the wasm come from the site itself, the seed
// corpus from corpus/seeds.jsonl — or, on a site made by scripts/publish, the
// published index (published/manifest.json), loaded view by view.
import { boot } from './app.js';
import { t } from './i18n.js';
import { makeBundle } from './offline-zip.js';
import { findManifest } from './published/fetch-index.js';

const base = new URL('./', import.meta.url);

async function seedFiles() {
  const response = await fetch(new URL('corpus/seeds.jsonl', base));
  if (!response.ok) throw new Error(`corpus/seeds.jsonl: ${response.status}`);
  return [{ name: 'seeds.jsonl', bytes: await response.arrayBuffer(), sample: true }];
}

// Asked while the worker compiles the wasm module.
const published = findManifest(base);

boot({
  createWorker: (name) => new Worker(new URL('worker.js', base), { name }),
  wasm: { wasmUrl: new URL('marsad.wasm', base).href },
  published,
  base,
  initialFiles: async () => ((await published) ? [] : seedFiles()),
  seedFiles,
  makeBundle: (corpus) => makeBundle(corpus, base),
}).catch((error) => {
  const status = document.getElementById('status');
  status.textContent = `${t('failed')}: ${error.message}`;
  status.className = 'status error';
  console.error(error);
});
