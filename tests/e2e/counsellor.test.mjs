// The counsellor's page (?mode=counsellor): every question on one form, results that follow
// each answer, questions and rights also in the person's language (Arabic, right to left,
// inside a French page), "why not", a case summary to copy, the rules as of a past day,
// and "new interview" that keeps nothing of the person before; on a phone, the results one
// tap from every question and back, and every answer also in the person's language; the case
// exported as a scenario file that `huquq-rules test` runs. No axe-core violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { localeText, axe, setUp, root, newContext, openCounsellor } from './support.mjs';

const wide = { width: 1280, height: 900 };
const env = setUp();

const open = (locale, path, viewport) => openCounsellor(env, locale, path, viewport);

const right = (page, id, status) => page.locator(`[data-right="${id}"][data-status="${status}"]`)
  .waitFor({ state: 'attached', timeout: 5000 });
const question = (page, id) => page.locator(`.case-form [data-question="${id}"]`);
const summary = (page) => page.locator('.case-summary textarea').inputValue();

test('French interface, Arabic person: the form answers in place and the results follow each answer', async () => {
  const { context, page, errors } = await open('fr-FR');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  const declared = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.toml'))
    .map((f) => readFileSync(join(root, 'rules', f), 'utf8').match(/^\[\[question\]\]$/gm)?.length ?? 0)
    .reduce((a, b) => a + b, 0);
  assert.equal(await page.locator('.case-form [data-question]').count(), declared, 'every question on one page');
  assert.equal(await page.locator('.case-form [data-question]').first().getAttribute('data-question'), 'need', 'what the person came for first');
  assert.equal(await question(page, 'need').getAttribute('data-can-change'), 'true');
  assert.equal(await question(page, 'papers').getAttribute('data-can-change'), 'true');
  assert.equal(await question(page, 'children_ages').getAttribute('data-can-change'), 'false');
  assert.ok(await question(page, 'children_ages').locator('input').first().isDisabled(), 'greyed out');
  assert.equal((await question(page, 'children_ages').locator('.cannot-change').textContent()).trim(),
    localeText('fr', 'counsellor-cannot-change'));

  await page.locator('#person-language').selectOption('ar');
  const legend = question(page, 'papers').locator('legend');
  assert.ok((await legend.textContent()).startsWith(localeText('fr', 'question-papers')));
  const arabic = legend.locator('[lang="ar"]');
  assert.equal(await arabic.getAttribute('dir'), 'rtl');
  assert.equal((await arabic.textContent()).trim(), localeText('ar', 'question-papers'));
  assert.equal(await arabic.evaluate((e) => getComputedStyle(e).direction), 'rtl');

  await right(page, 'work.anapec', 'undetermined');
  await question(page, 'papers').locator('[data-answer="no_papers"]').click();
  await right(page, 'work.anapec', 'not_eligible');
  assert.equal(await question(page, 'papers').locator('[data-answer="no_papers"]').getAttribute('aria-pressed'), 'true');
  await right(page, 'education.school-enrolment', 'undetermined');

  await question(page, 'has_children').locator('[data-answer="yes"]').click();
  await page.locator('.case-form [data-question="children_ages"][data-can-change="true"]').waitFor();
  await right(page, 'education.school-enrolment', 'undetermined');
  await question(page, 'children_ages').locator('[data-answer="age_6_to_15"]').check();
  await question(page, 'children_ages').locator('[data-answer="continue"]').click();
  await right(page, 'education.school-enrolment', 'eligible');
  await question(page, 'age').locator('input').fill('500');
  await question(page, 'age').locator('button[type="submit"]').click();
  await question(page, 'age').locator('.error[role="alert"]').waitFor();
  await question(page, 'age').locator('input').fill('34');
  await question(page, 'age').locator('button[type="submit"]').click();
  await question(page, 'age').locator('.error').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).hash, '', 'the answers stay in memory, out of the address');
  assert.match(await summary(page), /34/);
  assert.equal(await question(page, 'alone_minor').getAttribute('data-can-change'), 'false', 'an adult');

  const school = page.locator('[data-right="education.school-enrolment"] h4');
  assert.ok((await school.textContent()).startsWith(localeText('fr', 'right-education-school-enrolment')));
  assert.equal(await school.locator('[lang="ar"][dir="rtl"]').textContent(), localeText('ar', 'right-education-school-enrolment'));

  // Why not: the answers that decided it and the one that would change it.
  const anapec = page.locator('[data-right="work.anapec"]');
  assert.equal((await anapec.locator('h5').first().textContent()).trim(), localeText('fr', 'card-why-not'));
  assert.match(await anapec.textContent(), new RegExp(localeText('fr', 'card-would-change')));
  assert.ok((await anapec.textContent()).includes(localeText('fr', 'choice-papers-residence_card')));

  const text = await summary(page);
  for (const id of ['question-papers', 'choice-papers-no_papers', 'question-has_children', 'choice-children_ages-age_6_to_15']) {
    assert.ok(text.includes(localeText('fr', id)), `the summary holds ${id}:\n${text}`);
  }
  const eligible = text.indexOf(localeText('fr', 'results-eligible'));
  const maybe = text.indexOf(localeText('fr', 'results-undetermined'));
  for (const id of ['right-education-school-enrolment', 'right-health-primary-care']) {
    const at = text.indexOf(localeText('fr', id));
    assert.ok(eligible >= 0 && eligible < at && at < maybe, `${id} is among the eligible rights:\n${text}`);
  }
  assert.ok(text.includes(localeText('fr', 'office-public-school')));
  assert.ok(await page.locator('.case-summary textarea').evaluate((e) => e.readOnly));

  await page.locator('.case-summary button.copy').click();
  await page.locator('.copy-status').filter({ hasText: /\S/ }).waitFor();
  assert.equal((await page.locator('.copy-status').textContent()).trim(), localeText('fr', 'counsellor-copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);

  // The same summary in the person's language, to give them.
  await page.locator('.summary-language input').check();
  assert.equal(await page.locator('.case-summary textarea').getAttribute('dir'), 'rtl');
  const forPerson = await summary(page);
  assert.ok(forPerson.includes(localeText('ar', 'right-education-school-enrolment')), forPerson);
  assert.ok(forPerson.includes(localeText('ar', 'choice-papers-no_papers')), forPerson);
  await page.locator('.summary-language input').uncheck();

  await page.locator('button.new-interview').click();
  await right(page, 'education.school-enrolment', 'undetermined');
  assert.ok(!page.url().includes('#'), `no answer left in the address: ${page.url()}`);
  assert.equal(await page.locator('.case-form [aria-pressed="true"]').count(), 0);
  assert.equal(await page.locator('.case-form input:checked').count(), 0);
  assert.equal(await question(page, 'age').locator('input').inputValue(), '');
  assert.equal(await page.locator('#person-language').inputValue(), 'fr');
  assert.equal(await page.locator('.person-language').count(), 0, 'nothing in the person\'s language is left');
  const cleared = await summary(page);
  assert.ok(!cleared.includes(localeText('fr', 'choice-papers-no_papers')), cleared);
  assert.ok(cleared.includes(localeText('fr', 'review-empty')), cleared);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('as of a day before 9 October 2013, school enrolment was not yet in force', async () => {
  const { context, page, errors } = await open('en-GB', '/?mode=counsellor#has_children=yes&children_ages=age_6_to_15');
  await right(page, 'education.school-enrolment', 'eligible');
  assert.ok(!(await page.locator('aside.settled').isVisible()), 'the results beside the form are enough');
  await page.locator('#as-of').fill('2013-10-08');
  await right(page, 'education.school-enrolment', 'not_eligible');
  const school = page.locator('[data-right="education.school-enrolment"]');
  assert.equal(await school.getAttribute('data-validity'), 'not_yet');
  assert.match(await school.locator('.notice').textContent(), /not yet in force/);
  assert.match(await summary(page), /2013/);
  await page.locator('#as-of').fill('2013-10-09');
  await right(page, 'education.school-enrolment', 'eligible');
  assert.equal(await school.getAttribute('data-validity'), 'in_force');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a day the field cannot read is refused beside the field, never read as today', async () => {
  const { context, page, errors } = await open('fr-FR', '/?mode=counsellor#has_children=yes&children_ages=age_6_to_15');
  await right(page, 'education.school-enrolment', 'eligible');
  await page.locator('#as-of').fill('2013-10-08');
  await right(page, 'education.school-enrolment', 'not_eligible');
  // Typed as a person types it, then the year erased: the browser holds a day it cannot read
  // (as it does for 30 February where it lets one type it), gives the page an empty value and
  // says so in `validity.badInput`.
  await page.locator('#as-of').focus();
  await page.keyboard.type('0215');
  await page.keyboard.press('Backspace');
  await page.locator('#as-of-error').waitFor();
  assert.equal((await page.locator('#as-of-error').textContent()).trim(), localeText('fr', 'counsellor-bad-day'));
  assert.equal(await page.locator('#as-of').getAttribute('aria-invalid'), 'true');
  await right(page, 'education.school-enrolment', 'not_eligible');
  assert.match(await summary(page), /2013/, 'still as of the last day read, not today');
  await page.locator('#as-of').fill('2013-10-09');
  await right(page, 'education.school-enrolment', 'eligible');
  assert.equal(await page.locator('#as-of-error').count(), 0, 'a real day clears the message');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the welcome screen opens the counsellor mode in the same page; two columns on a wide screen, one on a phone', async () => {
  const phone = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  const welcome = await phone.newPage();
  await welcome.goto(env.site.origin + '/');
  await welcome.locator('[data-action="counsellor"]').click();
  await welcome.locator('#counsellor-title').waitFor();
  assert.equal(welcome.url(), env.site.origin + '/', 'no new page: nothing of the guide stays behind in history');
  const stacked = [await welcome.locator('.case-form').boundingBox(), await welcome.locator('.case-results').boundingBox()];
  assert.ok(stacked[1].y > stacked[0].y + stacked[0].height - 1, 'results below the form on a phone');
  await welcome.setViewportSize(wide);
  const side = [await welcome.locator('.case-form').boundingBox(), await welcome.locator('.case-results').boundingBox()];
  assert.ok(side[1].x >= side[0].x + side[0].width && Math.abs(side[1].y - side[0].y) < 2, 'results beside the form');
  await phone.close();
});

for (const [locale, person] of [['fr-FR', 'ar'], ['ar-MA', 'fr']]) {
  test(`no accessibility violation on the counsellor page (${locale}, person in ${person})`, async () => {
    const { context, page } = await open(locale, '/?mode=counsellor#papers=no_papers&has_children=yes&age=abc');
    await page.locator('#person-language').selectOption(person);
    await axe(page, 'the form');
    await question(page, 'age').locator('input').fill('');
    await question(page, 'age').locator('button[type="submit"]').click();
    await question(page, 'age').locator('.error').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await axe(page, 'the form with an error and every right unfolded');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.print-summary').isVisible(), 'the summary prints');
    assert.ok(!(await page.locator('.case-form').isVisible()), 'the form does not');
    await axe(page, 'the print view');
    await context.close();
  });
}

// On a phone the results come below the whole form: a bar pinned under the questions shows
// the counts and opens the results in one tap, and one under the results goes back.
const phone = { width: 360, height: 740 };
const counts = (page) => page.evaluate(() => {
  const rights = [...document.querySelectorAll('.case-results [data-right][data-status]')];
  const count = (status) => rights.filter((r) => r.dataset.status === status).length;
  return {
    shown: document.querySelector('[data-action="to-results"] .phone-bar-counts').textContent,
    eligible: count('eligible'), undetermined: count('undetermined'), not: count('not_eligible'),
  };
});
// Within the screen and not under the pinned bars (quick exit at the top, ours at the bottom).
const visible = (locator) => locator.evaluate((element) => {
  const shown = element.getBoundingClientRect();
  const bars = [...document.querySelectorAll('.exit, .phone-bar')].filter((b) => !b.contains(element))
    .map((b) => b.getBoundingClientRect())
    .filter((b) => b.height > 0 && b.bottom > 0 && b.top < innerHeight);
  const top = Math.max(0, ...bars.filter((b) => b.top < innerHeight / 2).map((b) => b.bottom));
  const bottom = Math.min(innerHeight, ...bars.filter((b) => b.top >= innerHeight / 2).map((b) => b.top));
  return shown.height > 0 && shown.top >= top - 1 && shown.bottom <= bottom + 1;
});
// A tap where the bar is on screen: Playwright's own click would first scroll a pinned bar to
// its place in the page, which no finger does.
async function tap(page, locator) {
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
// The question's first answer: a button, the first box ticked and applied, or a number.
async function answerFirst(q) {
  if (await q.locator('input[type="checkbox"]').count()) {
    await q.locator('input[type="checkbox"]').first().check();
    const apply = q.locator('[data-answer="continue"]');
    await apply.click();
    return apply;
  }
  if (await q.locator('form.typed input').count()) {
    const input = q.locator('form.typed input');
    await input.fill('30');
    await input.press('Enter');
    return input;
  }
  const first = q.locator('button[data-answer]').first();
  await first.click();
  return first;
}

for (const [locale, language, person] of [['fr-FR', 'fr', 'ar'], ['ar-MA', 'ar', 'fr']]) {
  test(`on a phone (${locale}, person in ${person}), the results are one tap from every question, and back leads to the same question`, async () => {
    const { context, page, errors } = await open(locale, '/?mode=counsellor', phone);
    await page.locator('#person-language').selectOption(person);
    await page.locator(`.case-form [data-answer] [lang="${person}"]`).first().waitFor();
    const toResults = page.locator('[data-action="to-results"]');
    const back = page.locator('[data-action="back-to-question"]');
    const form = await page.locator('.case-form').boundingBox();
    assert.ok(form.width <= phone.width, 'one column');
    assert.equal(await toResults.evaluate((b) => getComputedStyle(b).direction), language === 'ar' ? 'rtl' : 'ltr');
    await axe(page, `the form on a phone (${locale})`);
    const ids = await page.locator('.case-form [data-question]').evaluateAll((all) => all.map((q) => q.dataset.question));
    let answered = 0;
    for (const id of ids) {
      const q = question(page, id);
      await q.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      let used = null;
      if ((await q.getAttribute('data-can-change')) === 'true') {
        used = await answerFirst(q);
        answered += 1;
      }
      assert.ok(await visible(toResults), `the bar is on screen at ${id}`);
      await tap(page, toResults);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'case-results-title', `focus on the results from ${id}`);
      assert.ok(await visible(page.locator('#case-results-title')), `the results are on screen from ${id}`);
      assert.ok(await visible(page.locator('.case-results .counts')), `their counts too, from ${id}`);
      const seen = await counts(page);
      assert.equal(seen.eligible + seen.undetermined + seen.not > 0, true);
      assert.equal(seen.shown, localeText(language, 'counsellor-counts', undefined, seen), `the bar's counts at ${id}`);
      if (id === ids[0]) await axe(page, `the results on a phone (${locale})`);
      assert.ok(await visible(back), `the way back is on screen from ${id}`);
      await tap(page, back);
      const at = await page.evaluate(() => document.activeElement.closest('[data-question]')?.dataset.question);
      assert.equal(at, id, 'back to the same question');
      assert.ok(await visible(page.locator(':focus')), `what has the focus is on screen at ${id}`);
      if (used && await used.isEnabled()) {
        assert.ok(await used.evaluate((e) => e === document.activeElement), `focus back on the answer used at ${id}`);
      }
    }
    assert.ok(answered >= 3, `an interview, not a look: ${answered} questions answered`);
    // The keyboard reaches the bar right after the form's title, and back comes from the results.
    await page.locator('#case-form-title').evaluate((h) => { h.tabIndex = -1; h.focus(); });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'to-results');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'case-results-title');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'back-to-question');
    await page.keyboard.press('Enter');
    assert.ok(await page.evaluate(() => document.activeElement.closest('.case-form [data-question]') !== null));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a wide screen keeps the form and the results side by side, without the bars', async () => {
  const { context, page } = await open('fr-FR');
  assert.ok(!(await page.locator('[data-action="to-results"]').isVisible()));
  assert.ok(!(await page.locator('[data-action="back-to-question"]').isVisible()));
  await context.close();
});

