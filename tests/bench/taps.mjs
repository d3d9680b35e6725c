// `cargo xtask bench`: where a person waits on a slow phone (Chromium at 4x CPU slowdown),
// measured inside the page, in Arabic and in French (the refugee mother of
// tests/e2e/personas.mjs, the same answers in both):
// - from a tap (its click, seen first by a capture listener) to the next question drawn (the
//   frame after the new `[data-question]` appears), median over the interview's taps, and
//   from the last tap to the results (`#results-title`), with their ratio;
// - on fast 3G too, the first contentful paint against the first WebAssembly's arrival and
//   the app's own welcome drawn.
// Prints the figures; asserts nothing (speed targets are read, not enforced, here).
import { serveSite, launchChromium, interview } from '../e2e/support.mjs';
import { personas } from '../e2e/personas.mjs';

const RUNS = 3;
const answers = personas['refugee mother of three (ar)'].answers;
const site = await serveSite();
const browser = await launchChromium();
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

// In the page, before any script: each tap's time, and for each new screen (a question or
// the results) the time from the tap before it to the frame after it is drawn; when the
// app's own welcome appeared.
function watchTaps() {
  const screens = (globalThis.huquqBenchScreens = []);
  let tap = null;
  let shown = null;
  addEventListener('click', () => { tap = performance.now(); }, true);
  const look = () => {
    if (!globalThis.huquqBenchWelcome && document.querySelector('#welcome-title')) globalThis.huquqBenchWelcome = performance.now();
    const now = document.querySelector('#results-title') ? 'results'
      : document.querySelector('section.question[data-question]')?.dataset.question;
    if (!now || now === shown) return;
    shown = now;
    const since = tap;
    tap = null;
    if (since !== null) requestAnimationFrame(() => setTimeout(() => screens.push({ screen: now, ms: performance.now() - since })));
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-question'] });
}

async function slowPhone(context, page, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Lighthouse's fast 3G, as tests/bench/ready.mjs.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
  }
}

for (const locale of ['ar-MA', 'fr-FR']) {
  const taps = [];
  const last = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    await context.addInitScript(watchTaps);
    const page = await context.newPage();
    await slowPhone(context, page, false);
    await page.goto(site.origin + '/');
    await page.locator('#welcome-title').waitFor();
    await page.locator('[data-action="start"]').click();
    await page.locator('section.question[data-question]').waitFor();
    // The second module and the results' texts are fetched after the first screen: the taps
    // are timed with them at hand, as for a person who reads each question.
    await page.waitForLoadState('networkidle');
    await interview(page, answers);
    await page.waitForFunction(() => globalThis.huquqBenchScreens.some((s) => s.screen === 'results'));
    const screens = await page.evaluate(() => globalThis.huquqBenchScreens);
    taps.push(...screens.filter((s) => s.screen !== 'results').map((s) => s.ms));
    last.push(screens.find((s) => s.screen === 'results').ms);
    await context.close();
  }
  const tap = median(taps);
  const results = median(last);
  console.log(`${locale}: a tap to the next question ${ms(tap)} (median of ${taps.length} taps, ${RUNS} interviews; ` +
    `slowest ${ms(Math.max(...taps))}); the last tap to the results ${ms(results)} (median of ${last.map(ms).join(', ')}); ` +
    `ratio ${(results / tap).toFixed(1)}`);

  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    await context.addInitScript(watchTaps);
    const page = await context.newPage();
    await slowPhone(context, page, true);
    await page.goto(site.origin + '/');
    await page.locator('#welcome-title').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    loads.push(await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      wasm: performance.getEntriesByType('resource').find((e) => /\/huquq-[0-9a-f]+_bg\.wasm$/.test(e.name))?.responseEnd ?? NaN,
      app: globalThis.huquqBenchWelcome,
    })));
    await context.close();
  }
  const [paint, wasm, app] = ['paint', 'wasm', 'app'].map((key) => median(loads.map((l) => l[key])));
  console.log(`${locale}, fast 3G: first contentful paint ${ms(paint)}, the first WebAssembly arrived at ${ms(wasm)}, ` +
    `the app's welcome by ${ms(app)} (medians of ${RUNS}); the first paint ${paint < wasm ? 'does not wait' : 'waits'} for the WebAssembly`);
}
await browser.close();
await site.close();
