// The guide in each engine people's browsers run on (tests/e2e/engines.mjs): Chromium,
// Firefox ESR and WebKitGTK, Safari's engine. In each, a person in French and one in Arabic
// reach the results with the same statuses as in Chromium; a first visit asks the site for
// every file once and its console stays quiet, and so does a reload offline, which still
// answers; the counsellor's page never asks for the first module; quick exit and Escape three
// times leave nothing behind; the short print's mark goes even without `afterprint`; on a
// phone, counsellor mode's bar opens the results and leads back.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, serveSite, localeText } from './support.mjs';
import { ENGINES, launch, recordConsole } from './engines.mjs';
import { personas } from './personas.mjs';

// A copy of the site, with a page of no script on its origin to look at what quick exit left,
// a site file whose quick exit leads to an address that fails at once (no network here), and
// its page recording its console for WebKit.
const copy = mkdtempSync(join(tmpdir(), 'huquq-engines-'));
cpSync(dist, copy, { recursive: true });
writeFileSync(join(copy, 'probe.html'), '<!doctype html><title>probe</title>');
const EXIT = 'https://127.0.0.1:65000/';
writeFileSync(join(copy, 'huquq-site.toml'), `ngo = "Association Al Amal"\nexit_to = "${EXIT}"\n`);
recordConsole(copy);
after(() => rmSync(copy, { recursive: true, force: true }));

// The files the page fetches and hands to the offline worker, which does not ask for them
// again: the texts, the first module's WebAssembly, the site file.
const FETCHED = /^\/(texts-|huquq-(?!full-).*_bg\.wasm$|huquq-site\.toml$)/;
// The first module's files, which the counsellor's page never runs.
const FIRST_MODULE = /^\/huquq-(?!full-)[0-9a-f]+(_bg\.wasm|\.js)$/;
// Chromium's statuses per person, which the other engines must give too.
const inChromium = new Map();
const people = {
  fr: personas['man without papers in Tangier (fr)'].answers,
  ar: personas['refugee mother of three (ar)'].answers,
};

// Taps Start on the app's own welcome (`#welcome-title` is the app's alone): the page's
// welcome, shown before the WebAssembly arrives, gives way to it when the app mounts, and a
// driver that found its Start just before (WebKit's) clicks a node no longer there.
async function start(page) {
  await page.waitFor('#welcome-title');
  await page.click('[data-action="start"]');
}

// Answers every question from `answers` (as `interview` in support.mjs takes them), in
// whatever order the guide asks, until the results show; returns each right's status in the
// order of the page.
async function interview(page, answers) {
  await start(page);
  for (let asked = 0; ; asked++) {
    assert.ok(asked <= 40, 'the interview ends');
    const at = await page.until(() =>
      document.querySelector('#results-title') ? ' results' : document.querySelector('section.question')?.dataset.question);
    if (at === ' results') break;
    const given = answers[at];
    if (typeof given === 'string') {
      await page.fill('section.question input', given);
      await page.click('section.question button[type="submit"]');
    } else {
      const values = given ?? [(await page.count('section.question [data-answer="dont_know"]')) ? 'dont_know' : 'no'];
      for (const value of values) await page.click(`section.question [data-answer="${value}"]`);
    }
    await page.until((previous) => document.querySelector('section.question')?.dataset.question !== previous, at);
  }
  return page.until(() => {
    const cards = [...document.querySelectorAll('[data-right]')];
    return cards.length > 0 && cards.every((card) => card.dataset.status) && cards.map((card) => `${card.dataset.right} ${card.dataset.status}`);
  });
}

