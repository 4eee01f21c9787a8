// A multi-MB corpus dropped on the page is cut among all the workers
// (web/src/worker-pool.js) and merged by the core: the same documents, actors,
// events and problems (at whole-file lines) as with one worker; knowledge-base
// additions reach the helpers; a failing helper costs only its own lines; the
// offline bundle (file://, Blob workers) uses the pool too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';

import { chooseFiles, openSite, ready, root } from './browser.mjs';
import { buildDir } from '../node/helpers.mjs';

// The seeds repeated (each copy's text made distinct, and naming the actor of
// the knowledge-base addition below) to about 3 MB, a byte order mark first,
// and malformed lines at known lines.
const seeds = readFileSync(join(root, 'web/corpus/seeds.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const lines = [];
const malformed = [2, 251, 497];
for (let i = 0; lines.length < 560;) {
  if (malformed.includes(lines.length + 1)) {
    lines.push(`{"id": "broken-${lines.length + 1}", "text": `);
    continue;
  }
  const d = seeds[i % seeds.length];
  lines.push(JSON.stringify({ ...d, id: `${d.id}-${i}`, text: `${d.text}\nوقال زيد الجديد في التعليق رقم ${i} إن الوضع معقد.` }));
  ++i;
}
const documents = lines.length - malformed.length;
const big = { name: 'big.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`\ufeff${lines.join('\n')}\n`) };
const kb = { name: 'my-actors.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({
  actors: [{ id: 'newman', type: 'person', name: { ar: 'زيد الجديد', en: 'Zaid New' }, variants: ['زيد الجديد'] }] })) };

// The documents of the corpus panel (it draws the first 500, more on request).
const count = (page) => page.evaluate(() => Number(document.getElementById('document-list').dataset.documents ?? 0));
// Drops files and waits until the page has analyzed and shown them.
async function drop(page, files) {
  const batches = Number(await page.evaluate(() => document.body.dataset.batches));
  assert.ok(Number.isInteger(batches), 'the page counts the batches it analyzed');
  await chooseFiles(page, files);  // the sample is kept alongside
  await page.waitForFunction((n) => Number(document.body.dataset.batches) > n, batches, { timeout: 180000 });
}

// Records the progress bar's states while files are analyzed.
const watchProgress = (page) => page.evaluate(() => {
  const bar = document.getElementById('progress');
  window.progressSeen = [];
  new MutationObserver(() => window.progressSeen.push({ hidden: bar.hidden, value: bar.value, max: bar.max }))
    .observe(bar, { attributes: true });
});

async function download(page, kind) {
  await page.click('#export-menu summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return JSON.parse(readFileSync(await file.path(), 'utf8'));
}

// Opens the page with `?workers=N`, drops `files` and returns what it shows.
async function analyze(site, workers, files) {
  const page = await site.newPage();
  await page.goto(`${site.url}?workers=${workers}#v=timeline`);
  await ready(page);
  await watchProgress(page);
  await drop(page, files);
  assert.equal(await count(page), 5 + documents);
  const shown = {
    workers: await page.evaluate(() => document.body.dataset.workers),
    corpus: await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('c')),
    problems: await page.locator('#problem-list li details code').allTextContents(),  // the technical detail: file, line, byte
    progress: await page.evaluate(() => window.progressSeen),
    actors: await download(page, 'actors-json'),
    events: await download(page, 'events-json'),
  };
  return { page, shown };
}

