// The hand-over to the person's phone: the counsellor's QR code, read from a screenshot as a
// phone's camera would, opens the guide in the person's language with the same results in
// another browser profile, and the address there is cleaned of the answers; sensitive answers
// travel only when ticked. Before the code, the warning in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import pngjs from 'pngjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localeText, axe, setUp, newContext, interview, root, RULES_VERSION, openCounsellor } from './support.mjs';

const env = setUp();

const counsellor = (locale, path) => openCounsellor(env, locale, path);

/// The address in the QR code on the screen, read from a screenshot of it.
async function scan(page) {
  const png = pngjs.PNG.sync.read(await page.locator('.to-phone svg[data-qr]').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code reads');
  return code.data;
}

const statuses = (page, within) => page.locator(`${within} [data-right][data-status]`).evaluateAll(
  (all) => [...new Set(all.map((e) => `${e.dataset.right}=${e.dataset.status}`))].sort());

test('the QR code of the hand-over opens the same results on another phone, in the person\'s language, and leaves no answer in its address', async () => {
  const { context, page, errors } = await counsellor('en-GB', '/?mode=counsellor');
  await page.locator('#person-language').selectOption('ar');
  await page.locator('.case-form [data-question="papers"] .person-language').first().waitFor();
  const form = (id) => page.locator(`.case-form [data-question="${id}"]`);
  await form('need').locator('[data-answer="work"]').check();
  await form('need').locator('[data-answer="continue"]').click();
  await form('papers').locator('[data-answer="no_papers"]').click();
  await form('has_children').locator('[data-answer="no"]').click();
  await form('age').locator('input').fill('28');
  await form('age').locator('button[type="submit"]').click();
  await form('sex').locator('[data-answer="man"]').click();
  await form('region').locator('[data-answer="tanger_tetouan_al_hoceima"]').click();
  // Every question the guide would still ask him, sensitive ones too, and those ticked to travel.
  for (const id of ['violence', 'trafficking', 'wants_return', 'homeless', 'low_income', 'fears_return', 'removal_order']) {
    if (await form(id).getAttribute('data-can-change') === 'true') {
      await form(id).locator('[data-answer="no"]').click();
      await form(id).locator('[data-answer="no"][aria-pressed="true"]').waitFor();
    }
  }
  await page.locator('.summary-sensitive input').check();
  await page.locator('[data-right="work.anapec"][data-status="not_eligible"]').waitFor({ state: 'attached' });

  await page.locator('[data-action="hand-over"]').click();
  // The warning first, in the counsellor's language and the person's; no code yet.
  const notes = page.locator('.to-phone [role="note"]');
  assert.equal(await notes.count(), 2);
  assert.equal((await notes.nth(0).textContent()).trim(), localeText('en', 'counsellor-handover-history'));
  assert.equal(await notes.nth(1).getAttribute('lang'), 'ar');
  assert.equal(await notes.nth(1).getAttribute('dir'), 'rtl');
  assert.equal((await notes.nth(1).textContent()).trim(), localeText('ar', 'counsellor-handover-history'));
  assert.equal(await page.locator('.to-phone svg').count(), 0, 'the code comes after the warning');
  await page.locator('[data-action="show-qr"]').click();
  const svg = page.locator('.to-phone svg[data-qr]');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.equal((await page.locator('#' + await svg.getAttribute('aria-labelledby')).textContent()).trim(),
    localeText('en', 'counsellor-handover-code'));
  assert.ok((await svg.boundingBox()).width >= 300, 'large enough to scan from the screen');
  await axe(page, 'the hand-over');

  const address = await scan(page);
  const url = new URL(address);
  assert.equal(url.origin, env.site.origin);
  assert.equal(url.searchParams.get('mode'), null, 'the guide, not the counsellor\'s page');
  assert.equal(url.searchParams.get('lang'), 'ar', 'in the person\'s language');
  assert.ok(url.hash.startsWith(`#v=${RULES_VERSION}&`), url.hash);
  assert.match(url.hash, /papers=no_papers/);
  assert.match(url.hash, /age=28/);
  assert.match(url.hash, /violence=no/, 'ticked: the sensitive answers travel too');
  assert.equal((await page.locator('.to-phone .address').textContent()).trim(), address, 'the text alternative is the same address');
  const expected = await statuses(page, '.case-results');
  assert.ok(expected.length > 20, expected.join(' '));

  // The person's phone: another profile, a French browser.
  const phone = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  const guide = await phone.newPage();
  const guideErrors = [];
  guide.on('pageerror', (error) => guideErrors.push(error.message));
  await guide.goto(address);
  // The app's welcome (the page's own shows before the app has read and cleaned the address).
  await guide.locator('#welcome-title').waitFor();
  assert.equal(await guide.locator('html').getAttribute('lang'), 'ar');
  assert.ok(!guide.url().includes('#'), `the address is cleaned once read: ${guide.url()}`);
  assert.ok(!guide.url().includes('papers'), guide.url());
  assert.equal(await guide.locator('#counsellor-title').count(), 0);
  await guide.locator('[data-action="start"]').click();
  assert.deepEqual(await interview(guide, {}), [], 'no question asked again');
  assert.deepEqual(await statuses(guide, 'body'), expected);
  assert.ok(!guide.url().includes('#'), guide.url());
  assert.deepEqual(guideErrors, []);
  await phone.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('sensitive answers are in the QR code only when ticked', async () => {
  const { context, page, errors } = await counsellor('fr-FR', '/?mode=counsellor#papers=no_papers&violence=yes');
  await page.locator('[data-right="work.anapec"][data-status="not_eligible"]').waitFor({ state: 'attached' });
  const focused = () => page.evaluate(() => document.activeElement?.id);
  await page.locator('[data-action="hand-over"]').press('Enter');
  assert.equal(await page.locator('.to-phone [role="note"]').count(), 1, 'one language, said once');
  assert.equal(await focused(), 'to-phone-title');
  await page.locator('[data-action="show-qr"]').press('Enter');
  await page.locator('.to-phone svg[data-qr]').waitFor();
  assert.equal(await focused(), 'qr', 'the keyboard\'s focus goes to the code');
  const left = new URL(await scan(page));
  assert.equal(left.hash, `#v=${RULES_VERSION}&papers=no_papers`, 'the rules\' version first, as a saved link\'s');
  assert.equal(left.searchParams.get('lang'), 'fr');
  assert.equal((await page.locator('.to-phone .sensitive-out').textContent()).trim(), localeText('fr', 'counsellor-handover-sensitive-out'));

  await page.locator('.summary-sensitive input').check();
  await page.locator('.to-phone .sensitive-out').waitFor({ state: 'detached' });
  const ticked = new URL(await scan(page));
  assert.match(ticked.hash, /violence=yes/);
  assert.match(ticked.hash, /papers=no_papers/);

  // Closed and opened again: the warning comes first again.
  await page.locator('.to-phone button:not([data-action])').press('Enter');
  assert.equal(await focused(), 'to-phone-open', 'and back to the button once closed');
  await page.locator('[data-action="hand-over"]').click();
  assert.equal(await page.locator('.to-phone svg').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single file, opened from the disk, offers no hand-over: a phone could not open its address', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(root, 'dist-single', 'huquq.html')).href + '?mode=counsellor#papers=no_papers');
  await page.locator('.summary-sensitive input').waitFor();
  assert.equal(await page.locator('[data-action="hand-over"]').count(), 0);
  await context.close();
});
