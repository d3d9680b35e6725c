// `cargo xtask bench`: how long a slow phone on a slow network waits for the app's welcome
// (the guide running), in French and in Arabic. Chromium is slowed down 4 times and its
// network set to "fast 3G"
// (Lighthouse's: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), with an empty cache;
// the site is served gzipped. Prints the median of 5 loads and the bytes downloaded; fails
// above the target of 2.0 s.
import { serveSite, launchChromium } from '../e2e/support.mjs';

const TARGET_MS = 2000;
const RUNS = 5;
const site = await serveSite();
const browser = await launchChromium();
let failed = false;
for (const locale of ['fr-FR', 'ar-MA']) {
  const times = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let received = 0;
    cdp.on('Network.loadingFinished', (event) => { received += event.encodedDataLength; });
    await page.goto(site.origin + '/', { waitUntil: 'commit' });
    // The app's own welcome (the page's, drawn before the WebAssembly, has no id).
    await page.locator('#welcome-title').waitFor();
    times.push(await page.evaluate(() => performance.now()));
    bytes = received;
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  console.log(`${locale}: welcome ready after ${median.toFixed(0)} ms (median of ${RUNS}: ${times.map((t) => t.toFixed(0)).join(', ')}), ${bytes} bytes received`);
  if (median > TARGET_MS) failed = true;
}
await browser.close();
await site.close();
if (failed) {
  console.error(`over the target of ${TARGET_MS} ms`);
  process.exit(1);
}
