// How old the evidence is follows the day of the results, the page's own clock: set years
// ahead, a programme whose newest source has aged is marked `data-evidence="aged"` and says
// "information from 2025: check first" instead of "probably yes"; on the tests' day it is
// current, and the statuses are the same on both days: only the mark ages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interview, localeText, setUp, newContext, TODAY } from './support.mjs';
import { personas } from './personas.mjs';

const env = setUp();
const LATER = '2031-06-01';

// Every card of the results of `persona` with the page's clock on `day`: right id ->
// { status, validity, evidence, words } (the words of its status line).
async function cards(persona, day) {
  const context = await newContext(env.browser, { locale: persona.locale }, day);
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, persona.answers);
  await page.locator('#results-title').waitFor();
  const found = await page.locator('[data-right]').evaluateAll((articles) => Object.fromEntries(articles.map((a) => [
    a.dataset.right,
    { status: a.dataset.status, validity: a.dataset.validity, evidence: a.dataset.evidence, words: a.querySelector('.status').textContent.trim() },
  ])));
  await context.close();
  return found;
}

// Darija classes: for everyone, a programme whose newest source is from 2025 (24 months).
const CLASSES = 'training.language-classes';

for (const name of ['man without papers in Tangier (fr)', 'refugee mother of three (ar)']) {
  test(`${name}: years ahead the classes' evidence has aged and says "check first"; on ${TODAY} it is current`, async () => {
    const persona = personas[name];
    const language = persona.locale.slice(0, 2);
    const [now, later] = [await cards(persona, TODAY), await cards(persona, LATER)];
    const aged = localeText(language, 'status-aged', null, { year: 2025 });
    const escaped = localeText(language, 'status-aged', null, { year: 'YEAR' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const anyYear = new RegExp(`^${escaped.replace('YEAR', '(19|20)\\d\\d')}$`);
    assert.deepEqual(now[CLASSES], { status: 'eligible', validity: 'in_force', evidence: 'current', words: localeText(language, 'status-eligible') });
    assert.deepEqual(later[CLASSES], { status: 'eligible', validity: 'in_force', evidence: 'aged', words: aged });

    for (const [day, found] of [[TODAY, now], [LATER, later]]) {
      for (const [right, card] of Object.entries(found)) {
        assert.match(card.evidence, /^(current|aged)$/, `${right} on ${day}`);
        // "Check first" replaces "probably yes", and only where the right applies.
        if (card.status === 'eligible' && card.evidence === 'aged') assert.match(card.words, anyYear, `${right} on ${day}`);
        else assert.equal(card.words, localeText(language, `status-${card.status}`), `${right} on ${day}`);
      }
    }
    // Only the mark ages: every right in force on both days keeps its status.
    for (const [right, card] of Object.entries(now)) {
      if (card.validity === 'in_force' && later[right].validity === 'in_force') assert.equal(later[right].status, card.status, right);
    }
    const count = (found) => Object.values(found).filter((c) => c.evidence === 'aged').length;
    assert.ok(count(later) > count(now), `more aged evidence in ${LATER} (${count(later)}) than on ${TODAY} (${count(now)})`);
  });
}
