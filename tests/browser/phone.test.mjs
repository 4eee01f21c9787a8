// The page on a phone (390 × 844): no view is wider than the screen, the
// tabs show that more of them are beyond the edge and keep the current one in
// sight, the corpus panel (far below the view) is reached from the top, and
// the charts are readable: every label drawn at 11 px or more, time axes with
// fewer ticks whose labels do not overlap (on the seeds and 300 bench articles).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, openReadySite, ready, screenshotDir, show } from './browser.mjs';

// Every text of the page's charts as drawn: its font size in px on the
// screen (the SVG's font size times the chart's scale), and the ticks of the
// time axes with their boxes on the screen.
const chartText = (page) => page.evaluate(() => [...document.querySelectorAll('svg.chart')].map((chart) => {
  const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
  const texts = [...chart.querySelectorAll('text')].filter((n) => n.textContent.trim());
  return {
    chart: chart.getAttribute('class'),
    smallest: Math.min(...texts.map((n) => parseFloat(getComputedStyle(n).fontSize) * scale)),
    ticks: [...chart.querySelectorAll('.tick')].map((n) => n.getBoundingClientRect()).map((b) => [b.left, b.right]).sort((a, b) => a[0] - b[0]),
  };
}));

function assertReadable(charts, what) {
  assert.ok(charts.length >= 1, `${what}: a chart`);
  for (const c of charts) {
    assert.ok(c.smallest >= 11, `${what} ${c.chart}: its smallest label is drawn at ${c.smallest.toFixed(1)} px`);
    assert.ok(c.ticks.length <= 5, `${what} ${c.chart}: ${c.ticks.length} ticks on a phone`);
    for (let i = 1; i < c.ticks.length; i++) assert.ok(c.ticks[i][0] >= c.ticks[i - 1][1], `${what} ${c.chart}: tick labels overlap`);
  }
}

const chartViews = ['v=timeline', 'v=timeline&weak=1&hist=1', 'v=relation&a=usa&b=haftar&weak=1', 'v=network'];

const views = ['v=timeline', 'v=relation', 'v=actors&actor=haftar', 'v=network', 'v=reader', 'v=search&q=%D8%AD%D9%81%D8%AA%D8%B1'];