test('every answer is also written in the person\'s language, inside the one control of that answer', async () => {
  const { context, page, errors } = await open('fr-FR');
  await page.locator('#person-language').selectOption('ar');
  const papers = question(page, 'papers');
  await papers.locator('[data-answer="no_papers"] [lang="ar"]').waitFor();
  const parts = async (control, person) => ({
    fr: (await control.locator(`[lang="${person === 'ar' ? 'fr' : 'ar'}"]`).textContent()),
    person: (await control.locator(`[lang="${person}"]`).textContent()),
    dir: await control.locator(`[lang="${person}"]`).getAttribute('dir'),
  });
  const noPapers = papers.locator('[data-answer="no_papers"]');
  assert.equal(await noPapers.count(), 1, 'one button per answer');
  assert.deepEqual(await parts(noPapers, 'ar'),
    { fr: localeText('fr', 'choice-papers-no_papers'), person: localeText('ar', 'choice-papers-no_papers'), dir: 'rtl' });
  const children = question(page, 'has_children');
  for (const [answer, id] of [['yes', 'answer-yes'], ['no', 'answer-no'], ['dont_know', 'answer-dont-know']]) {
    assert.deepEqual(await parts(children.locator(`[data-answer="${answer}"]`), 'ar'),
      { fr: localeText('fr', id), person: localeText('ar', id), dir: 'rtl' }, answer);
  }
  await noPapers.click();
  assert.equal(await noPapers.getAttribute('aria-pressed'), 'true', 'the button still answers');
  await children.locator('[data-answer="yes"]').click();
  const box = question(page, 'children_ages').locator('label.option').filter({ has: page.locator('[data-answer="age_6_to_15"]') });
  assert.equal(await box.locator('[lang="ar"]').textContent(), localeText('ar', 'choice-children_ages-age_6_to_15'));
  assert.equal(await box.locator('[lang="fr"]').textContent(), localeText('fr', 'choice-children_ages-age_6_to_15'));
  await page.locator('#person-language').selectOption('fr');
  assert.equal(await page.locator('.case-form .person-language').count(), 0, 'the same language once: no second part');
  assert.equal((await noPapers.textContent()).trim(), localeText('fr', 'choice-papers-no_papers'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('export the case: a scenario file made on the device, which huquq-rules test passes as it is and fails once edited', async () => {
  const { context, page, errors } = await open('en-GB');
  await question(page, 'papers').locator('[data-answer="residence_card"]').click();
  await question(page, 'age').locator('input').fill('34');
  await question(page, 'age').locator('button[type="submit"]').click();
  await question(page, 'sex').locator('[data-answer="man"]').click();
  await question(page, 'violence').locator('[data-answer="yes"]').click();
  await right(page, 'work.auto-entrepreneur', 'eligible');
  const exported = async () => {
    const link = page.locator('[data-action="export-case"]');
    assert.match(await link.getAttribute('download'), /^huquq-case-\d{4}-\d{2}-\d{2}\.toml$/);
    const href = await link.getAttribute('href');
    assert.ok(href.startsWith('data:application/toml;charset=utf-8,'), 'made on the device, not fetched');
    return decodeURIComponent(href.slice(href.indexOf(',') + 1));
  };
  const without = await exported();
  assert.doesNotMatch(without, /^violence =/m, 'a sensitive answer only when ticked');
  await page.locator('.summary-sensitive input').check();
  const text = await exported();
  assert.match(text, /^violence = true$/m);
  assert.match(text, /^# Exported from the guide; rules version: \d+$/m);
  const line = '"work.auto-entrepreneur" = { status = "eligible", because = ["papers"] }';
  assert.ok(text.includes(line), text);

  const dir = mkdtempSync(join(tmpdir(), 'huquq-case-'));
  const runTest = (content) => {
    const file = join(dir, 'case.toml');
    writeFileSync(file, content);
    const args = ['run', '--quiet', '-p', 'huquq-rules', '--', '--root', root, 'test', file];
    const run = spawnSync('cargo', args, { cwd: root, encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  };
  const unchanged = runTest(text);
  assert.equal(unchanged.status, 0, unchanged.out);
  assert.match(unchanged.out, /scenarios: 1 passed, 0 failed/);
  const edited = runTest(text.replace(line, line.replace('"eligible"', '"not_eligible"')));
  assert.equal(edited.status, 1, edited.out);
  assert.match(edited.out, /`work.auto-entrepreneur`: expected not_eligible, got eligible/);
  rmSync(dir, { recursive: true });
  assert.deepEqual(errors, []);
  await context.close();
});
