// The compact embed (embed=compact): a view's chart alone with its caption
// (title, filters, source line), in an <iframe> that the embed code's few
// lines of script size to its content, on a static host and from file://.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';

import { openSite, ready, root, screenshotDir } from './browser.mjs';
import { buildDir } from '../node/helpers.mjs';

// The embed code the page offers for the view it shows.
async function snippet(page) {
  await page.click('#embed');
  const code = await page.locator('#embed-code').inputValue();
  await page.click('#embed');  // closed again
  return code;
}

// A page of someone else's site holding the embed code; → the frame once the
// embed has drawn and told its height.
async function host(page, code, url = null) {
  const html = `<!doctype html><html><body style="margin:0;padding:16px;font-family:serif"><h1>An article</h1><p>Before the chart.</p>${code}<p id="after">After the chart.</p></body></html>`;
  if (url) {
    writeFileSync(url, html);
    await page.goto(pathToFileURL(url).href);
  } else await page.setContent(html);
  const frame = page.frameLocator('iframe[data-marsad-embed]');
  await frame.locator('body[data-ready="true"]').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe[data-marsad-embed]');
    return iframe.style.height && iframe.style.height !== '480px';
  });
  return frame;
}

describe('the compact embed', () => {
  let site;
  let page;
  const go = async (fragment) => {
    await page.goto(`${site.url}#${fragment}`);
    await ready(page);
  };
  before(async () => {
    site = await openSite();
    page = await site.newPage({ viewport: { width: 1366, height: 900 } });
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('embed=compact shows the chart alone with its title, filters and source line', async () => {
    await go('v=relation&a=usa&b=haftar&weak=1&embed=compact');
    assert.equal(await page.evaluate(() => document.body.classList.contains('compact')), true);
    assert.match(await page.evaluate(() => location.hash), /embed=compact/);
    const figure = page.locator('#panel figure.compact-chart');
    assert.equal(await figure.count(), 1);
    assert.equal(await figure.locator('.compact-title').textContent(), 'موقف الولايات المتحدة تجاه خليفة حفتر عبر الزمن');
    assert.equal(await figure.locator('.compact-note').textContent(), 'شهريًا · الأحداث الضعيفة أيضًا (ثقة أدنى)');
    assert.match(await figure.locator('.compact-source').textContent(), /^المصدر: مرصد · 5 مقالًا · .+ – .+ · افتحه في مرصد$/);
    // Its link opens this view in the whole page.
    assert.match(await figure.locator('.compact-source a').getAttribute('href'), /#v=relation&a=usa&b=haftar&weak=1&c=[0-9a-f]+$/);
    assert.equal(await figure.locator('svg.stance-chart .turning-mark').count(), 1);
    // Nothing else of the view: no help, no pickers, no evidence, no page around it.
    for (const selector of ['.filters', '.shown-picker', '.hint', '.evidence', '.compare', '.framing', '.masthead', '#story', '#tabs', '#corpus-panel'])
      assert.equal(await page.locator(selector).filter({ visible: true }).count(), 0, selector);
    // The chart right under its title, the whole on one screen with its source line.
    const box = await page.evaluate(() => ({
      chart: document.querySelector('.compact-chart svg').getBoundingClientRect().top,
      source: document.querySelector('.compact-source').getBoundingClientRect().bottom,
    }));
    assert.ok(box.chart < 110 && box.source < 900, JSON.stringify(box));
    await page.screenshot({ path: join(screenshotDir, 'embed-compact-relation.png') });
    // A link with embed=1 still shows the whole view without the page around it.
    await go('v=relation&a=usa&b=haftar&weak=1&embed=1');
    assert.equal(await page.evaluate(() => document.body.classList.contains('compact')), false);
    assert.equal(await page.locator('.evidence').count(), 1);
    await go('v=timeline&embed=wide');
    assert.match((await page.locator('#notices li').allTextContents()).join(), /embed/);
  });

  it('the timeline\'s compact embed keeps its legend and says its filter; an event opens the whole page in a new tab', async () => {
    await go('v=timeline&actor=haftar&embed=compact');
    const figure = page.locator('#panel figure.compact-chart');
    assert.equal(await figure.locator('.compact-title').textContent(), 'الخط الزمني: خليفة حفتر');
    assert.equal(await figure.locator('.compact-note').textContent(), 'الفاعل: خليفة حفتر');
    assert.ok(await figure.locator('.legend li').count() >= 1);
    assert.equal(await page.locator('.event-list').count(), 0);
    // The wheel over it is the reader's, to scroll the page around the embed: no zoom.
    const hash = await page.evaluate(() => location.hash);
    const prevented = await figure.locator('.timeline-chart').evaluate((chart) => {
      const wheel = new WheelEvent('wheel', { deltaY: -100, clientX: 400, clientY: 200, bubbles: true, cancelable: true });
      chart.dispatchEvent(wheel);
      return wheel.defaultPrevented;
    });
    assert.equal(prevented, false);
    assert.equal(await page.evaluate(() => location.hash), hash);
    assert.equal(await figure.locator('.timeline-chart').evaluate((chart) => getComputedStyle(chart).touchAction), 'auto');
    const [opened] = await Promise.all([
      page.context().waitForEvent('page'),
      figure.locator('.timeline-chart .event').first().click({ force: true }),
    ]);
    await opened.waitForLoadState();
    const url = opened.url();
    assert.match(url, /#v=reader&doc=[^&]+&hl=\d+-\d+/);
    assert.doesNotMatch(url, /embed=/);
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'timeline', 'the embed stays on its chart');
    await opened.close();
  });

  it('the embed code of a chart is compact and its frame takes its content\'s height, at 1366 and at 390 px', async () => {
    await go('v=relation&a=usa&b=haftar&weak=1');
    const code = await snippet(page);
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#v=relation&amp;a=usa&amp;b=haftar.*weak=1.*embed=compact" title="مرصد — موقف الولايات المتحدة تجاه خليفة حفتر عبر الزمن" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-marsad-embed><\/iframe>\n<script>/);
    assert.doesNotMatch(code, /src="http(?!:\/\/127)|<script src/);  // no third-party script
    for (const [width, height] of [[1366, 900], [390, 844]]) {
      const parent = await site.newPage({ viewport: { width, height } });
      const frame = await host(parent, code);
      const inner = await frame.locator('html').evaluate((html) => ({
        height: html.getBoundingClientRect().height, scroll: html.scrollHeight,
        chart: document.querySelector('.compact-chart svg').getBoundingClientRect().bottom,
        source: document.querySelector('.compact-source').getBoundingClientRect().bottom,
      }));
      const outer = await parent.evaluate(() => document.querySelector('iframe[data-marsad-embed]').getBoundingClientRect().height);
      assert.ok(Math.abs(outer - Math.ceil(inner.height)) <= 1, `frame ${outer}px, content ${inner.height}px at ${width}px`);
      assert.ok(inner.scroll <= outer + 1 && inner.source <= outer, JSON.stringify({ inner, outer }));
      // On a phone the chart is drawn at the frame's width, its labels at their size (not a
      // wide chart scaled down to 4 px text): taller than a scaled-down one, still within 640.
      assert.ok(outer < (width > 500 ? 640 : 560), `${outer}px at ${width}px: less than the whole embed's 640`);
      const overflow = await parent.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${overflow}px of horizontal overflow at ${width}px`);
      await parent.screenshot({ path: join(screenshotDir, `embed-host-${width}.png`), fullPage: true });
      // Resized with its host: narrower, shorter.
      if (width > 500) {
        await parent.setViewportSize({ width: 700, height: 900 });
        await parent.waitForFunction((h) => Math.abs(document.querySelector('iframe[data-marsad-embed]').getBoundingClientRect().height - h) > 20, outer);
      }
      await parent.context().close();
    }
  });

  it('the network\'s compact embed: its chart and its legend', async () => {
    await go('v=network&embed=compact');
    const figure = page.locator('#panel figure.compact-chart');
    assert.equal(await figure.locator('.compact-title').textContent(), 'الشبكة');
    assert.ok(await figure.locator('.network-chart .node').count() >= 10);
    assert.ok(await figure.locator('.legend li').count() >= 2);
    assert.match(await figure.locator('.compact-source').textContent(), /مرصد · 5 مقالًا/);
    assert.equal(await page.locator('.hint, .filters').filter({ visible: true }).count(), 0);
  });

  it('a view without a chart keeps the whole embed', async () => {
    await go('v=reader&doc=000_f33d87415561a864');
    const code = await snippet(page);
    assert.match(code, /embed=1" title="مرصد — القارئ" width="100%" height="640" loading="lazy"><\/iframe>$/);
  });

  it('works from file://: the offline bundle embedded in a page on disk', async () => {
    execFileSync(process.execPath, [join(root, 'scripts/lib/bundle.mjs'), join(buildDir, 'site'), join(buildDir, 'bundle')], { stdio: 'ignore' });
    const bundle = await site.newPage();
    await bundle.goto(`${pathToFileURL(join(buildDir, 'bundle/marsad/index.html')).href}#v=relation&a=usa&b=haftar&weak=1`);
    await ready(bundle, 60000);
    const code = await snippet(bundle);
    assert.match(code, /^<iframe src="file:\/\/.*embed=compact"/);
    await bundle.context().close();
    const parent = await site.newPage({ viewport: { width: 1366, height: 900 } });
    const requests = [];
    parent.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url()); });
    const frame = await host(parent, code, join(mkdtempSync(join(tmpdir(), 'marsad-host-')), 'article.html'));
    assert.match(await frame.locator('.compact-source').textContent(), /مرصد · 5 مقالًا/);
    const outer = await parent.evaluate(() => document.querySelector('iframe[data-marsad-embed]').getBoundingClientRect().height);
    assert.ok(outer > 200 && outer < 640, `${outer}px`);
    assert.deepEqual(requests, []);
    await parent.context().close();
  });
});
