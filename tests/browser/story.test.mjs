// The story box, computed from whatever corpus is loaded the same way, the
// sample's included: its most mentioned actors, its most active relations and
// its sharpest supported turning point (the relation query's own), each a
// button to a distinct view; where no turn is supported it says so. Loading
// one's own files while the sample is loaded asks whether to keep it, and the
// offline bundle made afterwards carries that corpus and its story.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { wasmCli } from '../node/helpers.mjs';
import { benchArticles, chooseFiles, downloadBundle, openReadySite, ready, root, screenshotDir, show } from './browser.mjs';

const ownCorpus = { name: 'own-corpus.jsonl', mimeType: 'application/jsonl', buffer: readFileSync(join(root, 'tests/fixtures/page/own-corpus.jsonl')) };
const oneMore = { name: 'one-more.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${JSON.stringify({
  id: 'one-more', date: '2022-08-30', title: 'لقاء في القاهرة',
  text: 'استقبل وزير الخارجية المصري سامح شكري نظيره التركي مولود جاويش أوغلو في القاهرة أمس.' })}\n`) };
const actorsFile = { name: 'my-actors.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({
  actors: [{ id: 'newman', type: 'person', name: { ar: 'زيد الجديد', en: 'Zaid New' }, variants: ['زيد الجديد'] }] })) };

// The first of 300 bench articles whose events are all weak, as the analyzer
// (its wasm build, under Node) reads them today: which article that is moves
// with each training of the event model.
function weakOnlyArticle() {
  const sample = benchArticles('weak-only.jsonl', 300);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-weak-'));
  const file = join(dir, 'sample.jsonl');
  writeFileSync(file, sample.buffer);
  const analysis = JSON.parse(wasmCli('analyze', file));
  const doc = analysis.documents.find((d) => (d.events ?? []).length === 0 && (d.weak_events ?? []).length > 0);
  assert.ok(doc, 'no article of the sample has only weak events');
  const line = sample.buffer.toString('utf8').split('\n').find((l) => l && JSON.parse(l).id === doc.id);
  return { name: 'weak-only.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${line}\n`) };
}

const documents = (page) => page.locator('.document-link').count();
const storyKinds = (page) => page.locator('#story-links button').evaluateAll((n) => n.map((b) => b.dataset.story));
const dialogOpen = (page) => page.evaluate(() => document.getElementById('sample-dialog').open);

// Clicks a story button and waits for its view; → {hash, inView: whether the
// section the button names (turning point, comparison) is on screen}.
async function follow(page, kind, index = 0) {
  const before = await page.evaluate(() => location.hash);
  await page.locator(`#story-links [data-story="${kind}"]`).nth(index).click();
  await page.waitForFunction((h) => location.hash !== h && document.body.dataset.rendered === location.hash, before);
  return page.evaluate(() => location.hash);
}
const onScreen = (page, selector) => page.waitForFunction((s) => {
  const node = document.querySelector(s);
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.top > -2 && box.top < window.innerHeight;  // its top on screen (to a subpixel)
}, selector);

