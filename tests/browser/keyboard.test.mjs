// The keyboard: a skip link to the view; the focus kept on the control that
// changed a view (which is drawn anew), moved to what an event opens, and
// returned to that event when the reader comes back; menus that close give
// the focus back to what opened them.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import { openSite, ready } from './browser.mjs';

const active = (page) => page.evaluate(() => {
  const node = document.activeElement;
  return { id: node.id, tag: node.localName, className: node.getAttribute('class') ?? '', event: node.dataset?.eventId ?? null,
    label: node.getAttribute('aria-label'), text: node.textContent.trim().slice(0, 40) };
});

describe('the keyboard', () => {
  let site;
  let page;
  const rendered = (view) => page.waitForFunction((v) => document.body.dataset.view === v && document.body.dataset.rendered === location.hash, view);
  before(async () => {
    site = await openSite();
    page = site.page;
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('the first Tab reaches a visible skip link, in the interface language, which moves the focus to the view', async () => {
    await page.goto(`${site.url}#v=timeline`);
    await ready(page);
    const hash = await page.evaluate(() => location.hash);
    await page.keyboard.press('Tab');
    const link = await active(page);
    assert.equal(link.id, 'skip-link');
    assert.equal(link.text, 'تخطَّ إلى المحتوى');
    const box = await page.locator('#skip-link').boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 10, JSON.stringify(box));
    await page.keyboard.press('Enter');
    assert.equal((await active(page)).id, 'panel');
    assert.equal(await page.evaluate(() => location.hash), hash, 'the view\'s state is kept');
    // The next Tab is inside the view, not back in the masthead.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)), true);
  });

  it('a filter changed from the keyboard keeps the focus, though the view is drawn anew', async () => {
    // The actor picker: typed in (the spelling folded: «خليفه» finds «خليفة»), ↓ to the first match, Enter.
    const actor = page.locator('.view-timeline input[role="combobox"][aria-label="الفاعل"]');
    await actor.focus();
    await page.keyboard.type('خليفه حفتر');
    assert.equal(await actor.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.match(await actor.getAttribute('aria-activedescendant'), /-opt-0$/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /actor=haftar/.test(location.hash) && document.body.dataset.rendered === location.hash);
    const now = await active(page);
    assert.equal(now.tag, 'input');
    assert.equal(now.label, 'الفاعل');
    // Escape closes the list and puts the current actor back.
    await page.keyboard.type('xyz');
    await page.keyboard.press('Escape');
    assert.equal(await actor.getAttribute('aria-expanded'), 'false');
    assert.equal(await actor.inputValue(), 'خليفة حفتر');
  });

  it('Enter on an event opens its sentence with the focus on the text; back, the focus is on that event again', async () => {
    await page.evaluate(() => { location.hash = 'v=timeline'; });
    await rendered('timeline');
    const event = page.locator('.timeline-chart .event').first();
    const id = await event.getAttribute('data-event-id');
    await event.focus();
    await page.keyboard.press('Enter');
    await rendered('reader');
    const reading = await active(page);
    assert.match(reading.className, /document-text/);
    assert.equal(await page.locator('.document-text mark.selected').count() > 0, true);
    await page.goBack();
    await rendered('timeline');
    await page.waitForFunction(() => document.activeElement?.closest?.('.timeline-chart .event') !== null);
    const back = await active(page);
    assert.equal(back.event, id);
    assert.match(back.className, /event/);
  });

  it('a chart is one Tab stop; ↓ ↑ Home End move between its marks, Enter opens one, Escape goes back to the chart', async () => {
    await page.evaluate(() => { location.hash = 'v=timeline'; });
    await rendered('timeline');
    const stops = (chart) => page.evaluate((c) => [...document.querySelectorAll(`${c}, ${c} *`)].filter((n) => n.tabIndex >= 0).length, chart);
    assert.equal(await stops('.timeline-chart'), 1);
    const events = await page.locator('.timeline-chart .event').evaluateAll((n) => n.map((e) => ({ id: e.dataset.eventId, at: Number(e.dataset.at) }))
      .sort((a, b) => a.at - b.at).map((e) => e.id));
    assert.ok(events.length >= 3, events.join());
    await page.locator('.timeline-chart').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal((await active(page)).event, events[0], 'the earliest event first');
    await page.keyboard.press('ArrowDown');
    assert.equal((await active(page)).event, events[1]);
    await page.keyboard.press('End');
    assert.equal((await active(page)).event, events[events.length - 1]);
    await page.keyboard.press('ArrowUp');
    assert.equal((await active(page)).event, events[events.length - 2]);
    await page.keyboard.press('Escape');
    assert.match((await active(page)).className, /timeline-chart/);
    // Tab from an event leaves the chart: the next stop is after it, not another event.
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.timeline-chart')), null);
    await page.evaluate(() => { location.hash = 'v=network'; });
    await rendered('network');
    assert.equal(await stops('.network-chart'), 1);
    await page.locator('.network-chart').focus();
    await page.keyboard.press('ArrowDown');
    const actor = await page.evaluate(() => document.activeElement.dataset.actor);
    assert.ok(actor, 'an actor has the focus');
    await page.keyboard.press('Enter');
    await rendered('actors');
    assert.match(await page.evaluate(() => location.hash), new RegExp(`actor=${actor}`));
  });

  it('the export menu and the embed panel give the focus back to what opened them', async () => {
    await page.evaluate(() => { location.hash = 'v=timeline'; });
    await rendered('timeline');
    await page.locator('#export-menu summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.getElementById('export-menu').open), true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.getElementById('export-menu').open), false);
    assert.equal((await active(page)).className, 'button');
    assert.equal(await page.evaluate(() => document.activeElement.parentElement.id), 'export-menu');
    // An export chosen: the menu closes, the focus stays on it.
    await page.keyboard.press('Enter');
    await page.locator('[data-export="svg"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.svg$/);
    assert.equal(await page.evaluate(() => document.activeElement.parentElement.id), 'export-menu');
    await page.locator('#embed').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#embed-panel').isVisible(), true);
    assert.equal((await active(page)).id, 'embed-code');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#embed-panel').isHidden(), true);
    assert.equal((await active(page)).id, 'embed');
  });
});
