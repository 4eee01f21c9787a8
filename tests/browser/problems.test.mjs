// Problems in the reader's language: what went wrong with a file said in
// plain Arabic (or English), the core's technical message behind a
// disclosure; a duplicate merged is information, not a problem; every file
// given says at the top of the page how many documents it brought, or why
// none; a binary file is called binary.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { chooseFiles, openReadySite, screenshotDir } from './browser.mjs';

const line = (fields) => JSON.stringify(fields);
const visit = 'استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف في أنقرة أمس لبحث الأزمة السورية.';
// Line 1 good; 2 malformed JSON; 3 no text; 4 the text of line 1 again (a
// duplicate); 5 an unreadable date, kept undated; 6 three words (near-empty).
const mixed = [
  line({ id: 'p-1', date: '2022-07-05', title: 'زيارة', text: visit }),
  '{"id": "p-2", "text": ',
  line({ id: 'p-3', title: 'بلا نص' }),
  line({ id: 'p-4', date: '2022-07-06', text: visit }),
  line({ id: 'p-5', date: 'الخميس الماضي', text: 'قال المتحدث باسم الحكومة إن الاجتماع سيعقد في موعده.' }),
  line({ id: 'p-6', date: '2022-07-07', text: 'عاجل: بيان مرتقب.' }),
].join('\n');
const binary = Buffer.alloc(4096);
for (let i = 0; i < binary.length; ++i) binary[i] = (i * 37) & 0xff;

describe('problems in the reader\'s language', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite());
    const before = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
    await chooseFiles(page, [
      { name: 'mixed.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(mixed) },
      { name: 'photo.jsonl', mimeType: 'application/octet-stream', buffer: binary },
    ]);
    await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n, before, { timeout: 60000 });
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('says at the top of the page, per file, how many documents it brought, or why none', async () => {
    const loaded = page.locator('#notices li[data-kind="loaded"]');
    assert.equal(await loaded.count(), 1);
    const text = await loaded.locator('.notice-text').textContent();
    assert.match(text, /\u2068mixed\.jsonl\u2069: حُمّلت 3 وثيقة/);
    assert.match(text, /دُمجت 1 مكررة/);
    assert.match(text, /3 مشكلة/);
    const refused = page.locator('#notices li[data-kind="not-loaded"]');
    assert.equal(await refused.count(), 1);
    assert.match(await refused.locator('.notice-text').textContent(), /photo\.jsonl.*لم تُحمَّل أي وثيقة: لم يُقرأ: هذا ملف ثنائي/);
    // The core's words are there for whoever needs them, closed.
    assert.equal(await refused.locator('details').evaluate((d) => d.open), false);
    assert.match(await refused.locator('details code').textContent(), /binary file, not read/);
    // Visible without scrolling.
    const top = await page.evaluate(() => document.querySelector('#notices li[data-kind="loaded"]').getBoundingClientRect().bottom);
    assert.ok(top > 0 && top < 900, `the notice ends at ${top}px`);
    await page.screenshot({ path: join(screenshotDir, 'problems-notices.png') });
  });

  it('lists problems in plain Arabic, by file and line, the technical message behind a disclosure', async () => {
    const item = (kind) => page.locator(`#problem-list li[data-kind="${kind}"]`);
    const json = item('badJson');
    assert.equal(await json.count(), 1);
    assert.equal(await json.locator('.problem-where').textContent(), '\u2068mixed.jsonl\u2069 · السطر 2: ');
    assert.equal(await json.locator('.problem-text').textContent(), 'سجل ليس بصيغة JSON سليمة، فتُرك.');
    assert.equal(await json.locator('details summary').textContent(), 'التفاصيل التقنية');
    assert.equal(await json.locator('details').evaluate((d) => d.open), false);
    assert.match(await json.locator('details code').textContent(), /^mixed\.jsonl:2 @\d+: malformed JSON/);
    assert.match(await item('noText').locator('.problem-text').textContent(), /سجل بلا نص/);
    assert.match(await item('badDate').locator('.problem-text').textContent(), /التاريخ «\u2068الخميس الماضي\u2069» ليس بصيغة يقرؤها المحلل/);
    assert.match(await item('binary').locator('.problem-text').textContent(), /ملف ثنائي/);
    // What the reader sees, details closed: no English parser jargon.
    const seen = await page.locator('#problem-list').innerText();
    assert.doesNotMatch(seen, /malformed|syntax|expected|record skipped|binary file|dropped/, seen);
  });

  it('says a near-empty document was read, in plain words, as information', async () => {
    assert.equal(await page.locator('#problem-list li[data-kind="nearEmpty"]').count(), 0);
    const note = page.locator('#note-list li[data-kind="nearEmpty"]');
    assert.equal(await note.count(), 1);
    assert.match(await note.locator('.problem-text').textContent(), /وثيقة شبه فارغة \(3 كلمات\)/);
    assert.match(await note.locator('details code').textContent(), /near-empty document/);
  });

  it('reports the duplicate as information, not as a problem', async () => {
    assert.equal(await page.locator('#problem-list li[data-kind="duplicate"]').count(), 0);
    const note = page.locator('#note-list li[data-kind="duplicate"]');
    assert.equal(await note.count(), 1);
    assert.equal(await page.locator('#notes h3').textContent(), 'للعلم');
    assert.match(await note.locator('.problem-text').textContent(), /نصها مطابق لنص الوثيقة «\u2068p-1\u2069»، فدُمجت فيها/);
    await page.locator('#notes').screenshot({ path: join(screenshotDir, 'problems-notes.png') });
  });

  it('says the same in English when the interface is English', async () => {
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.rendered === location.hash);
    assert.equal(await page.locator('#problem-list li[data-kind="badJson"] .problem-text').textContent(), 'A record that is not well-formed JSON was skipped.');
    assert.equal(await page.locator('#problem-list li[data-kind="badJson"] .problem-where').textContent(), '\u2068mixed.jsonl\u2069 · line 2: ');
    assert.match(await page.locator('#problem-list li[data-kind="binary"] .problem-text').textContent(), /^Not read: this is a binary file/);
    assert.equal(await page.locator('#notes h3').textContent(), 'Good to know');
    assert.match(await page.locator('#note-list li[data-kind="duplicate"] .problem-text').textContent(), /^Same text as the document «\u2068p-1\u2069»: merged into it/);
    assert.equal(await page.locator('#problem-list li details summary').first().textContent(), 'Technical detail');
  });
});
