// Actors a journalist can correct, on a corpus written for these tests
// (tests/fixtures/page/correct-corpus.jsonl: a businessman the knowledge base
// does not list, written «أسامة الورفلي» twice and «اسامه الورفلي» once,
// acting toward the UN envoy León; Haftar meeting the speaker of the House of
// Representatives): search-as-you-type pickers, names in their written
// spelling, the actor filter saying when it takes in affiliated actors, and
// rename, retype, merge and hide from the actor's profile, undone, downloaded,
// carried by the offline bundle and read back from their file. On 300 bench
// articles (when ../shared has them) the pickers draw a bounded list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, chooseFiles, downloadBundle, openReadySite, pick, pickerValue, ready, root, screenshotDir, show } from './browser.mjs';

const corpus = { name: 'correct-corpus.jsonl', mimeType: 'application/jsonl', buffer: readFileSync(join(root, 'tests/fixtures/page/correct-corpus.jsonl')) };
const found = 'new:اسامه_الورفلي';
const enc = encodeURIComponent;

// Runs a correction (a form's submit) and waits for the corpus analyzed again and the view drawn.
async function corrected(page, action) {
  const batches = Number(await page.evaluate(() => document.body.dataset.batches ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.batches ?? 0) > n && document.body.dataset.rendered === location.hash, batches, { timeout: 60000 });
}

const listed = (page) => page.locator('.actor-list li').evaluateAll((n) => n.map((x) => x.dataset.actor));

