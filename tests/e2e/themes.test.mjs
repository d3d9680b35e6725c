// Every theme, the phone's own dark setting included, passes axe on every screen, with a site
// file's accent that lacks contrast on a dark page; the theme chosen on the first screen is
// the one of the results (it crosses the hand-over between the two modules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, dist, interview, launchChromium, serveSite, newContext, passNeed } from './support.mjs';

let browser, site, copy;
test.before(async () => {
  copy = mkdtempSync(join(tmpdir(), 'huquq-themes-'));
  cpSync(dist, copy, { recursive: true });
  // Dark blue: 10:1 on white, 1.9:1 on the dark themes' paper.
  writeFileSync(join(copy, 'huquq-site.toml'), 'ngo = "Association Al Amal"\naccent = "#1a2b6d"\n');
  site = await serveSite(copy);
  browser = await launchChromium();
});
test.after(async () => {
  await browser.close();
  await site.close();
  rmSync(copy, { recursive: true, force: true });
});

// A child alone: the results hold "today", the 2511 line and every kind of status.
const child = { papers: ['no_papers'], has_children: ['no'], age: '16', alone_minor: ['yes'], sex: ['man'], homeless: ['yes'], region: ['oriental'] };
const themes = { 'the phone set to dark': 'auto', dark: 'dark', 'high contrast': 'contrast' };

for (const [name, theme] of Object.entries(themes)) {
  for (const locale of ['fr-FR', 'ar-MA']) {
    test(`axe finds nothing on any screen: ${name}, ${locale}`, async () => {
      const context = await newContext(browser, { locale, colorScheme: 'dark', viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const open = async (path = '/') => {
        await page.goto(site.origin + path);
        await page.locator('.ngo-name').waitFor();
        await page.locator(`#theme-${theme}`).check();
      };
      await open();
      await axe(page, `the welcome (${name})`);
      await page.locator('[data-action="start"]').click();
      await passNeed(page);
      await page.locator('[data-question="papers"]').waitFor();
      await axe(page, `a question (${name})`);
      await interview(page, child);
      assert.ok(await page.locator(`#theme-${theme}`).isChecked(), 'the theme crossed the hand-over');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await axe(page, `the results, every fold open (${name})`);
      await page.locator('.line[data-right="health.primary-care"] button').click();
      await page.locator('article[data-right="health.primary-care"]').waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await axe(page, `a right's screen, every fold open (${name})`);
      await page.locator('[data-action="counter"]:visible').first().click();
      await page.locator('.counter-card').waitFor();
      await axe(page, `the counter card (${name})`);
      await page.locator('[data-action="counter-close"]').click();
      await page.locator('[data-action="results-back"]').first().click();
      await page.locator('.results button.review').first().click();
      await page.locator('.review').waitFor();
      await axe(page, `the review (${name})`);

      await open();
      await page.locator('[data-action="counsellor"]').click();
      await page.locator('#counsellor-title').waitFor();
      await page.locator('.case-form [data-question="papers"] [data-answer="no_papers"]').click();
      await page.locator('[data-right][data-status]').first().waitFor({ state: 'attached' });
      await axe(page, `the counsellor page (${name})`);

      await open('/?admin=1&accent=red');
      await page.locator('[data-admin]').waitFor();
      await axe(page, `the admin view (${name})`);
      await context.close();
    });
  }
}
