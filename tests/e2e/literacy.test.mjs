// For people who read little: numbers typed as they know them, errors that say what is
// expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, interview, localeText, setUp, newContext, passNeed } from './support.mjs';

const env = setUp();

async function toAge(locale) {
  const context = await newContext(env.browser, { locale });
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
    // The bounds between isolation marks, as the page shows them.
    assert.equal(await error.textContent(), localeText(language, 'answer-range-years', undefined, { min: 0, max: 110 }));
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
    const context = await newContext(env.browser, { locale });
    await context.addInitScript(voices(onDevice));
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator('[data-action="start"]').click();
    await passNeed(page);
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

test('"Listen" on the first question goes on while the second module arrives and draws its results off the page', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  await context.addInitScript(voices(onDevice));
  // The second module held back until the question is being read.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/huquq-full-*', async (route) => { await held; await route.fallback(); });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await page.locator('[data-question="need"] [data-action="listen"]').click();
  await page.locator('.reading mark[data-reading]').waitFor();
  // Each reading starts by stopping any other.
  const stopped = await page.evaluate(() => window.__cancelled ?? 0);
  release();
  await page.waitForFunction(() => typeof globalThis.huquqResume === 'function');
  // Its results drawn and taken down off the page, four frames after its texts and details.
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.__cancelled ?? 0), stopped, 'nothing stopped the reading');
  await context.close();
});

test('no "Listen" without a voice of the page\'s language on the device, even with one elsewhere', async () => {
  const context = await newContext(env.browser, { locale: 'en-GB' });
  await context.addInitScript(voices(onDevice));
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await passNeed(page);
  await page.locator('[data-question="papers"]').waitFor();
  assert.equal(await page.locator('[data-action="listen"]').count(), 0, 'the only English voice is not on the device');
  await page.locator('button.language[lang="ar"]').click();
  await page.locator('[data-question="papers"] [data-action="listen"]').waitFor();
  await context.close();
});

test('"Listen" on a result card reads its title and plain sentence; quick exit stops the voice', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  await context.addInitScript(voices(onDevice));
  await context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }));
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['no_papers'], has_children: ['no'], age: '30', sex: ['man'], region: ['oriental'] });
  await page.locator('.line[data-right="health.primary-care"] button').click();
  const card = page.locator('article[data-right="health.primary-care"]');
  await card.locator('[data-action="listen"]').click();
  await page.waitForFunction(() => window.__spoken.length > 0);
  const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text).join(' '));
  assert.ok(spoken.startsWith(localeText('fr', 'right-health-primary-care')), spoken);
  assert.ok(spoken.includes(localeText('fr', 'right-health-primary-care', 'summary').split('. ')[0]), spoken);
  let stopped = 0;
  await page.exposeFunction('huquqTestStopped', () => { stopped += 1; });
  await page.evaluate(() => {
    const cancel = window.speechSynthesis.cancel;
    window.speechSynthesis.cancel = () => { window.huquqTestStopped(); cancel(); };
  });
  await page.locator('[data-action="quick-exit"]').click();
  await page.waitForURL(/google\.com/);
  assert.ok(stopped > 0, 'the voice stops before the page is left');
  await context.close();
});

test('"Listen" on "today" and on "start here" reads what each says', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  await context.addInitScript(voices(onDevice));
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['no_papers'], has_children: ['no'], age: '16', alone_minor: ['yes'], sex: ['man'], homeless: ['yes'], region: ['oriental'] });
  for (const [section, title] of [['.today', 'today-title'], ['.start-here', 'start-then']]) {
    await page.evaluate(() => { window.__spoken.length = 0; });
    await page.locator(`${section} [data-action="listen"]`).click();
    await page.waitForFunction(() => window.__spoken.length > 0);
    const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text).join(' '));
    assert.ok(spoken.startsWith(localeText('fr', title)), spoken);
    const first = await page.locator(`${section} button[data-open] strong`).first().textContent();
    assert.ok(spoken.includes(first), `${first} in: ${spoken}`);
    await page.locator(`${section} [data-action="listen"]`).click();
  }
  await context.close();
});

test('each status and each domain of the results has an icon beside its words, never alone', async () => {
  const context = await newContext(env.browser, { locale: 'ar-MA' });
  const page = await context.newPage();
  await page.goto(env.site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['asylum_seeker'], has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'], age: '30', sex: ['woman'], pregnant: ['yes'], region: ['oriental'] });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const statuses = await page.locator('.line[data-status] .status').evaluateAll((found) => found.map((s) => ({
    status: s.closest('[data-status]').dataset.status, icon: getComputedStyle(s.querySelector('.icon')).maskImage || getComputedStyle(s.querySelector('.icon')).webkitMaskImage, words: s.textContent.trim(),
  })));
  // Each domain is named, with its icon, on the screen of a right: one right of each domain.
  const domains = [];
  const firstOfDomain = await page.locator('.line[data-right]').evaluateAll((lines) => [...new Map(lines.map((l) => [l.dataset.right.split('.')[0], l.dataset.right])).values()]);
  for (const right of firstOfDomain) {
    await page.locator(`.line[data-right="${right}"] button`).click();
    const name = page.locator('.domain-name');
    domains.push(await name.evaluate((h) => {
      const before = getComputedStyle(h, '::before');
      return { domain: h.dataset.domain, icon: before.maskImage || before.webkitMaskImage, words: h.textContent.trim() };
    }));
    await page.locator('[data-action="results-back"]').first().click();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  }
  const icons = { statuses, domains };
  const byStatus = new Map(icons.statuses.map((s) => [s.status, s.icon]));
  assert.equal(byStatus.size, 3, 'all three statuses are on this page');
  assert.equal(new Set(byStatus.values()).size, 3, 'one icon per status: not told by colour alone');
  for (const s of icons.statuses) assert.ok(s.icon.startsWith('url("data:image/svg+xml') && s.words.length > 0, JSON.stringify(s));
  assert.ok(icons.domains.length >= 3);
  for (const d of icons.domains) assert.ok(d.icon.startsWith('url("data:image/svg+xml') && d.words.length > 0, JSON.stringify(d));
  await context.close();
});

for (const theme of ['dark', 'contrast']) {
  test(`no accessibility violation in the ${theme} theme, on a question and on the results`, async () => {
    const context = await newContext(env.browser, { locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(env.site.origin + '/');
    await page.locator(`#theme-${theme}`).check();
    await page.locator('[data-action="start"]').click();
    await passNeed(page);
    await page.locator('[data-question="papers"]').waitFor();
    await axe(page, `a question, ${theme} theme`);
    await interview(page, { papers: ['no_papers'], has_children: ['no'], age: '16', alone_minor: ['yes'], sex: ['man'], homeless: ['yes'], region: ['oriental'] });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await axe(page, `the results, ${theme} theme`);
    await context.close();
  });
}
