// Headless Chromium (Debian's) driven by playwright-core, against the built
// site served on loopback (or a file:// URL). Collects console errors, page
// errors and dialogs, so a test can fail on any of them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/lib/serve.mjs';
import { buildDir, root } from '../node/helpers.mjs';

export const screenshotDir = join(buildDir, 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,  // playwright gives each launch a fresh, empty profile
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A new page that records every console error, page error and dialog in `problems`.
export async function watchedPage(browser, problems, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  return page;
}

export async function openSite() {
  const server = await serve(join(buildDir, 'site'), 0);
  const browser = await launch();
  const problems = [];
  const page = await watchedPage(browser, problems);
  mkdirSync(screenshotDir, { recursive: true });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    page, problems, url, browser,
    newPage: (options) => watchedPage(browser, problems, options),
    async close() { await browser.close(); server.close(); },
  };
}

// A site with a page open at `fragment` (a new page of `viewport`, else the
// site's own) once its corpus is analyzed and its view rendered: → {site, page}.
export async function openReadySite({ viewport, fragment = '', own } = {}) {
  const site = await openSite();
  const page = viewport ? await site.newPage({ viewport }) : site.page;
  await page.goto(`${site.url}${fragment}`);
  await ready(page);
  if (own) {  // files that replace the sample, analyzed and told as the page's own story
    await chooseFiles(page, own, { sample: 'replace' });
    await page.waitForSelector('#story[data-kind="own"]', { timeout: 120000 });
  }
  return { site, page };
}

// Waits until the corpus is analyzed and the current view has rendered.
export async function ready(page, timeout = 30000) {
  await page.waitForSelector('body[data-ready="true"]', { timeout });
  await page.waitForFunction(() => document.body.dataset.rendered === location.hash, null, { timeout });
}

// Chooses files in the page's file input. While the sample corpus is loaded,
// corpus files make the page ask whether to keep it alongside them: `sample`
// is the answer ('keep', 'replace' or 'cancel'; null: left open), given only
// if it asks. Returns once the page asked (and was answered), or took the
// files in: → whether it asked.
export async function chooseFiles(page, files, { sample = 'keep' } = {}) {
  const before = Number(await page.evaluate(() => document.body.dataset.intakes ?? 0));
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction((n) => Number(document.body.dataset.intakes ?? 0) > n || document.getElementById('sample-dialog').open,
    before, { timeout: 180000 });
  const asked = await page.evaluate(() => document.getElementById('sample-dialog').open);
  if (asked && sample) await page.click(`#sample-${sample}`);
  return asked;
}

// Shows the view a fragment names in the loaded page and waits until it has rendered.
export async function show(page, fragment) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
}

export { root };

// The bench corpus of ../shared (news of July–August 2015, research licence:
// read from there, never copied into the repository), or null where it is absent.
export const benchPath = join(root, '..', 'shared', 'corpus', 'bench', 'saudinewsnet-2015-nonlibya.jsonl.gz');
let benchLines = null;
// `count` articles of the bench spread evenly over those whose line matches
// `filter` (all by default), as a .jsonl file for the file input.
export function benchArticles(name, count, filter = () => true) {
  if (!existsSync(benchPath)) return null;
  benchLines ??= gunzipSync(readFileSync(benchPath)).toString('utf8').split('\n').filter(Boolean);
  const lines = benchLines.filter(filter);
  const step = lines.length / count;
  const picked = Array.from({ length: Math.min(count, lines.length) }, (_, i) => lines[Math.floor(i * step)]);
  return { name, mimeType: 'application/jsonl', buffer: Buffer.from(`${picked.join('\n')}\n`) };
}

// Downloads the page's offline bundle of its corpus ("download this corpus")
// and unzips it into a new temporary folder; → the file:// URL of its index.html.
export async function downloadBundle(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-bundle')]);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bundle-'));
  for (const [name, bytes] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return pathToFileURL(join(dir, 'marsad', 'index.html')).href;
}

// A search-as-you-type picker (web/src/picker.js) by its name ('actor',
// 'source', 'target', 'compare', 'merge'): its value (several comma-separated).
export const pickerValue = (page, name) => page.locator(`.picker[data-picker="${name}"]`).first().getAttribute('data-value');

// Types `text` in a picker and clicks the option of `value` in its list.
export async function pick(page, name, text, value) {
  const picker = page.locator(`.picker[data-picker="${name}"]`).first();
  await picker.locator('input[role="combobox"]').click();
  await picker.locator('input[role="combobox"]').fill(text);
  await picker.locator(`[role="option"][data-value="${value}"]`).click();
}
