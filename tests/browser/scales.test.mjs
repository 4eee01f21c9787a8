// The charts' scales, axes and the network's layout, drawn with d3's modules
// (d3-scale, d3-shape, d3-force) bundled into the site:
// - a timeline whose dates run from 1622 (a document of that year, and a
//   reference to history in an article of 2022) to an event dated by ISO week
//   («2022-W29») is drawn at finite coordinates on an axis proportional to
//   time, its ticks round years (d3's nice ticks), not wherever a label fit;
// - the network draws each actor's strongest links, not every co-occurrence,
//   names its actors inside the chart without two names overlapping, and is
//   the same picture every time the same corpus is drawn;
// - no chart asks anything of the network: every request of the page is the site's.
// On tests/fixtures/page (own-corpus.jsonl and history.jsonl), the seeds and 300 bench articles,
// at 1366 and 390 px.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { benchArticles, openReadySite, root, screenshotDir, show } from './browser.mjs';

const fixture = (name) => ({ name, mimeType: 'application/jsonl', buffer: readFileSync(join(root, 'tests/fixtures/page', name)) });

// No attribute of a chart holds NaN or Infinity.
const nonFinite = (page) => page.evaluate(() => [...document.querySelectorAll('svg.chart, svg.chart *')].flatMap((n) => [...n.attributes])
  .filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${a.ownerElement.localName} ${a.name}=${a.value}`));

// x = a + b·t for every point {x, at} (ms): the slope of each pair is the slope of the whole.
function assertLinear(points, what) {
  const sorted = points.slice().sort((p, q) => p.at - q.at);
  const slope = (sorted.at(-1).x - sorted[0].x) / (sorted.at(-1).at - sorted[0].at);
  assert.ok(Number.isFinite(slope) && slope > 0, `${what}: slope ${slope}`);
  for (const p of sorted) {
    const expected = sorted[0].x + (p.at - sorted[0].at) * slope;
    assert.ok(Math.abs(p.x - expected) < 0.5, `${what}: ${new Date(p.at).toISOString()} at ${p.x}, ${expected.toFixed(2)} in proportion`);
  }
  return { slope, x0: sorted[0].x, t0: sorted[0].at };
}

// The network as drawn: its frame, its nodes' places and its names' boxes.
const network = (page) => page.evaluate(() => {
  const chart = document.querySelector('.network-chart');
  const box = chart.viewBox.baseVal;
  return {
    width: box.width, height: box.height,
    nodes: [...chart.querySelectorAll('.node circle')].map((c) => `${c.parentNode.dataset.actor}@${c.getAttribute('cx')},${c.getAttribute('cy')}`),
    edges: chart.querySelectorAll('.edge').length,
    labels: [...chart.querySelectorAll('text')].map((t) => {
      const b = t.getBBox();
      return { actor: t.closest('[data-actor]')?.dataset.actor, left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
    }),
    summary: document.querySelector('.chart-summary').textContent,
  };
});

function assertNetworkReadable(drawn, what) {
  assert.ok(drawn.nodes.length >= 5, `${what}: ${drawn.nodes.length} nodes`);
  assert.ok(drawn.labels.length >= Math.min(5, drawn.nodes.length), `${what}: ${drawn.labels.length} names`);
  for (const l of drawn.labels)
    assert.ok(l.left >= 0 && l.right <= drawn.width && l.top >= 0 && l.bottom <= drawn.height,
      `${what}: the name of ${l.actor} (${l.left.toFixed(1)}–${l.right.toFixed(1)} × ${l.top.toFixed(1)}–${l.bottom.toFixed(1)}) leaves the ${drawn.width}×${drawn.height} chart`);
  for (let i = 0; i < drawn.labels.length; i++)
    for (let j = i + 1; j < drawn.labels.length; j++) {
      const [a, b] = [drawn.labels[i], drawn.labels[j]];
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      assert.ok(!overlap, `${what}: the names of ${a.actor} and ${b.actor} overlap`);
    }
  // No hairball: each actor's three strongest links at most, and the page says how many of all are drawn.
  assert.ok(drawn.edges <= 3 * drawn.nodes.length, `${what}: ${drawn.edges} links drawn for ${drawn.nodes.length} actors`);
}

describe('scales and axes on dates from 1622 to an ISO week of 2022', () => {
  let site;
  let page;
  const requests = [];
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [fixture('own-corpus.jsonl'), fixture('history.jsonl')] }));
    page.on('request', (request) => requests.push(request.url()));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('the timeline places 1622 and 2022-W29 at finite coordinates on an axis proportional to time with round ticks', async () => {
    await show(page, 'v=timeline&weak=1&hist=1');
    assert.deepEqual(await nonFinite(page), []);
    const events = await page.locator('.timeline-chart .event circle').evaluateAll((nodes) => nodes.map((n) => ({
      x: Number(n.getAttribute('cx')), at: Number(n.parentNode.dataset.at), date: n.parentNode.dataset.date })));
    const dates = events.map((e) => e.date);
    for (const date of ['1622', '1622-05-10', '2022-W29', '2022-07-05']) assert.ok(dates.includes(date), `${date} among ${dates.join()}`);
    const ticks = await page.locator('.timeline-chart .tick').evaluateAll((nodes) => nodes.map((n) => ({
      x: Number(n.getAttribute('x')), at: Date.parse(`${n.dataset.at}T00:00:00Z`), label: n.textContent,
      box: { x: n.getBBox().x, width: n.getBBox().width } })));
    assert.ok(ticks.length >= 3, `${ticks.length} ticks`);
    // The ticks: round years at an even step (d3's nice ticks: 1650, 1700… or 1700, 1800…), not «1622, 1654…».
    const years = ticks.map((k) => new Date(k.at).getUTCFullYear());
    assert.ok(ticks.every((k) => new Date(k.at).toISOString().endsWith('-01-01T00:00:00.000Z')), years.join());
    const step = years[1] - years[0];
    assert.ok([10, 20, 25, 50, 100, 200].includes(step), `a round step of years: ${years.join()}`);
    assert.ok(years.every((y, i) => y % step === 0 && (i === 0 || y - years[i - 1] === step)), years.join());
    // One scale for ticks and events: every event where its instant falls on the ticks' line.
    const { slope, x0, t0 } = assertLinear(ticks, 'ticks');
    for (const e of events) assert.ok(Math.abs(e.x - (x0 + (e.at - t0) * slope)) < 0.5, `${e.date} at ${e.x}, off the axis`);
    // 2022-W29 at Thursday noon, 21 July 2022.
    assert.equal(new Date(events.find((e) => e.date === '2022-W29').at).toISOString(), '2022-07-21T12:00:00.000Z');
    // Labels inside the chart, none over another.
    const width = await page.locator('.timeline-chart').evaluate((n) => n.viewBox.baseVal.width);
    for (let i = 0; i < ticks.length; i++) {
      assert.ok(ticks[i].box.x >= 0 && ticks[i].box.x + ticks[i].box.width <= width, `${ticks[i].label} inside`);
      if (i) assert.ok(ticks[i].box.x >= ticks[i - 1].box.x + ticks[i - 1].box.width, `${ticks[i - 1].label} and ${ticks[i].label} overlap`);
    }
    await page.locator('.timeline-chart').screenshot({ path: join(screenshotDir, 'scales-timeline-1622-2022.png') });
  });

  it('zoomed on July 2022 the ticks are days or weeks of 2022, the ISO week\'s event between the 14th and the 28th', async () => {
    await show(page, 'v=timeline&weak=1&hist=1&from=2022-07-01&to=2022-07-31');
    assert.deepEqual(await nonFinite(page), []);
    const ticks = await page.locator('.timeline-chart .tick').evaluateAll((nodes) => nodes.map((n) => n.dataset.at));
    assert.ok(ticks.length >= 3 && ticks.every((d) => d.startsWith('2022-07') || d.startsWith('2022-08-01')), ticks.join());
    const at = (date) => page.locator(`.timeline-chart .event[data-date="${date}"] circle`).first().getAttribute('cx').then(Number);
    assert.ok(await at('2022-07-14') < await at('2022-W29'), 'W29 after the 14th');
  });

  it('dragging the timeline moves it with the pointer, the wheel zooms about the instant under it', async () => {
    await show(page, 'v=timeline&weak=1&hist=1&from=2022-07-01&to=2022-07-31');
    const screenX = () => page.locator('.timeline-chart .event[data-date="2022-07-14"] circle').first()
      .evaluate((c) => { const b = c.getBoundingClientRect(); return b.left + b.width / 2; });
    const box = await page.locator('.timeline-chart').boundingBox();
    const before = await screenX();
    // Below the plot (no event there), 120 px to the right.
    const y = box.y + box.height - 12;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, y);
    await page.mouse.move(box.x + box.width / 2 + 120, y);
    await page.mouse.up();
    const dragged = await screenX();
    assert.ok(Math.abs(dragged - before - 120) < 1.5, `moved ${dragged - before} px for 120`);
    // The wheel over that event: zoomed in, it stays under the pointer.
    await page.mouse.move(dragged, box.y + box.height / 2);
    const hash = await page.evaluate(() => location.hash);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction((h) => location.hash !== h, hash);
    assert.ok(Math.abs(await screenX() - dragged) < 1.5, 'the instant under the pointer stays there');
    assert.deepEqual(await nonFinite(page), []);
  });

  it('the relation by year puts 1622 and 2022 four centuries apart, and the comparison\'s lines are paths through its points', async () => {
    await show(page, 'v=relation&a=rus&b=tur&period=year&weak=1&hist=1&cmp=rus');
    assert.deepEqual(await nonFinite(page), []);
    const bars = await page.locator('.stance-chart .bar').evaluateAll((nodes) => nodes.map((n) => ({
      period: n.dataset.period, x: Number(n.getAttribute('x')) + Number(n.getAttribute('width')) / 2, at: Number(n.dataset.mid) })));
    assert.deepEqual(bars.map((b) => b.period), ['1622', '2022']);
    assert.ok(bars[1].x - bars[0].x > 500, `${bars[1].x - bars[0].x} units between 1622 and 2022`);
    const points = await page.locator('.compare-chart .compare-point').evaluateAll((nodes) => nodes.map((n) => [Number(n.getAttribute('cx')), Number(n.getAttribute('cy'))]));
    const path = await page.locator('.compare-chart .compare-line').getAttribute('d');
    // d3-shape's line: «M x,y L x,y …» through the points, in order.
    const vertices = [...path.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.equal(vertices.length, points.length, path);
    vertices.forEach(([vx, vy], i) => assert.ok(Math.abs(vx - points[i][0]) < 0.01 && Math.abs(vy - points[i][1]) < 0.01, path));
  });

  it('no chart fetches anything: every request of the page is the site\'s own', async () => {
    for (const fragment of ['v=timeline', 'v=relation&a=rus&b=tur', 'v=network', 'v=actors&actor=erdogan'])
      await show(page, fragment);
    const origin = new URL(site.url).origin;
    const outside = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    assert.deepEqual(outside, []);
  });
});

describe('the network', () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, fragment: '#v=network' }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('names its actors inside the chart, none over another, with each actor\'s strongest links', async () => {
    const drawn = await network(page);
    assertNetworkReadable(drawn, 'seeds');
    assert.match(drawn.summary, /^40 فاعلًا · \d+ صلة · المرسوم \d+ منها: أقوى 3 صلات لكل فاعل$/);
  });

  it('is the same picture every time the same corpus is drawn', async () => {
    const first = await network(page);
    await show(page, 'v=timeline');
    await show(page, 'v=network');
    assert.deepEqual((await network(page)).nodes, first.nodes);
    const other = await site.newPage({ viewport: { width: 1366, height: 900 } });
    await other.goto(`${site.url}#v=network`);
    await other.waitForFunction(() => document.body.dataset.rendered === location.hash, null, { timeout: 30000 });
    assert.deepEqual((await network(other)).nodes, first.nodes, 'another page, the same places');
    await other.context().close();
  });

  it('on a phone: names inside the 390 px chart', async () => {
    const phone = await site.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.url}#v=network`);
    await phone.waitForFunction(() => document.body.dataset.rendered === location.hash, null, { timeout: 30000 });
    assertNetworkReadable(await network(phone), 'seeds on a phone');
    await phone.context().close();
  });
});

