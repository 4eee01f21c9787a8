// Shared helpers for the Node tests: paths, the native CLI, the wasm module.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const buildDir = process.env.MARSAD_BUILD_DIR ?? join(root, 'build');
export const seedsJsonl = join(root, 'web', 'corpus', 'seeds.jsonl');
export const fixtures = join(root, 'tests', 'fixtures');

export function nativeCli(...args) {
  return execFileSync(join(buildDir, 'native', 'cli', 'marsad'), args, {
    encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function wasmCli(...args) {
  return execFileSync(process.execPath, [join(root, 'scripts', 'lib', 'analyze-wasm.mjs'), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export { loadMarsad } from '../../scripts/lib/load-wasm.mjs';
