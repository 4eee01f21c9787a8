// A site made by scripts/publish (the seeds, one document a chunk, on a local
// Dask cluster of 2 workers), in headless Chromium: the page finds the
// published index, opens on the latest chunk alone, fetches for each view the
// chunks it needs and no others, and every view, search, a share link and an
// embed work on it with no console error.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';

import { serve } from '../../scripts/lib/serve.mjs';
import { launch, ready, root, watchedPage } from './browser.mjs';
import { nativeCli, seedsJsonl } from '../node/helpers.mjs';

describe('a published site', () => {
  let dir, server, browser, page, url, manifest;
  const problems = [];
  const fetched = [];  // chunk names fetched since the last go()
  const go = async (fragment, p = page) => {
    await p.goto('about:blank');  // a new load, not a fragment change: nothing fetched before is cached
    fetched.length = 0;
    await p.goto(`${url}#${fragment}`);
    await ready(p);
  };
  const chunkOf = (docId) => manifest.chunks.find((c) => readChunkIds(c.name).includes(docId)).name;
  const readChunkIds = (name) => JSON.parse(execFileSync('zcat', [join(dir, 'published', 'chunks', `${name}.json.gz`)], { encoding: 'utf8' }))
    .documents.map((d) => d.document.id);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-published-'));
    execFileSync(join(root, 'scripts', 'publish'), [seedsJsonl, '--out', join(dir, 'site'), '--workers', '2', '--chunk-docs', '1'],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    dir = join(dir, 'site');
    manifest = JSON.parse(readFileSync(join(dir, 'published', 'manifest.json'), 'utf8'));
    server = await serve(dir, 0);
    url = `http://127.0.0.1:${server.address().port}/`;
    browser = await launch();
    page = await watchedPage(browser, problems);
    page.on('request', (r) => {
      const m = /\/published\/chunks\/(.+)\.json\.gz$/.exec(r.url());
      if (m) fetched.push(m[1]);
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
  });
  afterEach(() => assert.deepEqual(problems.splice(0), [], 'no console error, page error or dialog'));

  it('opens on the timeline of the latest chunk only, under the whole corpus id', async () => {
    await go('');
    assert.equal(manifest.chunks.length, 5);
    assert.equal(await page.locator('body').getAttribute('data-published'), 'true');
    assert.deepEqual(fetched, ['2019-11-000']);
    const single = JSON.parse(nativeCli('analyze', seedsJsonl));
    assert.match(await page.evaluate(() => location.hash), new RegExp(`c=${single.corpus.id}`));
    assert.match(await page.locator('#status').textContent(), /5/);
    assert.equal(await page.locator('.document-link').count(), 1);
    assert.ok(await page.locator('.timeline-chart .event').count() > 0);
    assert.equal(await page.locator('#dropzone').isVisible(), false);
  });

  it('reader: fetches the chunk of the document it opens', async () => {
    await go('v=reader&doc=003_8d29e9a6e18a0c13');
    assert.deepEqual(fetched, [chunkOf('003_8d29e9a6e18a0c13')]);
    assert.match(await page.locator('.date-window').textContent(), /2018-06-01/);
    assert.ok(await page.locator('.document-text mark.mention').count() > 0);
  });

  it('relations: USA → Haftar from the chunks with their events, as on the page that analyzes everything', async () => {
    await go('v=relation&a=usa&b=haftar&weak=1');
    const turn = page.locator('.turning-point[data-period="2019-11"]');
    assert.equal(await turn.count(), 1);
    assert.equal(await turn.getAttribute('data-direction'), 'conflictual');
    assert.ok(await page.locator('.stance-chart .bar').count() >= 3);
    assert.ok(await page.locator('.framing tbody tr').count() >= 2);
  });

  it('actors: a profile from the chunks that mention the actor', async () => {
    await go('v=actors&actor=haftar');
    assert.ok(fetched.length >= 1);
    const roles = await page.locator('.roles li').allTextContents();
    assert.ok(roles.some((r) => r.includes('القائد العام')), roles.join());
    assert.ok(await page.locator('.mention-link').count() >= 20);
  });

  it('network: the links of a period from that period\'s chunks', async () => {
    await go('v=network&from=2019-01');
    assert.deepEqual(fetched.sort(), ['2019-04-000', '2019-11-000']);
    assert.ok(await page.locator('.network-chart .node').count() > 0);
  });

  it('search: every hit the core finds in the whole corpus, from the chunks holding the word', async () => {
    await go('v=search&q=%D8%AD%D9%81%D8%AA%D8%B1');
    const expected = JSON.parse(nativeCli('search', 'حفتر', seedsJsonl));
    await page.waitForSelector('.kwic-line');
    assert.equal(await page.locator('.kwic mark.hit').count(), expected.hits.length);
    assert.ok((await page.locator('.kwic mark.hit').allTextContents()).includes('وحفتر'));
  });

  it('a share link and an embed open the same view for anyone', async () => {
    await go('v=relation&a=usa&b=haftar&period=year&lang=en');
    const link = await page.evaluate(() => location.href);
    const text = await page.locator('#panel').textContent();
    const other = await watchedPage(browser, problems);
    await other.goto(link);
    await ready(other);
    assert.equal(await other.locator('#panel').textContent(), text);
    assert.equal(await other.locator('#notices li').count(), 0, 'the link is of this corpus');
    await other.goto(`${link}&embed=1`);
    await ready(other);
    assert.equal(await other.locator('#tabs').isHidden(), true);
    assert.equal(await other.locator('#panel').textContent(), text);
    await other.context().close();
  });
});
