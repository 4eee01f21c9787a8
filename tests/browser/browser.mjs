// Headless Chromium (Debian's) driven by playwright-core, against the built
// site served on loopback (or a file:// URL). Collects console errors, page
// errors and dialogs, so a test can fail on any of them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
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

// Waits until the corpus is analyzed and the current view has rendered.
export async function ready(page, timeout = 30000) {
  await page.waitForSelector('body[data-ready="true"]', { timeout });
  await page.waitForFunction(() => document.body.dataset.rendered === location.hash, null, { timeout });
}

// Shows the view a fragment names in the loaded page and waits until it has rendered.
export async function show(page, fragment) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
}

export { root };
