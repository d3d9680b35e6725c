// Shared by the end-to-end tests: serve a built site (dist/) with `cargo xtask serve` on a
// free loopback port, start the system's Chromium headless, and read the texts the app shows.
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = process.env.HUQUQ_DIST ?? join(root, 'dist');
// The rules' version (`[meta] version`), which saved links, codes and QR codes carry first.
export const RULES_VERSION = Number(readFileSync(join(root, 'rules/questions.toml'), 'utf8').match(/^version = (\d+)$/m)[1]);
// `cargo xtask test` says which xtask runs it; by hand, the one `cargo build -p xtask` makes.
const xtask = process.env.HUQUQ_XTASK ?? join(root, 'target', 'debug', process.platform === 'win32' ? 'xtask.exe' : 'xtask');

// Serves `dir` with the project's one static server (xtask/src/serve.rs: gzip when asked,
// ETag and "not modified", long addresses) and records what it sent, as it logs it: `sent`
// holds { path, status, bytes } per answer, bytes being the body's. The server stops when
// `close` is called, or with this process (it stops when its standard input closes).
// `options` are more of the server's (`--rate` and `--delay`: a slow link).
export async function serveSite(dir = dist, options = []) {
  if (!existsSync(xtask)) throw new Error(`no ${xtask}: run cargo build -p xtask`);
  const server = spawn(xtask, ['serve', '--dir', dir, '--port', '0', '--log', ...options], { stdio: ['pipe', 'pipe', 'inherit'] });
  const sent = [];
  const listening = new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).on('line', (line) => {
      const said = JSON.parse(line);
      if (said.origin) resolve(said.origin);
      else sent.push(said);
    });
    server.once('error', (error) => reject(new Error(`cannot run ${xtask} (${error.message}): run cargo build -p xtask`)));
    server.once('exit', (code) => reject(new Error(`${xtask} serve stopped (${code}) before listening: run cargo build -p xtask`)));
    // An older xtask builds the site and serves port 8080 without a word on its output.
    setTimeout(() => reject(new Error(`${xtask} serve did not say its address: run cargo build -p xtask`)), 20_000).unref();
  });
  const origin = await listening.catch((error) => {
    server.kill();
    throw error;
  });
  // A test that forgets `close` must not keep Node waiting: the server goes with this process.
  for (const handle of [server, server.stdin, server.stdout]) handle.unref();
  const close = () => new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    // Waited for: held again, or Node would end with the promise pending.
    server.ref();
    server.kill();
  });
  return { origin, sent, close };
}

export { dist, root };

// Every file under `dir`, however deep; a file removed while it is read is left out.
export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return [];
    return info.isDirectory() ? filesUnder(path) : [path];
  });
}

// Serves `dir` and starts Chromium before a file's tests, and stops both after them.
export function setUp(dir = dist) {
  const env = {};
  before(async () => {
    env.site = await serveSite(dir);
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The rules axe-core runs: WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices (every
// content inside a landmark, headings in order…).
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe-core's rules (`axeTags`) on the page as it is now: no violation allowed, whatever its
// impact (moderate and minor included).
export async function axe(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values } }), axeTags);
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `axe-core on ${what}`);
}

// What Chromium needs here: no sandbox as root, and no reaching out to Google's hosts.
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
}

// The day the tests read the guide on: the rules' `[meta] reviewed`. Results depend on the
// day (rights start and end, evidence ages), so every test that asserts a status or an order
// sets the page's clock to it, here and only here.
export const TODAY = '2026-12-06';

// Sets the clock of every page of `context` (a new or a persistent one) to noon UTC on `day`,
// from now on: `Date` and `Date.now()` run on from there, one clock for every document and
// frame. Only `Date` moves: Playwright's own clock also replaces `performance` (its navigation
// entries, which the start script reads) and the timers. Returns the context.
export async function fixClock(context, day = TODAY) {
  const offset = Date.parse(`${day}T12:00:00Z`) - Date.now();
  await context.addInitScript((offset) => {
    const Real = Date;
    function Shifted(...args) {
      if (!new.target) return new Real(Real.now() + offset).toString();
      return args.length ? new Real(...args) : new Real(Real.now() + offset);
    }
    Shifted.prototype = Real.prototype;
    Object.assign(Shifted, { now: () => Real.now() + offset, parse: Real.parse, UTC: Real.UTC });
    globalThis.Date = Shifted;
  }, offset);
  return context;
}