// Waits until the server has sent nothing for a second, and returns what it sent.
async function quiet(site) {
  for (let seen = -1; seen !== site.sent.length;) {
    seen = site.sent.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return site.sent;
}

// Requests per file, and how many of them carried the file (200).
function perFile(sent) {
  const files = new Map();
  for (const { path, status } of sent) {
    const file = files.get(path) ?? { asked: 0, sent: 0, statuses: [] };
    file.asked += 1;
    file.sent += status === 200 ? 1 : 0;
    file.statuses.push(status);
    files.set(path, file);
  }
  return files;
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(() => browser?.close());

    for (const [language, answers] of Object.entries(people)) {
      test(`${engine}: a person in ${language} reaches the results, with the statuses Chromium gives`, async () => {
        const site = await serveSite(copy);
        const page = await browser.open();
        await page.goto(`${site.origin}/?lang=${language}`);
        await page.waitFor('[data-action="start"]');
        assert.equal(await page.text('h1'), localeText(language, 'welcome-title'));
        assert.equal(await page.evaluate(() => document.documentElement.dir), language === 'ar' ? 'rtl' : 'ltr');
        const statuses = await interview(page, answers);
        assert.equal(await page.evaluate(() => document.documentElement.lang), language);
        assert.equal(await page.text('[data-right="health.primary-care"] .line-title'), localeText(language, 'right-health-primary-care'));
        if (engine === 'chromium') inChromium.set(language, statuses);
        assert.ok(inChromium.has(language), 'Chromium ran first');
        assert.deepEqual(statuses, inChromium.get(language));
        assert.deepEqual(await page.problems(), [], 'nothing said in the console');
        await page.close();
        await site.close();
      });
    }

    test(`${engine}: a first visit asks once for each file the page fetches; offline, a reload still answers; the console stays quiet`, async () => {
      const site = await serveSite(copy);
      const page = await browser.open();
      await page.goto(`${site.origin}/`);
      await start(page);
      await page.waitFor('section.question');
      // The offline worker in charge, and what comes after the first screen here.
      await page.until(() => navigator.serviceWorker.controller !== null, undefined, 60000);
      const files = perFile(await quiet(site));
      const table = [...files].map(([path, f]) => `${path} ${f.statuses.join(',')}`);
      console.log(`${engine}, first visit:\n  ${table.join('\n  ')}`);
      for (const [path, file] of files) {
        if (FETCHED.test(path)) {
          assert.deepEqual(file.statuses, [200], `${path}: asked for once, by the page, which hands it to the offline worker`);
        } else {
          // What the offline worker keeps at the first visit (the page, its scripts and style
          // sheets, the second module, the details), also asked for by the page: "not
          // modified" from a browser's HTTP cache. WebKit's driver browses privately, with no
          // HTTP cache shared with the worker: sent again.
          const again = engine === 'webkit' ? 200 : 304;
          assert.ok([[200], [200, again]].some((s) => s.join() === file.statuses.join()), `${path}: ${file.statuses}`);
        }
      }
      assert.ok(files.has('/huquq-site.toml'), 'the site file asked for');
      assert.deepEqual(await page.problems(), [], 'nothing said in the console on a first visit');

      await site.close();
      await page.reload();
      const statuses = await interview(page, people.fr);
      assert.deepEqual(statuses, inChromium.get('fr'), 'offline, the same statuses');
      assert.deepEqual(await page.problems(), [], 'nothing said in the console offline');
      await page.close();
    });

    test(`${engine}: the counsellor's page never asks for the first module`, async () => {
      const site = await serveSite(copy);
      const page = await browser.open();
      await page.goto(`${site.origin}/?mode=counsellor&lang=fr`);
      await page.waitFor('.counsellor');
      const paths = (await quiet(site)).map((s) => s.path);
      assert.ok(paths.some((path) => path.startsWith('/huquq-full-')), paths.join(' '));
      assert.deepEqual(paths.filter((path) => FIRST_MODULE.test(path)), []);
      assert.deepEqual(await page.problems(), [], 'nothing said in the console');
      await page.close();
      await site.close();
    });

    test(`${engine}: quick exit, and Escape three times, leave and take the guide's offline copy along`, async () => {
      const site = await serveSite(copy);
      const page = await browser.open();
      const left = async (how) => {
        // Asked of the browser, not of the page, which is going.
        for (let waited = 0; waited < 100 && (await page.url()).startsWith(site.origin); waited++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.ok(!(await page.url()).startsWith(site.origin), `${how}: left the guide for ${EXIT}: ${await page.url()}`);
        await page.goto(`${site.origin}/probe.html`);
        const kept = await page.evaluate(async () => ({
          workers: (await navigator.serviceWorker.getRegistrations()).length,
          caches: await caches.keys(),
          storage: Object.keys(localStorage),
        }));
        assert.deepEqual(kept, { workers: 0, caches: [], storage: ['left'] });
      };
      for (const leave of ['button', 'Escape']) {
        await page.goto(`${site.origin}/?lang=fr`);
        await start(page);
        await page.click('[data-question="need"] [data-answer="continue"]');
        await page.click('[data-question="papers"] [data-answer="no_papers"]');
        await page.waitFor('section.question:not([data-question="papers"])');
        await page.until(() => navigator.serviceWorker.controller !== null, undefined, 60000);
        if (leave === 'button') await page.click('[data-action="quick-exit"]');
        else for (let i = 0; i < 3; i++) await page.press('Escape');
        await left(leave);
      }
      await page.close();
      await site.close();
    });

    test(`${engine}: the short print's mark goes at the next key, even without afterprint`, async () => {
      const site = await serveSite(copy);
      const page = await browser.open();
      await page.goto(`${site.origin}/?lang=fr`);
      await interview(page, people.fr);
      // The browser's print dialog never opens under a driver: as WebKit there, no `afterprint`.
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.click('[data-action="print-short"]');
      await page.until(() => document.body.classList.contains('print-short'));
      await page.press('Shift');
      await page.until(() => !document.body.classList.contains('print-short'));
      await page.close();
      await site.close();
    });

    // As counsellor.test.mjs does in Chromium, in short: from a question halfway down the form,
    // the bar pinned on screen opens the results, their title in view and focused, with the
    // counts the bar showed; its way back leads to the same question. WebKitGTK's window is no
    // narrower than about 450 px: still a phone's layout, which the bar shows.
    test(`${engine}: on a phone, counsellor mode's bar opens the results from a question and leads back to it`, async () => {
      const site = await serveSite(copy);
      const page = await browser.open();
      await page.resize(360, 740);
      await page.goto(`${site.origin}/?mode=counsellor&lang=fr`);
      await page.click('.case-form [data-question="papers"] [data-answer="no_papers"]');
      await page.waitFor('.case-form [data-question="papers"] [data-answer="no_papers"][aria-pressed="true"]');
      const onScreen = (selector) => page.evaluate((s) => {
        const box = document.querySelector(s)?.getBoundingClientRect();
        return Boolean(box) && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 1;
      }, selector);
      // A question halfway down the form, far from where the bar would be if it were not pinned.
      const middle = await page.evaluate(() => {
        const questions = [...document.querySelectorAll('.case-form [data-question]')];
        const question = questions[Math.floor(questions.length / 2)];
        question.scrollIntoView({ block: 'start' });
        return question.dataset.question;
      });
      assert.ok(await onScreen('[data-action="to-results"]'), `the bar is on screen at ${middle}`);
      const shown = await page.text('[data-action="to-results"] .phone-bar-counts');
      await page.click('[data-action="to-results"]');
      await page.until(() => document.activeElement?.id === 'case-results-title');
      assert.ok(await onScreen('#case-results-title'), 'the results\' title is on screen');
      const counted = await page.evaluate(() => {
        const rights = [...document.querySelectorAll('.case-results [data-right][data-status]')];
        return ['eligible', 'undetermined', 'not_eligible'].map((s) => rights.filter((r) => r.dataset.status === s).length);
      });
      assert.ok(counted[0] > 0, `rights for a man without papers: ${counted}`);
      assert.deepEqual(shown.match(/\d+/g).map(Number), counted, `the bar's counts (${shown})`);
      await page.click('[data-action="back-to-question"]');
      const at = await page.until(() => document.activeElement?.closest('.case-form [data-question]')?.dataset.question);
      assert.equal(at, middle, 'back to the same question');
      assert.deepEqual(await page.problems(), [], 'nothing said in the console');
      await page.close();
      await site.close();
    });
  });
}
