// Copies the data files for the WebAssembly module without what only people
// read: the JSON ones without their "note" members and the whitespace that lays
// them out (a third of the data's compressed size), the tables (.txt, .tsv)
// without their "#" lines, which every reader of them skips (the models' headers:
// 1.3 KB gzipped). The native build embeds the files as written, so that
// validate-data names the line of a problem.
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
  const table = file.endsWith('.txt') || file.endsWith('.tsv');
  const out = file.endsWith('.json') ? JSON.stringify(withoutNotes(JSON.parse(text)))
            : table ? text.split('\n').filter((line) => !line.startsWith('#')).join('\n')
            : text;
  mkdirSync(dirname(join(to, file)), { recursive: true });
  writeFileSync(join(to, file), out);
}