describe('actors a journalist can correct', () => {
  let site;
  let page;
  const go = (fragment) => show(page, fragment);

  before(async () => {
    ({ site, page } = await openReadySite({ own: [corpus] }));
  });
  after(async () => site?.close());
  afterEach(() => {
    assert.deepEqual(site.problems, []);
  });

  it('shows a name found in text as the texts most often write it, not normalized', async () => {
    await go('v=actors');
    const names = await page.locator('.actor-list .actor-name').allTextContents();
    assert.ok(names.includes('أسامة الورفلي'), names.join());
    assert.ok(!names.includes('اسامه الورفلي'), names.join());
    await go('v=timeline&weak=1');
    const sides = (await page.locator('.event-list .event-head').allTextContents()).join('\n');
    assert.match(sides, /أسامة الورفلي/);
    assert.doesNotMatch(sides, /اسامه الورفلي/);
  });

  it('picks actors as one types, sorted by mentions, in any spelling and by English name', async () => {
    await go('v=relation&a=leon&b=tun&cmp=hor');
    const source = page.locator('.picker[data-picker="source"] input[role="combobox"]');
    await source.click();
    // Empty: every actor, most mentioned first (León, 5 mentions; the businessman, 4).
    const values = await page.locator('.picker[data-picker="source"] [role="option"]').evaluateAll((n) => n.map((x) => x.dataset.value));
    assert.deepEqual(values.slice(0, 2), ['leon', found]);
    // Hamza, ta marbuta and alef maqsura folded: «اسامة الورفلى» finds «أسامة الورفلي».
    await source.fill('اسامة الورفلى');
    assert.deepEqual(await page.locator('.picker[data-picker="source"] [role="option"]').evaluateAll((n) => n.map((x) => x.dataset.value)), [found]);
    // By English name in the Arabic interface, and a word inside a name («نواب» in «مجلس النواب»).
    await source.fill('haftar');
    assert.deepEqual(await page.locator('.picker[data-picker="source"] [role="option"]').evaluateAll((n) => n.map((x) => x.dataset.value)), ['haftar']);
    await source.fill('نواب');
    assert.ok((await page.locator('.picker[data-picker="source"] [role="option"]').evaluateAll((n) => n.map((x) => x.dataset.value))).includes('hor'));
    await page.keyboard.press('Escape');
    assert.equal(await source.inputValue(), 'برناردينو ليون');
    // Compare: chosen sources as chips, one added from its picker, one removed.
    await pick(page, 'compare', 'حفتر', 'haftar');
    await page.waitForFunction(() => /cmp=hor%2Chaftar&/.test(location.hash) && document.body.dataset.rendered === location.hash);
    // The target is no source to compare: not offered.
    await page.locator('.picker[data-picker="compare"] input').fill('تونس');
    assert.equal(await page.locator('.picker[data-picker="compare"] [role="option"]').count(), 0);
    await page.keyboard.press('Escape');
    await pick(page, 'compare', 'الورفلي', found);
    await page.waitForFunction(() => document.body.dataset.rendered === location.hash && /cmp=hor%2Chaftar%2Cnew/.test(location.hash));
    assert.equal(await pickerValue(page, 'compare'), `hor,haftar,${found}`);
    await page.locator('.picker-chip[data-value="haftar"] .picker-remove').click();
    await page.waitForFunction((v) => document.querySelector('.picker[data-picker="compare"]')?.dataset.value === v, `hor,${found}`);
    assert.match(await page.locator('.compare .legend').textContent(), /أسامة الورفلي/);
    assert.equal(await page.locator('.compare-picker input[type="checkbox"]').count(), 0);
  });

  it('says when the actor filter takes in affiliated actors, and turns that off', async () => {
    await go('v=timeline&actor=hor');
    const note = page.locator('.affiliated-note');
    assert.match(await note.textContent(), /عقيلة صالح \(1\)/);
    // The House's own rejection of León's draft, and its speaker's meeting with Haftar.
    assert.equal(await page.locator('.timeline-chart .event').count(), 2);
    await note.locator('input.solo').check();
    await page.waitForFunction(() => /solo=1/.test(location.hash) && document.body.dataset.rendered === location.hash);
    assert.match(await page.locator('.affiliated-note').textContent(), /فقط/);
    assert.equal(await page.locator('.timeline-chart .event').count(), 1);
    await go('v=timeline&actor=hor&solo=1&lang=en');
    assert.match(await page.locator('.affiliated-note').textContent(), /Only the events of House of Representatives/);
    // Another actor: the toggle goes with the old one.
    await pick(page, 'actor', 'León', 'leon');
    await page.waitForFunction(() => /actor=leon/.test(location.hash) && !/solo/.test(location.hash));
  });

  it('renames, retypes, merges and hides from the profile; undoes; downloads the corrections', async () => {
    await go(`v=actors&actor=${enc(found)}`);
    const form = page.locator('.correct-actor');
    await form.locator('summary').click();
    assert.equal(await form.locator('input.rename-ar').inputValue(), 'أسامة الورفلي');
    await form.locator('input.rename-en').fill('Osama al-Werfalli');
    await corrected(page, () => form.locator('input.rename-en').press('Enter'));  // Enter in a field presses its button
    await go(`v=actors&actor=${enc(found)}&lang=en`);
    assert.equal(await page.locator('.profile-name').textContent(), 'Osama al-Werfalli');
    // Retyped: a person found after a title is an organization here.
    await page.locator('.correct-actor summary').click();
    await page.locator('select.retype').selectOption('organization');
    await corrected(page, () => page.locator('.correct-type button').click());
    assert.match(await page.locator('.profile-meta').textContent(), /organization/);
    assert.equal(await page.locator('.correction-list li').count(), 2);
    // Listed in the page's language, whichever it was corrected in.
    await go(`v=actors&actor=${enc(found)}&lang=ar`);
    assert.match(await page.locator('.correction-list li[data-op="type"] span').textContent(), /أسامة الورفلي/);

    // Hidden: out of the list and the pickers, its events out of the timeline; listed apart.
    await go(`v=actors&actor=${enc(found)}`);
    await page.locator('.correct-actor summary').click();
    await corrected(page, () => page.locator('.correct-hide button').click());
    assert.ok(!(await listed(page)).includes(found));
    assert.equal(await page.locator(`.hidden-actors li[data-actor="${found}"]`).count(), 1);
    await go('v=timeline&weak=1');
    assert.doesNotMatch((await page.locator('.event-list .event-head').allTextContents()).join('\n'), /Werfalli|الورفلي/);
    await page.locator('.picker[data-picker="actor"] input').click();
    assert.equal(await page.locator(`.picker[data-picker="actor"] [role="option"][data-value="${found}"]`).count(), 0);
    await page.keyboard.press('Escape');
    // Nor highlighted as an actor in the reader.
    await go('v=reader&doc=cor-1');
    assert.equal(await page.locator(`.document-text mark[data-actor="${found}"]`).count(), 0);
    assert.ok(await page.locator('.document-text mark[data-actor="leon"]').count() > 0);

    // Undone: back in the list.
    await go('v=actors');
    const undo = page.locator('.correction-list li[data-op="hide"] button.undo');
    await corrected(page, () => undo.click());
    assert.ok((await listed(page)).includes(found));
    await go('v=reader&doc=cor-1');
    assert.ok(await page.locator(`.document-text mark[data-actor="${found}"]`).count() > 0);

    // Merged into León from his profile's picker: his mentions and the businessman's are one actor.
    await go(`v=actors&actor=${enc(found)}`);
    await page.locator('.correct-actor summary').click();
    await pick(page, 'merge', 'ليون', 'leon');
    await corrected(page, () => page.locator('.correct-merge button').click());
    assert.match(await page.evaluate(() => location.hash), /actor=leon/);
    assert.ok(!(await listed(page)).includes(found));
    assert.match(await page.locator('.actor-list li[data-actor="leon"] .actor-count').textContent(), /^9$/);

    // The corrections as a file: the knowledge-base entries and the page's list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-corrections').click()]);
    assert.equal(download.suggestedFilename(), 'marsad-corrections.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(file.actors, [
      { id: found, amend: true, name: { ar: 'أسامة الورفلي', en: 'Osama al-Werfalli' } },
      { id: found, amend: true, type: 'organization' },
      { id: found, same_as: 'leon' },
    ]);
    assert.equal(file.corrections.length, 3);
    await page.screenshot({ path: join(screenshotDir, 'actors-corrected-1366.png') });
  });

  it('carries the corrections in the offline bundle, and reads them back from their file', async () => {
    const bundle = await downloadBundle(page);
    const other = await site.newPage();
    await other.goto(`${bundle}#v=actors&actor=leon`);
    await ready(other, 60000);
    assert.equal(await other.locator('.correction-list li').count(), 3);
    assert.ok(!(await listed(other)).includes(found));
    await other.context().close();

    // A page with the same corpus and no corrections takes them from the downloaded file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-corrections').click()]);
    const fresh = await site.newPage();
    await fresh.goto(`${site.url}#v=actors`);
    await ready(fresh);
    await chooseFiles(fresh, [corpus], { sample: 'replace' });
    await fresh.waitForFunction(() => document.querySelectorAll('.document-link').length === 5);
    await fresh.waitForSelector(`.actor-list li[data-actor="${found}"]`);
    await chooseFiles(fresh, [{ name: 'marsad-corrections.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) }]);
    await fresh.waitForFunction(() => document.querySelectorAll('.correction-list li').length === 3);
    assert.ok(!(await listed(fresh)).includes(found));
    assert.match((await fresh.locator('#notices').textContent()), /3/);
    await fresh.context().close();
  });

  it('at 390 px the pickers and the correction form fit the screen', async () => {
    const phone = await site.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.url}#v=relation&a=usa&b=haftar`);  // a new page: the sample corpus
    await ready(phone);
    await phone.locator('.picker[data-picker="source"] input').click();
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0);
    const list = await phone.locator('.picker[data-picker="source"] [role="listbox"]').boundingBox();
    assert.ok(list.x >= 0 && list.x + list.width <= 390, JSON.stringify(list));
    await phone.screenshot({ path: join(screenshotDir, 'picker-390.png') });
    await show(phone, 'v=actors&actor=haftar');
    await phone.locator('.correct-actor summary').click();
    assert.equal(await overflow(), 0);
    await phone.screenshot({ path: join(screenshotDir, 'correct-actor-390.png'), fullPage: true });
    await phone.context().close();
  });
});

describe('pickers on 300 bench articles', () => {
  const bench = benchArticles('bench-300.jsonl', 300);
  it('draw a bounded list however many actors, and find one by its folded spelling', { skip: !bench && 'no bench corpus in ../shared' }, async () => {
    const { site, page } = await openReadySite({ own: [bench] });
    try {
      await show(page, 'v=timeline');
      const input = page.locator('.picker[data-picker="actor"] input');
      await input.click();
      assert.ok(await page.locator('.picker[data-picker="actor"] [role="option"]').count() <= 41);
      assert.match(await page.locator('.picker[data-picker="actor"] .picker-more').textContent(), /\d+/);
      await input.fill('السعوديه');
      assert.equal(await page.locator('.picker[data-picker="actor"] [role="option"]').first().getAttribute('data-value'), 'sau');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /actor=sau/.test(location.hash) && document.body.dataset.rendered === location.hash, null, { timeout: 60000 });
      assert.deepEqual(site.problems, []);
    } finally {
      await site.close();
    }
  });
});
