// Writes the offline bundle from the built site: OUT/marsad/ (index.html with
// the seed corpus embedded, marsad.js with the worker and the wasm inlined,
// style.css, favicon.svg) and OUT/marsad.zip. It opens from file:// with no
// server and no network.
//   node scripts/lib/bundle.mjs SITE_DIR OUT_DIR
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

import { offlineIndex } from '../../web/src/bundle-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = process.env.MARSAD_BUILD_DIR ?? join(root, 'build');
const site = process.argv[2] ?? join(buildDir, 'site');
const out = process.argv[3] ?? join(buildDir, 'bundle');
const folder = join(out, 'marsad');

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const corpus = { files: [{ name: 'seeds.jsonl', bytes: readFileSync(join(root, 'web/corpus/seeds.jsonl')), sample: true }], removed: [] };
const files = {
  'index.html': strToU8(offlineIndex(readFileSync(join(site, 'index.html'), 'utf8'), corpus)),
  'marsad.js': readFileSync(join(site, 'offline', 'marsad.js')),
  'style.css': readFileSync(join(site, 'style.css')),
  'favicon.svg': readFileSync(join(site, 'favicon.svg')),
  'third-party-licenses.txt': readFileSync(join(site, 'third-party-licenses.txt')),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
writeFileSync(join(out, 'marsad.zip'), zipSync({ marsad: files }, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }));
console.log(`offline bundle: ${folder}/index.html and ${join(out, 'marsad.zip')}`);
