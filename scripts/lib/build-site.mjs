// Assembles the static site: the page's CAMEO table regenerated (gen-cameo.mjs),
// the page's ES modules bundled by esbuild, the
// worker with the wasm glue, the wasm binary, styles and the seed corpus; and
// offline/marsad.js, the offline bundle's one classic script (the page fetches
// it to build "download this corpus as an offline bundle"; scripts/bundle uses it).
//   node scripts/lib/build-site.mjs OUT_DIR
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cameoModule, tablePath } from './gen-cameo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = process.env.MARSAD_BUILD_DIR ?? join(root, 'build');
const out = process.argv[2] ?? join(buildDir, 'site');
const wasmDir = join(buildDir, 'wasm', 'wasm');

// The page's CAMEO table, regenerated from core/data/cameo.tsv when it changed.
const cameoTable = cameoModule();
if (!existsSync(tablePath) || readFileSync(tablePath, 'utf8') !== cameoTable) writeFileSync(tablePath, cameoTable);

mkdirSync(join(out, 'corpus'), { recursive: true });
mkdirSync(join(out, 'offline'), { recursive: true });
const common = { bundle: true, minify: true, logLevel: 'warning', target: 'es2022', legalComments: 'none' };
const workerOptions = {
  ...common,
  entryPoints: [join(root, 'web/src/worker.js')],
  format: 'iife',
  alias: { 'marsad-wasm': join(wasmDir, 'marsad.js') },
  external: ['fs', 'path', 'crypto'],  // the glue's Node branch, never taken in a browser
};
await build({ ...common, entryPoints: [join(root, 'web/src/main.js')], outfile: join(out, 'app.js'), format: 'esm' });
await build({ ...workerOptions, outfile: join(out, 'worker.js') });

// The offline script: the worker's source as a string and the wasm as base64,
// given to web/src/offline.js through a virtual module.
const worker = await build({ ...workerOptions, write: false });
const assets = {
  workerSource: worker.outputFiles[0].text,
  wasmBase64: readFileSync(join(wasmDir, 'marsad.wasm')).toString('base64'),
};
await build({
  ...common,
  entryPoints: [join(root, 'web/src/offline.js')],
  outfile: join(out, 'offline', 'marsad.js'),
  format: 'iife',
  plugins: [{
    name: 'marsad-offline-assets',
    setup(b) {
      b.onResolve({ filter: /^marsad-offline-assets$/ }, () => ({ path: 'assets', namespace: 'marsad-offline' }));
      b.onLoad({ filter: /.*/, namespace: 'marsad-offline' }, () => ({
        contents: Object.entries(assets).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join('\n'),
        loader: 'js',
      }));
    },
  }],
});

copyFileSync(join(wasmDir, 'marsad.wasm'), join(out, 'marsad.wasm'));
for (const file of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(root, 'web', file), join(out, file));
copyFileSync(join(root, 'web/corpus/seeds.jsonl'), join(out, 'corpus/seeds.jsonl'));
