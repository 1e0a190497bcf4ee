// Shared by the end-to-end tests: a static server for dist/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core. Every request the page makes is recorded, so tests can assert on them.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'test-results');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, origin, close, requests }.
 * `headers` are added to every response (e.g. CORS for the JavaScript API); with `gzip`, responses
 * are compressed when the browser accepts it, as a real host does (scripts/measure-load.mjs).
 */
export async function serve(dir = DIST, { headers = {}, gzip = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      let body = await readFile(file);
      const head = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (gzip && extname(file) !== '.png' && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        head['content-encoding'] = 'gzip';
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Polls `condition` (sync or async) every `interval` ms until it returns something truthy, and
 * resolves to that; throws "timed out after N ms waiting for <what>" once `timeout` has passed.
 * For conditions outside a page (files, sockets, several pages) and for asynchronous ones inside
 * it: `until(() => page.evaluate(async () => ...))`. Not page.waitForFunction with an async
 * function: it does not await the promise, which counts as true at once, so it never waits.
 * Never a fixed sleep: it returns as soon as the condition holds.
 */
export async function until(condition, { timeout = 10_000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/** Opens the app and waits until the checker has started (the text box is interactive). */
export async function openApp(browser, url, viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('#offer');
  // The rule packs of every language but English arrive once the app runs (src/app/packs.rs).
  await page.waitForSelector('html[data-rules="complete"]');
  return { context, page, errors };
}

/** Pastes text the way a person does: sets the value and fires one input event. */
export async function paste(page, text) {
  await page.$eval('#offer', (el, value) => {
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
}

/** Holds back requests for `url` (a glob or a RegExp) on a page or a context until the returned
 * function is called, as on a slow network. */
export async function holdBack(target, url) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await target.route(url, async (route) => { await held; await route.continue(); });
  return release;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(`screenshot: ${path}`);
  return path;
}

/** Ten million characters of mixed scripts (RTL, combining marks, emoji sequences, scripts without
 * spaces, invisible characters) with lure words among them, built in the page as `window[name]`. */
export async function mixedScripts(page, name = '__mixed') {
  await page.evaluate((name) => {
    const pieces = ['Customer service job in Bangkok, free visa, contact us on Telegram. ',
      'مرحبا، وظيفة في كمبوديا براتب مرتفع ', 'שלום עולם ', '\u202Etxet desrever\u202C ',
      'नौकरी के लिए पासपोर्ट भेजें ', 'ค่าจ้างสูง ทักไลน์ ', '高薪直招 柬埔寨 包吃包住 ',
      '👩‍👩‍👧‍👦🇵🇭✈️ ', 'e\u0301\u0301\u0301a\u0308 ', '\u200B\uFEFF\u00AD ', 'ကျွန်တော့်ပတ်စ်ပို့ ', '\n'];
    const parts = [];
    let length = 0;
    for (let i = 0; length < 10_000_000; i += 1) {
      const p = pieces[(i * 7 + Math.floor(i / 3)) % pieces.length];
      parts.push(p);
      length += p.length;
    }
    window[name] = parts.join('');
  }, name);
}

/** A real paste of `window[name]`: a paste event carrying the clipboard's text, on the text box. */
export async function pasteEvent(page, name) {
  await page.$eval('#offer', (el, name) => {
    const data = new DataTransfer();
    data.setData('text/plain', window[name]);
    el.focus();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, name);
}

/** Everything the page's origin keeps (local and session storage, cookies, IndexedDB names, every
 * cache entry) and its address, as one text to search for a pasted marker. */
export async function storedText(page) {
  return page.evaluate(async () => {
    const out = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie, location.href];
    out.push(JSON.stringify(await indexedDB.databases()));
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) out.push(req.url, await (await cache.match(req)).text());
    }
    return out.join('\n');
  });
}

/** Runs axe-core on the page; returns the serious and critical violations, readable. */
export async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

