// Quick exit on a real phone's terms: Chromium with its back-forward cache ON (Playwright
// turns it off by default), a real profile on disk, every path between the modes. After quick
// exit, Back and Forward never draw a screen of the guide again, the profile keeps no answer
// and no right's name, and no service worker is left. (A second module that cannot load:
// tests/e2e/failure.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { interview, dist, serveSite, chromiumArgs, localeText, filesUnder, fixClock, passNeed } from './support.mjs';

// A person facing violence and trafficking, with a distinctive age.
const persona = { papers: ['no_papers'], sex: ['not_said'], age: '37', has_children: ['no'], violence: ['yes'], trafficking: ['yes'] };
const traces = [
  'violence=yes', 'trafficking=yes', 'age=37', 'papers=no_papers', 'violence%3Dyes',
  'protection.violence-victim', 'protection.trafficking-victim', 'right-protection',
];
const EXIT = 'https://www.google.com/**';
// Every screen of the guide: welcome, question, review, results, counsellor, admin, code,
// the loading and failure lines of the first module.
const SCREENS = '.welcome, section.question, .review, .results, .counsellor, [data-admin], .resume, .load-failed, .loading';

let site;
test.before(async () => {
  site = await serveSite(dist);
});
test.after(() => site.close());

// A persistent profile with the back-forward cache as phones have it. Every document of the
// guide reports, on the console, a screen drawn: inserted, or shown again by the cache.
async function phone(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'huquq-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    locale: 'fr-FR',
    viewport: { width: 360, height: 740 },
    ...options,
  });
  await fixClock(context);
  await context.route(EXIT, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title><p>Weather</p>' }));
  // Each line says when: a page restored from the cache may repeat its older lines.
  await context.addInitScript((screens) => {
    if (!document.querySelector) return;
    const seen = () => {
      if (document.querySelector(screens)) console.log(`huquq-drawn ${Date.now()} ${location.href}`);
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    addEventListener('pageshow', (event) => {
      console.log(`huquq-shown ${event.persisted} ${Date.now()} ${location.href}`);
      if (event.persisted) requestAnimationFrame(seen);
    });
  }, SCREENS);
  const page = context.pages()[0] ?? (await context.newPage());
  const log = [];
  page.on('console', (message) => log.push(message.text()));
  return { profile, context, page, log };
}

// The traces of a person in the profile's History, Favicons, Sessions, storage and caches.
function tracesIn(profile) {
  const watched = /History|Favicons|Sessions|Session Storage|Local Storage|CacheStorage|Cache Storage|Service Worker/;
  const found = [];
  for (const file of filesUnder(profile).filter((f) => watched.test(f))) {
    const bytes = readFileSync(file);
    for (const trace of traces) if (bytes.includes(trace)) found.push(`${trace} in ${file.slice(profile.length)}`);
  }
  return found;
}

// Quick exit, then Back and Forward up to ten times each: no screen of the guide is drawn.
async function exitAndLookBack(phone, press = (page) => page.locator('[data-action="quick-exit"]').click(), exit = /google\.com/) {
  const { page, log } = phone;
  await press(page);
  await page.waitForURL(exit);
  // The pages' clock, set on the tests' day (`fixClock`).
  const since = await page.evaluate(() => Date.now());
  // `commit`: a page restored from the back-forward cache fires no `load`.
  for (const move of ['goBack', 'goForward']) {
    for (let i = 0; i < 10; i++) {
      const moved = await page[move]({ waitUntil: 'commit', timeout: 5000 }).catch(() => null);
      await page.waitForTimeout(300);
      if (!moved && exit.test(page.url())) break;
    }
  }
  await page.waitForTimeout(300);
  const drawn = log.filter((line) => line.startsWith('huquq-drawn') && Number(line.split(' ')[1]) >= since);
  assert.deepEqual(drawn, [], 'no screen of the guide is drawn again');
  return log.filter((line) => line.startsWith('huquq-shown') && Number(line.split(' ')[2]) >= since);
}

async function closeAndSearch(phone) {
  const { profile, context, page } = phone;
  assert.deepEqual(tracesIn(profile), [], 'with the browser running');
  // A document that runs no script, on the guide's origin: what is still registered there.
  const probe = await context.newPage();
  await probe.goto(`${site.origin}/icon.svg`);
  assert.equal(await probe.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0, 'no service worker left');
  await context.close();
  assert.deepEqual(tracesIn(profile), [], 'after the browser is closed');
  rmSync(profile, { recursive: true, force: true });
  return page;
}

test('the back-forward cache is on in these tests, as on a phone', async () => {
  const p = await phone();
  await p.page.goto(`${site.origin}/`);
  await p.page.locator('[data-action="start"]').waitFor();
  await p.page.evaluate(() => navigator.serviceWorker.ready);
  await p.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await p.page.goto('https://www.google.com/search?q=control');
  const since = await p.page.evaluate(() => Date.now());
  await p.page.goBack({ waitUntil: 'commit' });
  await p.page.locator('[data-action="start"]').waitFor();
  const shown = p.log.filter((line) => line.startsWith('huquq-shown true') && Number(line.split(' ')[2]) >= since);
  assert.equal(shown.length, 1, `the guide came back from the cache: ${p.log.join(' | ')}`);
  await p.context.close();
  rmSync(p.profile, { recursive: true, force: true });
});

test('guide: after quick exit from the results, Back and Forward show nothing of the guide', async () => {
  const p = await phone();
  await p.page.goto(`${site.origin}/`);
  await p.page.locator('[data-action="start"]').click();
  await interview(p.page, persona);
  await p.page.locator('[data-right="protection.violence-victim"]').first().waitFor({ state: 'attached' });
  await exitAndLookBack(p);
  await closeAndSearch(p);
});

test('counsellor mode and back to the guide are switched in the page: no page with answers is left behind', async () => {
  for (const leave of [false, true]) {
    const p = await phone({ viewport: { width: 1280, height: 900 } });
    await p.page.goto(`${site.origin}/`);
    await p.page.locator('[data-action="start"]').click();
    await interview(p.page, persona);
    // Back to the welcome, as a person does, then counsellor mode.
    while (!(await p.page.locator('[data-action="start"]').count())) await p.page.goBack();
    await p.page.locator('[data-action="counsellor"]').click();
    await p.page.locator('#counsellor-title').waitFor();
    assert.equal(new URL(p.page.url()).search, '', 'no new page: the address stays');
    assert.equal(await p.page.locator('.case-form [data-question="violence"] [data-answer="yes"]').getAttribute('aria-pressed'), 'true',
      'the answers came along, in memory');
    await p.page.locator('.case-form [data-question="homeless"] [data-answer="yes"]').click();
    if (leave) {
      await p.page.locator('[data-action="leave-counsellor"]').click();
      await p.page.locator('[data-action="start"]').waitFor();
    }
    await exitAndLookBack(p);
    await closeAndSearch(p);
  }
});

test("the results' links move the focus and set no address; quick exit over the counter card", async () => {
  const p = await phone();
  await p.page.goto(`${site.origin}/`);
  await p.page.locator('[data-action="start"]').click();
  await interview(p.page, persona);
  const address = p.page.url();
  const today = p.page.locator('.today .urgent button.open-right').first();
  await today.click();
  assert.equal(p.page.url(), address, 'no fragment, no right in the address');
  const focused = await p.page.evaluate(() => document.activeElement?.id ?? '');
  assert.match(focused, /^title-protection-/, 'the focus is on the right');
  await p.page.locator('[data-action="results-back"]').first().click();
  const lines = await p.page.locator('.lines [data-right]').evaluateAll((found) => found.map((l) => l.dataset.right));
  for (const right of lines) {
    await p.page.locator(`.lines [data-right="${right}"] button`).click();
    await p.page.locator(`article[data-right="${right}"]`).waitFor();
    assert.equal(p.page.url(), address, right);
    await p.page.locator('[data-action="results-back"]').first().click();
  }
  await p.page.locator('#results-title').waitFor();
  // The card to show at the counter is open: quick exit is still the element a tap reaches.
  await p.page.locator(`.lines [data-right="${lines[0]}"] button`).click();
  await p.page.evaluate(() => document.querySelectorAll('details.more').forEach((d) => { d.open = true; }));
  await p.page.locator('[data-action="counter"]:visible').first().click();
  await p.page.locator('.counter-card').waitFor();
  const exit = p.page.locator('[data-action="quick-exit"]');
  const box = await exit.boundingBox();
  const reached = await p.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-action="quick-exit"]') !== null,
    [box.x + box.width / 2, box.y + box.height / 2]);
  assert.ok(reached, 'quick exit is not covered by the card');
  await exitAndLookBack(p, (page) => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
  await closeAndSearch(p);
});

