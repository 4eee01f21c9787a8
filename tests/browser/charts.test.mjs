// Charts a journalist can publish: time axes proportional to time (the
// relation's bars and the comparison's points sit where their period is, not
// evenly spaced), placed for every date the core writes; the turning point's
// label reads right in Arabic; every chart has a title, axis titles, a legend,
// the filters it shows and a source line, in the page and in an exported SVG.
// On the seeds and on 300 bench articles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, openReadySite, screenshotDir, show } from './browser.mjs';

// The stance chart's bar labels that a min–max whisker runs through.
const crossings = (page) => page.locator('.stance-chart').evaluate((chart) => {
  const whiskers = [...chart.querySelectorAll('.whisker')].map((l) => ({
    x: Number(l.getAttribute('x1')), y1: Math.min(Number(l.getAttribute('y1')), Number(l.getAttribute('y2'))),
    y2: Math.max(Number(l.getAttribute('y1')), Number(l.getAttribute('y2'))) }));
  return [...chart.querySelectorAll('.bar-label')].map((text) => ({ text: text.textContent, box: text.getBBox() }))
    .filter(({ box }) => whiskers.some((w) => w.x > box.x && w.x < box.x + box.width && w.y1 < box.y + box.height && w.y2 > box.y))
    .map(({ text }) => text);
});

const bare = (s) => s.replace(/[\u2066-\u2069]/g, '');

// The middle of a period of the core («2019», «2019-11»), in ms.
function middle(period) {
  const [y, m] = period.split('-').map(Number);
  return m ? (Date.UTC(y, m - 1, 1) + Date.UTC(y, m, 1)) / 2 : (Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2;
}

// The marks of a chart that stand for periods: their x in the chart's units
// and the instant they stand for.
async function marks(page, selector) {
  const found = await page.locator(selector).evaluateAll((nodes) => nodes.map((n) => {
    const x = n.localName === 'circle' ? Number(n.getAttribute('cx')) : Number(n.getAttribute('x')) + Number(n.getAttribute('width')) / 2;
    return { period: n.dataset.period, x };
  }));
  return found.map((m) => ({ ...m, at: middle(m.period) }));
}

// x is a linear function of time: every pair of marks has the same slope.
function assertProportional(points, what) {
  assert.ok(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.at)), `${what}: finite ${JSON.stringify(points)}`);
  // One place per instant: the comparison's series share their periods' places, points of equal
  // value set side by side around it (a point's width apart, 9 units).
  const byAt = new Map();
  for (const p of points) byAt.set(p.at, [...(byAt.get(p.at) ?? []), p]);
  const sorted = [...byAt.values()].map((group) => ({ ...group[0], x: group.reduce((sum, p) => sum + p.x, 0) / group.length, group }))
    .sort((a, b) => a.at - b.at);
  for (const { group, x, period } of sorted)
    assert.ok(group.every((p) => Math.abs(p.x - x) <= 4.5 * (group.length - 1) + 0.01), `${what}: ${period}: one place per period (${group.map((p) => p.x)})`);
  const slope = (sorted.at(-1).x - sorted[0].x) / (sorted.at(-1).at - sorted[0].at);
  for (let i = 1; i < sorted.length; i++) {
    const s = (sorted[i].x - sorted[i - 1].x) / (sorted[i].at - sorted[i - 1].at);
    assert.ok(Math.abs(s - slope) <= Math.abs(slope) * 0.01, `${what}: ${sorted[i - 1].period} → ${sorted[i].period} is not proportional to time (${JSON.stringify(sorted)})`);
  }
}

