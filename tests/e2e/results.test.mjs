// The results as four people use them on a 360 px phone: what to do first on the first
// screen, one list of papers, sources a lawyer can
// find; and what the results make on the device (what if, text to share, calendar, the
// message of "this looks wrong", the card for the counter), read back and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interview, axe, setUp, localeText, newContext, root, TODAY } from './support.mjs';
import { personas } from './personas.mjs';

const env = setUp();


async function results(locale, answers, { site = null, viewport = { width: 360, height: 740 } } = {}) {
  const context = await newContext(env.browser, { locale, viewport });
  if (site) await context.route('**/huquq-site.toml', (route) => route.fulfill({ contentType: 'text/plain', body: site }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, answers);
  await page.locator('#results-title').waitFor();
  // The offices' contacts and the sources arrive after the first screen.
  await page.locator('.results[data-details="loaded"]').waitFor({ state: 'attached' });
  return { context, page, errors };
}

// Opens the screen of `right` from its line, and returns its card.
async function openRight(page, right) {
  await page.locator(`.line[data-right="${right}"] button`).click();
  const card = page.locator(`article[data-right="${right}"]`);
  await card.waitFor();
  return card;
}

// Pages in a PDF: one `/Type /Page` object each.
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// Whether an element is wholly inside the first screen, before any scrolling.
const onFirstScreen = (locator) => locator.evaluateAll((elements) => elements.some((e) => {
  const box = e.getBoundingClientRect();
  return box.height > 0 && box.bottom <= window.innerHeight;
}));

// The ids of every right of the rules (`id = "…"` right under each `[[right]]`).
const rightIds = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.toml'))
  .flatMap((f) => [...readFileSync(join(root, 'rules', f), 'utf8').matchAll(/^\[\[right\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]));

// The words a person reads above "keep", as the page shows them.
const wordsAboveKeep = (page) => page.evaluate(() => {
  const keep = document.querySelector('#keep');
  let words = 0;
  for (const part of document.querySelector('.results').children) {
    if (part === keep) break;
    words += part.innerText.split(/\s+/).filter(Boolean).length;
  }
  return words;
});

for (const [name, persona] of Object.entries(personas)) {
  test(`${name}: a summary of at most 6 screens, "keep" within 2, a line per right`, async () => {
    const { context, page, errors } = await results(persona.locale, persona.answers);
    const urgent = await page.locator('.today').count() > 0;
    // First screen: a place to go (or a number to call) and, unless urgent, what to bring.
    const first = urgent ? page.locator('.today li.office a[href^="tel:"]') : page.locator('.start-here li.office');
    assert.ok(await onFirstScreen(first), 'a contact or "the nearest …" on the first screen');
    const bring = page.locator('.start-here > ol > li').first().locator('.bring');
    if (!urgent && await bring.count()) assert.ok(await onFirstScreen(bring), 'what to bring for the first action, on the first screen');
    assert.equal(await page.locator('article[data-right]').count(), 0, 'no card is drawn before one is opened');

    // Two minutes to read: the page, "keep" and the words above it, measured at 360 x 740.
    const { screens, keepAt } = await page.evaluate(() => ({
      screens: document.documentElement.scrollHeight / innerHeight,
      keepAt: (document.querySelector('#keep').getBoundingClientRect().top + scrollY) / innerHeight,
    }));
    assert.ok(screens <= 6, `${screens.toFixed(1)} screens`);
    assert.ok(keepAt < 2, `"keep" starts ${keepAt.toFixed(1)} screens down`);
    const words = await wordsAboveKeep(page);
    assert.ok(words <= 200, `${words} words above "keep"`);

    // Every right of the rules once, as a line of at most two lines of text.
    const lines = await page.locator('[data-right]').evaluateAll((found) => found.map((l) => l.dataset.right));
    assert.deepEqual([...lines].sort(), [...rightIds].sort(), 'every right of the rules, each once');
    const tall = await page.locator('.lines .line-text').evaluateAll((texts) => texts.filter((t) => t.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(t).lineHeight)).length);
    assert.equal(tall, 0, 'each line at most two lines of text');
    // Papers are words to read, never boxes to tick.
    assert.equal(await page.locator('.results input[type="checkbox"]:not([data-action="keep-sensitive"])').count(), 0, 'no checkbox for papers');

    // The printouts are measured in prints.test.mjs.
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a line opens the right\'s own screen: its offices, papers and sources; the address stays; Back returns to the line', async () => {
  const { context, page, errors } = await results('fr-FR', personas['pregnant asylum seeker in Casablanca (fr)'].answers);
  const address = page.url();
  await page.evaluate(() => document.querySelector('.lines [data-right="health.primary-care"]').scrollIntoView({ block: 'center' }));
  const before = await page.evaluate(() => scrollY);
  await page.locator('[data-right="health.primary-care"] button').click();
  const card = page.locator('article[data-right="health.primary-care"][data-status="eligible"]');
  await card.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'title-health-primary-care', 'the focus on the right\'s title');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.ok(await card.locator('li.office').count() > 0, 'where to go');
  const text = await card.textContent();
  assert.ok(text.includes(localeText('fr', 'card-bring')) && text.includes(localeText('fr', 'document-no-papers-needed')), 'what to bring');
  await card.locator('details.more').evaluate((d) => { d.open = true; });
  assert.ok(await card.locator('li.source').count() > 0, 'its sources');
  assert.equal(await page.locator('.lines').count(), 0, 'the screen of one right');
  assert.equal(page.url(), address, 'the address never names a right');
  await axe(page, 'a right\'s screen');
  await page.locator('[data-action="results-back"]').first().click();
  const line = page.locator('.lines [data-right="health.primary-care"] button');
  await line.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-right]')?.dataset.right), 'health.primary-care', 'the focus back on its line');
  assert.ok(Math.abs(await page.evaluate(() => scrollY) - before) < 2, 'at the same place in the results');
  assert.equal(page.url(), address);
  // Start here opens the same screen, and comes back to its own item.
  await page.locator('[data-start] button[data-open]').first().click();
  await page.locator('article[data-right]').waitFor();
  await page.locator('[data-action="results-back"]').first().click();
  await page.locator('[data-start]').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.from), 'start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the phone\'s Back from a right\'s screen returns to the results at the same line; Back again to the last question', async () => {
  const answers = personas['pregnant asylum seeker in Casablanca (fr)'].answers;
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  const asked = await interview(page, answers);
  await page.locator('.results[data-details="loaded"]').waitFor({ state: 'attached' });
  const address = page.url();
  await page.evaluate(() => document.querySelector('.lines [data-right="health.primary-care"]').scrollIntoView({ block: 'center' }));
  const before = await page.evaluate(() => scrollY);
  assert.ok(before > 0, 'the line is below the first screen');
  await page.locator('[data-right="health.primary-care"] button').click();
  await page.locator('article[data-right="health.primary-care"]').waitFor();
  assert.equal(page.url(), address, 'the address never names a right');
  await page.goBack();
  await page.locator('.lines [data-right="health.primary-care"] button').waitFor();
  assert.equal(await page.locator('article[data-right]').count(), 0, 'the results, not the right');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-right]')?.dataset.right), 'health.primary-care', 'the focus back on its line');
  assert.ok(Math.abs(await page.evaluate(() => scrollY) - before) < 2, 'at the same place in the results');
  assert.equal(page.url(), address);
  // Forward opens the right again, and the screen's own Back goes the same way.
  await page.goForward();
  await page.locator('article[data-right="health.primary-care"]').waitFor();
  await page.locator('[data-action="results-back"]').first().click();
  await page.locator('.lines [data-right="health.primary-care"] button').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-right]')?.dataset.right), 'health.primary-care');
  // Back again: the last question, as before any right was opened.
  await page.goBack();
  await page.locator(`section.question[data-question="${asked.at(-1)}"]`).waitFor();
  assert.equal(page.url(), address);
  assert.deepEqual(errors, []);
  await context.close();
});

