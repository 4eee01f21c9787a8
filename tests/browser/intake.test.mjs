// Hostile and heavy drops: a 1 GB file is refused by its size without being
// read; a zip bomb is stopped early; a binary file is refused by the core; an
// archive of corpus files and an offline bundle are read. Each time the tab
// stays alive, a clear message names the file, and what was loaded stays.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';

import { chooseFiles, openReadySite } from './browser.mjs';

const count = (page) => page.locator('.document-link').count();

// Chooses files and waits until the page has taken them in (read, refused or analyzed).
async function choose(page, files) {
  const before = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
  await chooseFiles(page, files);  // the sample is kept alongside
  await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n, before, { timeout: 120000 });
}

const notices = (page) => page.locator('#notices li').allTextContents();
const problems = (page) => page.locator('#problem-list li').allTextContents();

// 300 MB of zeros named as a corpus file, deflated to about 300 KB.
function zipBomb() {
  const parts = [];
  const zip = new Zip((error, chunk) => { if (error) throw error; parts.push(chunk); });
  const entry = new ZipDeflate('articles.jsonl', { level: 9 });
  zip.add(entry);
  const zeros = new Uint8Array(1 << 20);
  for (let i = 0; i < 300; ++i) entry.push(zeros);
  entry.push(new Uint8Array(0), true);
  zip.end();
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}

describe('heavy and hostile drops', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite());
  });
  after(() => site.close());

  it('refuses a 1 GB file by its size, without reading it, and keeps the corpus', async () => {
    const before = await count(page);
    const intakes = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
    // A 1 GB File made of one 1 MB buffer repeated, dropped as a browser would.
    await page.evaluate(() => {
      const mb = new Uint8Array(1 << 20).fill(0x61);
      const file = new File(Array.from({ length: 1024 }, () => mb), 'huge.jsonl', { type: 'application/jsonl' });
      const data = new DataTransfer();
      data.items.add(file);
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n, intakes, { timeout: 60000 });
    const shown = (await notices(page)).join('\n');
    assert.match(shown, /huge\.jsonl \(1074 (MB|ميغابايت)\)/);
    assert.match(shown, /not read|لم يُقرأ/);
    assert.equal(await count(page), before);
    assert.deepEqual(site.problems, []);
  });

  it('stops a zip bomb early with a message, and keeps the corpus', async () => {
    const before = await count(page);
    const bomb = zipBomb();
    assert.ok(bomb.length < 2e6, `the bomb is small (${bomb.length} bytes)`);
    await choose(page, [{ name: 'articles.zip', mimeType: 'application/zip', buffer: bomb }]);
    // Said in the reader's language, the technical message behind a disclosure.
    const shown = (await notices(page)).join('\n');
    assert.match(shown, /articles\.zip.*لم تُحمَّل أي وثيقة: لم يُقرأ: الأرشيف يتضخم عند فكه أكثر من 100 ضعف حجمه/);
    assert.match(await page.locator('#notices li[data-kind="not-loaded"] details code').last().textContent(), /articles\.zip: expands more than 100 times its compressed size/);
    assert.equal(await count(page), before);
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
    assert.ok(heap < 200e6, `the page's heap stays small (${heap} bytes)`);
    assert.deepEqual(site.problems, []);
  });

  it('refuses a binary file and a broken zip by name, and keeps the corpus', async () => {
    const before = await count(page);
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; ++i) binary[i] = (i * 37) & 0xff;
    await choose(page, [
      { name: 'photo.jsonl', mimeType: 'application/octet-stream', buffer: binary },
      { name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\x03\x04 not really a zip') },
    ]);
    const listed = (await problems(page)).join('\n');
    assert.match(listed, /photo\.jsonl/);
    assert.match(listed, /broken\.zip/);
    // Named for what they are.
    assert.match(await page.locator('#problem-list li[data-kind="binary"]').last().textContent(), /photo\.jsonl.*هذا ملف ثنائي/);
    assert.match(await page.locator('#problem-list li[data-kind="archiveEmpty"]').last().textContent(), /broken\.zip.*لم يُقرأ شيء: ليس في الأرشيف ملفات مدونة/);
    assert.equal(await count(page), before);
    assert.deepEqual(site.problems, []);
  });

  it('reads an archive of corpus files, skipping other files', async () => {
    const before = await count(page);
    const doc = (id, text) => JSON.stringify({ id, date: '2018-05-29', text });
    const archive = zipSync({
      'news/a.jsonl': strToU8(`${doc('zip-a', 'استقبل الرئيس الفرنسي ماكرون المشير خليفة حفتر في باريس لبحث الأزمة الليبية.')}\n`),
      'news/b.jsonl': strToU8(`${doc('zip-b', 'دعا غسان سلامة إلى وقف إطلاق النار في طرابلس فورا.')}\n`),
      'news/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    await choose(page, [{ name: 'news.zip', mimeType: 'application/zip', buffer: Buffer.from(archive) }]);
    assert.equal(await count(page), before + 2);
    // Other files skipped: information, not a problem.
    const note = page.locator('#note-list li[data-kind="archiveSkipped"]');
    assert.match(await note.locator('.problem-text').textContent(), /ملفات من أنواع أخرى/);
    assert.match(await note.locator('details code').textContent(), /news\.zip: 1 file\(s\) of other types skipped/);
    assert.ok(await page.locator('.document-link[data-doc="zip-a"]').count());
  });

  it('reads an offline bundle dropped on the page: its corpus, without its removed documents', async () => {
    const corpus = {
      files: [{ name: 'shared.jsonl', base64: Buffer.from(
        `${JSON.stringify({ id: 'bundle-1', text: 'التقى المبعوث الأممي غسان سلامة رئيس المجلس الرئاسي فايز السراج في طرابلس.' })}\n` +
        `${JSON.stringify({ id: 'bundle-2', text: 'هاجمت قوات حفتر مطار معيتيقة في طرابلس مساء أمس حسب شهود عيان.' })}\n`).toString('base64') }],
      removed: ['bundle-2'],
    };
    const html = `<!doctype html><html><body><script type="application/json" id="marsad-corpus">${JSON.stringify(corpus)}</script></body></html>`;
    const bundle = zipSync({ 'marsad/index.html': strToU8(html), 'marsad/marsad.js': strToU8('/* the app */') });
    const before = await count(page);
    await choose(page, [{ name: 'marsad.zip', mimeType: 'application/zip', buffer: Buffer.from(bundle) }]);
    assert.equal(await page.locator('.document-link[data-doc="bundle-1"]').count(), 1);
    assert.equal(await page.locator('.document-link[data-doc="bundle-2"]').count(), 0);
    assert.equal(await count(page), before + 1);
    assert.deepEqual(site.problems, []);
  });
});
