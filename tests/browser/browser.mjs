// Headless Chromium (Debian's) driven by playwright-core, against the built
// site served on loopback. Collects console errors and page errors, so a test
// can fail on any of them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/lib/serve.mjs';
import { buildDir, root } from '../node/helpers.mjs';

export const screenshotDir = join(buildDir, 'screenshots');

export async function openSite() {
  const server = await serve(join(buildDir, 'site'), 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,  // playwright gives each launch a fresh, empty profile
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  mkdirSync(screenshotDir, { recursive: true });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    page, problems, url,
    async close() { await browser.close(); server.close(); },
  };
}

export { root };
