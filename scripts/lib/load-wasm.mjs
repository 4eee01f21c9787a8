// Loads the wasm module under Node. Node 20's fetch() cannot read a file path,
// so the glue is handed the wasm bytes directly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const wasmDir = join(process.env.MARSAD_BUILD_DIR ?? join(root, 'build'), 'wasm', 'wasm');

export async function loadMarsad() {
  const require = createRequire(import.meta.url);
  const createMarsad = require(join(wasmDir, 'marsad.js'));
  return createMarsad({ wasmBinary: readFileSync(join(wasmDir, 'marsad.wasm')) });
}
