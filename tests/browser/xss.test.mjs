// Hostile input, in headless Chromium: every payload of tests/fixtures/xss/payloads.txt
// goes everywhere the outside reaches the page — document text and metadata
// (and an unknown field, and a file name), knowledge-base names, the share-link
// fragment (URL-encoded and raw), the offline bundle opened from file://, and
// the exports — and nothing runs: no dialog, no navigation or popup, no console
// or page error, no request the page does not make itself, no element or
// attribute the page did not make itself, and the sentinel window.__xss (which
// the payloads set) stays undefined. The payloads stay visible, as text.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';

import { chooseFiles, openSite, ready, root } from './browser.mjs';
import { parseFragment } from '../../web/src/state.js';
import { t } from '../../web/src/i18n.js';

// One payload per line; "# " starts a comment; \n, \0, \u{HEX} and \\ are escapes.
export function readPayloads(file = join(root, 'tests/fixtures/xss/payloads.txt')) {
  return readFileSync(file, 'utf8').split('\n')
    .filter((line) => line !== '' && !line.startsWith('# '))
    .map((line) => line.replace(/\\(n|0|\\|u\{([0-9a-fA-F]{1,6})\})/g, (_, what, hex) =>
      (what === 'n' ? '\n' : what === '0' ? '\0' : what === '\\' ? '\\' : String.fromCodePoint(parseInt(hex, 16)))));
}

const payloads = readPayloads();
const docId = (i) => `xss_${String(i).padStart(3, '0')}`;
// Each document mentions one knowledge-base actor (added in the second step) by
// an Arabic alias of its own, so every hostile actor name reaches the views.
const first = ['سالم', 'مختار', 'رمضان', 'عبد الباسط', 'نوري', 'فتحي', 'عمران', 'مصباح', 'خيري', 'صلاح', 'عاشور', 'بشير'];
const last = ['القرقني', 'الزنتاني', 'المصراتي', 'الورفلي', 'الترهوني', 'الغدامسي', 'الفزاني', 'البرقاوي', 'الجفراوي', 'السوكني'];
const alias = (i) => `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
// The core trims metadata (whitespace and directional marks at either end).
const trim = (s) => s.replace(/^[\s\u200e\u200f]+|[\s\u200e\u200f]+$/g, '');

const hostileName = '"><img src=x onerror=window.__xss=1>';
function documentsJsonl() {
  const lines = payloads.map((p, i) => JSON.stringify({
    id: docId(i), title: p, source: p, author: p, url: p, date: `2019-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    x_extra: p, [p.slice(0, 80)]: p,
    text: `قال المتحدث إن ${p} ترامب اتصل هاتفيا بـ${alias(i)} أمس وبحث معه الوضع في طرابلس. ${p} وأضاف أن ${alias(i)} رفض الحوار.`,
  }));
  return `${lines.join('\n')}\n{"id": "${payloads[0].replace(/"/g, '\\"')}", "text": \n`;  // the last line is broken: its error names the file
}
function csvCorpus() {
  const q = (s) => `"${s.replace(/"/g, '""')}"`;
  const rows = payloads.slice(0, 10).map((p, i) => [q(p), q(`${p} أعلنت الأمم المتحدة دعمها للحوار الليبي في الجولة ${i + 1}. ${p}`), q(p), q(p)].join(','));
  return `title,text,source,${q(hostileName)}\r\n${rows.join('\r\n')}\r\n`;
}
// The knowledge base refuses names over 300 bytes (a name of thousands of
// words made matching slow): longer payloads are cut to fit, whole characters
// only; one overlong name checks that the refusal is reported.
const kbName = (p) => {
  let out = '';
  for (const ch of p) {
    if (Buffer.byteLength(out + ch) > 300) break;
    out += ch;
  }
  return out;
};
function knowledgeBase() {
  return JSON.stringify({ actors: [
    ...payloads.map(kbName).map((p, i) => ({ id: `xss${i + 1}`, type: 'person', name: { ar: p, en: p }, aliases: { ar: [p, alias(i)], en: [p] }, roles: [{ title: p, from: '2019' }] })),
    { id: 'xss_bad_type', type: payloads[0], name: { ar: payloads[1] } },
    { id: 'xss_too_long', type: 'person', name: { ar: 'ا'.repeat(400) } },
    { id: payloads[9], type: 'person', name: { ar: payloads[10] } },
  ] });
}

