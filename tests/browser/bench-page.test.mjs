// The page's promises on a journalist's corpus of real news, 300 bench
// articles (../shared, read from there): codes read as words on every event
// the core coded, a link to this corpus says where it opens, the keyboard
// walks charts of hundreds of marks, and files (good, broken, repeated,
// binary) are told about in plain words. The seeds and written fixtures have
// the same promises in own-corpus, keyboard and problems tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, benchPath, chooseFiles, openReadySite, ready, screenshotDir, show } from './browser.mjs';

const bench = benchArticles('bench-300.jsonl', 300);

const active = (page) => page.evaluate(() => {
  const node = document.activeElement;
  return { id: node.id, className: node.getAttribute('class') ?? '', event: node.dataset?.eventId ?? null };
});

describe('the page on 300 bench articles', { skip: !bench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  const rendered = (view) => page.waitForFunction((v) => document.body.dataset.view === v && document.body.dataset.rendered === location.hash, view);
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [bench] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  // Item 4: every code the core wrote, weak events and history included, in words of the interface language.
  it('codes are words: every listed event and every mark names its code, and its Goldstein score says what it means', async () => {
    for (const [lang, letter, kinds] of [['ar', '[\\u0621-\\u064A]', 'تعاوني|نزاعي|محايد'], ['en', '[A-Z]', 'cooperative|conflictual|neutral']]) {
      await show(page, `v=timeline&weak=1&hist=1&lang=${lang}`);
      const items = await page.locator('.event-item').evaluateAll((nodes) => nodes.map((n) => ({
        code: n.dataset.code, label: n.querySelector('.event-code').textContent, score: n.querySelector('.event-goldstein').textContent })));
      assert.ok(items.length > 50, `${items.length} events listed`);
      const codes = new Set(items.map((i) => i.code));
      assert.ok(codes.size >= 8, [...codes].join());
      for (const { code, label, score: isolated } of items) {
        const score = isolated.replace(/[\u2066-\u2069]/g, '');
        assert.match(label, new RegExp(`^ · ${letter}.* \\(CAMEO ${code}\\)$`), `${lang} ${code}`);
        assert.match(score, new RegExp(`[−+-]?\\d+(\\.\\d)? \\((${kinds})\\)$`), `${lang} ${code}: ${score}`);
      }
      assert.match(await page.locator('.goldstein-note').first().textContent(), /−10.*\+10/);
      // The chart's marks say the same in their tooltips.
      const marks = await page.locator('.timeline-chart .event').evaluateAll((nodes) => nodes.map((n) => ({ code: n.dataset.code, title: n.querySelector('title').textContent })));
      assert.ok(marks.length > 50);
      for (const { code, title } of marks) assert.match(title, new RegExp(`${letter}.* \\(CAMEO ${code}\\)`), `${lang} mark ${code}: ${title}`);
    }
    await show(page, 'v=timeline&weak=1&hist=1');
  });

  // Item 7: the link to a view of this corpus opens only where the corpus is; the page says so when copying it and where it is opened.
  it('sharing tells the truth: the copied link says it needs this corpus, and opened elsewhere it says so and points to the bundle', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await show(page, 'v=timeline');
    await page.click('#copy-link');
    await page.waitForFunction(() => [...document.querySelectorAll('#notices li')].some((li) => /نُسخ الرابط/.test(li.textContent)));
    assert.match((await page.locator('#notices li').allTextContents()).join('\n'), /لا يفتح هذا العرض إلا حيث تُحمَّل هذه المدونة نفسها.*حزمتها/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.evaluate(() => location.href));
    assert.match(link, /[#&]c=[0-9a-f]+/, 'the link names its corpus');
    const other = await site.newPage();
    await other.goto(link);
    await ready(other);
    const notices = (await other.locator('#notices li').allTextContents()).join('\n');
    assert.match(notices, /مدونة ليست هنا/);
    assert.match(notices, /حزمتها التي تعمل دون اتصال/);
    assert.doesNotMatch(notices, /Unknown actor|undefined|null/);
    await other.context().close();
  });

  // Item 9: one Tab stop per chart however many marks it has, arrows inside, the focus kept across the reader.
  it('the keyboard: one Tab stop for hundreds of marks, arrows in time order, Enter to the sentence and back', async () => {
    await show(page, 'v=timeline&weak=1');
    const stops = (chart) => page.evaluate((c) => [...document.querySelectorAll(`${c}, ${c} *`)].filter((n) => n.tabIndex >= 0).length, chart);
    const events = await page.locator('.timeline-chart .event').evaluateAll((n) => n.map((e) => ({ id: e.dataset.eventId, at: Number(e.dataset.at) }))
      .sort((a, b) => a.at - b.at).map((e) => e.id));
    assert.ok(events.length > 50, `${events.length} marks`);
    assert.equal(await stops('.timeline-chart'), 1);
    await page.locator('.timeline-chart').focus();
    await page.keyboard.press('ArrowDown');
    const first = (await active(page)).event;
    assert.equal(first, events[0], 'the earliest event first');
    await page.keyboard.press('End');
    assert.equal((await active(page)).event, events.at(-1));
    await page.keyboard.press('ArrowUp');
    const chosen = (await active(page)).event;
    assert.equal(chosen, events.at(-2));
    await page.keyboard.press('Enter');
    await rendered('reader');
    assert.match((await active(page)).className, /document-text/);
    assert.ok(await page.locator('.document-text mark.selected').count() > 0, 'the event\'s sentence is marked');
    await page.goBack();
    await rendered('timeline');
    await page.waitForFunction(() => document.activeElement?.closest?.('.timeline-chart .event') !== null);
    assert.equal((await active(page)).event, chosen);
    await show(page, 'v=network');
    assert.equal(await stops('.network-chart'), 1);
    await page.locator('.network-chart').focus();
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.evaluate(() => document.activeElement.dataset.actor), 'an actor has the focus');
  });

  // Every view of this corpus at 1366×900 and at 390×844, written for review (build/screenshots/bench-*.png);
  // on the phone no view is wider than the screen.
  it('every view drawn at both sizes, none wider than the phone\'s screen', async () => {
    const search = encodeURIComponent('الحوثي');
    const views = ['v=timeline', 'v=relation&weak=1', 'v=actors', 'v=network', 'v=reader', `v=search&q=${search}`];
    for (const [size, viewport] of [['1366', { width: 1366, height: 900 }], ['390', { width: 390, height: 844 }]]) {
      await page.setViewportSize(viewport);
      for (const fragment of views) {
        await show(page, fragment);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${fragment} at ${size}: ${overflow}px of horizontal overflow`);
        // No text of a chart over another (the turning point's name over the Goldstein axis's «+10»).
        const crossed = await page.locator('#panel svg.chart').evaluateAll((charts) => charts.flatMap((chart) => {
          const texts = [...chart.querySelectorAll('text')].filter((n) => !n.closest('.labels, .node, .event') && n.textContent.trim())
            .map((n) => ({ text: n.textContent, box: n.getBoundingClientRect() }));
          const over = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
          return texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => over(a.box, b.box)).map((b) => `${a.text} × ${b.text}`));
        }));
        assert.deepEqual(crossed, [], `${fragment} at ${size}`);
        await page.locator('#tabs-frame').evaluate((n) => n.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(screenshotDir, `bench-${fragment.slice(2).split('&')[0]}-${size}.png`) });
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  // Item 10: more files given to this corpus: each says what it brought; what went wrong is said in plain Arabic.
  it('files are told about in plain words: documents loaded per file, repeats as information, broken lines and a binary file named', async () => {
    const lines = bench.buffer.toString('utf8').split('\n').filter(Boolean);
    const fresh = benchArticles('bench-more.jsonl', 1000).buffer.toString('utf8').split('\n').filter((l) => l && !lines.includes(l)).slice(0, 3);
    assert.equal(fresh.length, 3);
    // Three new articles, one already loaded (a repeat), one line cut short.
    const more = [...fresh, lines[10], lines[20].slice(0, 200)].join('\n');
    const gz = readFileSync(benchPath).subarray(0, 8192);
    await chooseFiles(page, [
      { name: 'more-news.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${more}\n`) },
      { name: 'archive.jsonl', mimeType: 'application/octet-stream', buffer: gz },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('#notices li[data-kind="loaded"]').length >= 1 && document.body.dataset.rendered === location.hash, null, { timeout: 120000 });
    const loaded = (await page.locator('#notices li[data-kind="loaded"] .notice-text').allTextContents()).join('\n');
    assert.match(loaded, /\u2068more-news\.jsonl\u2069: حُمّلت 3 وثيقة/, loaded);
    assert.match(loaded, /دُمجت 1 مكررة/);
    const refused = await page.locator('#notices li[data-kind="not-loaded"] .notice-text').allTextContents();
    assert.ok(refused.some((text) => /archive\.jsonl.*لم تُحمَّل أي وثيقة: لم يُقرأ: هذا ملف ثنائي/.test(text)), refused.join('\n'));
    const top = await page.evaluate(() => document.querySelector('#notices li[data-kind="loaded"]').getBoundingClientRect().bottom);
    assert.ok(top > 0 && top < 900, `the notice ends at ${top}px`);
    const json = page.locator('#problem-list li[data-kind="badJson"]');
    assert.equal(await json.count(), 1);
    assert.equal(await json.locator('.problem-where').textContent(), '\u2068more-news.jsonl\u2069 · السطر 5: ');
    assert.equal(await page.locator('#problem-list li[data-kind="duplicate"]').count(), 0);
    assert.ok(await page.locator('#note-list li[data-kind="duplicate"]').count() >= 1);
    const seen = await page.locator('#problem-list').innerText();
    assert.doesNotMatch(seen, /malformed|syntax|expected|record skipped|binary file|dropped|UTF-16/, seen);
    await page.screenshot({ path: join(screenshotDir, 'problems-bench.png') });
  });
});
