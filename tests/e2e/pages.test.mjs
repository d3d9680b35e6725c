// Every right's own page (dist/rights/<lang>/<id>.html, written by `huquq-rules pages`): one
// per right in French, Arabic and English, with an index and the questions page; readable
// with JavaScript off; no axe finding; still a page, not the guide, once the service worker
// holds the site; and never in disagreement with the guide's card on offices or papers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { interview, localeText, newContext, root, setUp, dist, until } from './support.mjs';
import { personas } from './personas.mjs';

const env = setUp();
const languages = ['fr', 'ar', 'en'];

// The rights of the rules, by id, read from rules/*.toml as their authors write them.
const rights = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.toml')).flatMap((file) => {
  const text = readFileSync(join(root, 'rules', file), 'utf8');
  return [...text.matchAll(/^\[\[right\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
});

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe-core with the tags of issue 21 (best practice and WCAG 2.2 included): nothing found.
async function axeAll(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values } }), axeTags);
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe-core on ${what}`);
}

// Text without Fluent's isolation marks, as a page's `textContent` compares.
const bare = (text) => text.replace(/[\u2068\u2069]/g, '');

test('every right has its page in French, Arabic and English, each index links to all of them', () => {
  assert.ok(rights.length > 50, `the rules' rights: ${rights.length}`);
  let pages = 0;
  for (const language of languages) {
    const files = readdirSync(join(dist, 'rights', language));
    const own = files.filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== 'questions.html');
    assert.deepEqual(own.sort(), rights.map((id) => `${id}.html`).sort(), `rights/${language}/`);
    pages += own.length;
    const index = readFileSync(join(dist, 'rights', language, 'index.html'), 'utf8');
    for (const id of rights) assert.ok(index.includes(`href="${id}.html"`), `${language} index links to ${id}`);
  }
  assert.equal(pages, rights.length * 3);
});

test('a page works with JavaScript off: its title, where to go with numbers to tap, what to bring, quick exit first', async () => {
  const context = await newContext(env.browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/rights/fr/protection.unaccompanied-child.html`);
  const title = bare(localeText('fr', 'right-protection-unaccompanied-child'));
  assert.equal(await page.title(), `${title} — Huquq`);
  assert.equal(await page.locator('h1').textContent(), title);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  const tel = page.locator('[data-office="helpline-child"] a[href="tel:2511"]');
  assert.ok(await tel.isVisible(), 'the 2511 line dials');
  assert.equal(await tel.getAttribute('dir'), 'ltr');
  assert.match(await page.locator('main').textContent(), new RegExp(bare(localeText('fr', 'card-page-less-than', null, { n: 18 }))));
  // The quick exit is the first thing a keyboard reaches, and leads to the guide's neutral site.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'quick-exit');
  assert.match(await page.locator('[data-action="quick-exit"]').getAttribute('href'), /^https:\/\/www\.google\.com\//);

  await page.goto(`${env.site.origin}/rights/ar/education.school-enrolment.html`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const documents = page.locator('[data-document]');
  assert.equal(await documents.count(), 4);
  for (const document of await documents.all()) assert.ok(await document.isVisible());
  assert.match(await page.locator('[data-document="residence-card-copy-if-any"]').textContent(), new RegExp(bare(localeText('ar', 'card-page-only-if'))));
  // A right that follows from a sensitive answer says nothing in the tab's title.
  await page.goto(`${env.site.origin}/rights/en/protection.violence-victim.html`);
  assert.equal(await page.title(), 'Huquq');
  await context.close();
});

test('the pages pass axe with best practice and WCAG 2.2, in French, Arabic and English', async () => {
  const context = await newContext(env.browser, { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const sample = ['index', 'questions', 'protection.unaccompanied-child', 'education.school-enrolment', 'health.primary-care', 'asylum.unhcr-registration'];
  for (const language of languages) {
    for (const name of sample.filter((n) => n.includes('.') ? rights.includes(n) : true)) {
      await page.goto(`${env.site.origin}/rights/${language}/${name}.html`);
      await axeAll(page, `rights/${language}/${name}.html`);
    }
  }
  await context.close();
});

test('once the service worker holds the guide, a right\'s page opens as itself, online and offline', async () => {
  const context = await newContext(env.browser, { viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/`);
  await page.locator('[data-action="start"]').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await until(page, () => navigator.serviceWorker.controller !== null, undefined, 30000);
  await page.goto(`${env.site.origin}/rights/en/index.html`);
  assert.equal(await page.locator('h1').textContent(), bare(localeText('en', 'card-page-index')));
  assert.equal(await page.locator('[data-action="start"]').count(), 0, 'not the guide');
  await page.goto(`${env.site.origin}/rights/en/health.primary-care.html`);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.locator('h1').textContent(), bare(localeText('en', 'right-health-primary-care')));
  await context.close();
});