const bench = benchArticles('bench-300.jsonl', 300);

describe('the network of 300 bench articles', { skip: !bench && 'the bench corpus of ../shared is absent' }, () => {
  let site;
  let page;
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [bench] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('is readable at 1366 and at 390 px: names inside, none overlapping, no hairball', async () => {
    await show(page, 'v=network');
    assertNetworkReadable(await network(page), 'bench');
    await page.locator('.network-chart').screenshot({ path: join(screenshotDir, 'scales-network-bench.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await show(page, 'v=timeline');
    await show(page, 'v=network');
    assertNetworkReadable(await network(page), 'bench on a phone');
    await page.locator('.network-chart').screenshot({ path: join(screenshotDir, 'scales-network-bench-phone.png') });
  });
});

describe('the comparison, where two series say the same', () => {
  let site;
  let page;
  // Two foreign ministers meeting the Jordanian one in May 2018: the same act, the same score.
  const meetings = { name: 'two-meetings.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from([
    { id: 'meet-1', date: '2018-05-10', title: 'لقاء', text: 'التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان أمس.' },
    { id: 'meet-2', date: '2018-05-20', title: 'لقاء', text: 'التقى وزير الخارجية السعودي عادل الجبير نظيره الأردني أيمن الصفدي في عمان أمس.' },
  ].map((d) => `${JSON.stringify(d)}\n`).join('')) };
  before(async () => {
    ({ site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, own: [meetings] }));
  });
  after(async () => site?.close());
  afterEach(() => assert.deepEqual(site.problems.splice(0), [], 'no console error, page error or dialog'));

  it('sets their points side by side, both in sight, at the value they share', async () => {
    await show(page, 'v=relation&a=shoukry&b=safadi&cmp=shoukry,jubeir&weak=1');
    const points = await page.locator('.compare-chart .compare-point').evaluateAll((nodes) => nodes.map((n) => ({
      source: n.dataset.source, x: Number(n.getAttribute('cx')), y: Number(n.getAttribute('cy')), r: Number(n.getAttribute('r')) })));
    assert.deepEqual(points.map((p) => p.source).sort(), ['jubeir', 'shoukry']);
    const [a, b] = points;
    assert.equal(a.y, b.y, 'one value, one height');
    assert.ok(Math.abs(a.x - b.x) >= 1.5 * a.r, `points ${Math.abs(a.x - b.x).toFixed(1)} apart, one over the other`);
  });
});
