// What leaves the page, for the people of personas.mjs: the short print (two A4 pages at most,
// with a number to call), the whole print (twelve at most: the rights that apply with where to
// go, what to bring, the steps and the sources by title and date; those to check in a line
// each; none of the others), the counsellor's summary (two pages at most), and every text
// copied, shared, downloaded or put in a message, without an invisible direction mark; what the
// person came for (a sensitive answer) orders the print only when ticked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interview, axe, setUp, newContext, until } from './support.mjs';
import { personas } from './personas.mjs';

const env = setUp();

// Pages in a PDF: one `/Type /Page` object each.
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
const MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

async function results(locale, answers, site = null) {
  const context = await newContext(env.browser, { locale, viewport: { width: 360, height: 740 } });
  if (site) await context.route('**/huquq-site.toml', (route) => route.fulfill({ contentType: 'text/plain', body: site }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, answers);
  await page.locator('#results-title').waitFor();
  return { context, page, errors };
}

// Taps a print button (the browser's dialog replaced, as it never opens under a driver) and
// shows the page as printed; returns the printout.
async function printed(page, action, kind) {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => { window.print = () => {}; });
  await page.locator(`[data-action="${action}"]`).click();
  const printout = page.locator(`.printout[data-print="${kind}"]`);
  await printout.waitFor({ state: 'attached' });
  await until(page, (mark) => document.body.classList.contains(mark), kind === 'short' ? 'print-short' : 'print-all');
  await page.emulateMedia({ media: 'print' });
  return printout;
}

const rightsOf = (locator) => locator.evaluateAll((items) => items.map((i) => i.dataset.right));
const statusOnScreen = (page, status) => page.locator(`[data-right][data-status="${status}"]`)
  .evaluateAll((items) => [...new Set(items.map((i) => i.dataset.right))]);

// The answers as a saved link writes them (several choices joined by `.`).
const fragment = (answers) => Object.entries(answers)
  .map(([q, a]) => `${q}=${Array.isArray(a) ? a.filter((x) => x !== 'continue').join('.') : a}`).join('&');

