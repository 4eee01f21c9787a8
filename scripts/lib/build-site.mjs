// Assembles the static site: the page's ES modules bundled by esbuild, the
// worker with the wasm glue, the wasm binary, styles and the seed corpus.
//   node scripts/lib/build-site.mjs OUT_DIR
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = process.env.MARSAD_BUILD_DIR ?? join(root, 'build');
const out = process.argv[2] ?? join(buildDir, 'site');
const wasmDir = join(buildDir, 'wasm', 'wasm');

mkdirSync(join(out, 'corpus'), { recursive: true });
const common = { bundle: true, minify: true, logLevel: 'warning', target: 'es2022', legalComments: 'none' };
await build({ ...common, entryPoints: [join(root, 'web/src/main.js')], outfile: join(out, 'app.js'), format: 'esm' });
await build({
  ...common,
  entryPoints: [join(root, 'web/src/worker.js')],
  outfile: join(out, 'worker.js'),
  format: 'iife',
  alias: { 'marsad-wasm': join(wasmDir, 'marsad.js') },
  external: ['fs', 'path', 'crypto'],  // the glue's Node branch, never taken in a browser
});
copyFileSync(join(wasmDir, 'marsad.wasm'), join(out, 'marsad.wasm'));
for (const file of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(root, 'web', file), join(out, file));
copyFileSync(join(root, 'web/corpus/seeds.jsonl'), join(out, 'corpus/seeds.jsonl'));
