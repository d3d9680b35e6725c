// A shorter interview to read (issue 21, item 5), on a 360×740 phone: the papers question
// fits the screen with "no papers" first, the results can be seen from any question, and
// "already certain for you" stays three rights long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, localeText, newContext, passNeed } from './support.mjs';

const env = setUp();
const phone = { width: 360, height: 740 };
const languages = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-US' };

async function firstQuestion(locale) {
  const context = await newContext(env.browser, { locale, viewport: phone });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action=start]').click();
  await passNeed(page);
  await page.locator('section.question[data-question=papers]').waitFor();
  return { context, page };
}

for (const [language, locale] of Object.entries(languages)) {
  test(`what the person came for is asked first, several choices on one phone screen (${language})`, async () => {
    const context = await newContext(env.browser, { locale, viewport: phone });
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action=start]').click();
    const question = page.locator('section.question[data-question=need]');
    await question.waitFor();
    assert.equal(await question.locator('h1').textContent(), localeText(language, 'question-need'));
    const boxes = await question.locator('input[type=checkbox]').evaluateAll((all) => all.map((b) => b.dataset.answer));
    assert.deepEqual(boxes, ['health', 'papers', 'work', 'school', 'housing', 'safety', 'other']);
    const bottom = await question.evaluate((q) => q.querySelector('[data-answer=continue]').getBoundingClientRect().bottom);
    assert.ok(bottom <= phone.height, `"Continue" ends ${bottom} px down`);
    await context.close();
  });

  test(`the papers question fits one phone screen, "no papers" first (${language})`, async () => {
    const { context, page } = await firstQuestion(locale);
    const screen = await page.evaluate(() => {
      const question = document.querySelector('section.question');
      const noPapers = document.querySelector('[data-answer=no_papers]').getBoundingClientRect();
      return {
        // The question's screen: from the top of the page to its last button.
        height: question.getBoundingClientRect().bottom + window.scrollY,
        noPapers: { top: noPapers.top, bottom: noPapers.bottom },
        answers: [...question.querySelectorAll('.answers [data-answer]')].map((b) => b.dataset.answer),
      };
    });
    assert.ok(screen.height <= phone.height, `the question ends ${screen.height} px down`);
    assert.ok(screen.noPapers.top >= 0 && screen.noPapers.bottom <= phone.height, JSON.stringify(screen.noPapers));
    assert.equal(screen.answers[0], 'no_papers', `in this order: ${screen.answers}`);
    assert.equal(screen.answers.length, 8, 'seven papers and "I don\'t know"');
    assert.equal(await page.locator('[data-answer=no_papers]').textContent(), localeText(language, 'choice-papers-no_papers'));
    await context.close();
  });
}

for (const [language, locale] of [['fr', 'fr-FR'], ['ar', 'ar-MA']]) {
  test(`the results with the answers so far, from the second question, then on (${language})`, async () => {
    const { context, page } = await firstQuestion(locale);
    await page.locator('[data-answer=no_papers]').click();
    await page.waitForFunction(() => document.querySelector('section.question')?.dataset.question !== 'papers');
    const second = await page.locator('section.question').getAttribute('data-question');
    await page.locator('[data-action=results-now]').click();
    await page.locator('#results-title').waitFor();
    assert.equal((await page.locator('.so-far p').textContent()).trim(), localeText(language, 'results-so-far'));
    const rights = await page.locator('[data-right]').evaluateAll((all) => all.map((r) => [r.dataset.right, r.dataset.status]));
    const status = Object.fromEntries(rights);
    assert.ok(rights.length > 0 && rights.every(([, s]) => ['eligible', 'undetermined', 'not_eligible'].includes(s)), JSON.stringify(rights));
    // Decided by "no papers" alone, and left open by the questions not yet asked.
    assert.equal(status['health.primary-care'], 'eligible');
    assert.equal(status['education.school-enrolment'], 'undetermined');
    assert.equal(status['work.anapec'], 'not_eligible');
    await page.locator('[data-action=continue-questions]').click();
    await page.locator(`section.question[data-question="${second}"]`).waitFor();
    // And the phone's Back from early results returns to the question too.
    await page.locator('[data-action=results-now]').click();
    await page.locator('#results-title').waitFor();
    await page.goBack();
    await page.locator(`section.question[data-question="${second}"]`).waitFor();
    assert.equal(await page.locator('[data-right]').count(), 0);
    await context.close();
  });
}

test('"already certain for you" shows three rights and "and N more"', async () => {
  const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  for (const [language, locale] of [['fr', 'fr-FR'], ['ar', 'ar-MA']]) {
    const { context, page } = await firstQuestion(locale);
    const settled = page.locator('aside.settled');
    await settled.waitFor();
    assert.equal(await settled.locator('li').count(), 3);
    // The rights' titles come with the second texts file, once the person has started.
    await page.waitForFunction(() => [...document.querySelectorAll('.settled li')].every((li) => li.textContent.trim()));
    const more = plain((await settled.locator('.settled-more').textContent()).trim());
    const count = Number((more.match(/\d+/) ?? [])[0]);
    assert.ok(count >= 2, more);
    // Fluent's plural chooses the words: French's "other" is the message's default variant,
    // Arabic's "few" (3 to 10) is not, but holds the count too.
    if (language === 'fr') assert.equal(more, plain(localeText('fr', 'settled-more', undefined, { count })));
    else assert.ok(more.startsWith('و') && more !== plain(localeText('ar', 'settled-more', undefined, { count })), more);
    // Three shown and N more: as many as the results find certain before any answer.
    await page.locator('[data-action=results-now]').click();
    await page.locator('#results-title').waitFor();
    assert.ok(3 + count <= await page.locator('[data-right][data-status=eligible]').count());
    await context.close();
  }
});
