// The guide as a person uses it on a phone: a link to continue later, review and change,
// quick exit, offline after the first visit, a policy that forbids other sites, and no
// accessibility violation found by axe-core, in French and in Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interview, axe, setUp, localeText, until, newContext, passNeed } from './support.mjs';

const env = setUp();

async function open(locale, path = '/', viewport = { width: 360, height: 740 }) {
  const context = await newContext(env.browser, { locale, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + path);
  return { context, page, errors };
}

test('continue later: a code typed on the welcome, or a link that opens on the welcome; a damaged one is ignored with a message', async () => {
  const { context, page, errors } = await open('en-GB');
  await page.locator('[data-action="start"]').click();
  await passNeed(page);
  await page.locator('[data-question="papers"] [data-answer="refugee_card"]').click();
  await page.locator('section.question:not([data-question="papers"])').waitFor();
  assert.equal(new URL(page.url()).hash, '', 'answers live in memory, not in the address');
  await page.locator('section.question button.review').click();
  await page.locator('[data-action="save-link"]').click();
  assert.equal(await page.locator('.saved-link .sensitive').count(), 1, 'what the person came for, passed, is sensitive: left out unless ticked');
  assert.match(await page.locator('.saved-link [role="note"]').first().textContent(), new RegExp(localeText('en', 'save-link-warning').slice(0, 20)));
  const code = await page.locator('#saved-code').inputValue();
  assert.match(code, /^[0-9A-Z-]+$/, 'a short code, nothing readable');
  assert.equal(await page.locator('#saved-link').count(), 0, 'the link is made only when asked for');
  await page.locator('.as-link summary').click();
  assert.match(await page.locator('.as-link [role="note"]').textContent(), new RegExp(localeText('en', 'save-link-history').slice(0, 20)));
  await page.locator('[data-action="show-link"]').click();
  const link = await page.locator('#saved-link').inputValue();
  assert.match(link, /#v=\d+&papers=refugee_card$/, 'the rules\' version, then the answers');

  // The code, typed on the welcome of another page: the interview goes on.
  const typed = await context.newPage();
  await typed.goto(env.site.origin + '/');
  await typed.locator('[data-action="resume"]').click();
  await typed.locator('#resume-code').fill('not a code');
  await typed.locator('[data-action="resume-go"]').click();
  await typed.locator('#resume-error').waitFor();
  await typed.locator('#resume-code').fill(code.toLowerCase());
  await typed.locator('[data-action="resume-go"]').click();
  await typed.locator('section.question:not([data-question="papers"])').waitFor();
  assert.equal(new URL(typed.url()).hash, '');

  // The link opens on the welcome and its privacy text; Start goes on from the answers.
  const restored = await context.newPage();
  await restored.goto(link);
  await restored.locator('[data-action="start"]').waitFor();
  assert.equal(new URL(restored.url()).hash, '', 'read once, then the address is clean');
  await restored.locator('[data-action="start"]').click();
  await passNeed(restored);
  await restored.locator('section.question:not([data-question="papers"])').waitFor();
  await interview(restored, { sex: ['not_said'], age: '30', has_children: ['no'] });
  await restored.locator('[data-right="work.anapec"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.equal(await restored.locator('.changes-since').count(), 0, 'a link of these rules\' version: nothing changed since');

  const damaged = await context.newPage();
  await damaged.goto(`${env.site.origin}/#papers=spaceship&has_children=no&unknown=1`);
  await damaged.locator('.notice[role="status"]').waitFor();
  await damaged.locator('[data-action="start"]').click();
  await passNeed(damaged);
  await damaged.locator('[data-question="papers"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('review: an answer changed from the summary changes the results at once', async () => {
  const { context, page } = await open('fr-FR');
  await page.locator('button.primary').click();
  await interview(page, { papers: ['no_papers'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('[data-right="work.anapec"][data-status="not_eligible"]').waitFor({ state: 'attached' });
  await page.locator('.results button.review').click();
  await page.locator('.review [data-question="papers"] button.change').click();
  await interview(page, { papers: ['residence_card'] });
  await page.locator('[data-right="work.anapec"][data-status="eligible"]').waitFor({ state: 'attached' });
  await context.close();
});

test('the results print whole: folded parts open, no buttons or navigation', async () => {
  const { context, page } = await open('ar-MA');
  await page.locator('button.primary').click();
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['no'] });
  // A right's screen: its card, details folded on screen.
  await page.locator('.line[data-right="work.anapec"] button').click();
  assert.ok(await page.locator('details.more:not([open])').count() > 0, 'details are folded on screen');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('details:not([open])').count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.bar').evaluate((e) => getComputedStyle(e).display), 'none');
  assert.equal(await page.locator('[data-action="results-back"]').first().evaluate((e) => getComputedStyle(e).display), 'none');
  assert.ok(await page.locator('[data-right="work.anapec"] .more h2').first().isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'an A4 PDF of the results');
  await context.close();
});

test('once the region is known, no office is hidden: those elsewhere come last, with their city', async () => {
  const { context, page } = await open('fr-FR');
  // The offices on the right's screen, and back to the results.
  const where = async () => {
    await page.locator('.line[data-right="asylum.unhcr-registration"] button').click();
    const offices = await page.locator('[data-right="asylum.unhcr-registration"] li.office').allTextContents();
    await page.locator('[data-action="results-back"]').first().click();
    return offices;
  };
  await page.locator('button.primary').click();
  const asked = await interview(page, { papers: ['asylum_seeker'], sex: ['not_said'], age: '30', has_children: ['no'], region: ['souss_massa'] });
  assert.equal(asked.at(-1), 'region', 'the region is asked last');
  const far = await where();
  assert.ok(far.at(-1).includes('Mehdi Ben Barka') && far.at(-1).includes('Rabat'), `the Rabat office last, with its city: ${far}`);
  await page.locator('.results button.review').click();
  await page.locator('.review [data-question="region"] button.change').click();
  await interview(page, { region: ['rabat_sale_kenitra'] });
  assert.ok((await where())[0].includes('Mehdi Ben Barka'), 'the Rabat office first');
  await context.close();
});

test('quick exit forgets everything and leaves the page', async () => {
  const { context, page } = await open('fr-FR');
  await context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }));
  await page.locator('[data-action="start"]').click();
  await passNeed(page);
  await page.locator('[data-question="papers"] [data-answer="asylum_seeker"]').click();
  await page.locator('section.question:not([data-question="papers"])').waitFor();
  await page.locator('[data-action="quick-exit"]').click();
  await page.waitForURL(/google\.com/);
  await page.goBack().catch(() => {});
  assert.ok(!page.url().includes('asylum_seeker'), `the answers must not come back: ${page.url()}`);
  assert.equal(await page.locator('[data-answer][aria-pressed="true"]').count(), 0);
  await context.close();
});

test('after the first visit the guide works with the network off', async () => {
  const { context, page } = await open('fr-FR');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // A first visit long enough for the results' texts to arrive (a few seconds on the welcome).
  await until(page, async () => {
    const names = [];
    for (const key of await caches.keys()) names.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
    return names.some((url) => /texts-fr-2-/.test(url));
  });
  await context.setOffline(true);
  await page.reload();
  await page.locator('button.primary').click();
  await interview(page, { papers: ['no_papers'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('[data-right="health.primary-care"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.equal((await page.locator('#results-title').textContent()).trim(), localeText('fr', 'results-title'));
  await context.close();
});

test('offline, results whose texts never arrived say so, and the answers stay', async () => {
  const { context, page } = await open('fr-FR');
  await context.route(/texts-fr-2-/, (route) => route.abort());
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.locator('button.primary').click();
  await interview(page, { papers: ['no_papers'], sex: ['not_said'], age: '30', has_children: ['no'] });
  await page.locator('#results-title', { hasText: localeText('fr', 'offline-results').slice(0, 30) }).waitFor();
  await page.locator('.results button.review').click();
  await page.locator('.review [data-question="papers"]').waitFor();
  await context.close();
});

test('the page may not reach any other site', async () => {
  const { context, page } = await open('fr-FR');
  await page.locator('button.primary').waitFor();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const outcome = await page.evaluate(() => fetch('http://203.0.113.1/collect').then(() => 'sent', () => 'blocked'));
  assert.equal(outcome, 'blocked');
  assert.deepEqual(requests.filter((url) => !url.startsWith(env.site.origin)), []);
  await context.close();
});

for (const locale of ['fr-FR', 'ar-MA']) {
  test(`no accessibility violation on the welcome, a question, the review and the results (${locale})`, async () => {
    const { context, page } = await open(locale);
    await page.locator('button.primary').waitFor();
    await axe(page, 'the welcome');
    await page.locator('button.primary').click();
    const kinds = new Set();
    const persona = { papers: ['no_papers'], sex: ['not_said'], age: '30', has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'] };
    await interview(page, persona, async (question) => {
      // One question of each kind: one choice, a number, several choices, yes/no.
      const kind = question in persona ? question : 'yes_no';
      if (!kinds.has(kind)) await axe(page, `the question ${question}`);
      kinds.add(kind);
    });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await axe(page, 'the results');
    await page.emulateMedia({ media: 'print' });
    await axe(page, 'the print view');
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.results button.review').click();
    await page.locator('#review-title').waitFor();
    await axe(page, 'the review');
    await context.close();
  });
}
