// Safety for people who may be watched: answers never reach the browser's history or
// profile, quick exit leaves (the whole page, when framed), Back never brings answers back,
// the frame's height says nothing, the NGO's contact cannot be faked by a link, and the
// site owner's notes never reach the person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { interview, dist, root, serveSite, setUp, chromiumArgs, localeText, filesUnder, fixClock, newContext, passNeed } from './support.mjs';

const env = setUp(root); // the repository: demo/ beside dist/
const guide = () => `${env.site.origin}/dist/index.html`;
const EXIT = 'https://www.google.com/**';

// A person facing violence, with a distinctive age, who keeps everything Huquq offers.
const persona = { papers: ['no_papers'], sex: ['not_said'], age: '37', has_children: ['no'], violence: ['yes'], trafficking: ['yes'] };
const traces = ['violence=yes', 'trafficking=yes', 'age=37', 'papers=no_papers', 'violence%3Dyes'];

// A neutral page instead of the real exit site (the network is closed here).
async function neutral(context, pattern = EXIT) {
  await context.route(pattern, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title><p>Weather</p>' }));
}

// Every URL in the profile's History database, through Python's sqlite3 where there is one.
function historyUrls(profile) {
  const db = join(profile, 'Default', 'History');
  try {
    const out = execFileSync('python3', ['-c',
      'import sqlite3,sys; c=sqlite3.connect("file:"+sys.argv[1]+"?mode=ro",uri=True); print("\\n".join(r[0] for r in c.execute("select url from urls")))', db]);
    return out.toString().split('\n').filter(Boolean);
  } catch {
    return null;
  }
}

test('after quick exit, no answer is left in the browser profile, its history, storage or clipboard', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'huquq-profile-'));
  const launch = async () => fixClock(await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs, locale: 'fr-FR',
  }));
  let context = await launch();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  await neutral(context);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(guide());
  await page.locator('[data-action="start"]').click();
  await interview(page, persona);
  await page.locator('[data-right="protection.violence-victim"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.ok(!page.url().includes('#') && !page.url().includes('violence'), `the address holds no answer: ${page.url()}`);

  // Everything a person may choose to keep: remembered (sensitive too), a link, the clipboard.
  await page.locator('#remember').check();
  await page.locator('#remember-sensitive').check();
  await page.locator('[data-action="save-link"]').click();
  await page.locator('.saved-link .sensitive input').check();
  await page.locator('.as-link summary').click();
  await page.locator('[data-action="show-link"]').click();
  assert.match(await page.locator('#saved-link').inputValue(), /violence=yes/);
  await page.locator('[data-action="copy-link"]').click();
  await page.locator('.saved-link .copy-status').filter({ hasText: /\S/ }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /violence=yes/);
  assert.ok(await page.evaluate(() => localStorage.length) > 0);

  await page.locator('[data-action="quick-exit"]').click();
  await page.waitForURL(/google\.com/);
  for (let i = 0; i < 30 && (await page.goBack().catch(() => null)); i++) {
    assert.ok(!page.url().includes('#'), `no history entry holds answers: ${page.url()}`);
    if (page.url().startsWith(env.site.origin)) {
      await page.waitForFunction(() => document.body?.childElementCount > 0 || document.readyState === 'complete');
      assert.equal(await page.locator('[data-right], [data-answer][aria-pressed="true"], .saved-link').count(), 0, `nothing answered at ${page.url()}`);
    }
  }
  const other = await context.newPage();
  await other.goto(guide());
  assert.equal(await other.evaluate(() => navigator.clipboard.readText()), '', 'the link Huquq copied is gone from the clipboard');
  assert.equal(await other.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing in storage');
  await context.close();

  // The profile as the browser left it on disk: History database, session files, everything.
  const found = [];
  for (const file of filesUnder(profile)) {
    const bytes = readFileSync(file);
    for (const trace of traces) if (bytes.includes(trace)) found.push(`${trace} in ${file.slice(profile.length)}`);
  }
  assert.deepEqual(found, []);
  const urls = historyUrls(profile);
  if (urls) {
    assert.ok(urls.some((u) => u.startsWith(env.site.origin)), 'the History database was read');
    assert.deepEqual(urls.filter((u) => u.includes('#')), []);
  }

  // Reopened later: nothing remembered, nothing restored.
  context = await launch();
  const again = context.pages()[0] ?? await context.newPage();
  await again.goto(guide());
  await again.locator('[data-action="start"]').waitFor();
  assert.equal(await again.evaluate(() => localStorage.length), 0);
  await again.locator('[data-action="start"]').click();
  await passNeed(again);
  await again.locator('[data-question="papers"]').waitFor();
  assert.equal(await again.locator('[data-answer][aria-pressed="true"]').count(), 0);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test("the phone's Back button goes to the previous question, and the address never holds an answer", async () => {
  const context = await newContext(env.browser, { locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(guide());
  await page.locator('[data-action="start"]').click();
  await passNeed(page);
  await page.locator('[data-question="papers"] [data-answer="refugee_card"]').click();
  const second = await page.locator('section.question:not([data-question="papers"])').getAttribute('data-question');
  await page.goBack();
  await page.locator('[data-question="papers"] [data-answer="refugee_card"][aria-pressed="true"]').waitFor();
  await page.goForward();
  await page.locator(`[data-question="${second}"]`).waitFor();
  assert.equal(new URL(page.url()).hash, '');

  // A link with answers opens on the welcome, once; then the address is clean.
  const old = await context.newPage();
  await old.goto(`${guide()}#papers=refugee_card&has_children=no`);
  await old.locator('[data-action="start"]').click();
  await passNeed(old);
  await old.locator('section.question:not([data-question="papers"])').waitFor();
  assert.equal(new URL(old.url()).hash, '');
  await context.close();
});

test('Escape three times leaves at once', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  await neutral(context);
  const page = await context.newPage();
  await page.goto(guide());
  await page.locator('[data-action="start"]').click();
  await passNeed(page);
  await page.locator('[data-question="papers"] [data-answer="asylum_seeker"]').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.waitForURL(/google\.com/);
  await context.close();
});

test('quick exit stays on screen on long results', async () => {
  const context = await newContext(env.browser, { locale: 'ar-MA', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(guide());
  await page.locator('[data-action="start"]').click();
  await interview(page, { papers: ['refugee_card'], sex: ['not_said'], age: '30', has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'] });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const box = await page.locator('[data-action="quick-exit"]').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `quick exit is on screen: ${JSON.stringify(box)}`);
  await context.close();
});

// An NGO's page on its own site (another origin) around the frame, with embed.js; what the
// page hears is recorded.
async function embedded(answers) {
  const ngo = mkdtempSync(join(tmpdir(), 'huquq-ngo-'));
  writeFileSync(join(ngo, 'index.html'), `<!doctype html><title>NGO</title><h1>Association exemple</h1>
    <iframe data-huquq title="Huquq" data-exit="https://www.example.org/" style="width:100%;border:0"
      src="${guide()}?ngo=Association+exemple&ngo_address=Rabat"></iframe>
    <script src="${env.site.origin}/dist/embed.js"></script>`);
  const host = await serveSite(ngo);
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 800, height: 700 } });
  await neutral(context, 'https://www.example.org/**');
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.heard = [];
    window.addEventListener('message', (event) => window.heard.push(JSON.stringify(event.data)));
  });
  await page.goto(`${host.origin}/`);
  const inFrame = () => page.frames().find((f) => f.url().includes('/dist/index.html'));
  await page.frameLocator('iframe[data-huquq]').locator('[data-action="start"]').click();
  await interview(inFrame(), answers);
  const height = await page.locator('iframe[data-huquq]').evaluate((f) => f.getBoundingClientRect().height);
  return { context, page, inFrame, height, close: async () => { await context.close(); await host.close(); } };
}

test('the frame height says nothing of the answers, and quick exit in the frame leaves the whole page', async () => {
  const base = { papers: ['no_papers'], sex: ['not_said'], age: '30', has_children: ['yes'], children_ages: ['age_6_to_15', 'continue'] };
  const quiet = await embedded({ ...base, violence: ['no'] });
  const hurt = await embedded({ ...base, violence: ['yes'] });
  assert.equal(hurt.height, quiet.height, 'the same height whatever was answered');
  assert.equal(quiet.height, 700, 'as tall as the window');
  for (const { page } of [quiet, hurt]) {
    const heard = await page.evaluate(() => window.heard);
    assert.deepEqual(heard, [], 'the guide tells the page around it nothing');
  }
  const contact = hurt.page.frameLocator('iframe[data-huquq]').locator('.ngo');
  assert.equal((await contact.locator('.ngo-name').textContent()).trim(), 'Association exemple');
  assert.ok(await contact.locator('[data-given-by="frame"]').isVisible(), 'labelled as given by the page around');
  await hurt.page.frameLocator('iframe[data-huquq]').locator('[data-action="quick-exit"]').click();
  await hurt.page.waitForURL('https://www.example.org/');
  await quiet.close();
  await hurt.close();
});

test('a link cannot put a contact in the guide; notices for the site owner never reach the person', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  const fake = new URLSearchParams({
    ngo: 'HCR Maroc (officiel)', ngo_phone: '+212 600 000 000', ngo_address: 'Payez 500 DH par Wafacash', accent: '#004488',
  });
  await page.goto(`${guide()}?${fake}&Votre+dossier+HCR+est+ferm%C3%A9.+Appelez+le+0600000000=1`);
  await page.locator('#welcome-title').waitFor(); // the app's welcome, not the page's own
  await page.waitForTimeout(300); // the site file's fetch has answered
  assert.equal(await page.locator('.ngo').count(), 0, 'no contact from the address outside a frame');
  const text = await page.locator('body').textContent();
  for (const bad of ['Wafacash', 'HCR Maroc', 'dossier', '0600000000']) assert.ok(!text.includes(bad), `${bad} is not shown`);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#00594f', 'the default colour stays');

  // The admin view names the refused settings it knows, and only counts the others.
  await page.goto(`${guide()}?ngo=%E2%80%AEHCR&Votre+dossier+HCR+est+ferm%C3%A9=1&admin=1`);
  const admin = page.locator('[data-admin]');
  await admin.locator('[data-refused]').waitFor();
  assert.equal(await admin.locator('[data-refused]').getAttribute('data-refused'), 'ngo');
  assert.ok(!(await admin.textContent()).includes('dossier'));
  await context.close();
});

test('a 300,000-character setting name is not echoed and costs under 100 ms', async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  const name = 'A'.repeat(300_000);
  await page.goto(`${guide()}?admin=1&${name}=1`);
  await page.locator('[data-action="start"]').waitFor();
  const cost = await page.evaluate(() => performance.getEntriesByName('huquq-settings')[0].duration);
  assert.ok(cost < 100, `reading the settings took ${cost} ms`);
  assert.ok(!(await page.locator('body').textContent()).includes('AAAAAAAAAA'));
  await page.locator('[data-admin] [data-refused]').waitFor();
  await context.close();
});