test('start here gives a number to tap whenever an office of the person\'s region, or a national line, has one', async () => {
  let called = 0;
  for (const persona of Object.values(personas)) {
    const { context, page } = await results(persona.locale, persona.answers);
    for (const right of await page.locator('[data-start]').evaluateAll((items) => items.map((i) => i.dataset.start))) {
      const calls = await page.locator(`.start-here li:has([data-start="${right}"]) li.office a[href^="tel:"]`).count();
      called += calls > 0;
      const card = await openRight(page, right);
      await card.locator('details.more').evaluate((d) => { d.open = true; });
      // An office in another region is named with its city (a `bdi` with no class).
      const near = await card.locator('li.office').evaluateAll((offices) => offices.filter((o) => !o.querySelector(':scope > bdi:not([class])') && o.querySelector('a[href^="tel:"]')).length);
      assert.ok(calls > 0 || near === 0, `${right}: ${near} offices near or national with a number, none in start here`);
      await page.locator('[data-action="results-back"]').first().click();
      await page.locator('[data-start]').first().waitFor();
    }
    await context.close();
  }
  assert.ok(called > 0, 'some start here items have a number to call');
});

test('Tangier: the man without papers sees IOM Rabat, with its city and number, after the offices of his region', async () => {
  const { context, page } = await results('fr-FR', personas['man without papers in Tangier (fr)'].answers);
  const card = await openRight(page, 'assistance.iom-humanitarian');
  const iom = card.locator('li.office[data-office="iom-rabat"]').first();
  await iom.waitFor({ state: 'attached' });
  assert.match(await iom.textContent(), /Rabat/);
  assert.equal(await iom.locator('a[href="tel:+212537652881"]').count(), 1);
  assert.equal(await iom.locator('a[href^="tel:"]').getAttribute('dir'), 'ltr', 'a number reads left to right');
  await context.close();
});

