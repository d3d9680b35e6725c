// `cargo xtask bench`: how far each person of tests/e2e/personas.mjs reads before a first
// thing to do, on a 360 x 740 phone: the lines of rights above it, the screens to it, the
// screens of the whole page; and the pages printed, short and whole. Prints the figures.
import { serveSite, launchChromium, interview } from '../e2e/support.mjs';
import { personas } from '../e2e/personas.mjs';

const site = await serveSite();
const browser = await launchChromium();
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
for (const [name, p] of Object.entries(personas)) {
  const context = await browser.newContext({ locale: p.locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(site.origin + '/');
  await page.locator('[data-action="start"]').click();
  await interview(page, p.answers);
  await page.locator('.results[data-details="loaded"]').waitFor({ state: 'attached' });
  const m = await page.evaluate(() => {
    const action = document.querySelector('.today li.office, .start-here li.office');
    const y = action.getBoundingClientRect().bottom + scrollY;
    const cards = [...document.querySelectorAll('[data-right]')].filter((c) => c.getBoundingClientRect().height > 0 && c.getBoundingClientRect().top + scrollY < y).length;
    return { cards, toAction: y / innerHeight, all: document.documentElement.scrollHeight / innerHeight,
      eligible: document.querySelectorAll('[data-right][data-status="eligible"]').length };
  });
  // The printouts the buttons draw (take_away/print.rs), each on paper alone.
  const printed = async (action, kind) => {
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator(`[data-action="${action}"]`).click();
    await page.locator(`.printout[data-print="${kind}"]`).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    return pages(await page.pdf({ format: 'A4' }));
  };
  const short = await printed('print-short', 'short');
  const all = await printed('print-all', 'whole');
  console.log(`${name}: ${m.eligible} probably yes; ${m.cards} lines of rights before the first action; first action within ${m.toAction.toFixed(2)} screens; ${m.all.toFixed(1)} screens in all; short print ${short} pages, full print ${all}`);
  await context.close();
}
await browser.close(); await site.close();