test("the site owner's file sets the contact, the colour and where quick exit goes; its mistakes go to the admin view", async () => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  cpSync(dist, copy, { recursive: true });
  writeFileSync(join(copy, 'huquq-site.toml'),
    '# Our contact\nngo = "Association Al Amal"\nngo_phone = "+212 5 37 00 00 00"\naccent = "#004488"\nexit_to = "https://meteo.example.org/"\ncolour = "red"\n');
  const local = await serveSite(copy);
  const context = await newContext(env.browser, { locale: 'en-GB' });
  await neutral(context, 'https://meteo.example.org/**');
  const page = await context.newPage();
  await page.goto(`${local.origin}/`);
  await page.locator('.ngo-name').waitFor();
  assert.equal((await page.locator('.ngo-name').textContent()).trim(), 'Association Al Amal');
  assert.equal(await page.locator('[data-given-by]').count(), 0, 'the owner speaks in the guide\'s voice');
  assert.equal(await page.locator('[data-admin]').count(), 0, 'no admin notes for the person');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#004488');

  await page.goto(`${local.origin}/?admin=1`);
  const error = page.locator('[data-admin] .error').first();
  await error.waitFor();
  assert.match(await error.textContent(), /huquq-site\.toml: \S.*6.*1/, 'the mistake is drawn whole, never a file name alone');
  await page.locator('[data-action="quick-exit"]').click();
  await page.waitForURL('https://meteo.example.org/');
  await context.close();
  await local.close();
  rmSync(copy, { recursive: true, force: true });
});

