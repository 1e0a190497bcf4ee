// End-to-end: privacy anyone can verify, and offline use. Once started, the app makes no request
// while checking and its Content-Security-Policy blocks any; nothing pasted is stored; after one
// visit it works offline, and a new build replaces the old cache. Against the built dist/ in
// Chromium. (Leaks other than requests are in leaks-besides-requests.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, paste, storedText, until, DIST } from './harness.mjs';

const LURE = `Customer service job in Bangkok, free flight and visa. You will travel on a tourist visa.
Pay the processing fee to our agent on Telegram @hr_jobs today. SECRET-MARKER-7731`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the app and waits until it has started, locked down, and its service worker controls it. */
async function started(server, viewport) {
  const opened = await openApp(browser, server.url, viewport);
  await opened.page.waitForSelector('html[data-lockdown="true"]');
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return opened;
}

test('while the rule packs arrive, the requests are the same whatever the reader pastes', async () => {
  const server = await serve();
  const seenWith = async (text) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const seen = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(server.url);
    await page.waitForSelector('#offer');
    await paste(page, text);
    await page.waitForSelector('html[data-rules="complete"]');
    await page.waitForSelector('#result:not([data-level="none"])');
    await context.close();
    return seen.sort();
  };
  const thai = await seenWith('รับสมัครพนักงาน ทำงานที่กัมพูชา SECRET-MARKER-1');
  const english = await seenWith('Customer service job in Bangkok, free visa. SECRET-MARKER-2');
  assert.deepEqual(thai, english);
  assert.ok(thai.some((u) => /words\/rules-th-/.test(u)) && thai.every((u) => !u.includes('SECRET-MARKER')), `${thai}`);
  await server.close();
});

test('after load, checking offers and the rules page make zero requests; switching language loads only its words, from the cache', async () => {
  const server = await serve();
  const { page, context } = await started(server);
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  const before = server.requests.length;
  for (const text of [LURE, 'Nurse wanted at City Hospital, apply on our website.', 'Đi làm việc nhẹ lương cao ở Campuchia']) {
    await paste(page, text);
    await page.waitForSelector('#result:not([data-level="none"])');
  }
  // A long text, checked by the checker thread.
  await paste(page, `${LURE}\n${'Weekly pay, apply in person. '.repeat(12_000)}`);
  await page.click('#check-button');
  await page.waitForSelector('#result[data-level="high"]', { timeout: 60_000 });
  await page.click('a[href="#rules"]');
  await page.waitForFunction(() => location.hash === '#rules');
  // Switch to another language than the one shown; while the switcher offers only one, choosing
  // it again is all there is to do.
  const { values, current } = await page.$eval('select#lang', (s) => ({ values: [...s.options].map((o) => o.value), current: s.value }));
  assert.ok(values.length > 0 && values.includes(current), `language options: ${values}, selected: ${current}`);
  const chosen = values.find((v) => v !== current) ?? current;
  await page.selectOption('select#lang', chosen);
  await until(async () => (await page.getAttribute('html', 'lang')) === chosen, { what: `<html lang> to become "${chosen}"` });
  assert.equal(await page.getAttribute('html', 'lang'), chosen);
  await page.click('a[href="#check"]');
  await page.waitForSelector('#offer');
  // The requests allowed: the rules' examples (with the rules page) and the chosen language's
  // words, modules of the app's own origin with no query (nothing of the text), answered by the
  // service worker's cache, so the host sees nothing.
  const words = new RegExp(`^${server.url}words/(${chosen}|examples)\\.js$`);
  assert.deepEqual(seen.filter((u) => !words.test(u)), [], 'the browser made requests while checking');
  assert.ok(seen.length <= 2, `the words and the examples are loaded once: ${seen}`);
  assert.equal(server.requests.length, before, `the host saw: ${server.requests.slice(before)}`);
  assert.ok(server.requests.every((u) => !u.includes('SECRET-MARKER')));
  await context.close();
  await server.close();
});

