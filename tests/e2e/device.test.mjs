// The guide on a small, shared phone: remembered only when asked, readable at 320 px and
// at 200% text size, usable with the keyboard alone, and updated cleanly offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interview, dist, setUp, serveSite, localeText, until, newContext } from './support.mjs';

const env = setUp();

const refugee = { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] };

test('answers stay on the device only after the person says so', async () => {
  const context = await newContext(env.browser, { locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('button.primary').click();
  await interview(page, refugee);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored without consent');

  await page.locator('#remember').check();
  // Remembered answers open on the welcome and its words on privacy; Start goes on.
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  // Sensitive answers are not remembered unless ticked: those questions come back, what the
  // person came for first.
  await page.locator('[data-question="need"] [data-answer="continue"]').click();
  await page.locator('[data-question="pregnant"]').waitFor();
  await interview(page, {});
  await page.locator('#remember-sensitive').check();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await page.locator('[data-right="work.anapec"][data-status="eligible"]').waitFor({ state: 'attached' });

  await page.locator('#remember').uncheck();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'unticking forgets');
  await page.goto(env.site.origin + '/');
  await page.locator('button.primary').waitFor();
  await context.close();
});

for (const locale of ['fr-FR', 'ar-MA']) {
  test(`readable at 320 px wide and with text at 200% (${locale}): nothing scrolls sideways`, async () => {
    const context = await newContext(env.browser, { locale, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(async () => {
      // The page's policy refuses inline styles: set the size on the element instead.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.locator('button.primary').waitFor();
    assert.ok(await overflow() <= 0, 'the welcome fits');
    await page.locator('button.primary').click();
    await interview(page, { ...refugee, has_children: ['yes'], children_ages: ['age_1_to_3', 'continue'] }, async () => {
      assert.ok(await overflow() <= 0, 'each question fits');
    });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    assert.ok(await overflow() <= 0, 'the results fit');
    await context.close();
  });
}

test('the whole interview works with the keyboard alone', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('button.primary').waitFor();
  // From the top of the page, Tab until the start button has the focus, then Enter.
  async function tabTo(selector) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`Tab never reaches ${selector}`);
  }
  await tabTo('button.primary');
  await page.keyboard.press('Enter');
  for (;;) {
    await page.waitForSelector('#results-title, section.question[data-question]');
    if (await page.locator('#results-title').count()) break;
    const question = await page.locator('section.question').getAttribute('data-question');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'question-title', 'the question has the focus');
    const wanted = { papers: 'refugee_card', has_children: 'no', sex: 'not_said' }[question];
    if (question === 'age') {
      await tabTo('section.question input');
      await page.keyboard.type('30');
      await page.keyboard.press('Enter');
    } else {
      await tabTo(`section.question [data-answer="${wanted ?? 'dont_know'}"]`);
      await page.keyboard.press(wanted ? 'Enter' : 'Space');
    }
    await page.waitForFunction((q) => document.querySelector('section.question')?.dataset.question !== q, question);
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-title');
  await page.locator('[data-right="work.anapec"][data-status="eligible"]').waitFor({ state: 'attached' });
  await context.close();
});

test('a new version replaces the old one cleanly, even for a guide opened offline before', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  cpSync(dist, copy, { recursive: true });
  const local = await serveSite(copy);
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(local.origin + '/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const first = await page.evaluate(() => caches.keys());
  assert.equal(first.length, 1);

  // A new release: a new worker version, with a marker in the page.
  const worker = readFileSync(join(copy, 'sw.js'), 'utf8').replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0123456789abcdef"');
  writeFileSync(join(copy, 'sw.js'), worker);
  writeFileSync(join(copy, 'index.html'), readFileSync(join(copy, 'index.html'), 'utf8').replace('<title>', '<meta name="release" content="2">\n  <title>'));
  const changed = page.evaluate(() => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true))));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  assert.ok(await changed, 'the new worker takes over the open page');
  // The open page says so, in its language, with one tap to show the new version.
  const reload = page.locator('[data-action="reload"]');
  await reload.waitFor();
  assert.match(await page.locator('.notice.update').textContent(), new RegExp(localeText('fr', 'update-ready')));
  // Installed and active: its cache holds the new page, and the old cache is gone.
  await until(page, async () => {
    const keys = await caches.keys();
    const page = keys.length === 1 && (await (await caches.open(keys[0])).match('./'));
    return keys[0] === 'huquq-0123456789abcdef' && page && (await page.text()).includes('name="release"');
  });
  await context.setOffline(true);
  await reload.click();
  await page.locator('meta[name="release"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('meta[name="release"]').getAttribute('content'), '2');
  assert.equal(await page.locator('[data-action="reload"]').count(), 0, 'the new version says nothing of an update');
  await page.locator('button.primary').click();
  await interview(page, refugee);
  await context.close();
  await local.close();
  rmSync(copy, { recursive: true, force: true });
});