test('UNHCR in Rabat is written once: name, address, helpline and a WhatsApp link, each number left to right; its city and hours in Arabic', async () => {
  const answers = { papers: ['no_papers'], fears_return: ['yes'], has_children: ['no'], age: '30', sex: ['man'], region: ['casablanca_settat'] };
  const { context, page } = await results('ar-MA', answers);
  const card = await openRight(page, 'asylum.unhcr-registration');
  const unhcr = card.locator('li.office[data-office="unhcr-rabat"]').first();
  await unhcr.waitFor({ state: 'attached' });
  const line = await unhcr.textContent();
  for (const once of ['+212 5 37 54 54 00', '+212 6 66 04 56 06', 'Mehdi Ben Barka']) {
    assert.equal(line.split(once).length - 1, 1, `${once} once in: ${line}`);
  }
  const whatsapp = unhcr.locator('a[href="https://wa.me/212666045606"]');
  assert.equal(await whatsapp.getAttribute('dir'), 'ltr');
  assert.equal(await unhcr.locator('a[href="tel:+212537545400"]').getAttribute('dir'), 'ltr');
  // In another region, with its city named in Arabic; its hours in Arabic words, each time
  // one isolated piece so that 9:00 reads left to right; nothing left in English.
  assert.ok(line.includes(localeText('ar', 'city-rabat')), `the city in Arabic: ${line}`);
  const hours = await unhcr.locator('.hours').textContent();
  for (const day of ['hours-day-mon', 'hours-day-fri']) assert.ok(hours.includes(localeText('ar', day)), `${day} in: ${hours}`);
  assert.ok(hours.includes('\u20689:00\u2069') && hours.includes('\u206815:00\u2069'), `times as one piece each: ${hours}`);
  assert.doesNotMatch(line, /Monday|Friday/);
  await context.close();
});

test('the 16-year-old alone sees today what to do and the emergency numbers to call', async () => {
  const { context, page } = await results('fr-FR', personas['16-year-old alone in Oujda (fr)'].answers);
  const today = page.locator('.today');
  for (const number of ['tel:19', 'tel:15', 'tel:177', 'tel:2511']) {
    assert.equal(await today.locator(`a[href="${number}"]`).count() > 0, true, number);
  }
  await today.locator('[data-open="protection.unaccompanied-child"]').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'title-protection-unaccompanied-child', 'the right\'s screen, its title focused');
  await context.close();
});

