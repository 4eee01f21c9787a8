// The wasm twin of the native CLI: same arguments, same output.
//   node scripts/lib/analyze-wasm.mjs analyze FILE...
import { readFileSync } from 'node:fs';
import { loadMarsad } from './load-wasm.mjs';

const [command, ...files] = process.argv.slice(2);
if (command !== 'analyze' || files.length === 0) {
  console.error('usage: analyze-wasm.mjs analyze FILE...');
  process.exit(2);
}
const marsad = await loadMarsad();
const session = new marsad.Session();
for (const file of files) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`${file}: cannot read file`);
    continue;
  }
  const summary = JSON.parse(session.addFile(file, bytes));
  for (const p of summary.problems) {
    const where = `${p.file ?? file}${p.line ? `:${p.line}` : ''}${p.byte !== undefined ? ` (byte ${p.byte})` : ''}`;
    console.error(`${where}: ${p.warning ? 'warning: ' : 'error: '}${p.message}`);
  }
}
process.stdout.write(session.analysisJson() + '\n');
const count = session.documentCount();
session.delete();
// Not process.exit(): on a pipe, stdout is written asynchronously, and exiting
// at once cut a large analysis short; Node exits when it is written.
process.exitCode = count > 0 ? 0 : 1;