// A right's card in the guide: the article itself, or the screen its line opens.
async function card(page, id) {
  const right = page.locator(`[data-right="${id}"]`).first();
  if (await right.evaluate((e) => e.tagName) !== 'ARTICLE') {
    await right.locator('button, a').first().click();
  }
  const article = page.locator(`article[data-right="${id}"]`);
  await article.waitFor({ state: 'attached' });
  return article;
}

const ids = async (locator, attribute) => locator.evaluateAll((all, a) => all.map((e) => e.getAttribute(a)), attribute);

test('the guide\'s card and the right\'s page agree: every office and paper of the card is on the page', async () => {
  const persona = personas['16-year-old alone in Oujda (fr)'];
  const context = await newContext(env.browser, { locale: persona.locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/`);
  await page.locator('[data-action="start"]').click();
  await interview(page, persona.answers);
  const applying = await ids(page.locator('[data-right][data-status="eligible"]'), 'data-right');
  assert.ok(applying.includes('protection.unaccompanied-child'), applying.join(', '));
  assert.equal(await page.locator('a[href*="rights/"]').count(), 0, 'the guide never leads to the pages');
  let compared = 0;
  for (const id of applying) {
    const article = await card(page, id);
    const offices = await ids(article.locator('[data-office]'), 'data-office');
    const documents = await ids(article.locator('[data-document]'), 'data-document');
    const html = await (await fetch(`${env.site.origin}/rights/fr/${id}.html`)).text();
    const on = (attribute) => new Set([...html.matchAll(new RegExp(`${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]));
    const [pageOffices, pageDocuments] = [on('data-office'), on('data-document')];
    for (const office of offices) assert.ok(pageOffices.has(office), `${id}: ${office} is on its page`);
    for (const document of documents) assert.ok(pageDocuments.has(document), `${id}: ${document} is on its page`);
    assert.ok(offices.length > 0, `${id}: the card shows where to go`);
    compared += offices.length + documents.length;
    // Back to the results from the right's own screen (it makes no history entry).
    if (await page.locator('[data-action="results-back"]').count()) await page.locator('[data-action="results-back"]').first().click();
    await page.locator('#results-title').waitFor();
  }
  assert.ok(compared > applying.length, `offices and papers compared: ${compared}`);
  await context.close();
});

test('the counsellor\'s page copies a right\'s page address, with no answer in it, and the address opens that page', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/?mode=counsellor`);
  await page.locator('#counsellor-title').waitFor();
  await page.locator('[data-question="papers"]').first().waitFor();
  await page.locator('.right-pages summary').click();
  const copy = page.locator('[data-action="copy-page"][data-page="education.school-enrolment"]');
  await copy.click();
  await until(page, () => navigator.clipboard.readText().then((t) => t.length > 0));
  const address = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(address, `${env.site.origin}/rights/fr/education.school-enrolment.html`);
  const opened = await context.newPage();
  await opened.goto(address);
  assert.equal(await opened.locator('h1').textContent(), bare(localeText('fr', 'right-education-school-enrolment')));
  await context.close();
});
