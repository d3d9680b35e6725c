// What a phone downloads: the first load of one language within budget, nothing downloaded
// twice by the offline worker, other languages only when chosen, and every language used
// once still there offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, interview, localeText, serveSite, setUp } from './support.mjs';

const env = setUp();
const BUDGET = 150_000;

for (const locale of ['fr-FR', 'ar-MA']) {
  test(`the first load in ${locale} is at most ${BUDGET} bytes over the network`, async () => {
    const context = await env.browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const received = new Map();
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => received.set(urls.get(event.requestId), event.encodedDataLength));
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action="start"]').waitFor();
    await page.waitForLoadState('networkidle');
    const total = [...received.values()].reduce((a, b) => a + b, 0);
    const files = [...received.keys()].map((url) => new URL(url).pathname);
    const language = locale.slice(0, 2);
    assert.ok(files.some((f) => f.startsWith(`/texts-${language}-1-`)), `the ${language} texts: ${files}`);
    assert.deepEqual(files.filter((f) => /^\/texts-/.test(f) && !f.startsWith(`/texts-${language}-1-`)), [],
      'no other language, and the rights\' texts after the first screen');
    assert.ok(!files.some((f) => f.startsWith('/details-')), 'offices\' contacts and sources after the first screen');
    assert.ok(!files.some((f) => f.startsWith('/huquq-full-')), 'the second module after the first screen');
    console.log(`first load in ${locale}: ${total} bytes over the network, ${files.length} files`);
    assert.ok(total <= BUDGET, `${total} bytes: ${files.join(' ')}`);
    await context.close();
  });
}

test('a first visit downloads each file once, the offline worker included', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  cpSync(dist, copy, { recursive: true });
  const site = await serveSite(copy);
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('details.more').first().evaluate((d) => { d.open = true; });
  await page.waitForLoadState('networkidle');
  const bodies = new Map();
  for (const { path, status } of site.sent) {
    if (status === 200) bodies.set(path, (bodies.get(path) ?? 0) + 1);
  }
  const twice = [...bodies].filter(([, count]) => count > 1);
  assert.deepEqual(twice, [], 'no file sent twice');
  const total = site.sent.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`first visit, interview and sources: ${total} bytes sent, ${bodies.size} files, ${site.sent.filter((s) => s.status === 304).length} not modified`);
  await context.close();
  await site.close();
  rmSync(copy, { recursive: true, force: true });
});

test('a language used once works offline; one never used says so and the guide keeps its language', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.locator('button.language[lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.locator('button.language[lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  // The rights' texts and the bibliography of French arrive after the first screen.
  await page.locator('[data-action="start"]').click();
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.reload();
  await page.locator('button.language[lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.equal((await page.locator('h1').textContent()).trim(), localeText('ar', 'welcome-title'));
  await page.locator('button.language[lang="en"]').click();
  await page.locator('.notice[role="status"]').filter({ hasText: localeText('ar', 'language-offline') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('[data-right="work.anapec"][data-status="eligible"] h4').waitFor();
  assert.equal((await page.locator('[data-right="work.anapec"] h4').textContent()).trim(), localeText('ar', 'right-work-anapec'));
  await context.close();
});
