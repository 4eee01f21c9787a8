// The page on a journalist's own corpus (tests/fixtures/page/own-corpus.jsonl:
// five articles of July–August 2022 written for these tests, one event dated
// by ISO week), loaded after "start over": the timeline's axis is the data's
// own, the sample's story and defaults are gone, codes read as words, exports
// follow the view, and a link to a corpus that is not here says so.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { downloadBundle, openReadySite, pickerValue, ready, root, show } from './browser.mjs';

const ownCorpus = readFileSync(join(root, 'tests/fixtures/page/own-corpus.jsonl'));

// Replaces the sample with `files` and waits until they are analyzed.
async function loadOwn(page, files, documents) {
  await page.click('#start-over');
  await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
  const before = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n, before);
  await page.waitForFunction((n) => document.querySelectorAll('.document-link').length === n, documents);
  await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
}

// Every attribute of every SVG element in the panel that says NaN or Infinity.
const badAttributes = (page) => page.evaluate(() => [...document.querySelectorAll('#panel svg, #panel svg *')]
  .flatMap((node) => [...node.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `<${node.tagName} ${a.name}="${a.value}">`)));

describe('the page on a journalist\'s own corpus', () => {
  let site;
  let page;
  const go = (fragment) => show(page, fragment);

  before(async () => {
    ({ site, page } = await openReadySite());
    await loadOwn(page, [{ name: 'own-corpus.jsonl', mimeType: 'application/jsonl', buffer: ownCorpus }], 5);
  });
  after(async () => site?.close());
  afterEach(() => {
    const problems = site.problems.splice(0);
    assert.deepEqual(problems, [], 'no console error, page error or dialog');
  });

  it('timeline: a 2-month corpus of 2022 fills the axis; the event dated by ISO week sits in its week', async () => {
    // With the weak events: which events pass the reporting threshold is the event model's business, not the axis's.
    await go('v=timeline&weak=1');
    const points = await page.locator('.timeline-chart .event circle').evaluateAll((nodes) => nodes.map((n) => ({
      cx: Number(n.getAttribute('cx')), date: n.parentNode.dataset.date })));
    // One event a document at least (how many more depends on the event model).
    assert.ok(points.length >= 5, JSON.stringify(points));
    for (const p of points) assert.ok(Number.isFinite(p.cx), JSON.stringify(p));
    const at = (date) => points.find((p) => p.date === date).cx;
    // 2022-W29 is 18–24 July: between the 14 July and 28 July... events, at Thursday the 21st.
    assert.ok(at('2022-07-14') < at('2022-W29') && at('2022-W29') < at('2022-08-10'), JSON.stringify(points));
    const plot = await page.evaluate(() => {
      const chart = document.querySelector('.timeline-chart');
      const clip = chart.querySelector('clipPath rect');
      return { left: Number(clip.getAttribute('x')), width: Number(clip.getAttribute('width')) };
    });
    const xs = points.map((p) => p.cx);
    const spread = (Math.max(...xs) - Math.min(...xs)) / plot.width;
    assert.ok(spread > 0.9, `the events cover ${Math.round(spread * 100)}% of the plot's width`);
    const ticks = await page.locator('.timeline-chart .tick').evaluateAll((n) => n.map((x) => x.dataset.at));
    assert.ok(ticks.length >= 2 && ticks.every((d) => d.startsWith('2022-')), ticks.join());
    assert.deepEqual(await badAttributes(page), []);
  });

  it('no view writes NaN into an SVG attribute', async () => {
    for (const fragment of ['v=timeline&weak=1', 'v=relation', 'v=actors&actor=erdogan', 'v=network'])  {
      await go(fragment);
      assert.deepEqual(await badAttributes(page), [], fragment);
    }
  });

  it('timeline: a corpus without events takes its axis from its documents\' dates, not a fixed range', async () => {
    const quiet = JSON.stringify({ id: 'quiet', title: 'ربيع هادئ', date: '2023-03-01', text: 'كان الطقس معتدلا في الربيع، وامتلأت الحدائق بالزوار.' });
    await loadOwn(page, [{ name: 'quiet.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${quiet}\n`) }], 1);
    await go('v=timeline');
    const ticks = await page.locator('.timeline-chart .tick').evaluateAll((n) => n.map((x) => x.dataset.at));
    assert.ok(ticks.length >= 1 && ticks.every((d) => d.startsWith('2023-') || d.startsWith('2022-12')), ticks.join());
    await loadOwn(page, [{ name: 'own-corpus.jsonl', mimeType: 'application/jsonl', buffer: ownCorpus }], 5);
  });

  it('tells no sample story: the story box, its buttons and the compare defaults come from this corpus', async () => {
    await go('v=timeline');
    assert.equal(await page.locator('#story').getAttribute('data-sample'), 'false');
    const story = await page.locator('#story').textContent();
    assert.doesNotMatch(story, /حفتر|Haftar|2019/, story);
    assert.match(story, /5/);
    assert.deepEqual(await page.locator('#story-links button').evaluateAll((n) => n.map((b) => b.dataset.story)), ['relation', 'compare', 'timeline']);
    // The relation view's defaults: the most active relation and the most mentioned states and organizations.
    await go('v=relation');
    assert.equal(await pickerValue(page, 'source'), 'erdogan');
    assert.equal(await pickerValue(page, 'target'), 'lavrov');
    const checked = (await pickerValue(page, 'compare')).split(',');
    assert.ok(checked.includes('tur') && checked.length >= 3, checked.join());
    assert.equal(await page.locator('#notices li').count(), 0);
  });

  it('the story\'s compare button lands on the comparison chart', async () => {
    await go('v=timeline');
    await page.locator('#story-links [data-story="compare"]').click();
    await page.waitForFunction(() => document.body.dataset.view === 'relation' && document.body.dataset.rendered === location.hash);
    assert.match(await page.evaluate(() => location.hash), /cmp=/);
    await page.waitForFunction(() => {
      const box = document.querySelector('.compare .compare-chart').getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    assert.equal(await page.evaluate(() => document.activeElement.closest('.compare') !== null), true);
  });

  it('the offline bundle of this corpus tells no sample story either', async () => {
    const bundle = await downloadBundle(page);
    const other = await site.newPage();
    await other.goto(`${bundle}#v=relation`);
    await ready(other, 60000);
    assert.equal(await other.locator('.document-link').count(), 5);
    assert.equal(await other.locator('#story').getAttribute('data-sample'), 'false');
    assert.doesNotMatch(await other.locator('#story').textContent(), /حفتر|Haftar/);
    assert.equal(await pickerValue(other, 'source'), 'erdogan');
    await other.context().close();
  });

  it('the sample, loaded again, has its own story back; its compare button lands on the chart too', async () => {
    await page.click('#start-over');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
    assert.equal(await page.locator('#story').isHidden(), true);  // an empty corpus has no story
    await page.click('#load-seeds');
    await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 5 && document.querySelector('#story[data-sample="true"]'));
    assert.match(await page.locator('#story').textContent(), /حفتر/);
    await page.locator('#story-links [data-story="compare"]').click();
    await page.waitForFunction(() => document.body.dataset.view === 'relation' && document.body.dataset.rendered === location.hash);
    await page.waitForFunction(() => {
      const box = document.querySelector('.compare .compare-chart').getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    await loadOwn(page, [{ name: 'own-corpus.jsonl', mimeType: 'application/jsonl', buffer: ownCorpus }], 5);
  });

  it('codes are words: lists, tooltips and the reader name the CAMEO code and say what the Goldstein score means', async () => {
    await go('v=timeline&weak=1');  // the threat of 10 August may be a weak event: the model decides
    const threat = page.locator('.event-item[data-code="138"]');
    assert.match(await threat.locator('.event-code').textContent(), /تهديد باستخدام القوة العسكرية \(CAMEO 138\)/);
    assert.match(await threat.locator('.event-goldstein').textContent(), /غولدشتاين .*-7.*نزاعي/);
    assert.match(await page.locator('.timeline-chart .event[data-code="138"] title').textContent(), /تهديد باستخدام القوة العسكرية/);
    assert.match(await page.locator('.goldstein-note').textContent(), /−10.*\+10/);
    // Iran's threat names no day: dated by its article, and said so; the meeting of «الأسبوع الماضي» is dated by its text.
    assert.match(await threat.locator('.event-date').textContent(), /2022-08-10.*\(تاريخ الخبر\)/);
    assert.doesNotMatch(await page.locator('.event-item[data-code="040"] .event-date').textContent(), /تاريخ الخبر/);
    // Raisi's visit is told as done before the news («وكان … قد زار»), with no day: before its article's date.
    const visit = page.locator('.event-item[data-code="042"] .event-date');
    assert.match(await visit.textContent(), /2022-08-10.*\(قبل تاريخ الخبر\)/);
    assert.match(await visit.getAttribute('title'), /قبل تاريخ نشر الخبر/);
    await go('v=timeline&weak=1&lang=en');
    assert.match(await page.locator('.event-item[data-code="138"] .event-date').textContent(), /\(date of the report\)/);
    assert.match(await page.locator('.event-item[data-code="138"] .event-date').getAttribute('title'), /names no day/);
    assert.match(await page.locator('.event-item[data-code="042"] .event-date').textContent(), /\(before the date of the report\)/);
    assert.match(await page.locator('.event-item[data-code="138"] .event-code').textContent(), /Threaten to use military force \(CAMEO 138\)/);
    assert.match(await page.locator('.event-item[data-code="138"] .event-goldstein').textContent(), /Goldstein .*-7.*conflictual/);
    const families = await page.locator('.filters select').nth(0).locator('option').allTextContents();
    assert.ok(families.includes('Threaten') && families.includes('Consult'), families.join());
    // The reader marks the reported events (Erdogan hosting Lavrov in own-1).
    await go('v=reader&doc=own-1&lang=en');
    assert.match(await page.locator('.link[data-code="043"]').first().textContent(), /Host a visit/);
    await go('v=timeline');
  });

  it('exports follow the view: its events, filters and period, with outlet, title, URL and label, in a file named for it', async () => {
    const grab = async (kind) => {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    };
    const table = (text) => {
      const [head, ...rows] = text.replace(/^\ufeff/, '').trim().split('\r\n');
      const columns = head.split(',');
      return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell])));
    };
    // The timeline filtered on an actor.
    await go('v=timeline&actor=erdogan');
    let csv = await grab('events-csv');
    assert.equal(csv.name, 'marsad-events-erdogan-2022-07_2022-08.csv');
    let rows = table(csv.text);
    assert.equal(rows.length, await page.locator('.event-list .event-item').count());
    assert.ok(rows.length >= 2 && rows.every((r) => r.source === 'erdogan' || r.target === 'erdogan'), csv.text);
    const visit = rows.find((r) => r.date === '2022-07-05');
    assert.equal(visit.label, 'استقبال زيارة');
    assert.equal(visit.outlet, 'وكالة الشرق');
    assert.equal(visit.title, 'أردوغان يستقبل لافروف في أنقرة');
    assert.equal(visit.url, 'https://example.org/news/1');
    // Zoomed on July: July's events only, the week's among them (the model
    // decides whether the accusation of 14 July is reported or weak).
    await go('v=timeline&from=2022-07-01&to=2022-07-31');
    csv = await grab('events-csv');
    assert.equal(csv.name, 'marsad-events-2022-07-01_2022-07-31.csv');
    rows = table(csv.text);
    assert.ok(rows.every((r) => r.date.startsWith('2022-07') || r.date === '2022-W29'), csv.text);
    assert.ok(['2022-07-05', '2022-W29'].every((d) => rows.some((r) => r.date === d)), csv.text);
    // The relation view: that relation's events, in English labels when the interface is
    // (with the weak ones: whether Moscow's accusation passes the reporting threshold is
    // the event model's business, not the export's).
    await go('v=relation&a=rus&b=tur&lang=en&weak=1');
    csv = await grab('events-csv');
    assert.equal(csv.name, 'marsad-events-rus-tur-2022-07_2022-07.csv');
    rows = table(csv.text);
    assert.equal(rows.length, await page.locator('.evidence .event-item').count());
    assert.ok(rows.every((r) => r.source === 'rus' && r.target === 'tur'), csv.text);
    assert.ok(rows.some((r) => r.label === 'Accuse' || r.label === 'Criticize or denounce'), csv.text);
    // Its chart, ready to publish: title, axis titles, the filters, the source line.
    await go('v=relation&a=rus&b=tur&weak=1');
    assert.deepEqual((await page.locator('.stance-chart .tick').allTextContents()).map((x) => x.replace(/[\u2066-\u2069]/g, '')), ['يوليو 2022']);
    const chart = await grab('svg');
    assert.equal(chart.name, 'marsad-relation-rus-tur-2022-07_2022-07.svg');
    assert.match(chart.text, /class="export-title"[^>]*>\u2067موقف روسيا تجاه تركيا عبر الزمن/);
    assert.match(chart.text, /class="axis-title"[^>]*>\u2067غولدشتاين \(−10 نزاع … \+10 تعاون\)/);
    assert.match(chart.text, /class="export-note"[^>]*>\u2067شهريًا/);
    assert.match(chart.text, /class="export-source"[^>]*>\u2067المصدر: مرصد · 5 مقالًا · 5 يوليو 2022 – 25 أغسطس 2022/);
    await go('v=timeline&actor=erdogan&from=2022-07-01&to=2022-07-31');
    const timeline = await grab('png');
    assert.equal(timeline.name, 'marsad-timeline-erdogan-2022-07-01_2022-07-31.png');
    await go('v=timeline');
  });

  it('reader: the article\'s web address is a link that opens in a new tab', async () => {
    await go('v=reader&doc=own-1');
    const link = page.locator('.metadata .document-url a');
    assert.equal(await link.getAttribute('href'), 'https://example.org/news/1');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.textContent(), 'https://example.org/news/1');
    await go('v=timeline');
  });

  it('search: each article\'s hits under its title, date and outlet', async () => {
    await go(`v=search&q=${encodeURIComponent('أنقرة')}`);
    const group = page.locator('.kwic-group[data-doc="own-1"]');
    assert.equal(await group.locator('.kwic-meta').textContent(), '5 يوليو 2022 · وكالة الشرق');
    await go(`v=search&q=${encodeURIComponent('أنقرة')}&lang=en`);
    assert.equal(await group.locator('.kwic-meta').textContent(), '5 Jul 2022 · وكالة الشرق');
    await go('v=timeline');
  });

  it('a link to this corpus, opened where it is not, says so in the reader\'s language and points to the offline bundle', async () => {
    await go('v=relation&a=rus&b=tur');
    const link = await page.evaluate(() => location.href);
    for (const [lang, says, bundle] of [['ar', /مدونة ليست هنا/, /حزمتها التي تعمل دون اتصال/], ['en', /corpus that is not here/, /offline bundle/]]) {
      const other = await site.newPage();
      await other.goto(`${link}&lang=${lang}`);
      await ready(other);
      const notices = (await other.locator('#notices li').allTextContents()).join('\n');
      assert.match(notices, says);
      assert.match(notices, bundle);
      assert.doesNotMatch(notices, /Unknown actor|غير معروف|rus|tur\b/, notices);
      assert.equal(await other.locator('#notices li').count(), 1, notices);
      // What is shown is what is here: the sample's own relation, not an empty one.
      assert.equal(await pickerValue(other, 'source'), 'rus');
      await other.context().close();
    }
  });
});

describe('a document without a title', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite());
    const doc = { id: '17-wire-2023', date: '2023-04-02', text: 'التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان.' };
    await loadOwn(page, [{ name: 'untitled.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${JSON.stringify(doc)}\n`) }], 1);
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  // Where each part of the id is drawn, left to right, in an element's text.
  const order = (selector) => page.evaluate((sel) => {
    const node = document.querySelector(sel);
    const text = node.firstChild;
    const at = (part) => {
      const i = text.data.indexOf(part);
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + part.length);
      return range.getBoundingClientRect().left;
    };
    return { wire: at('wire'), year: at('2023'), number: at('17') };
  }, selector);

  it('is named by its id, which reads left to right in the Arabic page (not «wire-2023-17»)', async () => {
    await show(page, 'v=reader&doc=17-wire-2023&lang=ar');
    const heading = await order('#panel h2');
    assert.ok(heading.number < heading.wire && heading.wire < heading.year, JSON.stringify(heading));
    const listed = await order('.document-link[data-doc="17-wire-2023"] .document-title');
    assert.ok(listed.number < listed.wire && listed.wire < listed.year, JSON.stringify(listed));
  });
});