// No attribute of a chart holds NaN or Infinity.
const nonFinite = (page) => page.evaluate(() => [...document.querySelectorAll('svg.chart *')].flatMap((n) => [...n.attributes])
  .filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${a.ownerElement.localName} ${a.name}=${a.value}`));

// What is around each chart in the page: its title, axis titles, legend, filters and source line.
const around = (page) => page.evaluate(() => [...document.querySelectorAll('.chart-frame > svg.chart')].map((chart) => {
  const frame = chart.parentElement;
  const scope = chart.closest('section') ?? chart.closest('.view');
  let caption = frame.nextElementSibling;
  while (caption && !caption.classList.contains('chart-caption')) caption = caption.nextElementSibling;
  return {
    kind: chart.getAttribute('class'),
    title: scope.querySelector('h2, h3')?.textContent ?? '',
    axes: [...chart.querySelectorAll('.axis-title')].map((n) => n.textContent),
    legend: [...(scope.querySelector(':scope > .legend, .legend')?.querySelectorAll('li') ?? [])].map((n) => n.textContent),
    filters: caption?.querySelector('.chart-filters')?.textContent ?? '',
    source: caption?.querySelector('.chart-source')?.textContent ?? '',
  };
}));

async function grab(page, kind) {
  await page.click('#export-menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return { name: download.suggestedFilename(), text: kind === 'png' ? '' : readFileSync(await download.path(), 'utf8'), bytes: readFileSync(await download.path()) };
}

describe('charts of the seeds', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, fragment: '#v=relation&a=usa&b=haftar&weak=1' }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('the relation\'s bars and the comparison\'s points sit in proportion to time, not evenly spaced', async () => {
    const bars = await marks(page, '.stance-chart .bar');
    assert.deepEqual(bars.map((b) => b.period), ['2017-07', '2019-04', '2019-11']);
    assertProportional(bars, 'stance chart');
    // 21 months, then 7: the first gap three times the second.
    const ratio = (bars[1].x - bars[0].x) / (bars[2].x - bars[1].x);
    assert.ok(ratio > 2.8 && ratio < 3.2, `gaps 21 and 7 months drawn ${ratio.toFixed(2)} to 1`);
    const points = await marks(page, '.compare-chart .compare-point');
    assert.ok(points.length >= 3, 'the comparison has points');
    assertProportional(points, 'compare chart');
    // The turning point's mark stands at the start of its month, on the same scale.
    const mark = Number(await page.locator('.stance-chart .turning-mark').getAttribute('x1'));
    const start = Date.UTC(2019, 10, 1);
    const slope = (bars[2].x - bars[0].x) / (bars[2].at - bars[0].at);
    assert.ok(Math.abs(mark - (bars[2].x + (start - bars[2].at) * slope)) < 1, 'the turning mark at 1 November 2019');
    assert.deepEqual(await nonFinite(page), []);
    await page.locator('.stance-chart').screenshot({ path: join(screenshotDir, 'chart-stance-seeds.png') });
    await page.locator('.compare-chart').screenshot({ path: join(screenshotDir, 'chart-compare-seeds.png') });
  });

  it('the turning point reads «نوفمبر 2019» in the chart and «2019-11» isolated in its heading, never «11-2019»', async () => {
    assert.equal(await page.locator('.stance-chart .turning-label').textContent(), '\u2067نقطة تحول: نوفمبر 2019\u2069');
    assert.equal(await page.locator('.turning-point h3').textContent(), 'نقطة تحول: \u20662019-11\u2069');
    // As laid out: the year's digits in one run, to the left of the month's name (right to left).
    const order = await page.locator('.stance-chart .turning-label').evaluate((text) => {
      const s = text.textContent;
      const x = (i) => text.getStartPositionOfChar(i).x;
      return { year: x(s.indexOf('2019')) , month: x(s.indexOf('نوفمبر')), digits: [0, 1, 2, 3].map((k) => x(s.indexOf('2019') + k)) };
    });
    assert.ok(order.year < order.month, `the year left of the month: ${JSON.stringify(order)}`);
    assert.deepEqual(order.digits.slice().sort((a, b) => a - b), order.digits, '2019 reads 2-0-1-9 left to right');
  });

  it('the bars say their mean and count in the interface language, and the network\'s period fields show an example date', async () => {
    const labels = await page.locator('.stance-chart .bar-label').allTextContents();
    assert.ok(labels.length > 0);
    assert.deepEqual(await crossings(page), [], 'no bar label crosses a whisker');
    for (const label of labels) assert.match(label, /^\u2066?-?[\d.]+\u2069? · \d+ حدث$/, label);
    await show(page, 'v=network');
    const placeholders = await page.locator('.view-network input[inputmode="numeric"], #panel input[inputmode="numeric"]').evaluateAll((n) => n.map((x) => x.placeholder));
    assert.ok(placeholders.length >= 1);
    for (const p of placeholders) assert.equal(p, 'مثل 2015-07');
    await show(page, 'v=relation&a=usa&b=haftar');
  });

  it('every chart of the page has a title, axis titles, a legend, its filters and a source line', async () => {
    for (const fragment of ['v=relation&a=usa&b=haftar&weak=1', 'v=timeline&actor=haftar', 'v=network']) {
      await show(page, fragment);
      const charts = await around(page);
      assert.ok(charts.length >= 1, fragment);
      for (const c of charts) {
        const what = `${fragment} ${c.kind}`;
        assert.ok(c.title.length > 3, `${what}: a title`);
        if (!/network/.test(c.kind)) assert.equal(c.axes.length, 2, `${what}: two axis titles`);
        assert.ok(c.legend.length >= 1, `${what}: a legend`);
        assert.match(c.filters, /^المعروض: .+/, `${what}: the filters shown`);
        assert.match(c.source, /^المصدر: مرصد · 5 مقالًا · .+ – .+$/, `${what}: the source line`);
      }
    }
    await show(page, 'v=timeline&actor=haftar');
    assert.match((await around(page))[0].filters, /الفاعل: خليفة حفتر/);
    await show(page, 'v=relation&a=usa&b=haftar&weak=1');
    const [stance] = await around(page);
    assert.ok(stance.legend.some((x) => x === 'نقطة تحول'), stance.legend.join());
    assert.match(stance.filters, /شهريًا · الأحداث الضعيفة/);
  });

  it('an exported chart carries its title, axis titles, legend, filters and source line, in SVG and PNG', async () => {
    await show(page, 'v=relation&a=usa&b=haftar&weak=1');
    const chart = await grab(page, 'svg');
    assert.match(chart.text, /class="export-title"[^>]*>\u2067موقف الولايات المتحدة تجاه خليفة حفتر/);
    assert.equal((chart.text.match(/class="axis-title"/g) ?? []).length, 2);
    const legend = /<g class="export-legend">(.*?)<\/g>/.exec(chart.text)?.[1] ?? '';
    assert.match(legend, /متوسط الفترة، تعاوني/);
    assert.match(legend, /نقطة تحول/);
    assert.match(legend, /stroke-dasharray/, 'the turning point\'s mark is dashed');
    assert.match(chart.text, /class="export-note"[^>]*>\u2067شهريًا · الأحداث الضعيفة/);
    assert.match(chart.text, /class="export-source"[^>]*>\u2067المصدر: مرصد · 5 مقالًا · /);
    assert.match(chart.text, /class="turning-label"[^>]*>\u2067نقطة تحول: نوفمبر 2019\u2069/);
    await show(page, 'v=timeline&lang=en');
    const timeline = await grab(page, 'svg');
    assert.match(/<g class="export-legend">(.*?)<\/g>/.exec(timeline.text)?.[1] ?? '', /<circle|<rect/);
    assert.match(timeline.text, /class="export-source"[^>]*>Source: Marsad · 5 articles · /);
    const png = await grab(page, 'png');
    assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
    await show(page, 'v=relation&a=usa&b=haftar&weak=1');
  });
});

const bench = benchArticles('bench-300.jsonl', 300);

describe('charts of 300 bench articles', { skip: !bench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [bench] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('every date the core wrote is placed: the timeline\'s points and spans, the relation\'s periods with history and weak events', async () => {
    await show(page, 'v=timeline&weak=1&hist=1');
    const dates = await page.locator('.timeline-chart .event').evaluateAll((n) => n.map((e) => e.dataset.date));
    assert.ok(dates.length > 50, `${dates.length} events drawn`);
    assert.ok(dates.some((d) => /W/.test(d)) || dates.some((d) => /^\d{4}-\d{2}$/.test(d)), 'weeks or months among the dates');
    assert.deepEqual(await nonFinite(page), []);
    const ticks = await page.locator('.timeline-chart .tick').evaluateAll((n) => n.map((x) => x.getBBox()).map((b) => [b.x, b.x + b.width]));
    for (let i = 1; i < ticks.length; i++) assert.ok(ticks[i][0] >= ticks[i - 1][1], 'tick labels do not overlap');
    await page.locator('.timeline-chart').screenshot({ path: join(screenshotDir, 'chart-timeline-bench.png') });
    for (const period of ['month', 'year']) {
      await show(page, `v=relation&weak=1&hist=1&period=${period}`);
      const bars = await marks(page, '.stance-chart .bar');
      assert.ok(bars.length >= 1, `${period}: bars`);
      if (bars.length >= 2) assertProportional(bars, `bench ${period}`);
      const points = await marks(page, '.compare-chart .compare-point');
      if (points.length >= 2) assertProportional(points, `bench compare ${period}`);
      assert.deepEqual(await nonFinite(page), []);
      const charts = await around(page);
      for (const c of charts) {
        assert.equal(c.axes.length, 2);
        assert.ok(c.legend.length >= 1, `${c.kind}: a legend`);
        assert.match(c.source, /^المصدر: مرصد · \d{3} مقالًا · .+ 2015 – .+ 2015$/, c.source);
      }
    }
    assert.deepEqual(await crossings(page), [], 'no bar label crosses a whisker');
    await page.locator('.stance-chart').screenshot({ path: join(screenshotDir, 'chart-stance-bench.png') });
    const chart = await grab(page, 'svg');
    assert.match(chart.text, /class="export-source"[^>]*>\u2067المصدر: مرصد · \d{3} مقالًا · /);
    assert.match(chart.text, /<g class="export-legend">/);
  });

  // The news of three weeks of 2015 fill the chart, not a sliver beside one event of 2011.
  it('the timeline opens on the period of most events; the far ones are a zoom out away, and said so', async () => {
    await show(page, 'v=timeline&weak=1');
    const xs = await page.locator('.timeline-chart .event circle').evaluateAll((n) => n.map((c) => Number(c.getAttribute('cx'))));
    const width = await page.locator('.timeline-chart').evaluate((n) => n.viewBox.baseVal.width);
    const sorted = xs.slice().sort((a, b) => a - b);
    const middle = sorted[Math.floor(sorted.length * 0.9)] - sorted[Math.floor(sorted.length * 0.1)];
    const dates = (await page.locator('.timeline-chart .event').evaluateAll((n) => n.map((e) => e.dataset.date))).sort();
    assert.ok(middle > width * 0.3, `four fifths of the events over ${Math.round(middle)} of ${width} px: ${dates.slice(0, 8).join()} … ${dates.slice(-5).join()} (${dates.length})`);
    const summary = await page.locator('.chart-summary').textContent();
    // This corpus has events of 2011 to 2014 (not old enough to be history): off the chart, and said so.
    assert.ok(xs.some((x) => x < 0 || x > width));
    assert.match(summary, /\d+ خارج الفترة المعروضة/);
    // One click shows the whole period: every event on the chart, and the note goes.
    await page.locator('.chart-summary .whole-period').click();
    const all = await page.locator('.timeline-chart .event circle').evaluateAll((n) => n.map((c) => Number(c.getAttribute('cx'))));
    assert.ok(all.every((x) => x >= 0 && x <= width));
    assert.doesNotMatch(await page.locator('.chart-summary').textContent(), /خارج الفترة المعروضة/);
  });

  // Item 11 of the page's issue: the corpus card read «آخر · 611 ساعة words» in Arabic.
  it('the corpus card says each document\'s date, outlet and words in Arabic, in reading order', async () => {
    const card = page.locator('.document-link').first();
    const meta = await card.locator('.document-meta').textContent();
    assert.match(meta, /^\u2066\d{4}-\d{2}-\d{2}\u2069 · \u2068[a-z]+\u2069 · \d+ كلمة$/, meta);
    await card.scrollIntoViewIfNeeded();
    // Laid out right to left: the date, the outlet, the count, «كلمة».
    const x = await card.locator('.document-meta').evaluate((node) => {
      const text = node.firstChild;
      const s = text.textContent;
      const at = (pattern) => {
        const i = s.search(pattern);
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + s.match(pattern)[0].length);
        return range.getBoundingClientRect().left;
      };
      return { date: at(/\d{4}-\d{2}-\d{2}/), outlet: at(/[a-z]+/), count: at(/\d+(?= كلمة)/), word: at(/كلمة/) };
    });
    assert.ok(x.date > x.outlet && x.outlet > x.count && x.count > x.word, JSON.stringify(x));
  });
});
