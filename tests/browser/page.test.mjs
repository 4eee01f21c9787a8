import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { openSite, root, screenshotDir } from './browser.mjs';

describe('the page', () => {
  let site;
  before(async () => {
    site = await openSite();
    await site.page.goto(site.url);
    await site.page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  });
  after(async () => site?.close());

  it('analyzes the five seed documents in the browser and lists them', async () => {
    const titles = await site.page.locator('.document-link .document-title').allTextContents();
    assert.equal(titles.length, 5);
    assert.ok(titles.some((t) => t.includes('ترامب يقرر دعم الجنرال حفتر')));
    assert.equal(await site.page.getAttribute('html', 'dir'), 'rtl');
  });

  it('opens a document right-to-left with the found spans highlighted', async () => {
    await site.page.locator('.document-link').nth(3).click();
    await site.page.waitForSelector('.document-text[data-doc="003_8d29e9a6e18a0c13"] mark.hit');
    const marks = await site.page.locator('.document-text mark.hit').allTextContents();
    assert.ok(marks.length >= 10, `${marks.length} highlighted`);
    for (const m of marks) assert.match(m, /حفتر$/);
    assert.equal(await site.page.locator('.document-text').getAttribute('dir'), 'rtl');
    await site.page.screenshot({ path: join(screenshotDir, 'reader.png') });
  });

  it('searches another word and highlights it', async () => {
    const input = site.page.locator('.reader-search input');
    await input.fill('ايطاليا');
    await input.press('Enter');
    await site.page.waitForFunction(() =>
      [...document.querySelectorAll('.document-text mark.hit')].some((m) => m.textContent.endsWith('ايطاليا') || m.textContent.endsWith('إيطاليا')));
  });

  it('switches the interface to English and back', async () => {
    await site.page.click('#language');
    assert.equal(await site.page.getAttribute('html', 'dir'), 'ltr');
    assert.match(await site.page.textContent('#documents-heading'), /Documents/);
    await site.page.click('#language');
    assert.equal(await site.page.getAttribute('html', 'dir'), 'rtl');
  });

  it('logged no console error, page error or dialog', () => {
    assert.deepEqual(site.problems, []);
  });
});
