// `cargo xtask bench`: how long a person waits for the welcome in each engine (Chromium,
// Firefox ESR, WebKitGTK: tests/e2e/engines.mjs) on a slow shared link: 50 KB/s for every
// answer together and 150 ms more before each one (`cargo xtask serve --rate --delay`), from
// an empty profile. Prints the median of 3 loads per engine and what the server sent.
import { serveSite } from '../e2e/support.mjs';
import { ENGINES, launch } from '../e2e/engines.mjs';

const RUNS = 3;
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
for (const engine of engines) {
  const browser = await launch(engine);
  const times = [];
  let sent = 0;
  for (let run = 0; run < RUNS; run++) {
    const site = await serveSite(undefined, ['--rate', '50000', '--delay', '150']);
    const page = await browser.open();
    await page.goto(`${site.origin}/?lang=fr`);
    await page.waitFor('[data-action="start"]', 60000);
    // The page paints nothing before the welcome (the page's own, which the start script shows
    // before the WebAssembly arrives): its first contentful paint, from the navigation's
    // start, is the welcome's.
    times.push(await page.until(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, 10000));
    sent = site.sent.reduce((sum, answer) => sum + answer.bytes, 0);
    await page.close();
    await site.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(`${engine}: welcome after ${(times[Math.floor(RUNS / 2)] / 1000).toFixed(2)} s (median of ${RUNS}: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s); ${sent} bytes sent`);
}
