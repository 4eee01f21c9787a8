import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before, after } from 'node:test';

import { fixtures, loadMarsad, nativeCli, root, seedsJsonl, wasmCli } from './helpers.mjs';

const seedTxtDir = join(root, '..', 'shared', 'corpus', 'seeds');

describe('analysis JSON', () => {
  it('is identical from the native CLI and the wasm module on the seeds', () => {
    const native = nativeCli('analyze', seedsJsonl);
    const wasm = wasmCli('analyze', seedsJsonl);
    assert.equal(wasm, native);
    const analysis = JSON.parse(native);
    assert.equal(analysis.corpus.documents, 5);
    assert.deepEqual(analysis.documents.map((d) => d.date), ['2017-07', null, '2019-04-21', null, '2019-11']);
  });

  it('is identical natively and in wasm on the seed .txt files and the bad-input fixtures', () => {
    const files = readdirSync(seedTxtDir).map((f) => join(seedTxtDir, f));
    const corpusFixtures = join(fixtures, 'corpus');
    for (const f of readdirSync(corpusFixtures)) files.push(join(corpusFixtures, f));
    const run = (cli) => { try { return cli('analyze', ...files); } catch (e) { return e.stdout; } };
    assert.equal(run(wasmCli), run(nativeCli));
  });
});

describe('Session', () => {
  let marsad, session, seeds;
  before(async () => {
    marsad = await loadMarsad();
    session = new marsad.Session();
    seeds = readFileSync(seedsJsonl);
    session.addFile('seeds.jsonl', seeds);
  });
  after(() => session.delete());

  it('reads the five seeds', () => {
    assert.equal(session.documentCount(), 5);
  });

  it('has a memory ceiling and says how large a file it can still take', () => {
    const memory = JSON.parse(session.memoryJson());
    assert.equal(memory.limit, 2 ** 31);
    assert.ok(memory.in_use > 0 && memory.in_use < memory.limit, JSON.stringify(memory));
    assert.ok(memory.max_file_bytes > 100e6 && memory.max_file_bytes < memory.limit, JSON.stringify(memory));
  });

  it('gives offsets that slice the original text exactly in JavaScript', () => {
    const analysis = JSON.parse(session.analysisJson());
    const lines = seeds.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const [i, doc] of analysis.documents.entries()) {
      const full = JSON.parse(session.documentJson(doc.id));
      assert.equal(full.text, lines[i].text);
      assert.equal(full.length, full.text.length);
      const { offsets } = full.tokens;
      for (let k = 0; k < offsets.length; k += 2) {
        const piece = full.text.slice(offsets[k], offsets[k + 1]);
        assert.ok(piece.trim().length > 0 && piece === piece.trim(), `token ${k / 2} of ${doc.id}: "${piece}"`);
      }
      for (const s of doc.sentences) assert.ok(s.end > s.start && s.end <= full.text.length);
    }
  });

  it('finds every حفتر in the seeds, behind clitics and hashtags too', () => {
    const result = JSON.parse(session.searchJson('حفتر'));
    const texts = Object.fromEntries(
      JSON.parse(session.analysisJson()).documents.map((d) => [d.id, JSON.parse(session.documentJson(d.id)).text]));
    let expected = 0;
    for (const text of Object.values(texts)) expected += text.split('حفتر').length - 1;
    assert.equal(result.total, expected);
    const forms = new Set();
    for (const hit of result.hits) {
      const piece = texts[hit.document].slice(hit.start, hit.end);
      assert.equal(piece, hit.text);
      assert.match(piece, /حفتر$/);
      forms.add(piece);
    }
    for (const form of ['حفتر', 'وحفتر', 'لحفتر']) assert.ok(forms.has(form), form);
    const hashtag = result.hits.find((h) => texts[h.document][h.start - 1] === '#');
    assert.ok(hashtag, 'a hit inside #حفتر');
  });

  it('reports bad input without losing the good documents', () => {
    const s = new marsad.Session();
    const bytes = Buffer.from('{"id":"a","text":"نص أول صالح للقراءة هنا تماما"}\n{"id": broken\n{"id":"b","text":"نص ثان صالح للقراءة هنا أيضا"}\n');
    const summary = JSON.parse(s.addFile('mixed.jsonl', bytes));
    assert.equal(summary.documents, 2);
    assert.equal(summary.problems.length, 1);
    assert.equal(summary.problems[0].line, 2);
    s.delete();
  });

  it('says which kind of file it read, and reads a knowledge base as one', () => {
    const s = new marsad.Session();
    const actors = Buffer.from(JSON.stringify({ actors: [{ id: 'nayef', type: 'person', name: { ar: 'نايف البكري' } }] }));
    assert.equal(s.fileKind('extra.json', actors), 'knowledge_base');
    assert.equal(s.fileKind('extra.jsonl', actors), 'corpus');
    assert.equal(s.fileKind('docs.json', Buffer.from('[{"text": "نص"}]')), 'corpus');
    const kb = JSON.parse(s.addFile('extra.json', actors));
    assert.equal(kb.kind, 'knowledge_base');
    assert.equal(kb.actors, 1);
    const corpus = JSON.parse(s.addFile('news.jsonl', Buffer.from('{"id":"d","text":"قال نايف البكري إن الاجتماع انتهى."}\n')));
    assert.equal(corpus.kind, 'corpus');
    assert.equal(corpus.documents, 1);
    const [doc] = JSON.parse(s.analysisJson()).documents;
    assert.ok(doc.mentions.some((m) => m.actor === 'nayef'), JSON.stringify(doc.mentions));
    s.delete();
  });

  it('answers every error in one shape, {error: {code, message}}, the same as natively', () => {
    const badParams = JSON.parse(session.queryJson('timeline', '{"weak": "yes"}'));
    assert.deepEqual(badParams, { error: { code: 'invalid_argument', message: 'weak must be true or false' } });
    assert.deepEqual(JSON.parse(nativeCli('query', 'timeline', '{"weak": "yes"}', seedsJsonl)), badParams);
    const missing = JSON.parse(session.documentJson('nosuch'));
    assert.deepEqual(missing, { error: { code: 'not_found', message: 'no document with id "nosuch"' } });
    assert.deepEqual(JSON.parse(nativeCli('document', 'nosuch', seedsJsonl)), missing);

    const s = new marsad.Session();
    const summary = JSON.parse(s.mergeShard('bad.shard', '{"marsad_shard": 5, "documents": "all"}'));
    const message = 'not a usable shard: documents is not an array';
    assert.deepEqual(summary.error, { code: 'invalid_argument', message });
    assert.deepEqual(summary.problems, [{ file: 'bad.shard', message }]);
    assert.equal(s.documentCount(), 0);
    s.delete();
  });
});