describe('a large corpus analyzed by all workers', () => {
  let site;
  before(async () => { site = await openSite(); });
  after(async () => site?.close());
  afterEach(() => {
    const problems = site.problems.splice(0);
    assert.deepEqual(problems, [], 'no console error, page error or dialog');
  });

  it('is cut among the workers and merged by the core: the same analysis as one worker, problems at whole-file lines', async () => {
    const one = await analyze(site, 1, [kb, big]);
    const pool = await analyze(site, 3, [kb, big]);
    assert.equal(one.shown.workers, '1');
    assert.ok(Number(pool.shown.workers) >= 2, `workers used: ${pool.shown.workers}`);
    assert.equal(pool.shown.corpus, one.shown.corpus);
    assert.deepEqual(pool.shown.actors, one.shown.actors);
    assert.deepEqual(pool.shown.events, one.shown.events);
    assert.deepEqual([...pool.shown.problems].sort(), [...one.shown.problems].sort());
    for (const line of malformed)
      assert.ok(pool.shown.problems.some((p) => new RegExp(`^big\\.jsonl:${line}[ :]`).test(p) && p.includes('JSON')), `line ${line}: ${pool.shown.problems.join('\n')}`);
    // the helpers had the knowledge-base addition: every copy names its actor
    const newman = pool.shown.actors.find((a) => a.id === 'newman');
    assert.ok(newman?.mentions >= documents, JSON.stringify(newman));
    // the progress bar showed bytes done across the workers, up to all of them
    const seen = pool.shown.progress.filter((p) => !p.hidden);
    assert.ok(seen.some((p) => p.value > 0 && p.value < p.max), JSON.stringify(seen));
    assert.ok(seen.some((p) => p.value === p.max && p.max >= big.buffer.length - 3), JSON.stringify(seen.at(-1)));
    await one.page.context().close();

    // removing a document and starting over still work on the merged session;
    // the knowledge-base addition goes with the rest
    const { page } = pool;
    await page.locator('.document-item', { has: page.locator(`[data-doc="${seeds[1].id}-6"]`) }).locator('.remove').click();
    await page.waitForFunction((n) => document.getElementById('document-list').dataset.documents === String(n), 4 + documents);
    await page.click('#start-over');
    await page.waitForFunction(() => document.getElementById('document-list').dataset.documents === '0');
    await drop(page, [big]);
    assert.equal(await count(page), documents);
    assert.ok(Number(await page.evaluate(() => document.body.dataset.workers)) >= 2);
    assert.equal((await download(page, 'actors-json')).some((a) => a.id === 'newman'), false);
    await page.context().close();
  });

  it('keeps everything else when a helper fails: its lines become a problem', async () => {
    const page = await site.newPage();
    // The first worker.js is the main worker; the helpers get one that fails every job.
    let workers = 0;
    await page.route('**/worker.js', (route) => (workers++ === 0 ? route.continue() : route.fulfill({
      contentType: 'text/javascript',
      body: `self.onmessage = ({ data }) => self.postMessage(data.action === 'init'
        ? { id: data.id, result: { ready: true } } : { id: data.id, error: 'injected failure' });`,
    })));
    await page.goto(`${site.url}?workers=3#v=timeline`);
    await ready(page);
    await drop(page, [big]);
    const problems = await page.locator('#problem-list li details code').allTextContents();
    const failed = problems.filter((p) => p.includes('not analyzed'));
    // each helper fails once and is retired; the main worker does the rest
    assert.equal(failed.length, 2, problems.join('\n'));
    let lost = 0;
    for (const p of failed) {
      const [, at, from, to] = p.match(/^big\.jsonl:(\d+): lines (\d+)–(\d+) not analyzed: a helper worker failed \(injected failure\)/) ?? [];
      assert.ok(at && at === from, p);
      for (let line = Number(from); line <= Number(to); ++line) if (!malformed.includes(line)) ++lost;
    }
    assert.ok(lost > 0 && lost < documents, `${lost}`);
    assert.equal(await count(page), 5 + documents - lost);
    assert.equal(await page.locator(`.document-link[data-doc="${seeds[0].id}"]`).count(), 1, 'the seeds stay');
    assert.equal(await page.evaluate(() => document.body.dataset.workers), '1', 'only the main worker analyzed anything');
    // the main session answers queries as before
    await page.evaluate(() => { location.hash = '#v=relation&a=usa&b=haftar'; });
    await page.waitForFunction(() => document.body.dataset.view === 'relation' && document.body.dataset.rendered === location.hash);
    assert.ok(await page.locator('.stance-chart .bar').count() > 0);
    await page.context().close();
  });

  it('runs in the offline bundle (file://, workers from a Blob)', async () => {
    execFileSync(process.execPath, [join(root, 'scripts/lib/bundle.mjs'), join(buildDir, 'site'), join(buildDir, 'bundle')], { stdio: 'ignore' });
    const page = await site.newPage();
    await page.goto(`${pathToFileURL(join(buildDir, 'bundle/marsad/index.html')).href}?workers=2#v=timeline`);
    await ready(page, 60000);
    await drop(page, [big]);
    assert.equal(await page.evaluate(() => document.body.dataset.workers), '2');
    assert.equal(await count(page), 5 + documents);
    await page.context().close();
  });
});