for (const [name, persona] of Object.entries(personas)) {
  test(`${name}: the short print on at most 2 A4 pages with a number to call, the whole one on at most 12`, async () => {
    const { context, page, errors } = await results(persona.locale, persona.answers);
    const short = await printed(page, 'print-short', 'short');
    assert.ok(await short.isVisible(), 'the short printout prints');
    assert.ok(!(await page.locator('#results-title').isVisible()), 'alone, not the page on screen');
    assert.ok(await short.locator('.short-list').isVisible(), 'a line per other right');
    assert.ok(await short.locator('a[href^="tel:"]').count() > 0, 'a number to call');
    const shortPages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(shortPages >= 1 && shortPages <= 2, `short print: ${shortPages} pages`);

    const eligible = await statusOnScreen(page, 'eligible');
    const maybe = await statusOnScreen(page, 'undetermined');
    let whole = await printed(page, 'print-all', 'whole');
    const kept = await rightsOf(whole.locator('.print-right'));
    assert.ok(kept.length > 0 && kept.every((r) => eligible.includes(r)), `only rights that apply: ${kept}`);
    assert.ok(await whole.locator('.print-right a[href^="tel:"]').count() > 0, 'numbers to call');
    const sources = (await whole.locator('.sources li').allTextContents()).map((s) => s.replace(/[\u2066-\u2069]/gu, ''));
    assert.ok(sources.length >= kept.length, 'each right its sources');
    // By title and date (a web page may have none), with no research note.
    assert.ok(sources.filter((s) => /, ([\d/]+|\d+ \S+ )?(19|20)\d\d$/.test(s)).length > sources.length / 2, sources.join('\n'));
    for (const source of sources) assert.doesNotMatch(source, /seed|public-facts|§/, source);
    await axe(page, 'the whole printout');
    // Printing to PDF fires `afterprint`, which takes the printout's mark off the page.
    const wholePages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(wholePages >= 1 && wholePages <= 12, `whole print: ${wholePages} pages`);

    // With what follows from sensitive answers ticked: every right that applies, every
    // right to check in one line, none of the others.
    const tick = page.locator('[data-action="keep-sensitive"]');
    await page.emulateMedia({ media: 'screen' });
    if (await tick.count()) await tick.check();
    whole = await printed(page, 'print-all', 'whole');
    assert.deepEqual((await rightsOf(whole.locator('.print-right'))).sort(), [...eligible].sort());
    assert.equal(await whole.locator('.short-list > li').count(), maybe.length, 'the rights to check, a line each');
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(pages <= 12, `whole print, sensitive ticked: ${pages} pages`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${name}: the counsellor's summary prints on at most 2 A4 pages`, async () => {
    const context = await newContext(env.browser, { locale: persona.locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/?mode=counsellor#${fragment(persona.answers)}`);
    await page.locator('.case-summary textarea').waitFor();
    await page.locator('.case-results li.office a[href^="tel:"]').first().waitFor({ state: 'attached' });
    const text = await page.locator('.case-summary textarea').inputValue();
    assert.doesNotMatch(text, MARKS);
    await page.emulateMedia({ media: 'print' });
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(pages >= 1 && pages <= 2, `counsellor's summary: ${pages} pages, ${text.length} characters`);
    await context.close();
  });
}

test('what the person came for puts its rights first in the short print only when they tick for it', async () => {
  const man = personas['man without papers in Tangier (fr)'];
  const startHere = async (answers, tick) => {
    const { context, page, errors } = await results(man.locale, answers);
    if (tick) await page.locator('[data-action="keep-sensitive"]').check();
    const short = await printed(page, 'print-short', 'short');
    const titles = await short.locator('.print-start > ol > li > strong').allTextContents();
    assert.deepEqual(errors, []);
    await context.close();
    return titles;
  };
  const passed = await startHere(man.answers, false);
  const work = { ...man.answers, need: ['work', 'continue'] };
  assert.deepEqual(await startHere(work, false), passed, 'unticked, the order says nothing of the need');
  const ticked = await startHere(work, true);
  assert.notDeepEqual(ticked, passed, `ticked, the work rights come first: ${ticked.join(' | ')}`);
});

test('every text that leaves the page is free of direction marks, its lists in Arabic punctuation: shared text, calendar, "this looks wrong", the counsellor\'s copied summary', async () => {
  const answers = { papers: ['refugee_card'], has_children: ['yes'], children_ages: ['under_1', 'continue'], age: '30', sex: ['woman'], pregnant: ['no'], region: ['oriental'] };
  const { context, page } = await results('ar-MA', answers, 'report_to = "mailto:fix@example.org"\n');
  await page.locator('.results[data-details="loaded"]').waitFor({ state: 'attached' });
  const left = [];
  await page.locator('[data-action="share-text"]').click();
  const shared = await page.locator('#share-text').inputValue();
  left.push(['shared text', shared]);
  assert.ok(shared.includes('؛ ') || shared.includes('، '), `Arabic punctuation: ${shared}`);
  assert.ok(!shared.includes(' ; '), shared);
  for (const link of await page.locator('.share a.button').evaluateAll((as) => as.map((a) => a.href))) {
    left.push([link.slice(0, 12), decodeURIComponent(link.slice(link.indexOf('=') + 1))]);
  }
  const calendar = await page.locator('[data-action="calendar"]').getAttribute('href');
  left.push(['calendar', decodeURIComponent(calendar.slice(calendar.indexOf(',') + 1))]);
  // "This looks wrong" is on a right's own screen.
  await page.locator('.line[data-right] button').first().click();
  const report = page.locator('a.looks-wrong').first();
  await report.waitFor({ state: 'attached' });
  const href = await report.getAttribute('href');
  left.push(['report', decodeURIComponent(href.slice(href.indexOf('body=') + 5))]);
  await context.close();

  const counsellor = await newContext(env.browser, { locale: 'ar-MA', viewport: { width: 1280, height: 900 } });
  await counsellor.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const form = await counsellor.newPage();
  await form.goto(`${env.site.origin}/?mode=counsellor#${fragment(answers)}`);
  await form.locator('.case-results li.office a[href^="tel:"]').first().waitFor({ state: 'attached' });
  await form.locator('.case-summary button.copy').click();
  await form.locator('.case-summary .copy-status:not(:empty)').waitFor();
  const copied = await form.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('؛ '), `Arabic punctuation in the summary: ${copied}`);
  left.push(['summary', copied]);
  await counsellor.close();

  for (const [what, text] of left) {
    assert.ok(text.length > 20, `${what}: ${text}`);
    const found = [...text].filter((c) => MARKS.test(c)).map((c) => c.codePointAt(0).toString(16));
    assert.deepEqual(found, [], `${what} holds direction marks:\n${text}`);
  }
});
