// The three engines people's browsers run on, behind one small interface, so that a test is
// written once: Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK, Safari's engine (WebKitWebDriver, classic WebDriver, under Xvfb), all from
// Debian's packages (`cargo xtask setup`). Each page is a fresh profile and records what its
// console says at the level of an error or a warning (`problems()`).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from './support.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// Starts `engine`; `open()` gives a page in a new profile, `close()` stops the browser.
export async function launch(engine) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  throw new Error(`no engine ${engine}`);
}

// What a page offers a test, whatever the engine: a few actions of a person (click, type, a
// key), scripts run in the page, and waits that poll the page.
function page(driver) {
  const self = {
    ...driver,
    // The first truthy value of `check` (run in the page, may be async) within `timeout`.
    async until(check, arg, timeout = 20000) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await driver.evaluate(check, arg).catch(() => undefined);
        if (value) return value;
        if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${check} (${arg})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    waitFor(selector, timeout) {
      return self.until((s) => document.querySelector(s) !== null, selector, timeout);
    },
    count(selector) {
      return driver.evaluate((s) => document.querySelectorAll(s).length, selector);
    },
    text(selector) {
      return driver.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);
    },
    async click(selector) {
      await self.waitFor(selector);
      await driver.click(selector);
    },
    async fill(selector, text) {
      await self.waitFor(selector);
      await driver.fill(selector, text);
    },
  };
  return self;
}

// WebKit under its driver keeps its console to itself (an automation session browses
// privately, and WebKit never writes out a private page's console): a copy of the site served
// to it records, in the page, what reaches a script there: errors, refused promises,
// `console.error` and `.warn`, requests its policy refused. What the engine alone says (a
// failed answer: see the server's log; a directive it does not know: xtask/src/site.rs) is
// not seen in WebKit.
const RECORDER = `(() => {
  const KEY = 'huquq-test-problems';
  const note = (what) => {
    try { sessionStorage.setItem(KEY, JSON.stringify([...JSON.parse(sessionStorage.getItem(KEY) ?? '[]'), what])); } catch {}
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { note(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
  addEventListener('error', (event) => note('page error: ' + event.message));
  addEventListener('unhandledrejection', (event) => note('page error: ' + event.reason));
  addEventListener('securitypolicyviolation', (event) => note('refused by the policy: ' + event.violatedDirective + ' ' + event.blockedURI));
})();
`;

// Adds the recorder to the copy of a site in `dir`: the page's first script, inside the page
// (which the offline worker keeps) before its start script, and allowed by its hash as the
// build allows the start script (xtask/src/site.rs).
export function recordConsole(dir) {
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes("script-src 'self'") || !html.includes('<script type="module">')) {
    throw new Error(`${index}: no policy or no start script to put the recorder before`);
  }
  const hash = createHash('sha256').update(RECORDER).digest('base64');
  const recorded = html.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
    .replace('<script type="module">', `<script>${RECORDER}</script>\n  <script type="module">`);
  writeFileSync(index, recorded);
}

// Console messages that count as problems, by each driver's name for their level.
const PROBLEMS = new Set(['error', 'warn', 'warning', 'assert']);