describe('the story of the sample corpus, computed', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 } }));
    await page.waitForSelector('#story:not([hidden])');
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('finds USA → Haftar\'s November 2019 turn, tentative, and says on which events', async () => {
    assert.equal(await page.locator('#story').getAttribute('data-kind'), 'sample');
    const text = await page.locator('#story-text').textContent();
    assert.match(text, /^المدونة النموذجية: 5 مقالات عربية، من .* إلى .*\. أكثر الفاعلين ذكرًا: [^.]*خليفة حفتر/);
    assert.match(text, /أنشط العلاقات: الولايات المتحدة ← خليفة حفتر \(الأحداث: \d+\)/);
    assert.doesNotMatch(text, /لا نقطة تحول مسندة/);
    const kinds = await storyKinds(page);
    assert.equal(kinds[0], 'turn', kinds.join());
    assert.ok(kinds.includes('compare') && kinds.includes('timeline'), kinds.join());
    const turn = page.locator('#story-links [data-story="turn"]');
    assert.equal(await turn.locator('.story-label').textContent(), 'الولايات المتحدة ← خليفة حفتر: منعطف نوفمبر 2019 نحو النزاع');
    assert.match(await turn.locator('.story-note').textContent(), /^مبدئي، الأحداث قبله \d+ وبعده \d+(، مع الأحداث الضعيفة)?$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'story-sample.png') });
  });

  it('its buttons open distinct views: the turn in view, the comparison in view, the most mentioned actor on the timeline', async () => {
    const hashes = [];
    // The turn: the relation (with the weak events shown when the turn needs them), its
    // turning point on screen and focused.
    const weak = (await page.locator('#story-links [data-story="turn"] .story-note').textContent()).includes('الضعيفة');
    hashes.push(await follow(page, 'turn'));
    assert.match(hashes[0], /v=relation&a=usa&b=haftar/);
    assert.equal(/weak=1/.test(hashes[0]), weak, hashes[0]);
    await onScreen(page, '.turning-point[data-period="2019-11"]');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.turning-point')?.dataset.period), '2019-11');
    // What the button said is what the view says.
    const note = await page.locator('#story-links [data-story="turn"] .story-note').textContent();
    const [before, after] = note.match(/\d+/g).map(Number);
    assert.match(await page.locator('.turning-point[data-period="2019-11"] .tentative').textContent(), new RegExp(`${before} أحداث قبلها و${after} بعدها`));
    await page.screenshot({ path: join(screenshotDir, 'story-sample-turn.png') });
    hashes.push(await follow(page, 'compare'));
    assert.match(hashes[1], /v=relation&a=usa&b=haftar&cmp=[a-z_,]+/);
    await onScreen(page, '.compare .compare-chart');
    const sources = await page.locator('.compare-chart .compare-point').evaluateAll((n) => [...new Set(n.map((x) => x.dataset.source))]);
    assert.ok(sources.includes('usa') && sources.includes('ita'), sources.join());
    hashes.push(await follow(page, 'timeline'));
    assert.match(hashes[2], /v=timeline&actor=[a-z_]+/);
    assert.equal(new Set(hashes).size, hashes.length, hashes.join('\n'));
  });

  it('reads the same in English', async () => {
    await show(page, 'v=timeline&lang=en');
    assert.match(await page.locator('#story-text').textContent(), /^The sample corpus: 5 Arabic articles, .* to .*\. Most mentioned: [^.]*Khalifa Haftar/);
    assert.match(await page.locator('#story-links [data-story="turn"] .story-label').textContent(), /^(USA|United States) → Khalifa Haftar: the Nov 2019 turn toward conflict$/);
    assert.match(await page.locator('#story-links [data-story="turn"] .story-note').textContent(), /^tentative, \d+ events before, \d+ after(, with the weak events)?$/);
    await show(page, 'v=timeline&lang=ar');
  });
});

