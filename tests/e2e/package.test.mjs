// The package an NGO hosts without Rust (`cargo xtask package`): unzipped as a person would,
// its `guide/` folder served by a plain static server works, reads the commented site file
// without a mistake, logs no error, and its hosting page says what an NGO needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { launchChromium, interview, localeText, root, serveSite, newContext } from './support.mjs';
import { personas } from './personas.mjs';

const zipPath = process.env.HUQUQ_PACKAGE ?? join(root, 'target', 'huquq-site.zip');

// The files of a zip, name -> bytes, read from its central directory; each checked by its CRC.
function unzip(bytes) {
  const end = bytes.length - 22;
  assert.equal(bytes.readUInt32LE(end), 0x06054b50, 'the zip ends with its end record');
  const files = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50);
    const [method, crc, size] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20)];
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    assert.equal(crc32(data) >>> 0, crc, `${name}: its CRC`);
    files.set(name, data);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

let files;
try {
  files = unzip(readFileSync(zipPath));
} catch (error) {
  throw new Error(`cannot read the package ${zipPath} (made by \`cargo xtask package\`): ${error.message}`);
}

test('the package holds the folder to upload (the rights\' own pages too), the single file, the hosting page and the licences', () => {
  for (const name of ['guide/index.html', 'guide/huquq-site.toml', 'guide/embed.js', 'guide/demo/embed.html',
    'guide/rights/fr/index.html', 'guide/rights/ar/index.html', 'guide/rights/en/questions.html', 'guide/rights/page.css',
    'huquq.html', 'HOSTING.md', 'LICENSE', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(files.has(`huquq-site/${name}`), `huquq-site/${name} in the zip`);
  }
  assert.ok([...files.keys()].every((name) => name.startsWith('huquq-site/')), 'one folder, nothing beside it');
  const site = files.get('huquq-site/guide/huquq-site.toml').toString('utf8');
  assert.ok(site.split('\n').every((line) => line === '' || line.startsWith('#')), 'the site file sets nothing');
});

test('the hosting page names what an NGO needs', () => {
  const page = files.get('huquq-site/HOSTING.md').toString('utf8');
  for (const needed of ['upload', '`ngo`', '`ngo_phone`', '`ngo_address`', '`accent`', '`exit_to`', '`report_to`',
    'data-exit', 'quick exit', 'huquq-site.toml', 'offline', 'huquq.html', 'licence']) {
    assert.ok(page.toLowerCase().includes(needed.toLowerCase()), `HOSTING.md names ${needed}`);
  }
  assert.match(page, /updat[a-z]*[^]{0,400}huquq-site\.toml|huquq-site\.toml[^]{0,400}updat/i,
    'HOSTING.md says how to update without losing your own huquq-site.toml');
});

test('unzipped on a plain static server, the guide works with no error and no missing file', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'huquq-package-'));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  const site = await serveSite(join(folder, 'huquq-site', 'guide'));
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const context = await newContext(browser, { locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

  await page.goto(`${site.origin}/?admin=1`);
  const admin = page.locator('[data-admin]');
  await admin.waitFor();
  const read = localeText('en', 'admin-site-read', undefined, { file: 'huquq-site.toml' });
  await admin.locator('li').filter({ hasText: read }).waitFor();
  assert.equal(await admin.locator('li.error').count(), 0, 'the commented site file has no mistake');

  await page.goto(`${site.origin}/`);
  await page.locator('[data-action=start]').click();
  await interview(page, personas['man without papers in Tangier (fr)'].answers);
  assert.ok(await page.locator('[data-right][data-status]').count() > 0, 'the results list rights');
  assert.deepEqual(problems, [], 'the console stays quiet');
  assert.deepEqual(site.sent.filter((s) => s.status === 404).map((s) => s.path), [], 'no file is missing');
});