// A page of Playwright (Chromium) or puppeteer (Firefox), whose pages speak alike; `one`
// picks the element a selector finds (Playwright's locators insist on one).
function tabPage(tab, context, one) {
  const problems = [];
  tab.on('console', (m) => PROBLEMS.has(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
  return page({
    problems: () => [...problems],
    goto: (url) => tab.goto(url).then(() => {}),
    reload: () => tab.reload().then(() => {}),
    url: async () => tab.url(),
    evaluate: (fn, arg) => tab.evaluate(fn, arg),
    click: (selector) => one(tab.locator(selector)).click(),
    fill: (selector, text) => one(tab.locator(selector)).fill(text),
    press: (key) => tab.keyboard.press(key),
    resize: (width, height) => (tab.setViewportSize ? tab.setViewportSize({ width, height }) : tab.setViewport({ width, height })),
    close: () => context.close(),
  });
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
  return {
    name: 'chromium',
    async open() {
      const context = await browser.newContext();
      return tabPage(await context.newPage(), context, (found) => found.first());
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  if (!existsSync(FIREFOX)) throw new Error(`no ${FIREFOX}: run cargo xtask setup`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No reaching out to Mozilla's hosts (this network refuses them).
    extraPrefsFirefox: { 'network.connectivity-service.enabled': false, 'network.captive-portal-service.enabled': false },
  });
  return {
    name: 'firefox',
    async open() {
      const context = await browser.createBrowserContext();
      return tabPage(await context.newPage(), context, (found) => found);
    },
    close: () => browser.close(),
  };
}

// A free port on the loopback interface.
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

// An X display of its own for WebKitGTK: Xvfb picks a free number and says it.
async function xvfb() {
  const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once('line', (line) => resolve(`:${line.trim()}`));
    server.once('error', (error) => reject(new Error(`cannot run Xvfb (${error.message}): run cargo xtask setup`)));
    server.once('exit', (code) => reject(new Error(`Xvfb stopped (${code})`)));
  });
  return { display, stop: () => server.kill() };
}

// WebKitGTK through its WebDriver (classic: HTTP and JSON, a few commands), with WebKitGTK's
// own MiniBrowser; what the page records of its console (`recordConsole`) are its problems.
async function launchWebKit() {
  if (!existsSync(WEBKIT_DRIVER)) throw new Error(`no ${WEBKIT_DRIVER}: run cargo xtask setup`);
  const x = await xvfb();
  let driver = await webKitDriver(x.display);
  // WebKitWebDriver runs one session at a time: a page a failed test left open goes first.
  let open = null;
  return {
    name: 'webkit',
    async open() {
      await open?.close().catch(() => {});
      const capabilities = {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          timeouts: { pageLoad: 30000, script: 30000 },
        },
      };
      // On a busy machine the browser now and then never answers its driver: a new driver
      // then tries once more.
      const started = await driver.call('POST', '/session', { capabilities }, 30000).catch(async (error) => {
        driver.stop();
        driver = await webKitDriver(x.display);
        return driver.call('POST', '/session', { capabilities }, 30000).catch((again) => {
          throw new Error(`${error.message}\nand again: ${again.message}`);
        });
      });
      const { sessionId } = started;
      const call = driver.call;
      const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body ?? (method === 'POST' ? {} : undefined));
      const element = async (selector) => {
        const found = await session('POST', '/element', { using: 'css selector', value: selector });
        return Object.values(found)[0];
      };
      async function evaluate(fn, arg) {
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn})(arguments[0])).then((value) => done({ value }), (error) => done({ error: String(error) }));`;
        const result = await session('POST', '/execute/async', { script, args: [arg ?? null] });
        if (result?.error) throw new Error(result.error);
        return result?.value;
      }
      const keys = { Escape: '\uE00C', Enter: '\uE007', Shift: '\uE008' };
      open = page({
        problems: () => evaluate(() => JSON.parse(sessionStorage.getItem('huquq-test-problems') ?? '[]')),
        goto: (url) => session('POST', '/url', { url }),
        reload: () => session('POST', '/refresh'),
        url: () => session('GET', '/url'),
        evaluate,
        async click(selector) {
          await session('POST', `/element/${await element(selector)}/click`);
        },
        async fill(selector, text) {
          const id = await element(selector);
          await session('POST', `/element/${id}/clear`);
          await session('POST', `/element/${id}/value`, { text });
        },
        async press(key) {
          const value = keys[key] ?? key;
          await session('POST', '/actions', {
            actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
          });
        },
        // The window's size: WebKitGTK's MiniBrowser has no side borders, so its width is the page's.
        resize: (width, height) => session('POST', '/window/rect', { width, height }),
        async close() {
          open = null;
          await session('DELETE', '');
        },
      });
      return open;
    },
    async close() {
      await open?.close().catch(() => {});
      driver.stop();
      x.stop();
    },
  };
}

// WebKitWebDriver on a free port of the loopback interface, in its own process group, so that
// stopping it stops the browsers it started. `call` sends one command; one that does not
// answer within `timeout` ms fails, naming itself and what the driver said last.
async function webKitDriver(display) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const said = [];
  for (const stream of [driver.stdout, driver.stderr]) createInterface({ input: stream }).on('line', (line) => said.push(line));
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body, timeout = 60000) => {
    const response = await fetch(base + path, {
      method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body), signal: AbortSignal.timeout(timeout),
    }).catch((error) => {
      throw new Error(`WebKitWebDriver ${method} ${path}: ${error.message}\n${said.slice(-20).join('\n')}`);
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error} ${value?.message}`);
    return value;
  };
  for (let tries = 0; ; tries++) {
    const ready = await fetch(base + '/status').then((r) => r.ok, () => false);
    if (ready) break;
    if (tries > 100) throw new Error(`${WEBKIT_DRIVER} did not start: ${said.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () => {
    try {
      process.kill(-driver.pid);
    } catch {}
  };
  return { call, stop };
}