describe('keeping or replacing the sample when one\'s own files come', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 } }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('asks, in Arabic, before analyzing; Escape keeps things as they were', async () => {
    assert.equal(await chooseFiles(page, [ownCorpus], { sample: null }), true);  // asked, left open here
    assert.equal(await dialogOpen(page), true);
    assert.equal(await page.locator('#sample-question').textContent(), 'تضيف ملفًا والمدونة النموذجية محمّلة: أتبقيها مع ملفاتك أم تضع ملفاتك مكانها؟');
    assert.equal(await page.locator('#sample-keep').textContent(), 'أبقِها مع ملفاتي');
    assert.equal(await page.locator('#sample-replace').textContent(), 'ضع ملفاتي مكانها');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sample-keep');
    await page.screenshot({ path: join(screenshotDir, 'sample-dialog.png') });
    const small = await site.newPage({ viewport: { width: 390, height: 844 } });
    await small.goto(site.url);
    await ready(small);
    assert.equal(await chooseFiles(small, [ownCorpus], { sample: null }), true);
    await small.screenshot({ path: join(screenshotDir, 'sample-dialog-phone.png') });
    await small.context().close();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('sample-dialog').open);
    assert.equal(await page.evaluate(() => document.body.dataset.sampleChoice), 'cancel');
    assert.equal(await documents(page), 5);
    assert.equal(await page.locator('#story').getAttribute('data-kind'), 'sample');
  });

  it('an actors file alone is not asked about', async () => {
    const intakes = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
    await page.setInputFiles('#file-input', [actorsFile]);
    await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n, intakes);
    assert.equal(await page.evaluate(() => document.body.dataset.sampleChoice), 'cancel');  // not asked again
    assert.equal(await documents(page), 5);
  });

  it('kept: the sample and the files are analyzed together, the story is theirs, and so is the bundle', async () => {
    // From the keyboard: the dialog opens on «keep», Enter chooses it, the focus goes back to the file input.
    await page.focus('#file-input');
    assert.equal(await chooseFiles(page, [ownCorpus], { sample: null }), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 10 && document.querySelector('#story[data-kind="mixed"]'));
    assert.equal(await page.evaluate(() => document.body.dataset.sampleChoice), 'keep');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'file-input');
    assert.match(await page.locator('#story-text').textContent(), /^ملفاتك مع المدونة النموذجية: 10 وثائق/);
    // Asked once: more files join without a question.
    assert.equal(await chooseFiles(page, [oneMore], { sample: 'replace' }), false);
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 11);
    const bundle = await downloadBundle(page);
    const other = await site.newPage();
    await other.goto(`${bundle}#v=timeline`);
    await ready(other, 60000);
    assert.equal(await other.locator('.document-link').count(), 11);
    assert.equal(await other.locator('#story').getAttribute('data-kind'), 'mixed');
    assert.equal(await other.locator('.document-link[data-doc="own-1"]').count(), 1);
    await other.context().close();
  });

  it('replaced (asked in English too): only the files, their own story, the sample one click away; the bundle the same', async () => {
    await page.click('#start-over');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
    await page.click('#load-seeds');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 5 && document.querySelector('#story[data-kind="sample"]'));
    await show(page, 'v=timeline&lang=en');
    assert.equal(await chooseFiles(page, [ownCorpus, oneMore], { sample: null }), true);
    assert.equal(await page.locator('#sample-question').textContent(), 'You are adding 2 files while the sample corpus is loaded: keep the sample alongside your files, or replace it with them?');
    await page.click('#sample-replace');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 6 && document.querySelector('#story[data-kind="own"]'));
    assert.equal(await page.locator('.document-link[data-doc="000_f33d87415561a864"]').count(), 0);
    assert.equal(await page.locator('#load-seeds').isVisible(), true);
    const story = await page.locator('#story-text').textContent();
    assert.match(story, /^Your corpus: 6 documents/);
    assert.doesNotMatch(story, /Haftar|2019/);
    const bundle = await downloadBundle(page);
    const other = await site.newPage();
    await other.goto(`${bundle}#v=relation`);
    await ready(other, 60000);
    assert.equal(await other.locator('.document-link').count(), 6);
    assert.equal(await other.locator('#story').getAttribute('data-kind'), 'own');
    assert.doesNotMatch(await other.locator('#story').textContent(), /حفتر|Haftar/);
    await other.context().close();
    await show(page, 'v=timeline&lang=ar');
  });
});

const acrossBench = benchArticles('bench-300.jsonl', 300);
const onYemen = benchArticles('bench-yemen-300.jsonl', 300, (line) => line.includes('الحوثي'));

