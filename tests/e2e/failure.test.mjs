// The second module, started ahead while the person answers, shows nothing until the
// hand-over; one that cannot load never leaves a blank page: made to fail in each way it
// can, the first module stays with the answers, says so in the person's language, offers
// "Try again", and quick exit and Escape three times still work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { interview, dist, serveSite, chromiumArgs, localeText, newContext } from './support.mjs';

const EXIT = 'https://www.google.com/**';
const persona = { papers: ['no_papers'], sex: ['not_said'], age: '37', has_children: ['no'], violence: ['yes'], trafficking: ['yes'] };
let site;
test.before(async () => {
  site = await serveSite(dist);
});
test.after(() => site.close());

// The second module, made to fail in each way it can; the first stays with the answers.
const full = readdirSync(dist).filter((f) => f.startsWith('huquq-full-'));
const fullGlue = full.find((f) => f.endsWith('.js'));
const fullWasm = full.find((f) => f.endsWith('_bg.wasm'));
const firstGlue = readdirSync(dist).find((f) => /^huquq-[0-9a-f]+\.js$/.test(f));
const firstWasm = readdirSync(dist).find((f) => /^huquq-[0-9a-f]+_bg\.wasm$/.test(f));
const failures = {
  'both files answer 404': { [fullGlue]: 404, [fullWasm]: 404 },
  'its WebAssembly answers 404': { [fullWasm]: 404 },
  'its WebAssembly is cut to 1,000 bytes': { [fullWasm]: readFileSync(join(dist, fullWasm ?? '')).subarray(0, 1000) },
  "its WebAssembly is the first module's": { [fullWasm]: readFileSync(join(dist, firstWasm ?? '')) },
  "its JavaScript is another build's": { [fullGlue]: readFileSync(join(dist, firstGlue ?? '')) },
  // Before the second module could be fetched, whenever the first screen asks for it.
  'the network drops after the first screen': { [fullGlue]: 'drop', [fullWasm]: 'drop' },
};

test('the second module starts ahead, off the page: nothing of it shows during the questions, and the hand-over wakes it', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
  const context = await newContext(browser, { locale: 'fr-FR', serviceWorkers: 'block' });
  // Whether a right's line or card was ever on the page before the results.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-right]') && !document.querySelector('#results-title')) globalThis.rightBeforeResults = true;
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => /\/huquq-full-/.test(request.url()) && fetched.push(request.url()));
  await page.goto(`${site.origin}/`);
  await page.locator('[data-action="start"]').click();
  await page.locator('section.question[data-question]').waitFor();
  // Started and waiting for the hand-over, its results drawn once for made-up answers.
  await page.waitForFunction(() => typeof globalThis.huquqResume === 'function');
  await interview(page, persona);
  await page.locator('[data-right="protection.violence-victim"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => globalThis.rightBeforeResults ?? false), false, 'nothing of the rehearsal on the page');
  assert.equal(await page.evaluate(() => 'huquqResume' in globalThis || 'huquqHandover' in globalThis), false, 'woken once');
  assert.equal(await page.locator('main').count(), 1, 'one guide on the page');
  assert.deepEqual(fetched.map((url) => url.split('.').pop()).sort(), ['js', 'wasm'], 'each of its files once');
  await browser.close();
});

for (const [how, files] of Object.entries(failures)) {
  const drops = Object.values(files).includes('drop');
  test(`never a blank page when the second module fails: ${how}`, async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
    const context = await newContext(browser, { locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const broken = async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop();
      const answer = files?.[name];
      if (answer === undefined) return route.fallback();
      if (answer === 404) return route.fulfill({ status: 404, body: 'not found' });
      if (answer === 'drop') return route.abort('internetdisconnected');
      return route.fulfill({ body: answer, contentType: name.endsWith('.js') ? 'text/javascript' : 'application/wasm' });
    };
    await context.route('**/huquq-full-*', broken);
    await page.goto(`${site.origin}/`);
    // The app's welcome: the page's own shows before the first module has arrived.
    await page.locator('#welcome-title').waitFor();
    await page.locator('[data-action="start"]').click();
    if (drops) await context.setOffline(true);
    await interview(page, persona, async () => {}, '.load-failed');
    assert.equal((await page.locator('.load-failed p').textContent()).trim(), localeText('fr', 'load-failed'));
    assert.equal(await page.evaluate(() => 'huquqHandover' in globalThis), false, 'the hand-over is deleted');
    await page.locator('[data-action="retry"]').click();
    await page.locator('.load-failed').waitFor();
    // The network back, or the files mended: Try again brings the results, answers kept.
    await context.unroute('**/huquq-full-*', broken);
    await context.setOffline(false);
    await page.locator('[data-action="retry"]').click();
    await page.locator('[data-right="protection.violence-victim"][data-status="eligible"]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => 'huquqHandover' in globalThis), false);
    await context.close();
    // Quick exit and Escape three times work while it fails.
    for (const press of ['button', 'escape']) {
      const again = await newContext(browser, { locale: 'fr-FR', serviceWorkers: 'block' });
      await again.route(EXIT, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }));
      await again.route('**/huquq-full-*', broken);
      const other = await again.newPage();
      await other.goto(`${site.origin}/`);
      await other.locator('#welcome-title').waitFor();
      await other.locator('[data-action="start"]').click();
      if (drops) await again.setOffline(true);
      await interview(other, persona, async () => {}, '.load-failed');
      if (press === 'button') await other.locator('[data-action="quick-exit"]').click();
      else for (let i = 0; i < 3; i++) await other.keyboard.press('Escape');
      await other.waitForURL(/google\.com/);
      await again.close();
    }
    await browser.close();
  });
}
