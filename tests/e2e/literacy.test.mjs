// For people who read little: numbers typed as they know them, errors that say what is
// expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interview, localeText, setUp } from './support.mjs';

const env = setUp();

async function toAge(locale) {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['refugee_card'], has_children: ['no'] }, async (question) => {
    if (question === 'age') throw new Error('at age');
  }).catch((error) => { if (error.message !== 'at age') throw error; });
  await page.locator('[data-question="age"]').waitFor();
  return { context, page };
}

test('an age typed in Arabic-Indic digits is an age', async () => {
  const { context, page } = await toAge('ar-MA');
  await page.locator('[data-question="age"] input').fill('٣٥');
  await page.locator('[data-question="age"] input').press('Enter');
  await page.locator('section.question:not([data-question="age"])').waitFor();
  await page.locator('section.question button.review').click();
  const age = page.locator('.review [data-question="age"] dd strong');
  assert.equal((await age.textContent()).trim(), '35', 'shown in Latin digits, as in Morocco');
  await context.close();
});

for (const [locale, language] of [['fr-FR', 'fr'], ['ar-MA', 'ar']]) {
  test(`an age out of range says what is expected (${language})`, async () => {
    const { context, page } = await toAge(locale);
    await page.locator('[data-question="age"] input').fill('200');
    await page.locator('[data-question="age"] input').press('Enter');
    const error = page.locator('[data-question="age"] .error[role="alert"]');
    await error.waitFor();
    const text = (await error.textContent()).replace(/[\u2068\u2069]/g, '');
    const expected = localeText(language, 'answer-range-years').replace('{ $min }', '0').replace('{ $max }', '110');
    assert.equal(text, expected);
    assert.equal(await page.locator('[data-question="age"] input').inputValue(), '200', 'what was typed stays');
    await context.close();
  });
}

// The browser's speech synthesis, replaced by one that records what it is asked to say.
function voices(list) {
  return `(() => {
    const spoken = [];
    window.__spoken = spoken;
    class Utterance { constructor(text) { this.text = text; } }
    const synthesis = {
      getVoices: () => ${JSON.stringify(list)},
      speak(u) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
        setTimeout(() => { u.onstart && u.onstart(); setTimeout(() => u.onend && u.onend(), 200); }, 250 * spoken.length);
      },
      cancel() { window.__cancelled = (window.__cancelled || 0) + 1; },
      addEventListener() {}, removeEventListener() {}, dispatchEvent() { return true; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  })()`;
}

const onDevice = [
  { name: 'Amina', lang: 'ar-MA', localService: true },
  { name: 'Claire', lang: 'fr-FR', localService: true },
  { name: 'Cloud English', lang: 'en-GB', localService: false },
];

for (const [locale, language, voice] of [['fr-FR', 'fr', 'Claire'], ['ar-MA', 'ar', 'Amina']]) {
  test(`"Listen" reads the question and its answers aloud in ${language}, marking the sentence read`, async () => {
    const context = await env.browser.newContext({ locale });
    await context.addInitScript(voices(onDevice));
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-question="papers"] [data-action="listen"]').click();
    await page.locator('.reading mark[data-reading]').waitFor();
    const spoken = await page.evaluate(() => window.__spoken);
    assert.equal(spoken[0].text, localeText(language, 'question-papers'));
    assert.ok(spoken.every((s) => s.voice === voice && s.lang.startsWith(language)), JSON.stringify(spoken));
    assert.ok(spoken.some((s) => s.text.startsWith(localeText(language, 'choice-papers-refugee_card'))), 'the answers too');
    assert.equal(await page.locator('.reading mark').textContent(), spoken[0].text);
    await page.locator('[data-question="papers"] [data-answer="refugee_card"]').click();
    await page.waitForFunction(() => window.__cancelled > 0);
    await context.close();
  });
}

test('no "Listen" without a voice of the page\'s language on the device, even with one elsewhere', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(voices(onDevice));
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await page.locator('[data-question="papers"]').waitFor();
  assert.equal(await page.locator('[data-action="listen"]').count(), 0, 'the only English voice is not on the device');
  await page.locator('button.language[lang="ar"]').click();
  await page.locator('[data-question="papers"] [data-action="listen"]').waitFor();
  await context.close();
});
