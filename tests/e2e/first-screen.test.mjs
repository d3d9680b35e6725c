// The first screen needs no WebAssembly: the page carries the welcome in every language
// (xtask/src/first_screen.rs) and the start script shows the chosen one at once. Without the
// WebAssembly it is there, in the right language and direction, passes axe, and quick exit
// leaves; it says what the app's welcome says; a tap on Start before the module arrives
// leads to the first question when it does; the first paint does not wait for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { localeText, setUp, newContext } from './support.mjs';

const env = setUp();
const EXIT = 'https://www.google.com/**';
const FIRST_WASM = /\/huquq-[0-9a-f]+_bg\.wasm$/;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeAll(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `axe-core on ${what}`);
}

// The visible elements that carry `data-action=start`.
const visibleStarts = (page) => page.evaluate(() =>
  [...document.querySelectorAll('[data-action="start"]')].filter((b) => b.checkVisibility()).length);

// The welcome's words as the person sees them: the bar, the title, the paragraphs of text
// (the app's welcome has more, with buttons), Start; and the page's language and direction.
const welcomeWords = (page) => page.evaluate(() => {
  const text = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility())
    .map((e) => e.textContent.trim());
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    exit: text('[data-action="quick-exit"]'),
    exitKey: document.querySelector('[data-action="quick-exit"]').title,
    brand: text('.brand'),
    welcome: text('section.welcome > h1, section.welcome > p:not(:has(button))'),
    start: text('[data-action="start"]'),
  };
});

for (const [locale, dir, press] of [['fr-FR', 'ltr', 'button'], ['ar-MA', 'rtl', 'escape']]) {
  const language = locale.slice(0, 2);
  test(`without WebAssembly the welcome shows in ${locale}, passes axe, and quick exit (${press}) leaves`, async () => {
    const context = await newContext(env.browser, { locale, serviceWorkers: 'block' });
    await context.route('**/*.wasm', (route) => route.abort());
    await context.route(EXIT, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }));
    const page = await context.newPage();
    const address = env.site.origin + '/';
    await page.goto(address);
    await page.locator('[data-action="start"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), language);
    assert.equal(await page.locator('html').getAttribute('dir'), dir);
    assert.equal((await page.locator('h1').textContent()).trim(), localeText(language, 'welcome-title'));
    assert.equal((await page.locator('[data-action="start"]').textContent()).trim(), localeText(language, 'start'));
    assert.equal(await page.locator('h1').count(), 1, 'one language');
    assert.equal(await page.locator('#first-screen template').count(), 0, 'the others are gone');
    assert.equal(await visibleStarts(page), 1);
    assert.equal(page.url(), address, 'the address does not change');
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
    assert.equal(paint, 1, 'painted without the WebAssembly');
    await axeAll(page, `the welcome without WebAssembly in ${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    await axeAll(page, `the welcome without WebAssembly in ${locale} at 360 px`);
    if (press === 'button') await page.locator('[data-action="quick-exit"]').click();
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForURL(/google\.com/);
    await context.close();
  });

  test(`in ${locale} the page's welcome says what the app's says, and gives way to it`, async () => {
    const context = await newContext(env.browser, { locale, serviceWorkers: 'block' });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(FIRST_WASM, async (route) => { await held; await route.continue(); });
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action="start"]').waitFor();
    const before = await welcomeWords(page);
    release();
    await page.locator('#welcome-title').waitFor();
    assert.equal(await page.locator('#first-screen').count(), 0, 'the page\'s welcome is gone');
    assert.equal(await visibleStarts(page), 1);
    assert.deepEqual(before, await welcomeWords(page));
    assert.equal(before.dir, dir);
    await context.close();
  });
}

test('a tap on Start while the WebAssembly is on its way leads to the first question; the first paint did not wait', async () => {
  const context = await newContext(env.browser, { locale: 'ar-MA', serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = 0;
  await context.route(FIRST_WASM, async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const address = env.site.origin + '/';
  await page.goto(address);
  await page.locator('[data-action="start"]').click();
  const early = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).length,
  }));
  assert.equal(asked, 1, 'the WebAssembly was asked for');
  assert.equal(early.wasm, 0, 'and has not arrived');
  assert.ok(early.paint > 0, 'the page painted before it');
  await page.waitForTimeout(2000);
  release();
  await page.locator('section.question[data-question]').waitFor();
  assert.equal(await visibleStarts(page), 0);
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  assert.equal(page.url(), address, 'the address does not change');
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    wasm: performance.getEntriesByType('resource').find((e) => /\/huquq-[0-9a-f]+_bg\.wasm$/.test(e.name)).responseEnd,
  }));
  assert.ok(times.paint + 1500 < times.wasm, `first paint at ${times.paint} ms, the WebAssembly at ${times.wasm} ms`);
  await context.close();
});
