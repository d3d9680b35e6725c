// What a phone downloads: the first load of one language file by file as the build counted
// it (xtask/src/size.rs writes dist/sizes.json), within the one budget; nothing downloaded
// twice by the offline worker, other languages only when chosen, and every language used
// once still there offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, interview, localeText, serveSite, setUp, newContext } from './support.mjs';

const env = setUp();
// The one budget, and each language's first load file by file, gzipped, as the build counted it.
const sizes = JSON.parse(readFileSync(join(dist, 'sizes.json'), 'utf8'));
const BUDGET = sizes.budget;
// What a response adds to its body over the network: its status line and headers (about 200
// bytes from `cargo xtask serve`).
const HEADERS_PER_FILE = 400;

for (const locale of ['fr-FR', 'ar-MA']) {
  test(`the first load in ${locale} is the files the build counted, at most ${BUDGET} bytes over the network`, async () => {
    const language = locale.slice(0, 2);
    const counted = sizes.first_load[language];
    const context = await newContext(env.browser, { locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const received = new Map();
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => received.set(urls.get(event.requestId), event.encodedDataLength));
    const before = env.site.sent.length;
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action="start"]').waitFor();
    await page.waitForLoadState('networkidle');
    const network = [...received.values()].reduce((a, b) => a + b, 0);
    const files = [...received.keys()].map((url) => new URL(url).pathname);
    assert.ok(files.some((f) => f.startsWith(`/texts-${language}-1-`)), `the ${language} texts: ${files}`);
    assert.deepEqual(files.filter((f) => /^\/texts-/.test(f) && !f.startsWith(`/texts-${language}-1-`)), [],
      'no other language, and the rights\' texts after the first screen');
    assert.ok(!files.some((f) => f.startsWith('/details-')), 'offices\' contacts and sources after the first screen');
    assert.ok(!files.some((f) => f.startsWith('/huquq-full-')), 'the second module after the first screen');

    // The bodies the server sent are the gzipped files the build counted, byte for byte.
    const answers = env.site.sent.slice(before);
    const bodies = new Map(answers.filter((s) => s.status === 200)
      .map(({ path, bytes }) => [path.endsWith('/') ? path.slice(1) + 'index.html' : path.slice(1), bytes]));
    for (const [file, gzipped] of Object.entries(counted)) {
      assert.equal(bodies.get(file), gzipped, `${file}: sent as the build counted it`);
    }
    const build = Object.values(counted).reduce((a, b) => a + b, 0);
    const sent = [...bodies.values()].reduce((a, b) => a + b, 0);
    // Not waited for, so not counted by the build: the icon, the site owner's file if any.
    const others = answers.filter(({ path }) => !(path.slice(1) in counted) && path !== '/')
      .map(({ path, status, bytes }) => `${path.slice(1)} (${status}, ${bytes} bytes)`);
    console.log(`first load in ${locale}: ${build} bytes counted by the build (${Object.keys(counted).length} files), ` +
      `${sent} bytes of bodies sent, ${network} bytes over the network with headers (${files.length} files, ` +
      `also ${others.join(', ') || 'nothing else'}); budget ${BUDGET}`);
    assert.ok(build <= BUDGET, `the build's count: ${build} bytes`);
    assert.ok(network <= BUDGET, `over the network: ${network} bytes: ${files.join(' ')}`);
    // The browser received the bodies sent, and headers.
    assert.ok(network >= sent && network - sent <= HEADERS_PER_FILE * files.length,
      `${network} bytes over the network for ${sent} bytes of bodies in ${files.length} files`);
    await context.close();
  });
}

test('a first visit downloads each file once, the offline worker included', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  cpSync(dist, copy, { recursive: true });
  const site = await serveSite(copy);
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('.line[data-right] button').first().click();
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
  const context = await newContext(env.browser, { locale: 'fr-FR' });
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
  await page.locator('[data-right="work.anapec"][data-status="eligible"] .line-title').waitFor();
  assert.equal((await page.locator('[data-right="work.anapec"] .line-title').textContent()).trim(), localeText('ar', 'right-work-anapec'));
  await context.close();
});