describe('the story of 300 bench articles', { skip: !acrossBench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 } }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  // Replaces the sample (or the corpus before) with `file`.
  async function load(file) {
    if (await documents(page)) {
      await page.click('#start-over');
      await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
    }
    const intakes = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
    await chooseFiles(page, [file]);
    await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n && document.body.dataset.rendered === location.hash, intakes, { timeout: 120000 });
    await page.waitForSelector('#story[data-kind="own"]');
  }

  it('across the bench (three weeks of news): most active relations and actors, each a button to its view', async () => {
    await load(acrossBench);
    const text = await page.locator('#story-text').textContent();
    assert.match(text, /^مدونتك: \d{3} وثيقة، من \d+ يوليو 2015 إلى \d+ أغسطس 2015\./);
    assert.match(text, /أنشط العلاقات: [^.]+ \(الأحداث: \d+\)/);
    const kinds = await storyKinds(page);
    // A turn, when the corpus has one, opens its relation; the other active ones need two events beside it.
    assert.ok((kinds.includes('relation') || kinds.includes('turn')) && kinds.includes('compare') && kinds.includes('timeline'), kinds.join());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'story-bench.png') });
    // Each relation button opens its relation, with as many events as it says.
    const hashes = [];
    for (let i = 0; i < kinds.filter((k) => k === 'relation').length; ++i) {
      const label = await page.locator('#story-links [data-story="relation"]').nth(i).textContent();
      hashes.push(await follow(page, 'relation', i));
      const n = Number(label.match(/\((\d+)\)/)[1]);
      assert.equal(await page.locator('.evidence > h3').textContent(), `الشواهد (${n})`);
    }
    hashes.push(await follow(page, 'compare'));
    await onScreen(page, '.compare .compare-chart');
    hashes.push(await follow(page, 'timeline'));
    assert.equal(new Set(hashes).size, hashes.length, hashes.join('\n'));
  });

  it('a relation that does not change: no supported turn, said plainly', async () => {
    // Four meetings of the Egyptian and Jordanian foreign ministers, written for this test.
    const meetings = [
      ['2023-01-10', 'التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة أمس.'],
      ['2023-03-12', 'أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا بنظيره الأردني أيمن الصفدي.'],
      ['2023-05-15', 'استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة.'],
      ['2023-07-20', 'بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.'],
    ].map(([date, text], i) => JSON.stringify({ id: `calm-${i}`, title: 'لقاء', date, text }));
    await load({ name: 'calm.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${meetings.join('\n')}\n`) });
    const text = await page.locator('#story-text').textContent();
    assert.match(text, /أنشط العلاقات: سامح شكري ← أيمن الصفدي \(الأحداث: 4\)/);
    assert.match(text, /لا نقطة تحول مسندة: لا تتغير أيٌّ من أنشط علاقاتها تغيرًا واضحًا على حدثين في كل جانب على الأقل، ولو حُسبت الأحداث الضعيفة\./);
    assert.equal((await storyKinds(page)).includes('turn'), false);
    await follow(page, 'relation');
    assert.equal(await page.locator('.turning-point').count(), 0);
  });

  it('an article whose events are all weak: its relations counted with them, and said so; a corpus without events says that', async () => {
    await load(weakOnlyArticle());
    assert.match(await page.locator('#story-text').textContent(), /أنشط العلاقات: .+ \(الأحداث: \d+\)، بالأحداث الضعيفة \(لا حدث مؤكدًا في المدونة\)\./);
    await follow(page, 'relation');
    assert.match(await page.evaluate(() => location.hash), /weak=1/);
    assert.ok(await page.locator('.evidence .event-item').count() >= 1);
    const quiet = JSON.stringify({ id: 'quiet', title: 'ربيع هادئ', date: '2023-03-01', text: 'كان الطقس معتدلا في الربيع، وامتلأت الحدائق بالزوار.' });
    await load({ name: 'quiet.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${quiet}\n`) });
    const text = await page.locator('#story-text').textContent();
    assert.match(text, /لم يُعثر في المدونة على أحداث بين فاعلين، ولو ضعيفة/);
    assert.doesNotMatch(text, /أنشط العلاقات|لا نقطة تحول مسندة/);
    assert.equal(await page.locator('#story-links [data-story="turn"], #story-links [data-story="relation"]').count(), 0);
  });

  it('on Yemen\'s war (articles naming the Houthis): the sharpest supported turn, in view when its button is clicked', async () => {
    await load(onYemen);
    const kinds = await storyKinds(page);
    assert.equal(kinds[0], 'turn', kinds.join());
    const label = await page.locator('#story-links [data-story="turn"] .story-label').textContent();
    const note = await page.locator('#story-links [data-story="turn"] .story-note').textContent();
    assert.match(label, /^.+ ← .+: منعطف \S+ 2015 نحو (النزاع|التعاون)$/);
    const hash = await follow(page, 'turn');
    const period = await page.evaluate(() => document.activeElement.closest('.turning-point')?.dataset.period);
    assert.match(period ?? '', /^2015-\d\d$/, hash);
    await onScreen(page, `.turning-point[data-period="${period}"]`);
    // The button says the view's own numbers and direction.
    const [before, after] = note.match(/\d+/g).map(Number);
    const section = page.locator(`.turning-point[data-period="${period}"]`);
    assert.match(await section.textContent(), new RegExp(`${before} أحداث قبلها و${after} بعدها`));
    assert.equal(await section.getAttribute('data-direction'), label.endsWith('النزاع') ? 'conflictual' : 'cooperative');
    assert.equal(/مع الأحداث الضعيفة/.test(note), hash.includes('weak=1'));
    await page.screenshot({ path: join(screenshotDir, 'story-bench-yemen-turn.png') });
    const small = await site.newPage({ viewport: { width: 390, height: 844 } });
    await small.goto(site.url);
    await ready(small);
    await small.screenshot({ path: join(screenshotDir, 'story-sample-phone.png') });
    await small.context().close();
  });
});