test('what if: another answer about papers shows, side by side, the rights that would appear and go', async () => {
  const { context, page } = await results('en-GB', { papers: ['no_papers'], has_children: ['no'], age: '30', sex: ['man'], region: ['oriental'] });
  const before = await page.locator('[data-right]').evaluateAll((lines) => lines.map((c) => `${c.dataset.right}=${c.dataset.status}`));
  await page.locator('[data-action="what-if"]').selectOption({ label: localeText('en', 'choice-papers-residence_card') });
  const appear = await page.locator('[data-what-if="appear"] li').evaluateAll((items) => items.map((i) => i.dataset.rightId));
  assert.ok(appear.includes('work.anapec'), `with a residence card, ANAPEC: ${appear}`);
  for (const id of appear) {
    assert.notEqual(await page.locator(`[data-right="${id}"]`).getAttribute('data-status'), 'eligible', id);
  }
  const go = await page.locator('[data-what-if="go"] li').evaluateAll((items) => items.map((i) => i.dataset.rightId));
  for (const id of go) {
    assert.equal(await page.locator(`[data-right="${id}"]`).getAttribute('data-status'), 'eligible', id);
  }
  const after = await page.locator('[data-right]').evaluateAll((lines) => lines.map((c) => `${c.dataset.right}=${c.dataset.status}`));
  assert.deepEqual(after, before, 'only a test: the results stay');
  await context.close();
});

test('share as text: plain, no direction marks, what follows from a sensitive answer only when ticked', async () => {
  const answers = { papers: ['no_papers'], has_children: ['no'], age: '30', sex: ['woman'], pregnant: ['no'], violence: ['yes'], region: ['oriental'] };
  const { context, page } = await results('ar-MA', answers);
  await page.locator('[data-action="share-text"]').click();
  const text = await page.locator('#share-text').inputValue();
  assert.doesNotMatch(text, /[\u2066-\u2069\u200e\u200f\u202a-\u202e]/, 'no invisible direction characters');
  assert.ok(text.includes(localeText('ar', 'right-health-primary-care')), text);
  const violence = localeText('ar', 'right-protection-violence-victim');
  assert.ok(!text.includes(violence), 'the violence right reveals the answer: left out');
  assert.ok(!text.includes('العنف'), `no word of violence, question, answer or right: ${text}`);
  await page.locator('[data-action="keep-sensitive"]').check();
  assert.ok((await page.locator('#share-text').inputValue()).includes(violence), 'in when ticked');
  const whatsapp = await page.locator('.share a[href^="https://wa.me/"]').getAttribute('href');
  assert.equal(decodeURIComponent(new URL(whatsapp).searchParams.get('text')), await page.locator('#share-text').inputValue());
  await context.close();
});

// Lines of an RFC 5545 file, unfolded; throws on what does not parse.
function parseCalendar(ics) {
  assert.ok(ics.endsWith('\r\n'), 'lines end with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);
  const unfolded = lines.reduce((all, line) => (line.startsWith(' ') ? [...all.slice(0, -1), all.at(-1) + line.slice(1)] : [...all, line]), []);
  const stack = [];
  const events = [];
  for (const line of unfolded) {
    const match = line.match(/^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/);
    assert.ok(match, `a content line: ${line}`);
    const [, name, , value] = match;
    if (name === 'BEGIN') stack.push(value);
    if (name === 'BEGIN' && value === 'VEVENT') events.push({});
    if (name === 'END') assert.equal(stack.pop(), value, `END:${value} closes its BEGIN`);
    if (stack.at(-1) === 'VEVENT' && name !== 'BEGIN') events.at(-1)[name] = value;
  }
  assert.deepEqual(stack, [], 'every BEGIN ends');
  assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
  return events;
}

test('the calendar file: a reminder for each deadline, an RFC 5545 file made on the device', async () => {
  const answers = { papers: ['refugee_card'], has_children: ['yes'], children_ages: ['under_1', 'continue'], age: '30', sex: ['woman'], pregnant: ['no'], region: ['oriental'] };
  const { context, page } = await results('fr-FR', answers);
  const link = page.locator('[data-action="calendar"]');
  assert.equal(await link.getAttribute('download'), 'huquq.ics');
  const href = await link.getAttribute('href');
  assert.ok(href.startsWith('data:text/calendar;charset=utf-8,'), 'made on the device, not fetched');
  const events = parseCalendar(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
  assert.ok(events.length >= 1);
  // Thirty days from the page's day (the tests' day, not the machine's).
  const today = new Date(`${TODAY}T12:00:00Z`);
  const due = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30));
  const birth = events.find((e) => e.UID.startsWith('legal.birth-registration'));
  assert.ok(birth, `a birth is declared within 30 days: ${JSON.stringify(events)}`);
  assert.equal(birth['DTSTART;VALUE=DATE'] ?? birth.DTSTART, due.toISOString().slice(0, 10).replaceAll('-', ''));
  await context.close();
});

