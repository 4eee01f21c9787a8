// The page on the seed corpus, in headless Chromium: every view renders the
// story's content, state round-trips through the URL, files can be added and
// removed, nothing untrusted executes, and the offline bundle works from file://.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';

import { chooseFiles, openSite, pick, pickerValue, ready, root, screenshotDir } from './browser.mjs';
import { buildDir } from '../node/helpers.mjs';

const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('the page', () => {
  let site;
  let page;
  const go = async (fragment) => {
    await page.goto(`${site.url}#${fragment}`);
    await ready(page);
  };
  const view = (name) => page.waitForFunction((v) => document.body.dataset.view === v, name);
  const injected = (p = page) => p.evaluate(() =>
    document.querySelectorAll('#panel img, #panel script, #corpus-panel img, #corpus-panel script, #notices img, #notices script').length);

  before(async () => {
    site = await openSite();
    page = site.page;
    await go('');
  });
  after(async () => site?.close());
  afterEach(() => {
    const problems = site.problems.splice(0);
    assert.deepEqual(problems, [], 'no console error, page error or dialog');
  });

  it('analyzes the five seed documents and opens on the timeline, right to left', async () => {
    const titles = await page.locator('.document-link .document-title').allTextContents();
    assert.equal(titles.length, 5);
    assert.ok(titles.some((t) => t.includes('ترامب يقرر دعم الجنرال حفتر')));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.locator('body').getAttribute('data-view'), 'timeline');
    assert.match(await page.evaluate(() => location.hash), /c=[0-9a-f]+/);
  });

  it('timeline: the 2019-04-15 call Trump → Haftar (041); a click opens its sentence in the reader', async () => {
    const call = page.locator('.timeline-chart .event[data-code="041"][data-date="2019-04-15"]');
    assert.equal(await call.count(), 1);
    assert.equal(await call.getAttribute('data-source'), 'trump');
    assert.equal(await call.getAttribute('data-target'), 'haftar');
    assert.ok(await page.locator('.timeline-chart .event.span').count() >= 1, 'undated events as spans');
    assert.equal(await page.locator('#panel details.help').evaluate((n) => n.open), true, 'the help open on a wide screen');
    await page.screenshot({ path: join(screenshotDir, 'timeline.png') });
    // zoom with the keyboard, pan with a button: the window goes to the URL
    await page.locator('.timeline-chart').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.locator('.chart-controls button').nth(2).click();
    assert.match(await page.evaluate(() => location.hash), /from=\d{4}-\d{2}-\d{2}&to=/);
    await page.locator('.chart-controls button').nth(4).click();
    await call.click({ force: true });
    await view('reader');
    const selected = await page.locator('.document-text mark.selected').allTextContents();
    assert.ok(selected.join('').includes('ترامب'), selected.join(''));
    // One band, however many pieces mentions cut it into: no box around each piece, one background.
    const looks = await page.locator('.document-text mark.selected').evaluateAll((n) => n.map((m) => {
      const s = getComputedStyle(m);
      return `${s.outlineStyle} ${s.backgroundColor}`;
    }));
    assert.ok(looks.length > 1, `${looks.length} pieces`);
    assert.deepEqual([...new Set(looks)], ['none rgb(255, 241, 214)']);
    assert.match(await page.evaluate(() => location.hash), /v=reader&doc=[^&]+&hl=\d+-\d+/);
  });

  it('timeline: weak events only on request, marked as such', async () => {
    await go('v=timeline');
    const reported = await page.locator('.event-list .event-item').count();
    assert.equal(await page.locator('.event-list .badge.weak').count(), 0);
    await go('v=timeline&weak=1');
    assert.equal(await page.locator('.shown-picker input[data-shown="weak"]').isChecked(), true);
    const weak = await page.locator('.event-list .badge.weak').count();
    assert.ok(weak >= 1, 'the seeds have weak events');
    assert.equal(await page.locator('.event-list .event-item').count(), reported + weak);
  });

  it('timeline filters by actor and event family', async () => {
    await go('v=timeline&actor=haftar&fam=04');
    const codes = await page.locator('.timeline-chart .event').evaluateAll((n) => n.map((x) => x.dataset.code));
    assert.ok(codes.length > 0);
    for (const c of codes) assert.match(c, /^04/);
    await page.locator('.filters select').nth(0).selectOption('');
    await page.waitForFunction(() => !location.hash.includes('fam='));
  });

  it('relations: USA → Haftar turns in November 2019 once the weak events are shown, with the evidence sentences', async () => {
    await go('v=relation&a=usa&b=haftar');
    // By default only the reported events; the weak ones join on request.
    const reported = await page.locator('.evidence .event-item').count();
    assert.equal(await page.locator('.evidence .badge.weak').count(), 0);
    await page.locator('.shown-picker input[data-shown="weak"]').check();
    await page.waitForFunction(() => location.hash.includes('weak=1') && document.body.dataset.rendered === location.hash);
    const turn = page.locator('.turning-point[data-period="2019-11"]');
    assert.equal(await turn.count(), 1);
    assert.equal(await turn.getAttribute('data-direction'), 'conflictual');
    const after = await turn.locator('.evidence-columns > div').nth(1).locator('.sentence').allTextContents();
    assert.ok(after.length >= 2, `${after.length} sentences after the turn`);
    assert.ok(after.some((s) => s.includes('نورلاند') || s.includes('الخارجية')), after.join('\n'));
    assert.equal(await turn.locator('.tentative').count(), 1);  // a handful of events: said to be tentative
    assert.ok(await page.locator('.evidence .event-item').count() >= reported);
    assert.ok(await page.locator('.stance-chart .bar').count() >= 3);
    assert.equal(await page.locator('.stance-chart .turning-mark').count(), 1);
    const sources = await page.locator('.compare-chart .compare-point').evaluateAll((n) => [...new Set(n.map((x) => x.dataset.source))]);
    assert.ok(sources.includes('usa') && sources.includes('ita'), sources.join());
    assert.ok(await page.locator('.framing tbody tr').count() >= 2);
    await page.screenshot({ path: join(screenshotDir, 'relation.png'), fullPage: true });
    await page.locator('.evidence .event-item .link').first().click();
    await view('reader');
    assert.ok(await page.locator('.document-text mark.selected').count() > 0);
  });

  it('actors: Haftar listed with his roles, mentions link to the reader', async () => {
    await go('v=actors&actor=haftar');
    const names = await page.locator('.actor-list .actor-name').allTextContents();
    assert.ok(names.includes('خليفة حفتر'), names.join());
    assert.ok(await page.locator('.actor-list .sparkline').count() > 5);
    const roles = await page.locator('.roles li').allTextContents();
    // Role titles in words of the interface language, not the knowledge base's ids.
    assert.ok(roles.length >= 1 && roles.some((r) => r.includes('القائد العام')), roles.join());
    assert.ok(roles.every((r) => !/commander|_/.test(r)), roles.join());
    assert.ok(await page.locator('.mention-link').count() >= 20);
    // The profile's bars say in words what they count and how high the tallest reaches.
    const tallest = Math.max(...(await page.locator('.profile-spark .sparkline rect title').allTextContents()).map((x) => Number(x.split(': ')[1])));
    assert.equal(await page.locator('.profile-spark .spark-axes').evaluate((n) => n.textContent.split(' · ')[0]),
      `عمود لكل شهر، والزمن من اليسار إلى اليمين؛ أعلاها ${tallest} إشارة`);
    await page.screenshot({ path: join(screenshotDir, 'actors.png') });
    const first = await page.locator('.mention-link').first().textContent();
    await page.locator('.mention-link').first().click();
    await view('reader');
    assert.equal((await page.locator('.document-text mark.selected').allTextContents()).join(''), first);
  });

  it('network: nodes and edges; a click opens the profile', async () => {
    await go('v=network');
    assert.ok(await page.locator('.network-chart .node').count() >= 10);
    assert.ok(await page.locator('.network-chart .edge').count() >= 10);
    await page.screenshot({ path: join(screenshotDir, 'network.png') });
    await go('v=network&from=2019-01');
    const nodes = await page.locator('.network-chart .node').count();
    assert.ok(nodes > 0);
    await page.locator('.network-chart .node[data-actor="haftar"]').click();
    await view('actors');
    assert.match(await page.evaluate(() => location.hash), /actor=haftar/);
  });

  it('reader: actors, dates, events and quotes highlighted from the core spans; a span deep-links', async () => {
    await go('v=reader&doc=000_f33d87415561a864&q=%D8%AD%D9%81%D8%AA%D8%B1');
    for (const kind of ['mention', 'time', 'trigger', 'quote', 'hit'])
      assert.ok(await page.locator(`.document-text mark.${kind}`).count() > 0, kind);
    // the marks cut exactly what the core found: the text is intact
    const doc = JSON.parse(readFileSync(join(root, 'web/corpus/seeds.jsonl'), 'utf8').split('\n')[0]);
    assert.equal(await page.locator('.document-text').textContent(), doc.text);
    await page.screenshot({ path: join(screenshotDir, 'reader.png') });
    await go('v=reader&doc=000_f33d87415561a864&hl=89-99');
    assert.equal((await page.locator('.document-text mark.selected').allTextContents()).join(''), doc.text.slice(89, 99));
    // an undated document shows its date window and its basis
    await go('v=reader&doc=003_8d29e9a6e18a0c13');
    assert.match(await page.locator('.date-window').textContent(), /2018-06-01/);
  });

  it('search: حفتر finds hits behind clitics (وحفتر); a click opens the reader at the hit', async () => {
    await go('v=search');
    await page.fill('.search-form input', 'حفتر');
    await page.press('.search-form input', 'Enter');
    await page.waitForSelector('.kwic-line');
    const hits = await page.locator('.kwic mark.hit').allTextContents();
    assert.ok(hits.length >= 40, `${hits.length}`);
    assert.ok(hits.includes('وحفتر'), hits.join(' '));
    await page.screenshot({ path: join(screenshotDir, 'search.png') });
    const line = page.locator('.kwic-line', { has: page.locator('mark.hit', { hasText: /^وحفتر$/ }) }).first();
    await line.click();
    await view('reader');
    assert.equal((await page.locator('.document-text mark.selected').allTextContents()).join(''), 'وحفتر');
  });

  it('a share link reopens the same view in a new page', async () => {
    await go('v=relation&a=usa&b=haftar');
    await pick(page, 'source', 'إيطاليا', 'ita');
    await page.waitForFunction(() => location.hash.includes('a=ita'));
    await page.locator('.filters select').nth(0).selectOption('year');
    await page.waitForFunction(() => location.hash.includes('period=year'));
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForSelector('.view-relation');
    const link = await page.evaluate(() => location.href);
    const heading = await page.locator('.view-title').textContent();
    const other = await site.newPage();
    await other.goto(link);
    await ready(other);
    assert.equal(await other.evaluate(() => location.href), link);
    assert.equal(await other.locator('.view-title').textContent(), heading);
    assert.equal(await other.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await pickerValue(other, 'source'), 'ita');
    assert.equal(await other.locator('.filters select').nth(0).inputValue(), 'year');
    assert.equal(await other.locator('#notices li').count(), 0);
    await other.context().close();
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
  });

  it('a link made on another corpus says so; bad values are rejected visibly and never reach the DOM', async () => {
    await go(`v=reader&c=deadbeef00&doc=${encodeURIComponent(xss)}&a=${encodeURIComponent(xss)}&hl=1-x&zzz=${encodeURIComponent(xss)}`);
    const notices = await page.locator('#notices li').allTextContents();
    assert.match(await page.locator('#notices li[data-kind="other-corpus"]').getAttribute('title'), /deadbeef00/);
    assert.ok(notices.some((n) => n.includes('doc')) && notices.some((n) => n.includes('hl')), notices.join('\n'));
    assert.equal(await injected(), 0);
    await go(`v=${encodeURIComponent('<script>alert(1)</script>')}&q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    assert.equal(await injected(), 0);
  });

  it('a malformed file shows its errors per line and keeps the rest; untrusted text stays text', async () => {
    await go('v=timeline');
    const good = JSON.stringify({ id: 'xss-doc', title: xss, source: '<b>outlet</b>', date: '2019-12-01',
      text: `${xss} قال المتحدث إن ترامب اتصل بخليفة حفتر أمس. ${xss}` });
    const kb = JSON.stringify({ actors: [{ id: 'newman', type: 'person', name: { ar: 'زيد الجديد', en: 'Zaid New' }, variants: ['زيد الجديد'] }] });
    await chooseFiles(page, [
      { name: 'mixed.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${good}\n{"id": "broken", "text": \n{"title": "no text"}\n`) },
      { name: 'my-actors.json', mimeType: 'application/json', buffer: Buffer.from(kb) },
    ]);
    await page.waitForSelector('#problems:not([hidden]) li');
    const problems = await page.locator('#problem-list li').allTextContents();
    assert.ok(problems.some((p) => p.includes('mixed.jsonl:2')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('mixed.jsonl:3')), problems.join('\n'));
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 6);
    const title = await page.locator('.document-link[data-doc="xss-doc"] .document-title').textContent();
    assert.equal(title, xss);
    await go('v=reader&doc=xss-doc');
    assert.equal(await page.locator('.reader-head h2').textContent(), xss);
    assert.ok((await page.locator('.document-text').textContent()).includes(xss));
    assert.equal(await injected(), 0);
  });

  it('offers the corpus (with the added files) as an offline bundle, which works from file://', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-bundle')]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    for (const name of Object.keys(zip)) if (name.endsWith('/')) delete zip[name];
    assert.deepEqual(Object.keys(zip).sort(), ['marsad/favicon.svg', 'marsad/index.html', 'marsad/marsad.js', 'marsad/style.css']);
    const dir = mkdtempSync(join(tmpdir(), 'marsad-bundle-'));
    for (const [name, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const other = await site.newPage();
    await other.goto(`${pathToFileURL(join(dir, 'marsad', 'index.html')).href}#v=reader&doc=xss-doc`);
    await ready(other, 60000);
    assert.equal(await other.locator('.document-link').count(), 6);
    assert.equal(await other.locator('.reader-head h2').textContent(), xss);
    assert.equal(await injected(other), 0);
    await other.context().close();
  });

  it('removes a document and starts over', async () => {
    await go('v=timeline');
    await page.locator('.document-item', { has: page.locator('[data-doc="xss-doc"]') }).locator('.remove').click();
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 5);
    await page.click('#start-over');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
    await page.click('#load-seeds');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 5);
    assert.equal(await page.locator('#problems').isHidden(), true);
  });

  it('exports events and actors as CSV and JSON, the chart as SVG and PNG', async () => {
    await go('v=relation');
    const names = [];
    for (const kind of ['events-csv', 'actors-json', 'svg', 'png']) {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      names.push(download.suggestedFilename());
      const bytes = readFileSync(await download.path());
      assert.ok(bytes.length > 100, kind);
      // The 2019-04-15 call: its row has the date, then the code.
      if (kind === 'events-csv') assert.match(bytes.toString('utf8'), /\n[^,]+,2019-04-15,[^\n]*,041,04,/);
      if (kind === 'png') assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
      if (kind === 'svg') assert.match(bytes.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    // Named for the view: the relation and the period its events span (which
    // moves with the event model: the span, not its ends, is what is checked).
    const period = names[0].match(/^marsad-events-usa-haftar-(\d{4}-\d{2}_\d{4}-\d{2})\.csv$/)?.[1];
    assert.ok(period, names[0]);
    assert.deepEqual(names, [`marsad-events-usa-haftar-${period}.csv`, 'marsad-actors.json',
      `marsad-relation-usa-haftar-${period}.svg`, `marsad-relation-usa-haftar-${period}.png`]);
  });

  it('embeds a view without the chrome, with a copyable iframe snippet', async () => {
    await go('v=relation&a=usa&b=haftar&weak=1');
    await page.click('#embed');
    const snippet = await page.locator('#embed-code').inputValue();
    // A view with a chart: its compact embed (tests/browser/embed.test.mjs); embed=1 shows the whole view.
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#v=relation&amp;a=usa&amp;b=haftar.*weak=1.*embed=compact" /);
    const other = await site.newPage();
    await other.goto(`${site.url}#v=relation&a=usa&b=haftar&weak=1&embed=1`);
    await ready(other);
    assert.equal(await other.locator('.masthead').isHidden(), true);
    assert.equal(await other.locator('#tabs').isHidden(), true);
    assert.equal(await other.locator('.turning-point').count(), 1);
    assert.equal(await other.getAttribute('html', 'dir'), 'rtl');
    await other.context().close();
  });

  it('is keyboard accessible: tabs with roles, arrow keys move between them', async () => {
    await go('v=timeline');
    assert.equal(await page.locator('[role="tablist"] [role="tab"]').count(), 6);
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowLeft');  // right to left: the next tab
    await view('relation');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-relation');
    assert.equal(await page.locator('#panel').getAttribute('role'), 'tabpanel');
  });

  it('is usable at 390 px wide', async () => {
    const small = await site.newPage({ viewport: { width: 390, height: 844 } });
    await small.goto(`${site.url}#v=relation&a=usa&b=haftar`);
    await ready(small);
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${overflow}px of horizontal overflow`);
    await small.screenshot({ path: join(screenshotDir, 'mobile-relation.png') });
    await small.context().close();
  });
});

describe('the offline bundle (scripts/bundle)', () => {
  let site;
  before(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/lib/bundle.mjs'), join(buildDir, 'site'), join(buildDir, 'bundle')], { stdio: 'ignore' });
    site = await openSite();
  });
  after(async () => site?.close());

  it('works from file:// with no server: the seeds are analyzed, the story is there', async () => {
    const page = site.page;
    const requests = [];
    page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url()); });
    await page.goto(`${pathToFileURL(join(buildDir, 'bundle/marsad/index.html')).href}#v=relation&a=usa&b=haftar&weak=1`);
    await ready(page, 60000);
    assert.equal(await page.locator('.document-link').count(), 5);
    assert.equal(await page.locator('.turning-point[data-period="2019-11"]').count(), 1);
    await page.screenshot({ path: join(screenshotDir, 'offline.png') });
    // Copy link here names a file on this computer: it says the bundle is what to send.
    await page.click('#copy-link');
    const said = page.locator('#notices li[data-kind="bundle-link"]');
    await said.waitFor();
    assert.match(await said.textContent(), /حزمة تعمل دون اتصال.*أرسل الحزمة نفسها/);
    assert.deepEqual(requests, []);
    assert.deepEqual(site.problems, []);
  });
});
