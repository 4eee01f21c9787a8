// A large corpus in the page (item 6 of the page's issue: fast on a real
// corpus): the lists of actors, events and documents draw their first rows and
// more on request, so a view's DOM does not grow with the corpus; the actor
// filter still finds every actor. 700 bench articles (../shared, read from there).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, openReadySite, show } from './browser.mjs';

const bench = benchArticles('bench-700.jsonl', 700);

describe('a corpus of 700 bench articles', { skip: !bench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [bench] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('lists the first 500 documents of 700, and the rest on request', async () => {
    const list = page.locator('#document-list');
    const all = Number(await list.getAttribute('data-documents'));
    assert.ok(all > 500, `${all} documents`);
    assert.equal(await page.locator('.document-link').count(), 500);
    await page.locator('.document-more button').click();
    assert.equal(await page.locator('.document-link').count(), all);
    assert.equal(await page.locator('.document-more').count(), 0);
  });

  it('lists the 300 most mentioned actors, more on request, and the filter searches them all', async () => {
    await show(page, 'v=actors');
    const rows = page.locator('.actor-list li');
    assert.equal(await rows.count(), 300);
    const more = page.locator('.more-actors');
    assert.ok(await more.isVisible());
    await more.click();
    const shown = await rows.count();
    assert.ok(shown > 300 && shown <= 600, `${shown} rows`);
    // The filter finds an actor past the first rows: the last one drawn now, by its id.
    const last = await rows.last().getAttribute('data-actor');
    await page.locator('.actor-filter').fill('x');
    await page.locator('.actor-filter').fill('');
    assert.equal(await rows.count(), 300, 'a new filter starts from the first rows');
    assert.equal(await page.locator(`.actor-list li[data-actor="${last}"]`).count(), 0);
    await page.locator('.actor-filter').fill(last);
    assert.equal(await page.locator(`.actor-list li[data-actor="${last}"]`).count(), 1, `the filter finds ${last}`);
  });

  it('no view writes a missing part as the text "null"', async () => {
    const actor = await page.evaluate(async () => document.querySelector('.document-link')?.dataset.doc);
    for (const view of ['v=timeline', 'v=timeline&weak=1&hist=1', 'v=relation', 'v=actors', 'v=actors&actor=sau', 'v=network',
      `v=reader&doc=${encodeURIComponent(actor)}`, 'v=search&q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9']) {
      await show(page, view);
      const nulls = await page.evaluate(() => {
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walk.nextNode()) n += walk.currentNode.data.trim() === 'null';
        return n;
      });
      assert.equal(nulls, 0, view);
    }
  });

  it('the timeline lists its first 200 events, more on request', async () => {
    await show(page, 'v=timeline&weak=1&hist=1');
    const items = page.locator('.event-list .event-item');
    assert.equal(await items.count(), 200);
    const more = page.locator('.more-events');
    assert.ok(await more.isVisible());
    await more.click();
    assert.ok(await items.count() > 200);
  });
});
