// The worker pool's cutting (web/src/corpus-split.js): pieces cut at line
// breaks cover the file exactly, know their whole-file line and byte, keep a
// byte order mark in the first piece only; and, through the wasm Session as the
// pool's workers use it, pieces analyzed apart and merged by the core give the
// whole file's analysis and problems at whole-file lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { countNewlines, cutUnits, unitPiece } from '../../web/src/corpus-split.js';
import { loadMarsad, seedsJsonl } from './helpers.mjs';

const encoder = new TextEncoder();
const buffer = (text) => encoder.encode(text).buffer;

// The seeds repeated (each copy's text made distinct, so none is a duplicate),
// a BOM first, and malformed lines at known lines.
function corpus(copies, malformedAt) {
  const seeds = readFileSync(seedsJsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const lines = [];
  for (let i = 0; lines.length < copies + malformedAt.length;) {
    if (malformedAt.includes(lines.length + 1)) {
      lines.push('{"id": "broken", "text": ');
      continue;
    }
    const d = seeds[i % seeds.length];
    lines.push(JSON.stringify({ ...d, id: `${d.id}-${i}`, text: `${d.text}\nنسخة رقم ${i}.` }));
    ++i;
  }
  return `\ufeff${lines.join('\n')}\n`;
}

describe('cutting a JSONL file into units', () => {
  it('cuts at line breaks: the pieces cover the file, with their first line and byte', () => {
    const text = 'a\nbb\n\nccc\ndddd\ne';
    const bytes = encoder.encode(text);
    const units = cutUnits([{ name: 'x.jsonl', bytes: bytes.buffer }], 3);
    assert.deepEqual(units.map((u) => text.slice(u.start, u.end)), ['a\nbb\n', '\nccc\n', 'dddd\n', 'e']);
    assert.deepEqual(units.map((u) => u.firstLine), [1, 3, 5, 6]);
    for (const u of units) assert.equal(u.firstLine, 1 + countNewlines(bytes, 0, u.start));
    assert.deepEqual(units.map((u) => u.lastLine), [2, 4, 5, 6]);
  });

  it('keeps other files, small files and a blank tail whole; a BOM only in the first piece', () => {
    const files = [
      { name: 'a.csv', bytes: buffer('x\n'.repeat(100)) },
      { name: 'b.JSONL', bytes: buffer('{}\n') },
      { name: 'c.ndjson', bytes: buffer(`\ufeff${'{"text": "x"}\n'.repeat(10)}\n \n\r\n`) },
    ];
    const units = cutUnits(files, 20);
    assert.deepEqual(units.filter((u) => u.file < 2).map((u) => [u.file, u.start, u.end]), [[0, 0, 200], [1, 0, 3]]);
    const pieces = units.filter((u) => u.file === 2).map((u) => unitPiece(files, u));
    const bom = (p) => new Uint8Array(p.bytes).slice(0, 3).join() === '239,187,191';
    assert.deepEqual(pieces.map(bom), pieces.map((p, i) => i === 0));
    const last = new TextDecoder().decode(pieces.at(-1).bytes);
    assert.ok(/\S/.test(last), 'the blank lines at the end stay with the last piece');
    assert.equal(pieces.reduce((n, p) => n + p.bytes.byteLength, 0), files[2].bytes.byteLength);
    for (const p of pieces) assert.equal(p.firstByte, units.find((u) => u.file === 2 && u.start === p.firstByte).start);
  });
});

describe('pieces analyzed apart and merged by the core (as the pool does it)', () => {
  it('equal the whole file: documents, actors, corpus id, and problems at whole-file lines', async () => {
    const marsad = await loadMarsad();
    const malformed = [3, 40, 77];
    const file = { name: 'big.jsonl', bytes: buffer(corpus(90, malformed)) };
    const whole = new marsad.Session();
    const wholeResult = JSON.parse(whole.addFile(file.name, new Uint8Array(file.bytes)));

    const units = cutUnits([file], 64 << 10);
    assert.ok(units.length >= 4, `${units.length} units`);
    const main = new marsad.Session();
    const problems = [];
    units.forEach((u, i) => {
      const p = unitPiece([file], u);
      if (i === 0) {
        problems.push(...JSON.parse(main.addFilePart(p.name, new Uint8Array(p.bytes), p.firstLine, p.firstByte)).problems);
        return;
      }
      const helper = new marsad.Session();
      helper.addFilePart(p.name, new Uint8Array(p.bytes), p.firstLine, p.firstByte);
      const shard = encoder.encode(helper.shardJson());
      helper.delete();
      problems.push(...JSON.parse(main.mergeShard(p.name, shard)).problems);
    });

    const lines = (list) => list.filter((p) => p.message.includes('JSON')).map((p) => p.line);
    assert.deepEqual(lines(wholeResult.problems), malformed);
    assert.deepEqual(lines(problems), malformed);
    const key = (p) => `${p.line} ${p.byte} ${p.message}`;
    assert.deepEqual(problems.map(key).sort(), wholeResult.problems.map(key).sort());
    const a = JSON.parse(whole.analysisJson());
    const b = JSON.parse(main.analysisJson());
    assert.equal(b.corpus.id, a.corpus.id);
    assert.equal(b.corpus.documents, 90);
    assert.deepEqual(b.actors, a.actors);
    assert.deepEqual(b.documents, a.documents);
    whole.delete();
    main.delete();
  });
});