describe('the page on a phone', () => {
  let site;
  let page;
  const go = (fragment) => show(page, fragment);
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 390, height: 844 }, fragment: '#v=timeline' }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('no view is wider than the screen, in Arabic or in English', async () => {
    for (const lang of ['ar', 'en']) {
      for (const fragment of views) {
        await go(`${fragment}&lang=${lang}`);
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          widest: [...document.querySelectorAll('body *')].filter((n) => n.getBoundingClientRect().width > window.innerWidth + 1 && !n.closest('.tabs'))
            .map((n) => `${n.localName}.${n.getAttribute('class') ?? ''} ${Math.round(n.getBoundingClientRect().width)}px`).slice(0, 5),
        }));
        assert.ok(overflow.page <= 1, `${fragment}&lang=${lang}: ${overflow.page}px of horizontal overflow (${overflow.widest.join(', ')})`);
        if (lang === 'ar') {
          // The view itself, from its tabs down (the masthead and the story stand above it).
          await page.locator('#tabs-frame').evaluate((n) => n.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: join(screenshotDir, `phone-${fragment.slice(2).split('&')[0]}.png`) });
          await page.evaluate(() => window.scrollTo(0, 0));
        }
      }
    }
  });

  it('each chart\'s help is folded, so the chart starts within a screen of its tabs; it unfolds on request', async () => {
    for (const fragment of ['v=timeline', 'v=network']) {
      await go(`${fragment}&lang=ar`);
      const help = page.locator('#panel details.help');
      assert.equal(await help.evaluate((n) => n.open), false, fragment);
      const gap = await page.evaluate(() => document.querySelector('#panel .chart-frame').getBoundingClientRect().top
        - document.getElementById('tabs-frame').getBoundingClientRect().top);
      assert.ok(gap < 480, `${fragment}: the chart ${Math.round(gap)} px below the tabs`);
      await help.locator('summary').click();
      assert.equal(await help.evaluate((n) => n.open), true);
      assert.ok((await help.locator('p').textContent()).length > 40);
    }
  });

  it('the tabs show that they scroll, on the side where more tabs are, and keep the current tab in sight', async () => {
    await go('v=timeline');
    const strip = () => page.evaluate(() => {
      const tabs = document.getElementById('tabs');
      const box = tabs.getBoundingClientRect();
      const current = tabs.querySelector('[aria-selected="true"]').getBoundingClientRect();
      return { overflows: tabs.scrollWidth > tabs.clientWidth, more: document.getElementById('tabs-frame').dataset.more,
        currentInSight: current.left >= box.left - 1 && current.right <= box.right + 1,
        cue: getComputedStyle(document.getElementById('tabs-frame'), '::after').opacity };
    });
    let now = await strip();
    assert.equal(now.overflows, true, 'six tabs are wider than a phone');
    assert.equal(now.more, 'end');  // the first tab is shown: more tabs after it (to the left, in Arabic)
    assert.equal(now.cue, '1');
    assert.equal(now.currentInSight, true);
    await go('v=search');
    now = await strip();
    assert.equal(now.currentInSight, true, 'the last tab, current, is scrolled into sight');
    assert.match(now.more, /start/);
    await page.locator('#tabs-frame').screenshot({ path: join(screenshotDir, 'phone-tabs-scrolled.png') });
    await go('v=timeline&lang=en');
    now = await strip();
    assert.equal(now.more, 'end');
    assert.equal(now.currentInSight, true);
    await go('v=timeline');
  });

  it('the corpus panel is reached from the top of the page', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const button = page.locator('#to-corpus');
    assert.equal(await button.textContent(), 'ملفاتك');
    const box = await button.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the button is on the first screen: ${JSON.stringify(box)}`);
    const far = await page.evaluate(() => document.getElementById('corpus-panel').getBoundingClientRect().top);
    assert.ok(far > 844, `the panel starts below the first screen (${far}px)`);
    await button.click();
    // Scrolled to it (as far as the page goes: the panel is last).
    await page.waitForFunction(() => {
      const top = document.getElementById('corpus-heading').getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'corpus-heading');
    assert.equal(await page.locator('#file-input').evaluate((input) => {
      const box = input.closest('label').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }), true, 'the file button is on the screen');
  });

  it('the charts are readable: labels of 11 px or more, few ticks that do not overlap', async () => {
    for (const fragment of chartViews) {
      await go(fragment);
      assertReadable(await chartText(page), fragment);
      const name = fragment.slice(2).replace(/[&=]/g, '-');
      await page.locator('.chart-frame').first().screenshot({ path: join(screenshotDir, `phone-chart-${name}.png`) });
    }
    await go('v=timeline');
  });

  it('on a wide screen the tabs fit and show no cue', async () => {
    const wide = await site.newPage({ viewport: { width: 1366, height: 900 } });
    await wide.goto(`${site.url}#v=timeline`);
    await ready(wide);
    assert.equal(await wide.evaluate(() => document.getElementById('tabs-frame').dataset.more), '');
    await wide.screenshot({ path: join(screenshotDir, 'wide-timeline.png') });
    await wide.context().close();
  });
});

const bench = benchArticles('bench-300.jsonl', 300);

describe('charts of 300 bench articles on a phone', { skip: !bench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 390, height: 844 }, own: [bench] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('every chart readable and no view wider than the screen', async () => {
    for (const fragment of ['v=timeline', 'v=timeline&weak=1&hist=1', 'v=relation&weak=1', 'v=network']) {
      await show(page, fragment);
      assertReadable(await chartText(page), `bench ${fragment}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) <= 1, `${fragment}: no horizontal overflow`);
    }
    await show(page, 'v=timeline');
    await page.locator('.chart-frame').first().screenshot({ path: join(screenshotDir, 'phone-chart-bench-timeline.png') });
  });
});
