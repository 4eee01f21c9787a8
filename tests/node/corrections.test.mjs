// The page's corrections of actors (web/src/corrections.js) as the
// knowledge-base addition the core reads, read back from their file; the
// pickers' folding of Arabic spelling (web/src/fold.js); and, through the wasm
// Session, the addition applied to a corpus: a found name renamed keeps no
// normalized display, a hidden actor's events leave the timeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { addCorrection, correctionEntries, correctionsFile, readCorrections, removeCorrection, survivor } from '../../web/src/corrections.js';
import { fold, matchRank } from '../../web/src/fold.js';
import { loadMarsad } from './helpers.mjs';

describe('corrections', () => {
  it('writes each correction as an amendment or a merge, the last of a kind for an actor winning', () => {
    let list = [];
    list = addCorrection(list, { op: 'rename', id: 'hor', ar: 'البرلمان', en: '' });
    list = addCorrection(list, { op: 'rename', id: 'hor', ar: 'مجلس النواب الليبي', en: 'House' });
    list = addCorrection(list, { op: 'type', id: 'new:جبهه_النصره', type: 'armed_group' });
    list = addCorrection(list, { op: 'hide', id: 'new:بيان', hidden: true });
    list = addCorrection(list, { op: 'merge', id: 'new:حفتر_الليبي', into: 'haftar' });
    // An actor of the knowledge base merged into a found name: written the other way round.
    list = addCorrection(list, { op: 'merge', id: 'lna', into: 'new:جيش_الكرامه' });
    assert.deepEqual(correctionEntries(list), [
      { id: 'hor', amend: true, name: { ar: 'مجلس النواب الليبي', en: 'House' } },
      { id: 'new:جبهه_النصره', amend: true, type: 'armed_group' },
      { id: 'new:بيان', amend: true, hidden: true },
      { id: 'new:حفتر_الليبي', same_as: 'haftar' },
      { id: 'new:جيش_الكرامه', same_as: 'lna' },
    ]);
    assert.equal(survivor(list, 'new:حفتر_الليبي'), 'haftar');
    assert.equal(survivor(list, 'lna'), 'lna');
    assert.equal(survivor(list, 'new:جيش_الكرامه'), 'lna');
    assert.equal(removeCorrection(list, 0).length, list.length - 1);
  });

  it('reads its file back, leaving out what it cannot use', () => {
    const list = [{ op: 'rename', id: 'hor', ar: 'البرلمان', en: '', label: 'مجلس النواب' }, { op: 'hide', id: 'x', hidden: false }];
    const file = correctionsFile(list);
    assert.equal(file.name, 'marsad-corrections.json');
    const json = JSON.parse(new TextDecoder().decode(file.bytes));
    assert.deepEqual(json.actors, correctionEntries(list));
    assert.deepEqual(readCorrections(file.name, file.bytes), list);
    const odd = new TextEncoder().encode(JSON.stringify({ actors: [], corrections: [{ op: 'type', id: 'a', type: 'wizard' }, { op: 'merge', id: 'a' }, 5] }));
    assert.deepEqual(readCorrections('x.json', odd), []);
    assert.equal(readCorrections('x.json', new TextEncoder().encode('{"actors": []}')), null);  // an actors file, not ours
    assert.equal(readCorrections('x.csv', file.bytes), null);
    assert.equal(correctionsFile([]), null);
  });
});

describe('fold', () => {
  it('folds Arabic spelling as the core does for matching', () => {
    assert.equal(fold('جَبْهَة النُّصْرَة'), fold('جبهه النصره'));
    assert.equal(fold('أحمد'), fold('احمد'));
    assert.equal(fold('إيطاليا'), 'ايطاليا');
    assert.equal(fold('مؤتمر'), 'موتمر');
    assert.equal(fold('مصطفى'), fold('مصطفي'));
    assert.equal(fold('القائـــد'), 'القايد');
    assert.equal(fold('Khalifa_Haftar'), 'khalifa haftar');
    assert.equal(fold('٢٠١٥'), '2015');
  });

  it('ranks a word start (the article skipped) before a match inside a word', () => {
    assert.equal(matchRank(fold('جبهة النصرة'), fold('نصرة')), 2);
    assert.equal(matchRank(fold('الأمم المتحدة'), fold('متحدة')), 2);
    assert.equal(matchRank(fold('مصراتة'), fold('راته')), 1);
    assert.equal(matchRank(fold('مصراتة'), fold('بنغازي')), 0);
  });
});

describe('corrections in the wasm Session', () => {
  const encoder = new TextEncoder();
  const corpus = [
    { id: 'd1', date: '2015-07-10', text: 'قال المبعوث الأممي برناردينو ليون إن المشير خليفة حفتر التقى رئيس مجلس النواب عقيلة صالح في طبرق.' },
    { id: 'd2', date: '2015-07-12', text: 'انتقد عقيلة صالح المبعوث الأممي برناردينو ليون، وقال إن خليفة حفتر يرفض المسودة.' },
  ].map((d) => JSON.stringify(d)).join('\n');

  it('hides an actor: marked in the analysis, its events out of the timeline', async () => {
    const Marsad = await loadMarsad();
    const session = new Marsad.Session();
    session.addFile('c.jsonl', encoder.encode(corpus));
    const before = JSON.parse(session.queryJson('timeline', '{"weak": true}'));
    const involving = before.events.filter((e) => e.source === 'leon' || e.target === 'leon').length;
    assert.ok(involving > 0, 'the corpus has events of Leon');
    const file = correctionsFile([{ op: 'hide', id: 'leon', hidden: true }]);
    const added = JSON.parse(session.addFile(file.name, new Uint8Array(file.bytes)));
    assert.equal(added.kind, 'knowledge_base');
    assert.deepEqual(added.problems, []);
    const analysis = JSON.parse(session.analysisJson());
    assert.equal(analysis.actors.find((a) => a.id === 'leon').hidden, true);
    const after = JSON.parse(session.queryJson('timeline', '{"weak": true}'));
    assert.equal(after.events.length, before.events.length - involving);
    assert.ok(after.events.every((e) => e.source !== 'leon' && e.target !== 'leon'));
    session.delete();
  });
});