// What injection would create and the page never makes itself (its own
// elements are recorded as a baseline at the start).
const dangerous = [
  'script', 'iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'base', 'meta[http-equiv]', 'form', 'link', 'style',
  'link[rel=import]', 'template', 'noscript', 'math', 'marquee', 'audio', 'video', 'img', 'input[type=image]',
  'svg animate', 'svg set', 'svg foreignObject', 'svg use', 'svg a', 'svg image',
  '[onload]', '[onerror]', '[onclick]', '[onmouseover]', '[onfocus]', '[ontoggle]', '[onbegin]', '[srcdoc]', '[formaction]', '[action]',
  '[href^="javascript:" i]', '[src^="javascript:" i]', '[href^="data:" i]', '[href^="vbscript:" i]', '[data^="javascript:" i]',
  '[style*="expression" i]', '[style*="url(" i]', '[contenteditable]:not(input):not(textarea)',
].join(', ');

// In the page: every dangerous element and every on* attribute, described;
// the sentinel; where the page is. The search view's own <form> is allowed.
function inspect(selector) {
  const describe = (e) => `<${e.localName}${[...e.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
  const own = (e) => e.matches('.view-search form.search-form[role=search]:not([action]):not([method])');
  const found = [...document.querySelectorAll(selector)].filter((e) => !own(e)).map(describe);
  for (const e of document.querySelectorAll('*'))
    if ([...e.attributes].some((a) => /^on/i.test(a.name))) found.push(`handler: ${describe(e)}`);
  let topSentinel;
  try { topSentinel = window.top.__xss; } catch { topSentinel = 'cross-origin top'; }
  return { found, sentinel: [typeof window.__xss, typeof topSentinel, typeof window.alert === 'function'], href: location.href.split('#')[0] };
}

// Watches one page: popups, requests the page does not make and, once armed
// (after the first load), any navigation away from the page.
function guard(page, problems, allowed) {
  page.context().on('page', (p) => problems.push(`popup: ${p.url()}`));
  page.on('popup', (p) => problems.push(`popup: ${p.url()}`));
  page.on('request', (r) => {
    if (!allowed(r.url())) problems.push(`request: ${r.url().slice(0, 200)}`);
  });
  return () => {
    const start = page.url().split('#')[0];
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) problems.push(`frame: ${frame.url().slice(0, 200)}`);
      else if (frame.url().split('#')[0] !== start) problems.push(`navigated to ${frame.url().slice(0, 200)}`);
    });
  };
}

describe('hostile input: nothing runs, everything stays text', () => {
  let site;
  let page;
  let baseline;
  let bundleZip;
  const served = new Set(['', 'app.js', 'worker.js', 'marsad.wasm', 'style.css', 'favicon.svg', 'corpus/seeds.jsonl', 'offline/marsad.js', 'index.html']);

  const check = async (where, p = page, base = baseline) => {
    const now = await p.evaluate(inspect, dangerous);
    assert.deepEqual(now.found, base.found, `${where}: no injected element or handler`);
    assert.deepEqual(now.sentinel, ['undefined', 'undefined', true], `${where}: window.__xss stays undefined`);
    assert.equal(now.href, base.href, `${where}: still on the page`);
    assert.deepEqual(site.problems, [], `${where}: no dialog, console error, page error, popup, navigation or foreign request`);
  };
  const go = async (fragment, p = page) => {
    await p.evaluate((f) => { location.hash = f; }, fragment);
    await ready(p);
  };

  before(async () => {
    site = await openSite();
    page = site.page;
    const origin = new URL(site.url).origin;
    const arm = guard(page, site.problems, (url) => url.startsWith('blob:')
      || (url.startsWith(`${origin}/`) && served.has(new URL(url).pathname.slice(1))));
    await page.goto(`${site.url}#v=timeline`);
    await ready(page);
    arm();
    baseline = await page.evaluate(inspect, dangerous);
    assert.ok(baseline.found.some((d) => d.startsWith('<script')) && baseline.found.some((d) => d.startsWith('<meta')),
      `the baseline holds the page's own script and CSP: ${baseline.found.join(' ')}`);
  });
  after(async () => site?.close());
  afterEach(() => {
    const problems = site.problems.splice(0);
    assert.deepEqual(problems, [], 'no console error, page error, dialog, popup, navigation or foreign request');
  });

  it(`reads ${payloads.length} payloads`, () => {
    assert.ok(payloads.length >= 60, `${payloads.length}`);
    assert.ok(payloads.some((p) => p.includes('\n')) && payloads.some((p) => p.includes('\0')) && payloads.some((p) => p.includes('\u202e')));
    assert.ok(payloads.some((p) => p.length > 10000));
  });

  it('as documents: text, title, source, author, url, unknown fields and file names stay text in every view', async () => {
    await chooseFiles(page, [
      { name: `${hostileName}.jsonl`, mimeType: 'application/jsonl', buffer: Buffer.from(documentsJsonl()) },
      { name: `${payloads[2]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csvCorpus()) },
      { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from(`${payloads[9]}\n${payloads[20]} قال ترامب إنه يدعم حفتر. ${payloads[30]}`) },
    ]);
    await page.waitForFunction((n) => document.querySelectorAll('.document-link[data-doc^="xss_"]').length === n, payloads.length, { timeout: 30000 });
    await page.waitForSelector('#problems:not([hidden]) li');
    await check('after loading');

    // The corpus panel: every title is the payload, as text; the broken line's error names the hostile file name.
    const titles = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.document-link[data-doc^="xss_"]')]
      .map((b) => [b.dataset.doc, b.querySelector('.document-title').textContent])));
    payloads.forEach((p, i) => assert.equal(titles[docId(i)], trim(p), `title of ${docId(i)}`));
    const problemText = await page.locator('#problem-list').textContent();
    assert.ok(problemText.includes(`${hostileName}.jsonl:${payloads.length + 1}`), problemText);
    assert.ok(await page.locator('.document-title', { hasText: '<script>alert(1)</script>' }).first().isVisible());

    // Every view.
    for (const fragment of ['v=timeline', `v=timeline&outlet=${encodeURIComponent(trim(payloads[40]))}`, 'v=actors', 'v=relation&a=trump&b=haftar', 'v=network', 'v=search&q=onerror']) {
      await go(fragment);
      await check(fragment);
    }
    assert.ok(await page.locator('.kwic-line').count() > 20, 'the search finds the payloads\' words');
    assert.ok((await page.locator('.kwic').first().textContent()).includes('onerror'));

    // The search box, with a payload typed in.
    await page.fill('.search-form input', payloads[10]);
    await page.press('.search-form input', 'Enter');
    await ready(page);
    await check('search for a payload');
    assert.equal(await page.locator('.search-form input').inputValue(), payloads[10]);

    // The reader, on several documents: the text and the metadata show the payload's characters.
    const some = [0, 9, 17, 25, 33, 47, 59, 63, 76, 83, 86, 100, payloads.length - 1].filter((i) => i < payloads.length);
    for (const i of some) {
      await go(`v=reader&doc=${docId(i)}&q=${encodeURIComponent('ترامب')}`);
      await check(`reader ${docId(i)}`);
      const shown = await page.evaluate(() => ({
        text: document.querySelector('.document-text').textContent,
        title: document.querySelector('.reader-head h2').textContent,
        meta: [...document.querySelectorAll('.metadata dd')].map((d) => d.textContent),
      }));
      assert.ok(shown.text.includes(payloads[i]), `${docId(i)}: the text holds the payload`);
      assert.equal(shown.title, trim(payloads[i]));
      assert.equal(shown.meta.filter((m) => m === trim(payloads[i])).length, 3, `${docId(i)}: source, author, url`);
    }
    await go(`v=reader&doc=${docId(0)}`);
    assert.ok((await page.locator('.document-text').innerText()).includes('<script>alert(1)</script>'), 'the reader shows the literal characters');
  });

  it('as knowledge-base names: the actors view, profiles, relations, timeline, network and exports stay clean', async () => {
    await go('v=timeline');
    await page.setInputFiles('#file-input', [{ name: `${hostileName}.json`, mimeType: 'application/json', buffer: Buffer.from(knowledgeBase()) }]);
    await page.waitForFunction(() => [...document.querySelectorAll('#problem-list li')].some((li) => li.textContent.includes('xss_bad_type')), null, { timeout: 30000 });
    await ready(page);
    await check('after the knowledge base');
    const problemText = await page.locator('#problem-list').textContent();
    assert.ok(problemText.includes(payloads[0]) && problemText.includes(payloads[9]), 'the rejected actors are reported with their hostile values, as text');
    assert.ok(problemText.includes('xss_too_long') && problemText.includes('longer than 300 bytes'), 'an overlong name is refused and reported');

    await go('v=actors');
    await check('actors');
    const names = await page.locator('.actor-list .actor-name').allTextContents();
    const listed = payloads.map(kbName).filter((p) => names.map(trim).includes(trim(p))).length;
    assert.ok(listed >= payloads.length - 2, `${listed} of ${payloads.length} hostile names listed as text`);
    for (const i of [1, 10, 20, 21, 34, 56, 84, 93, payloads.length - 1]) {
      await go(`v=actors&actor=xss${i + 1}`);
      await check(`profile xss${i + 1}`);
      assert.equal(trim(await page.locator('.profile-name').textContent()), trim(kbName(payloads[i])));
      assert.ok((await page.locator('.roles li').first().textContent()).startsWith(trim(kbName(payloads[i]))));
    }
    for (const fragment of ['v=relation&a=trump&b=xss2', 'v=relation&a=xss11&b=trump&cmp=xss1,xss2,xss3', 'v=timeline&actor=xss1', 'v=network', 'v=search&q=script']) {
      await go(fragment);
      await check(fragment);
    }

    // Exports: the data keeps the payloads as data, the charts as escaped text; a CSV cell never starts a formula.
    await go('v=relation&a=trump&b=xss1');
    assert.ok(await page.locator('.stance-chart').count() === 1, 'a chart of Trump toward the hostile actor');
    const downloads = {};
    for (const kind of ['events-csv', 'events-json', 'actors-csv', 'actors-json', 'svg', 'png']) {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      downloads[kind] = readFileSync(await download.path());
    }
    await check('exports');
    const actors = JSON.parse(downloads['actors-json'].toString('utf8'));
    assert.equal(actors.find((a) => a.id === 'xss1').name.ar, payloads[0]);
    const events = JSON.parse(downloads['events-json'].toString('utf8'));
    assert.ok(events.some((e) => e.target === 'xss1'), 'an event toward a hostile actor');
    for (const kind of ['events-csv', 'actors-csv']) {
      for (const value of csvCells(downloads[kind].toString('utf8').replace(/^\ufeff/, '')))
        assert.ok(!/^[=+\-@\t\r]/.test(value) || /^-?\d+(\.\d+)?$/.test(value), `${kind}: a cell starts a formula: ${value.slice(0, 60)}`);
    }
    assert.equal(downloads.png.subarray(1, 4).toString(), 'PNG');
    // The exported SVG, parsed and opened on its own from file://: no script, no handler, nothing runs.
    const svgText = downloads.svg.toString('utf8');
    const parsed = await page.evaluate(([text, selector]) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), found: [...doc.querySelectorAll(selector)].length,
        handlers: [...doc.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length };
    }, [svgText, dangerous]);
    assert.deepEqual(parsed, { error: false, found: 0, handlers: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'marsad-xss-'));
    writeFileSync(join(dir, 'chart.svg'), downloads.svg);
    const viewer = await site.newPage();
    await viewer.goto(pathToFileURL(join(dir, 'chart.svg')).href);
    await viewer.waitForTimeout(200);
    assert.equal(await viewer.evaluate(() => typeof window.__xss), 'undefined');
    await viewer.context().close();

    // The offline bundle of this corpus, for the next step.
    const [bundle] = await Promise.all([page.waitForEvent('download'), page.click('#download-bundle')]);
    bundleZip = unzipSync(new Uint8Array(readFileSync(await bundle.path())));
    await check('bundle download');
  });

  it('in the share-link fragment: every payload, URL-encoded and raw, is rejected visibly or shown as text', async () => {
    // A fresh page on a one-document corpus (the views render fast; the links are made elsewhere).
    const origin = new URL(site.url).origin;
    const open = async () => {
      const other = await site.newPage();
      const arm = guard(other, site.problems, (url) => url.startsWith('blob:')
        || (url.startsWith(`${origin}/`) && served.has(new URL(url).pathname.slice(1))));
      await other.goto(`${site.url}#v=search`);
      await ready(other);
      arm();
      await other.click('#start-over');
      await other.setInputFiles('#file-input', [{ name: 'one.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${JSON.stringify({
        id: 'one', date: '2019-04-15', title: 'اتصال',
        text: 'اتصل الرئيس الأمريكي دونالد ترامب هاتفيا بخليفة حفتر يوم 15 أبريل 2019. وقالت الخارجية الأمريكية إن واشنطن تدعم الحوار.' })}\n`) }]);
      await other.waitForFunction(() => document.querySelectorAll('.document-link').length === 1);
      await ready(other);
      return other;
    };
    const [other, second] = await Promise.all([open(), open()]);
    const start = await other.evaluate(inspect, dangerous);

    // In the page, for one payload's fragments: set each (as a hash, or as a
    // whole URL for the raw form, which the URL parser then reads as typed),
    // note what the page was given, wait for its render, collect the notices
    // and inspect the page. Evaluated from source: the page's CSP forbids eval.
    const visitAll = async (list, selector, look) => {
      const out = [];
      for (const [f, isRaw] of list) {
        const before = location.hash;
        const rendered = new Promise((resolve) => {
          const o = new MutationObserver(() => {
            if (document.body.dataset.rendered === location.hash) { o.disconnect(); resolve(); }
          });
          o.observe(document.body, { attributes: true, attributeFilter: ['data-rendered'] });
          setTimeout(() => { o.disconnect(); resolve('timeout'); }, 10000);
        });
        document.body.dataset.rendered = 'pending';
        if (isRaw) location.href = `${location.href.split('#')[0]}#${f}`;
        else location.hash = f;
        const given = location.hash;
        let timeout = false;
        if (given === before) document.body.dataset.rendered = before;  // no hashchange: nothing happens
        else timeout = (await rendered) === 'timeout';
        out.push({ given, changed: given !== before, timeout, notices: [...document.querySelectorAll('#notices li span')].map((s) => s.textContent),
          view: document.body.dataset.view, searchValue: document.querySelector('.search-form input')?.value, ...look(selector) });
      }
      return out;
    };

    let visits = 0;
    const run = async (tab, list) => { for (const p of list) {
      const e = encodeURIComponent(p);
      const fragments = [
        [`v=${e}`, false], [`a=${e}&b=haftar&v=relation`, false], [`q=${e}&v=search`, false],
        [`d=${e}&doc=${e}&v=reader`, false], [`hl=${e}`, false],
        [`v=${p}`, true], [`a=${p}&b=haftar&v=relation`, true], [`q=${p}&v=search`, true],
        [`d=${p}&doc=${p}&v=reader`, true], [`hl=${p}`, true],
      ];
      const results = await tab.evaluate(`(${visitAll})(${JSON.stringify(fragments)}, ${JSON.stringify(dangerous)}, ${inspect})`);
      assert.deepEqual(site.problems, [], `payload ${JSON.stringify(p.slice(0, 80))}: no dialog, error, popup, navigation or foreign request`);
      for (const [n, got] of results.entries()) {
        const [fragment, raw] = fragments[n];
        const where = `#${fragment.slice(0, 80)}${raw ? ' (raw)' : ''}`;
        visits++;
        assert.equal(got.timeout, false, `${where}: rendered`);
        assert.deepEqual(got.found, start.found, `${where}: no injected element or handler`);
        assert.deepEqual(got.sentinel, ['undefined', 'undefined', true], `${where}: window.__xss stays undefined`);
        assert.equal(got.href, start.href, `${where}: still on the page`);
        if (!got.changed) continue;  // the same link as before: nothing to say again
        const { state, rejected } = parseFragment(got.given);
        for (const key of rejected)
          assert.ok(got.notices.includes(t('badParam', key)), `${where}: a notice for ${key}: ${got.notices.join(' | ')}`);
        if (state.doc && got.view === 'reader') assert.ok(got.notices.includes(t('unknownDoc')), `${where}: unknown document noticed`);
        if (state.q !== undefined && got.view === 'search') assert.equal(got.searchValue, state.q, `${where}: the query shown as typed`);
        if (!state.q && got.view === 'search') assert.equal(got.searchValue, '', `${where}: a rejected query is not shown`);
      }
    } };
    // Two pages at once (half the payloads each): the same checks in half the time.
    assert.deepEqual((await second.evaluate(inspect, dangerous)).found, start.found);
    const half = Math.ceil(payloads.length / 2);
    await Promise.all([run(other, payloads.slice(0, half)), run(second, payloads.slice(half))]);
    await second.context().close();
    assert.ok(visits >= payloads.length * 10);
    await other.context().close();
  });

  it('in the offline bundle from file://: the same corpus stays text', async () => {
    assert.ok(bundleZip, 'the bundle was downloaded in the previous step');
    const dir = mkdtempSync(join(tmpdir(), 'marsad-xss-bundle-'));
    for (const [name, bytes] of Object.entries(bundleZip)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const html = readFileSync(join(dir, 'marsad/index.html'), 'utf8');
    assert.ok(html.includes(JSON.stringify(hostileName).slice(1, -1).replace(/</g, '\\u003c')), 'the hostile file name is in the data block, escaped');
    assert.equal(html.match(/<script/gi).length, 2, 'the page\'s script and the data block, no other');

    const offline = await site.newPage();
    const folder = pathToFileURL(join(dir, 'marsad')).href;
    const arm = guard(offline, site.problems, (url) => url.startsWith('blob:') || url.startsWith(`${folder}/`));
    await offline.goto(`${folder}/index.html#v=reader&doc=${docId(0)}`);
    await ready(offline, 60000);
    arm();
    const start = await offline.evaluate(inspect, dangerous);
    assert.ok(start.found.every((d) => /^<(script|meta|link)|^<details|^<textarea/.test(d)), start.found.join('\n'));
    assert.equal(await offline.locator('.document-link[data-doc^="xss_"]').count(), payloads.length);
    assert.equal(await offline.locator('.reader-head h2').textContent(), payloads[0]);
    assert.ok((await offline.locator('.document-text').innerText()).includes(payloads[0]));
    const bundleCheck = async (where) => {
      const now = await offline.evaluate(inspect, dangerous);
      assert.deepEqual(now.found, start.found, `${where}: no injected element or handler`);
      assert.deepEqual(now.sentinel, ['undefined', 'undefined', true], `${where}: window.__xss stays undefined`);
      assert.equal(now.href, start.href, `${where}: still on the page`);
      assert.deepEqual(site.problems, [], where);
    };
    await bundleCheck('offline reader');
    for (const fragment of ['v=timeline', 'v=actors&actor=xss1', `v=reader&doc=${docId(30)}`, 'v=network', 'v=search&q=onerror']) {
      await go(fragment, offline);
      await bundleCheck(`offline ${fragment}`);
    }
    assert.equal(await offline.locator('.document-title', { hasText: '<script>alert(1)</script>' }).count() >= 1, true);
    await offline.context().close();
  });
});

// The cells of an RFC 4180 CSV text.
function csvCells(text) {
  const cells = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (text[q + 1] === '"') { value += text.slice(i, q + 1); i = q + 2; } else { value += text.slice(i, q); i = q + 1; break; }
      }
      cells.push(value);
    } else {
      const m = /[,\r\n]|$/.exec(text.slice(i));
      cells.push(text.slice(i, i + m.index));
      i += m.index;
    }
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (text[i] === '\n') i++;
  }
  return cells;
}
