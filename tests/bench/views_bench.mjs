// How long each view of the page takes to render in headless Chromium, on the
// seeds and on N bench articles (a benchmark: nothing asserts a time). A view
// is timed from the change of the address (as a click on a tab or a link
// makes it) until it is drawn and the browser has laid it out and painted it
// (two animation frames after the page says it rendered): the worker's
// queries, the view's DOM, layout. The median of --runs, each run visiting
// every view from another one; the actors view's first visit once, apart.
//   node tests/bench/views_bench.mjs [--sizes 300,1000] [--runs 3] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { benchArticles, chooseFiles, openReadySite, root } from '../browser/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '300,1000').split(',').filter(Boolean).map(Number);
const runs = Number(opt('--runs', '3'));
const out = opt('--out');

// The views, as a reader opens them; `pick` chooses the actor, document and
// word of the corpus loaded (its most mentioned actor, its first document, a
// word the search finds).
const views = (pick) => [
  ['timeline', 'v=timeline'],
  ['timeline, weak and history shown', 'v=timeline&weak=1&hist=1'],
  ['relation (story pair, with its comparison)', 'v=relation'],
  ['actors (list with sparklines)', 'v=actors'],
  ['actor profile (most mentioned)', `v=actors&actor=${encodeURIComponent(pick.actor)}`],
  ['network', 'v=network'],
  ['reader (a document)', `v=reader&doc=${encodeURIComponent(pick.doc)}`],
  ['search (حفتر on the seeds, السعودية on the bench)', `v=search&q=${encodeURIComponent(pick.word)}`],
];

// One view: from setting the fragment to two frames after it rendered, in ms.
const timeView = (page, fragment) => page.evaluate(async (f) => {
  const start = performance.now();
  location.hash = f;
  await new Promise((resolve) => {
    const check = () => (document.body.dataset.rendered === location.hash ? resolve() : setTimeout(check, 1));
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - start;
}, fragment);

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(page) {
  const pick = await page.evaluate(() => ({
    doc: document.querySelector('.document-link')?.dataset.doc ?? '',
  }));
  // The actors view's first visit asks for its sparklines (kept for the
  // visits after it): timed once, apart. It lists the most mentioned actor first.
  await timeView(page, 'v=timeline');
  const first = await timeView(page, 'v=actors');
  pick.actor = await page.evaluate(() => document.querySelector('.view-actors [data-actor]')?.dataset.actor ?? '');
  pick.word = await page.evaluate(() => (document.querySelector('#story[data-kind="sample"]') ? 'حفتر' : 'السعودية'));
  const list = views(pick);
  const times = new Map(list.map(([name]) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, fragment] of list) times.get(name).push(await timeView(page, fragment));
  }
  const documents = await page.evaluate(() => Number(document.getElementById('document-list').dataset.documents));
  return { documents, views: [{ view: 'actors, first visit (sparklines asked)', ms: Math.round(first), runs: [Math.round(first)] },
    ...list.map(([name]) => ({ view: name, ms: Math.round(median(times.get(name))), runs: times.get(name).map(Math.round) }))] };
}

const results = { runs, corpora: [] };
const { site, page } = await openReadySite({ viewport: { width: 1366, height: 900 }, fragment: '#v=timeline' });
try {
  results.corpora.push({ corpus: 'seeds', ...(await measure(page)) });
  for (const size of sizes) {
    const file = benchArticles(`bench-${size}.jsonl`, size);
    if (!file) { console.error('views bench: no bench corpus in ../shared; seeds only'); break; }
    await page.evaluate(() => { location.hash = 'v=timeline'; });
    if (await page.locator('.document-link').count()) {
      await page.click('#start-over');
      await page.waitForFunction(() => document.querySelectorAll('.document-link').length === 0);
    }
    // Playwright hands the page 50 MB at most from memory: a larger corpus goes as a file.
    let input = file;
    if (file.buffer.length > 40e6) {
      mkdirSync(join(root, 'build', 'bench'), { recursive: true });
      input = join(root, 'build', 'bench', file.name);
      writeFileSync(input, file.buffer);
    }
    await chooseFiles(page, [input], { sample: 'replace' });
    await page.waitForSelector('#story[data-kind="own"]', { timeout: 300000 });
    await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
    results.corpora.push({ corpus: `${size} bench articles`, ...(await measure(page)) });
  }
} finally {
  await site.close();
}
if (site.problems.length) console.error(`views bench: ${site.problems.length} console errors: ${site.problems.slice(0, 3).join('; ')}`);

// The table: a row a view, a column a corpus.
const names = results.corpora[0].views.map((v) => v.view);
const head = ['view render, ms (median)', ...results.corpora.map((c) => `${c.corpus} (${c.documents} docs)`)];
const rows = names.map((name) => [name, ...results.corpora.map((c) => String(c.views.find((v) => v.view === name)?.ms ?? '—'))]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(`\nViews in Chromium (1366×900; fragment set → drawn and painted; median of ${runs})`);
console.log(line(head));
for (const row of rows) console.log(line(row));
if (out) writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
