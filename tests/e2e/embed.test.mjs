// An NGO's page with the guide in a frame, settings in the address (hostile ones included),
// and the single-file build opened from the phone's files with no network at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interview, dist, root, serveSite, setUp, localeText, newContext } from './support.mjs';

const env = setUp(root); // the repository: dist/ holds the demo, dist/demo/embed.html

test("the embed demo: the frame is as tall as the window, with the NGO's settings", async () => {
  const context = await newContext(env.browser, { locale: 'en-GB', viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/dist/demo/embed.html`);
  const frame = page.frameLocator('iframe[data-huquq]');
  await frame.locator('[data-action="start"]').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'fr', 'lang=fr wins over the browser');
  assert.equal((await frame.locator('.ngo-name').textContent()).trim(), 'Association exemple');
  assert.equal((await frame.locator('[data-given-by="frame"]').textContent()).trim(), localeText('fr', 'ngo-framed'));
  await frame.locator('html[style*="--accent"]').waitFor({ state: 'attached' });
  const accent = await frame.locator('html').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim());
  assert.equal(accent, '#004488', 'the page around the frame may choose its colour');
  assert.equal(await page.locator('iframe[data-huquq]').evaluate((f) => f.style.height), '600px', 'as tall as the window');
  await page.setViewportSize({ width: 800, height: 500 });
  await page.waitForFunction(() => document.querySelector('iframe[data-huquq]').style.height === '500px');

  // "Quick exit" from anything but the frame changes nothing.
  await page.evaluate(() => window.postMessage({ huquq: 'exit' }, '*'));
  await page.waitForTimeout(200);
  assert.match(page.url(), /dist\/demo\/embed\.html$/);

  // Only health and education are evaluated, so only their questions are asked.
  await frame.locator('[data-action="start"]').click();
  const rights = await (async () => {
    const inFrame = page.frames().find((f) => f.url().includes('/dist/index.html'));
    await interview(inFrame, { papers: ['no_papers'], sex: ['not_said'], has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'], age: '30' });
    return inFrame.locator('[data-right]').evaluateAll((cards) => cards.map((c) => c.dataset.right));
  })();
  assert.ok(rights.length > 0);
  assert.deepEqual(rights.filter((r) => !/^(health|education)\./.test(r)), []);
  await context.close();
});

test('hostile settings are refused or shown as text, and named only in the admin view', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  const name = '<img src=x onerror=alert(1)>';
  const query = new URLSearchParams({ ngo: name, accent: 'red;background:url(https://203.0.113.1/x)', domains: 'health,spaceships', admin: '1' });
  await page.goto(`${env.site.origin}/dist/index.html?${query}`);
  await page.locator('[data-admin] [data-refused]').waitFor();
  assert.equal(await page.locator('[data-refused]').getAttribute('data-refused'), 'accent,domains');
  assert.equal(await page.locator('.ngo').count(), 0, 'outside a frame, the address gives no contact');
  assert.equal(await page.locator('img').count(), 0);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#00594f', 'the default colour stays');

  // Inside a frame the name is shown, as text.
  await page.setContent(`<iframe data-huquq title="Huquq" src="${env.site.origin}/dist/index.html?${new URLSearchParams({ ngo: name })}"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.ngo-name').waitFor();
  assert.equal(await frame.locator('.ngo-name').textContent(), name);
  assert.equal(await frame.locator('.ngo img').count(), 0);
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('the single-file build opens from file:// and completes an interview with no network', async () => {
  const context = await newContext(env.browser, { locale: 'ar-MA' });
  await context.setOffline(true);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(join(root, 'dist-single', 'huquq.html')).href);
  await page.locator('button.primary').click();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('[data-right="work.anapec"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the site owner's notes: in a language the guide has loaded, at most 20 mistakes then how many more, the limits named, a stray # explained", async (t) => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  cpSync(dist, copy, { recursive: true });
  const unknown = Array.from({ length: 25 }, (_, i) => `colour${i} = "red"`).join('\n');
  writeFileSync(join(copy, 'huquq-site.toml'), `ngo = "${'A'.repeat(81)}"\n${unknown}\n`);
  const local = await serveSite(copy);
  const context = await newContext(env.browser, { locale: 'ar-MA' });
  t.after(async () => {
    await context.close();
    await local.close();
    rmSync(copy, { recursive: true, force: true });
  });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.text().startsWith('huquq:')) warnings.push(message.text()); });
  // `accent=#004488` written unencoded: what follows # is not saved answers.
  await page.goto(`${local.origin}/?accent=#004488`);
  await page.locator('#welcome-title').waitFor(); // the app's welcome, not the page's own
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.notice[role="status"]').count(), 0, 'the person is told nothing');
  assert.equal(await page.locator('[data-admin]').count(), 0);

  await page.goto(`${local.origin}/?admin=1#004488`);
  const notes = page.locator('[data-admin] li.error');
  await page.locator('[data-admin] [data-ignored="hash"]').filter({ hasText: '%23' }).waitFor();
  const all = await notes.allTextContents();
  const site = all.filter((note) => note.startsWith('huquq-site.toml'));
  assert.equal(site.length, 20, 'at most 20 mistakes');
  assert.match(site[0], /80/, 'the limit of the name is named');
  assert.match(site[1], /report_to/, 'the list of keys is the one the file reader knows');
  assert.match(all[all.indexOf(site[19]) + 1], /6|٦/, 'then how many more: 26 - 20');
  await page.waitForTimeout(500); // the console notes wait for the texts of this view
  assert.ok(warnings.length >= 21, `the console has the notes too: ${warnings.length}`);
  assert.ok(warnings.every((w) => /[\u0600-\u06FF]/.test(w)), `in Arabic, the page's language: ${warnings[0]}`);
});

test('counsellor mode is offered inside a frame only when the framing page asks for it', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  for (const [query, offered] of [['', 0], ['?counsellor_link=1', 1]]) {
    await page.setContent(`<iframe data-huquq title="Huquq" src="${env.site.origin}/dist/index.html${query}"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#welcome-title').waitFor(); // the app's welcome, not the page's own
    assert.equal(await frame.locator('[data-action="counsellor"]').count(), offered, query || 'no setting');
  }
  await page.goto(`${env.site.origin}/dist/index.html`);
  await page.locator('[data-action="counsellor"]').waitFor();
  await context.close();
});
