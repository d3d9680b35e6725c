// README screenshots: the results' first screen for two personas (fr, ar) and the short print.
import { serveSite, launchChromium, interview } from '../tests/e2e/support.mjs';
import { personas } from '../tests/e2e/personas.mjs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const site = await serveSite();
const browser = await launchChromium();
const shots = [
  ['results-ar.png', personas['refugee mother of three (ar)']],
  ['results-fr.png', personas['16-year-old alone in Oujda (fr)']],
];
for (const [file, persona] of shots) {
  const context = await browser.newContext({ locale: persona.locale, viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(site.origin + '/');
  await page.locator('button.primary').click();
  await interview(page, persona.answers);
  await page.locator('article[data-right]').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${here}/${file}` });
  if (file === 'results-fr.png') {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator('[data-action="print-short"]').click();
    await page.locator('.printout[data-print="short"]').waitFor({ state: 'attached' });
    await page.evaluate(() => scrollTo(0, 0));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${here}/print-short-fr.png` });
  }
  await context.close();
}
await browser.close();
await site.close();
