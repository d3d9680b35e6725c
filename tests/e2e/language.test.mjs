// The language the guide starts in. The start script decides, in one place
// (xtask/src/site/start.js): the language remembered on this device, else the address's
// `lang`, else the first of the browser's languages the guide has, else French. The app
// follows that choice: the page's `lang`, the first texts fetched and the welcome all say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeText, setUp, newContext } from './support.mjs';

const env = setUp();

// Opens the guide at `path` in a browser whose languages are `browser` (exactly that list,
// possibly empty) and whose storage holds `stored`; the language the start script chose,
// the page's `lang` once the welcome is drawn, and the first texts files asked for.
async function start({ path = '/', browser, stored = {} }) {
  const context = await newContext(env.browser);
  try {
    await context.addInitScript(({ browser, stored }) => {
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => browser, configurable: true });
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    }, { browser, stored });
    const page = await context.newPage();
    const texts = [];
    page.on('request', (request) => {
      const file = request.url().match(/\/(texts-[a-z]+-1)-/);
      if (file) texts.push(file[1]);
    });
    await page.goto(env.site.origin + path);
    await page.locator('#welcome-title').waitFor();
    const chosen = await page.evaluate(() => globalThis.huquqLanguage);
    const shown = await page.locator('html').getAttribute('lang');
    const title = (await page.locator('#welcome-title').textContent()).trim();
    assert.equal(title, localeText(shown, 'welcome-title'), 'the welcome is in the language of the page');
    return { chosen, shown, texts };
  } finally {
    await context.close();
  }
}

const cases = [
  ['the address asks for Arabic', { path: '/?lang=ar', browser: ['en-GB'] }, 'ar'],
  ['a language the guide does not have, in the address, is passed over', { path: '/?lang=xx', browser: ['ar-MA'] }, 'ar'],
  ['the first of the browser\'s languages that the guide has', { browser: ['en-GB', 'ar'] }, 'en'],
  ['a browser with no language the guide has: French', { browser: ['de-DE'] }, 'fr'],
  ['a browser with no languages at all: French', { browser: [] }, 'fr'],
  [
    'the language remembered on this device comes first, if the person chose to be remembered',
    { path: '/?lang=en', browser: ['en-GB'], stored: { 'huquq-remember': 'yes', 'huquq-language': 'ar' } },
    'ar',
  ],
  ['a language kept without that choice is not used', { browser: ['en-GB'], stored: { 'huquq-language': 'ar' } }, 'en'],
];

for (const [name, input, expected] of cases) {
  test(`${name}: ${expected}`, async () => {
    const { chosen, shown, texts } = await start(input);
    assert.equal(chosen, expected, 'the start script\'s choice');
    assert.equal(shown, expected, 'the language the guide is drawn in');
    assert.equal(texts[0], `texts-${expected}-1`, 'the first texts fetched');
  });
}
