// Copies the data files for the WebAssembly module, the JSON ones without what
// only people read: their "note" members and the whitespace that lays them out
// (a third of the data's compressed size). The native build embeds the files
// as written, so that validate-data names the line of a problem.
//   node minify_json.mjs FROM_DIR TO_DIR FILE...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [from, to, ...files] = process.argv.slice(2);

function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, v] of Object.entries(value)) if (key !== 'note') out[key] = withoutNotes(v);
    return out;
  }
  return value;
}

for (const file of files) {
  const text = readFileSync(join(from, file), 'utf8');
  const out = file.endsWith('.json') ? JSON.stringify(withoutNotes(JSON.parse(text))) : text;
  mkdirSync(dirname(join(to, file)), { recursive: true });
  writeFileSync(join(to, file), out);
}