test('start here fits the person: the refugee mother of children of 1 to 17 is not told to declare a birth within 30 days, nor reminded', async () => {
  const persona = personas['refugee mother of three (ar)'];
  const context = await newContext(env.browser, { locale: persona.locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, persona.answers);
  await page.locator('#results-title').waitFor();
  const start = await page.locator('[data-start]').evaluateAll((items) => items.map((i) => i.dataset.start));
  // By place: the health centre once, for care and for the children's vaccines, its papers once.
  assert.deepEqual(start, ['health.primary-care', 'health.child-immunisation', 'education.school-enrolment', 'residence.refugee-residence-card']);
  const centre = page.locator('.start-here > ol > li').first();
  assert.equal(await centre.locator('[data-start]').count(), 2);
  assert.equal(await centre.locator('li.office').first().getAttribute('data-office'), 'primary-health-centre');
  const bring = (await centre.locator('.bring').textContent()).split(' — ')[1].split(' · ');
  assert.equal(new Set(bring).size, bring.length, `each paper once: ${bring}`);
  // Still listed, with only the step that may concern her.
  assert.equal(await page.locator('.line[data-right="legal.birth-registration"]').getAttribute('data-status'), 'eligible');
  const card = await openRight(page, 'legal.birth-registration');
  const steps = await card.locator('li[data-step]').evaluateAll((items) => items.map((i) => i.dataset.step));
  assert.deepEqual(steps, ['late-birth-judgment']);
  assert.equal(await page.locator('[data-action="calendar"]').count(), 0, 'no reminder to keep');
  await context.close();
});

test('the papers follow the person: a UNHCR refugee enrolling a child is not asked a copy of a residence card she has not', async () => {
  const answers = { papers: ['unhcr_refugee'], has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'], age: '33', sex: ['woman'], pregnant: ['no'], region: ['rabat_sale_kenitra'] };
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, answers);
  await page.locator('#results-title').waitFor();
  const card = await openRight(page, 'education.school-enrolment');
  const papers = await card.textContent();
  for (const paper of ['passport-copy', 'written-request']) assert.ok(papers.includes(localeText('fr', `document-${paper}`)), `${paper} in: ${papers}`);
  assert.ok(!papers.includes(localeText('fr', 'document-residence-card-copy-if-any')), `no residence card copy: ${papers}`);
  await context.close();
});

test('"this looks wrong" writes, in the person\'s own mail app, the right, the answers that matter (not sensitive ones) and the rules\' date', async () => {
  const answers = { papers: ['asylum_seeker'], has_children: ['no'], age: '25', sex: ['woman'], pregnant: ['yes'], region: ['casablanca_settat'] };
  const { context, page } = await results('en-GB', answers, { site: 'report_to = "mailto:fix@example.org"\n' });
  const card = await openRight(page, 'health.maternal-care');
  await card.locator('details.more').evaluate((d) => { d.open = true; });
  const href = await card.locator('p > a.looks-wrong').getAttribute('href');
  assert.ok(href.startsWith('mailto:fix@example.org?subject=Huquq&body='), href);
  const body = decodeURIComponent(href.slice(href.indexOf('body=') + 5));
  assert.ok(body.includes('health.maternal-care') && body.includes(localeText('en', 'right-health-maternal-care')), body);
  assert.ok(!/pregnant/.test(body), `the pregnancy answer is sensitive: left out\n${body}`);
  assert.match(body, /Rules checked on \d{4}-\d{2}-\d{2}/);
  const office = await page.locator('li.office a.looks-wrong').first().getAttribute('href');
  assert.ok(office.startsWith('mailto:fix@example.org?'), 'each office has one too');
  await context.close();
});

test('without a site file, no "this looks wrong" link: Huquq has no address of its own to give', async () => {
  const { context, page } = await results('en-GB', personas['man without papers in Tangier (fr)'].answers);
  assert.equal(await page.locator('a.looks-wrong').count(), 0);
  await context.close();
});

test('show this at the counter: Arabic and French side by side, the text that grants it, printed alone', async () => {
  const { context, page } = await results('en-GB', personas['man without papers in Tangier (fr)'].answers, { viewport: { width: 1024, height: 768 } });
  const card = await openRight(page, 'health.primary-care');
  await card.locator('details.more').evaluate((d) => { d.open = true; });
  await card.locator('[data-action="counter"]').click();
  const dialog = page.locator('.counter-card[role="dialog"]');
  await dialog.locator('.counter-side[lang="ar"]').waitFor();
  assert.equal(await dialog.locator('.counter-side[lang="ar"]').getAttribute('dir'), 'rtl');
  assert.ok((await dialog.locator('.counter-side[lang="fr"]').textContent()).includes(localeText('fr', 'right-health-primary-care')));
  assert.ok((await dialog.locator('.counter-side[lang="ar"]').textContent()).includes(localeText('ar', 'right-health-primary-care')));
  assert.match(await dialog.locator('.counter-side[lang="fr"]').textContent(), /2008/, 'the 2008 circular');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'counter-close', 'focus moves into the card');
  await axe(page, 'the counter card');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await dialog.isVisible());
  assert.ok(!(await page.locator('#results-title').isVisible()), 'printed alone');
  assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'counter', 'the focus goes back');
  await context.close();
});