test('the privacy statement links to a page that says how to check it', async () => {
  const server = await serve();
  const { page, context, errors } = await started(server);
  assert.match(await page.textContent('.privacy'), /Nothing you paste leaves this device/);
  await page.click('.privacy a[href="privacy.html"]');
  await page.waitForURL(/privacy\.html$/);
  assert.match(await page.textContent('h1'), /Nothing you paste leaves this device/);
  assert.match(await page.textContent('body'), /connect-src 'none'/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('once started, the policy blocks fetch, image beacons and websockets, to any origin, and the checker thread has none', async () => {
  const server = await serve();
  const other = await serve();
  const { page, context } = await started(server);
  const csp = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (ms) => ms.map((m) => m.content));
  assert.ok(csp.some((c) => c.includes("connect-src 'none'")), csp.join(' | '));
  assert.ok(csp.some((c) => c.includes("default-src 'none'") && !c.includes('unsafe-inline')), csp.join(' | '));
  const before = [server.requests.length, other.requests.length];
  const result = await page.evaluate(async (otherUrl) => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective));
    const blocked = async (p) => p.then(() => false, () => true);
    const sameFetch = await blocked(fetch('/probe-fetch?text=x'));
    const otherFetch = await blocked(fetch(`${otherUrl}probe-fetch`));
    const beacon = await new Promise((ok) => {
      const img = new Image();
      img.onload = () => ok(false);
      img.onerror = () => ok(true);
      img.src = `${otherUrl}probe-beacon.png?text=x`;
    });
    const socket = await new Promise((ok) => {
      try {
        const ws = new WebSocket(otherUrl.replace('http', 'ws'));
        ws.onopen = () => ok(false);
        ws.onerror = () => ok(true);
      } catch { ok(true); }
    });
    return { sameFetch, otherFetch, beacon, socket };
  }, other.url);
  assert.deepEqual([result.sameFetch, result.otherFetch, result.beacon, result.socket], [true, true, true, true]);
  // The checker thread has no way to make a request left.
  const [checker] = page.workers();
  assert.ok(checker, 'the checker thread runs');
  assert.deepEqual(await checker.evaluate(() => ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'].map((n) => typeof self[n])),
    ['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  // Violation reports are events of their own, which may be dispatched after the failures.
  await until(async () => {
    const violations = await page.evaluate(() => window.violations);
    return violations.includes('connect-src') && violations.includes('img-src');
  }, { what: 'securitypolicyviolation reports for connect-src and img-src' });
  assert.deepEqual([server.requests.length, other.requests.length], before);
  assert.equal(await page.getAttribute('meta[name="referrer"]', 'content'), 'no-referrer');
  await context.close();
  await server.close();
  await other.close();
});

test('after one visit the app loads, checks a lure and switches language with the network off', async () => {
  const server = await serve();
  const { page, context } = await started(server);
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#offer');
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.waitForSelector('#offline-banner');
  // Another language's warnings come from the cache too.
  const english = await page.textContent('.signal h4');
  await page.selectOption('select#lang', 'sw');
  await until(async () => (await page.textContent('.signal h4')) !== english, { what: 'the warnings in Swahili, offline' });
  await context.close();
});

test('a first visit downloads the wasm and each rule pack once: the precache takes them from the browser\'s cache', async () => {
  const server = await serve();
  const { page, context } = await started(server);
  const precache = JSON.parse((await readFile(join(DIST, 'sw.js'), 'utf8')).match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
  await until(() => page.evaluate(async (n) => {
    const [key] = await caches.keys();
    return Boolean(key) && (await (await caches.open(key)).keys()).length >= n;
  }, precache.length), { timeout: 30_000, what: 'the precache to hold every file' });
  const hashed = precache.filter((u) => /\.wasm$|words\/rules-/.test(u)).map((u) => u.replace(/^\.\//, '/'));
  assert.ok(hashed.length > 10, `${hashed}`);
  for (const file of hashed) {
    assert.equal(server.requests.filter((u) => u === file).length, 1, `${file} was downloaded ${server.requests.filter((u) => u === file).length} times`);
  }
  await context.close();
  await server.close();
});

test('a new build is offered as an update, and the old cache is deleted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'second-look-dist-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { page, context } = await started(server);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);
  // A new build: a changed file, so a new precache version in sw.js.
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
  await writeFile(join(dir, 'sw.js'), sw.replace(version, 'f'.repeat(version.length)));
  await writeFile(join(dir, 'pages.css'), (await readFile(join(dir, 'pages.css'), 'utf8')) + '\n/* new build */\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
  await until(() => page.evaluate(async (old) => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] !== old;
  }, oldCaches[0]), { what: 'the old cache to be replaced by the new one' });
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`second-look-${'f'.repeat(version.length)}`]);
  await page.waitForSelector('#offer');
  await context.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('no pasted text is stored anywhere', async () => {
  const server = await serve();
  const { page, context } = await started(server);
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  const stored = await storedText(page);
  assert.ok(!stored.includes('SECRET-MARKER-7731'), 'pasted text found in storage');
  await context.close();
  await server.close();
});