test("counsellor: New interview resets remember, empties the clipboard Huquq wrote, and the person's copy leaves sensitive answers out", async () => {
  const context = await newContext(env.browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const page = await context.newPage();
  await page.goto(`${guide()}?mode=counsellor`);
  const question = (id) => page.locator(`.case-form [data-question="${id}"]`);
  await question('violence').locator('[data-answer="yes"]').click();
  await page.locator('[data-right="protection.violence-victim"][data-status="eligible"]').waitFor({ state: 'attached' });
  await page.locator('#remember').check();
  assert.ok(await page.evaluate(() => localStorage.length) > 0);

  const summary = () => page.locator('.case-summary textarea').inputValue();
  assert.ok(!(await summary()).includes(localeText('fr', 'question-violence')), 'sensitive answers left out by default');
  await page.locator('.summary-sensitive input').check();
  assert.ok((await summary()).includes(localeText('fr', 'question-violence')), 'included when ticked');
  await page.locator('.case-summary button.copy').click();
  await page.locator('.copy-status').filter({ hasText: /\S/ }).waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).length > 0);

  await page.locator('button.new-interview').click();
  await page.waitForFunction(() => localStorage.length === 0);
  assert.equal(await page.locator('#remember').isChecked(), false, 'remember is off for the next person');
  assert.equal(await page.locator('.summary-sensitive input').isChecked(), false);
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t === ''));
  await context.close();
});