for (const locale of ['fr-FR', 'ar-MA']) {
  test(`no accessibility violation on the results with urgency, what if and sharing open (${locale})`, async () => {
    const { context, page } = await results(locale, personas['16-year-old alone in Oujda (fr)'].answers);
    await page.locator('[data-action="what-if"]').selectOption({ index: 2 });
    await page.locator('[data-action="share-text"]').click();
    await axe(page, 'the results');
    await context.close();
  });
}

test('what the person came for: "work or a business" puts the business rights in start here; passed, start here follows [meta] priority', async () => {
  const man = { papers: ['residence_card'], sex: ['man'], age: '34', has_children: ['no'], homeless: ['no'], trafficking: ['no'], low_income: ['no'] };
  const startHere = async (need) => {
    const { context, page, errors } = await results('fr-FR', { ...man, need });
    const start = await page.locator('.start-here [data-start]').evaluateAll((items) => items.map((i) => i.dataset.start));
    // No right removed: every one is still listed, the same whatever the need.
    const listed = await page.locator('.line[data-right]').evaluateAll((lines) => lines.map((l) => `${l.dataset.right}=${l.dataset.status}`).sort());
    assert.deepEqual(errors, []);
    await context.close();
    return { start, listed };
  };
  const work = await startHere(['work', 'continue']);
  // The four work rights of `priority`, the two that share an office side by side.
  assert.deepEqual([...work.start].sort(), ['work.anapec', 'work.auto-entrepreneur', 'work.cooperative', 'work.entrepreneurship-support']);
  const passed = await startHere(['continue']);
  const priority = readFileSync(join(root, 'rules', 'questions.toml'), 'utf8').match(/^priority = \[([^\]]*)\]/m)[1]
    .split('\n').map((l) => l.match(/^\s*"([^"]+)"/)?.[1]).filter(Boolean);
  const ranks = passed.start.map((r) => priority.indexOf(r));
  assert.ok(ranks.every((rank) => rank >= 0) && ranks.every((rank, i) => i === 0 || rank > ranks[i - 1]), `in priority order: ${passed.start}`);
  assert.ok(!passed.start.includes('work.auto-entrepreneur') && !passed.start.includes('work.cooperative'), `${passed.start}`);
  assert.deepEqual(passed.listed, work.listed);
  const notSaid = await startHere(['dont_know']);
  assert.deepEqual(notSaid.start, passed.start, '"I don\'t know" is passing it');
});