test('continue later: a code typed back, never an address; the link only behind a warning', async () => {
  const p = await phone();
  await p.page.goto(`${site.origin}/`);
  await p.page.locator('[data-action="start"]').click();
  await interview(p.page, persona);
  await p.page.locator('[data-action="save-link"]').click();
  await p.page.locator('.saved-link .sensitive input').check();
  const code = await p.page.locator('#saved-code').inputValue();
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  assert.equal(await p.page.locator('#saved-link').count(), 0, 'no link unless asked for');
  await p.page.locator('.as-link summary').click();
  assert.equal((await p.page.locator('.as-link [role="note"]').textContent()).trim(), localeText('fr', 'save-link-history'));
  await p.page.locator('[data-action="show-link"]').click();
  assert.match(await p.page.locator('#saved-link').inputValue(), /violence=yes/);

  // Another visit: the code typed on the welcome brings the same results back.
  await p.page.goto('https://www.google.com/search?q=later');
  await p.page.goto(`${site.origin}/`);
  await p.page.locator('[data-action="resume"]').click();
  await p.page.locator('#resume-code').fill('ZZZZ-ZZZZ');
  await p.page.locator('[data-action="resume-go"]').click();
  assert.equal((await p.page.locator('#resume-error').textContent()).trim(), localeText('fr', 'resume-unreadable'));
  await p.page.locator('#resume-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await p.page.locator('[data-action="resume-go"]').click();
  await p.page.locator('[data-right="protection.violence-victim"][data-status="eligible"]').waitFor({ state: 'attached' });
  assert.equal(new URL(p.page.url()).hash, '');
  await exitAndLookBack(p);
  await closeAndSearch(p);
});

test('offline after a first visit: quick exit still leaves nothing, and the site file is kept', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'huquq-site-'));
  for (const file of filesUnder(dist)) {
    const to = join(copy, file.slice(dist.length));
    mkdirSync(join(to, '..'), { recursive: true });
    writeFileSync(to, readFileSync(file));
  }
  writeFileSync(join(copy, 'huquq-site.toml'), 'ngo = "Association Al Amal"\nexit_to = "https://meteo.example.org/"\n');
  const local = await serveSite(copy);
  const p = await phone();
  await p.context.route('https://meteo.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title>' }));
  await p.page.goto(`${local.origin}/`);
  await p.page.locator('[data-action="start"]').click();
  await passNeed(p.page);
  await p.page.locator('[data-question="papers"]').waitFor();
  await p.page.evaluate(() => navigator.serviceWorker.ready);
  await p.page.waitForTimeout(1000); // the worker keeps the shell and the site file
  await p.context.setOffline(true);
  await p.page.reload();
  await p.page.locator('.ngo-name').waitFor();
  await p.page.locator('[data-action="start"]').click();
  await interview(p.page, persona);
  const pressOffline = async (page) => {
    await page.locator('[data-action="quick-exit"]').click();
    await page.waitForURL(/meteo\.example\.org/);
    await p.context.setOffline(false);
  };
  await exitAndLookBack(p, pressOffline, /meteo\.example\.org/);
  await local.close();
  await closeAndSearch(p);
  rmSync(copy, { recursive: true, force: true });
});

