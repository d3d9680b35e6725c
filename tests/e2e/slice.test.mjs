// The built site in headless Chromium: a person answers by clicking and sees their rights,
// in French and in Arabic (right to left), and nothing leaves the page's own origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeText, interview, setUp, newContext, passNeed } from './support.mjs';

const env = setUp();

// A page in a browser whose preferred language is `locale`, recording every request made.
async function open(locale) {
  const context = await newContext(env.browser, { locale });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + '/');
  return { page, requests, errors, close: () => context.close() };
}

async function card(page, right) {
  const found = page.locator(`[data-right="${right}"]`);
  await found.waitFor({ state: 'attached' });
  return { status: await found.getAttribute('data-status'), title: (await found.locator('.line-title').first().textContent()).trim() };
}

test('French: someone without papers, with a child of school age, sees health care and school', async () => {
  const { page, requests, errors, close } = await open('fr-FR');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  await page.locator('button.primary').click();
  const asked = await interview(page, {
    papers: ['no_papers'], sex: ['not_said'], age: '34', has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'],
  });
  assert.deepEqual(asked.slice(0, 2), ['need', 'papers'], 'what the person came for first');

  const health = await card(page, 'health.primary-care');
  assert.equal(health.status, 'eligible');
  assert.equal(health.title, localeText('fr', 'right-health-primary-care'));
  const school = await card(page, 'education.school-enrolment');
  assert.equal(school.status, 'eligible');
  assert.equal(school.title, localeText('fr', 'right-education-school-enrolment'));
  assert.equal((await card(page, 'work.anapec')).status, 'not_eligible');
  assert.ok(await page.locator('[data-right="health.primary-care"]').isVisible());

  assert.deepEqual(errors, []);
  const elsewhere = requests.filter((url) => !url.startsWith(env.site.origin + '/'));
  assert.deepEqual(elsewhere, [], 'every request stays on the site itself');
  await close();
});

test('Arabic: the page is right to left, and a refugee with a card sees ANAPEC in Arabic', async () => {
  const { page, errors, close } = await open('ar-MA');
  await page.locator('button.primary').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal((await page.locator('h1').textContent()).trim(), localeText('ar', 'welcome-title'));
  await page.locator('button.primary').click();
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '29', has_children: ['no'] });

  const anapec = await card(page, 'work.anapec');
  assert.equal(anapec.status, 'eligible');
  assert.equal(anapec.title, localeText('ar', 'right-work-anapec'));
  assert.equal((await card(page, 'education.school-enrolment')).status, 'not_eligible');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.deepEqual(errors, []);
  await close();
});

test('switching language keeps the answers, and back shows the answer given', async () => {
  const { page, close } = await open('en-GB');
  await page.locator('button.primary').click();
  await passNeed(page);
  await page.locator('[data-question="papers"] [data-answer="asylum_seeker"]').click();
  await page.locator('section.question:not([data-question="papers"])').waitFor();
  // A language not shown yet is fetched first: the switch follows its texts' arrival.
  await page.locator('button.language[lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('button.language[lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.locator('section.question button.back').click();
  await page.locator('[data-question="papers"] [data-answer="asylum_seeker"][aria-pressed="true"]').waitFor();
  await interview(page, { papers: ['asylum_seeker'], sex: ['not_said'], age: '40', has_children: ['no'] });
  assert.equal((await card(page, 'work.anapec')).status, 'not_eligible');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await close();
});
