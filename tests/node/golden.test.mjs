// The analysis held to what was reviewed: the seeds' analysis against a
// committed golden file (a change to the analysis shows in the diff that
// updates it: MARSAD_UPDATE_GOLDEN=1 node --test tests/node/golden.test.mjs),
// and every sentence of the rule fixtures analyzed alike natively and in wasm.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { fixtures, nativeCli, root, seedsJsonl, wasmCli } from './helpers.mjs';

const goldenFile = join(root, 'tests', 'golden', 'seeds.analysis.json');

// One line per value of the analysis, so a review reads the diff field by field.
const pretty = (json) => `${JSON.stringify(JSON.parse(json), null, 1)}\n`;

// The cases of a rule fixture file (=== name ===, @date, the sentence, ---, expectations).
function fixtureSentences(file) {
  const cases = [];
  for (const block of readFileSync(file, 'utf8').split(/^=== /m).slice(1)) {
    const [head, ...lines] = block.split('\n');
    const date = lines.find((l) => l.startsWith('@date '))?.slice(6).trim() ?? '';
    const text = lines.find((l) => l.trim() && !l.startsWith('@') && !l.startsWith('#'));
    cases.push({ id: head.replace(/ ===$/, ''), date, text });
  }
  return cases;
}

describe('golden analysis', () => {
  it('of the seeds is the committed tests/golden/seeds.analysis.json', () => {
    const now = pretty(nativeCli('analyze', seedsJsonl));
    if (process.env.MARSAD_UPDATE_GOLDEN === '1') writeFileSync(goldenFile, now);
    const golden = readFileSync(goldenFile, 'utf8');
    if (now === golden) return;
    const a = now.split('\n'), b = golden.split('\n');
    const line = a.findIndex((x, i) => x !== b[i]);
    assert.fail(`the seeds' analysis differs from ${goldenFile} at line ${line + 1}:\n` +
      `  now:    ${a[line]}\n  golden: ${b[line]}\n` +
      'if the change is meant, update it: MARSAD_UPDATE_GOLDEN=1 node --test tests/node/golden.test.mjs');
  });

  it('of every rule fixture sentence is the same natively and in wasm', () => {
    const cases = [...fixtureSentences(join(fixtures, 'events', 'patterns.txt')),
      ...fixtureSentences(join(fixtures, 'events', 'slots.txt')),
      ...fixtureSentences(join(fixtures, 'actors', 'mentions.txt'))];
    assert.ok(cases.length > 100, `${cases.length} fixture sentences`);
    const dir = mkdtempSync(join(tmpdir(), 'marsad-fixtures-'));
    try {
      const file = join(dir, 'fixtures.jsonl');
      writeFileSync(file, cases.map((c, i) => JSON.stringify({ id: `case-${i}`, title: c.id, date: c.date, text: c.text })).join('\n'));
      const native = nativeCli('analyze', file);
      assert.equal(wasmCli('analyze', file), native);
      // Not a vacuous agreement: the sentences hold events.
      const events = JSON.parse(native).documents.reduce((n, d) => n + d.events.length + d.weak_events.length, 0);
      assert.ok(events > 50, `${events} events in the fixture sentences`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
