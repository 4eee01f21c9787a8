// Assembles the static site: the page's CAMEO table regenerated (gen-cameo.mjs),
// the page's ES modules bundled by esbuild, the
// worker with the wasm glue, the wasm binary, styles and the seed corpus; and
// offline/marsad.js, the offline bundle's one classic script (the page fetches
// it to build "download this corpus as an offline bundle"; scripts/bundle uses it);
// third-party-licenses.txt, the licences of the npm packages bundled in.
//   node scripts/lib/build-site.mjs OUT_DIR
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
// The npm packages bundled into the site (d3's modules, fflate…), by the
// metafile of each build, for third-party-licenses.txt.
const bundled = new Set();
const packagesIn = (result) => new Set(Object.keys(result.metafile?.inputs ?? {})
  .map((input) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]).filter(Boolean));
// A script that carries npm packages opens with a comment naming them, their
// licences and where their texts are (the minifier drops their own comments).
const note = (result) => {
  const names = [...packagesIn(result)].sort();
  names.forEach((name) => bundled.add(name));
  for (const file of Object.keys(result.metafile?.outputs ?? {})) {
    if (!names.length || !file.endsWith('.js')) continue;
    const which = names.map((name) => `${name} (${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).license})`).join(', ');
    writeFileSync(file, `/*! Bundles ${which}; their licences: third-party-licenses.txt */\n${readFileSync(file, 'utf8')}`);
  }
  return result;
};
note(await build({ ...common, metafile: true, entryPoints: [join(root, 'web/src/main.js')], outfile: join(out, 'app.js'), format: 'esm' }));
note(await build({ ...workerOptions, metafile: true, outfile: join(out, 'worker.js') }));

// The offline script: the worker's source as a string and the wasm as base64,
// given to web/src/offline.js through a virtual module.
const worker = await build({ ...workerOptions, write: false });
const assets = {
  workerSource: worker.outputFiles[0].text,
  wasmBase64: readFileSync(join(wasmDir, 'marsad.wasm')).toString('base64'),
};
note(await build({
  ...common,
  metafile: true,
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
}));

copyFileSync(join(wasmDir, 'marsad.wasm'), join(out, 'marsad.wasm'));
for (const file of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(root, 'web', file), join(out, file));
copyFileSync(join(root, 'web/corpus/seeds.jsonl'), join(out, 'corpus/seeds.jsonl'));

// The licences of the npm packages the site's scripts carry (minified, without
// their comments): each package's name, version, licence and LICENSE text.
const licenses = [...bundled].sort().map((name) => {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `${name} ${pkg.version} (${pkg.license})\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : `${pkg.license}: see ${pkg.homepage ?? name}`}\n`;
});
writeFileSync(join(out, 'third-party-licenses.txt'),
  `Marsad's scripts (app.js, worker.js, offline/marsad.js) bundle these npm packages:\n\n${licenses.join(`\n${'-'.repeat(72)}\n\n`)}`);