test("embedded: the NGO page's own quick exit, the guide's exit address, nothing drawn after", async () => {
  const ngo = mkdtempSync(join(tmpdir(), 'huquq-ngo-'));
  writeFileSync(join(ngo, 'index.html'), `<!doctype html><html lang="en"><title>NGO</title><h1>Association</h1>
    <div style="height:3000px">Long page</div>
    <iframe data-huquq title="Huquq" style="width:100%;border:0" src="${site.origin}/?lang=ar"></iframe>
    <script src="${site.origin}/embed.js"></script>`);
  const host = await serveSite(ngo);
  const p = await phone();
  await p.page.goto(`${host.origin}/`);
  const button = p.page.locator('.huquq-quick-exit');
  assert.equal((await button.textContent()).trim(), localeText('ar', 'quick-exit'), "in the frame's language");
  await p.page.evaluate(() => window.scrollTo(0, 2500));
  const box = await button.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 100, `the NGO page's quick exit stays in view: ${JSON.stringify(box)}`);
  const frame = p.page.frameLocator('iframe[data-huquq]');
  await frame.locator('[data-action="start"]').click();
  await passNeed(frame);
  await frame.locator('[data-question="papers"] [data-answer="no_papers"]').click();
  await frame.locator('section.question:not([data-question="papers"])').waitFor();
  await exitAndLookBack(p, () => button.click());
  await host.close();
  await closeAndSearch(p);
  rmSync(ngo, { recursive: true, force: true });
});