// A new context of `browser` with `options`, its clock set on `day` (`fixClock`).
export async function newContext(browser, options = {}, day = TODAY) {
  return fixClock(await browser.newContext(options), day);
}

// The counsellor's page at `path` of `env`'s site, in a browser set to `locale`, on a wide
// screen unless told otherwise; `errors` collects what the page throws.
export async function openCounsellor(env, locale, path = '/?mode=counsellor', viewport = { width: 1280, height: 900 }) {
  const context = await newContext(env.browser, { locale, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.origin + path);
  await page.locator('#counsellor-title').waitFor();
  return { context, page, errors };
}

const texts = new Map();

// Every text of `language` as the app shows it (`huquq-rules texts`): written by `cargo xtask
// test` into $HUQUQ_TEXTS/<language>.json; without that variable, asked of the tool here.
function textsOf(language) {
  if (!texts.has(language)) {
    const dir = process.env.HUQUQ_TEXTS;
    const args = ['run', '--quiet', '-p', 'huquq-rules', '--', '--root', root, 'texts', '--lang', language];
    let json;
    try {
      json = dir ? readFileSync(join(dir, `${language}.json`), 'utf8')
        : execFileSync('cargo', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    } catch (error) {
      throw new Error(`no texts of ${language} (${error.message}): run cargo ${args.join(' ')}`);
    }
    texts.set(language, JSON.parse(json));
  }
  return texts.get(language);
}

// A message's value (or `.attribute`) as the app shows it, compiled and formatted by the
// app's own code with no argument and before any answer (Arabic's default variant), its
// isolation marks kept. `args` fill plain placeables (`{ $min }`), which the compiled text
// holds as `{$min}` between the marks, as Fluent writes a missing argument.
export function localeText(language, id, attribute, args = {}) {
  const key = attribute ? `${id}.${attribute}` : id;
  const text = textsOf(language)[key];
  if (text === undefined) throw new Error(`no text ${key} in ${language}`);
  return Object.entries(args).reduce((filled, [name, value]) => filled.replaceAll(`{$${name}}`, String(value)), text);
}

// Waits until `check` (run in the page, may be async) is true: Playwright's waitForFunction
// takes a returned promise as a truthy value, so async checks are polled here.
export async function until(page, check, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check, arg))) {
    assert.ok(Date.now() < end, `waited ${timeout} ms for ${check}`);
    await page.waitForTimeout(100);
  }
}

// Answers every question the guide asks, in whatever order it asks them, from `persona`:
// question id -> the data-answer values to click in turn, or a string to type (numbers,
// dates). A question missing from `persona` is answered "I don't know" when offered, else
// "no". `visit(question)` runs before each answer. Returns the ids of the questions asked,
// once the results (or what `end` selects) are on screen.
export async function interview(page, persona, visit = async () => {}, end = '#results-title') {
  const asked = [];
  for (;;) {
    await page.waitForSelector(`${end}, section.question[data-question]`);
    if (await page.locator(end).count()) {
      // The results' lines are drawn the frame after their first screen.
      if (end === '#results-title') await page.locator('.results > .actions').waitFor({ state: 'attached' });
      return asked;
    }
    const screen = page.locator('section.question');
    const question = await screen.getAttribute('data-question');
    asked.push(question);
    assert.ok(asked.length <= 40, `the interview does not end: ${asked.join(', ')}`);
    await visit(question);
    const given = persona[question];
    if (typeof given === 'string') {
      await screen.locator('input').fill(given);
      await screen.locator('button[type="submit"]').click();
    } else {
      const dontKnow = screen.locator('[data-answer="dont_know"]');
      const values = given ?? [(await dontKnow.count()) ? 'dont_know' : 'no'];
      for (const value of values) await screen.locator(`[data-answer="${value}"]`).click();
    }
    await page.waitForFunction(
      (previous) => document.querySelector('section.question')?.dataset.question !== previous,
      question,
    );
  }
}

// Passes the first question, what the person came for (`need`), with "Continue" and nothing
// ticked, and waits for the next one. `page` is a page or a frame.
export async function passNeed(page) {
  await page.locator('section.question[data-question="need"] [data-answer="continue"]').click();
  await page.locator('section.question:not([data-question="need"])').waitFor();
}
