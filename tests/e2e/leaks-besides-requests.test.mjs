// End-to-end: the ways pasted text or a result could leak other than by a request, each shown
// closed in Chromium against the built dist/: the browser's own session files, the address and
// history, page translation and writing services, WebRTC, stale service-worker caches, and
// framing of the full app by another site. (Requests are in no-requests-and-offline.test.mjs,
// the embed's leaks in partner-embed.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { cp, mkdtemp, readdir, readFile, writeFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launch, openApp, paste, until, DIST } from './harness.mjs';

const MARKER = 'ZQXV-SECRET-5519';
const LURE = `Customer service job in Bangkok, free flight and visa. You will travel on a tourist visa.
Pay the processing fee to our agent on Telegram @hr_jobs today. ${MARKER}`;
const CONTROL = 'QJZK-CONTROL-8842';
const HELD = `Please help me, they took my passport and I cannot leave the compound in Myawaddy. ${MARKER}`;

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file under `dir`, recursively, that contains `marker` as UTF-8 or UTF-16. */
async function filesContaining(dir, marker) {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const hits = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || info.size > 50_000_000) continue;
    const body = await readFile(path).catch(() => Buffer.alloc(0));
    if (needles.some((n) => body.includes(n))) hits.push(entry);
  }
  return hits;
}

test('the browser writes no pasted text to its profile (form restore, session files)', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'second-look-profile-'));
  // A control: a bare text box on another origin, whose text the browser does keep for form restore.
  const plainDir = await mkdtemp(join(tmpdir(), 'second-look-plain-'));
  await writeFile(join(plainDir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Plain</title></head><body><textarea id="offer"></textarea></body></html>`);
  const plain = await serve(plainDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#offer');
  await page.click('#offer');
  await page.keyboard.insertText(LURE);
  await page.waitForSelector('#result[data-level="high"]');
  const control = await context.newPage();
  await control.goto(plain.url);
  await control.click('#offer');
  await control.keyboard.insertText(`control text ${CONTROL}`);
  // The session service writes each tab's page state (form contents among it) a few seconds after
  // it changes. A history state with a fresh sentinel changes both tabs' page state now; once both
  // sentinels are in the session files, the page state as it is after the paste has been written.
  const sentinels = ['app', 'control'].map((tab) => `SENTINEL-${tab}-${Math.random().toString(36).slice(2)}`);
  for (const [i, tab] of [page, control].entries()) {
    await tab.evaluate((s) => history.replaceState({ sentinel: s }, ''), sentinels[i]);
  }
  await until(async () => {
    const written = await Promise.all(sentinels.map((s) => filesContaining(join(profile, 'Default', 'Sessions'), s).catch(() => [])));
    return written.every((files) => files.length > 0);
  }, { timeout: 60_000, interval: 250, what: 'the session service to write both tabs (history-state sentinels in Default/Sessions)' });
  assert.ok((await filesContaining(profile, CONTROL)).length > 0,
    'the control text box was not written to the session files: this check cannot see form restore');
  const whileOpen = await filesContaining(profile, MARKER);
  await context.close();
  const afterClose = await filesContaining(profile, MARKER);
  await plain.close();
  await rm(profile, { recursive: true, force: true });
  await rm(plainDir, { recursive: true, force: true });
  assert.deepEqual(whileOpen, [], 'pasted text in the profile while the page was open');
  assert.deepEqual(afterClose, [], 'pasted text in the profile after the browser closed');
});

test('the text box asks for no writing help, and every echo of the text is kept from translation', async () => {
  const { page, context } = await openApp(browser, server.url);
  const attrs = await page.$eval('#offer', (el) => Object.fromEntries(
    ['autocomplete', 'autocorrect', 'autocapitalize', 'spellcheck', 'writingsuggestions', 'translate'].map((a) => [a, el.getAttribute(a)])));
  assert.deepEqual(attrs, { autocomplete: 'off', autocorrect: 'off', autocapitalize: 'off', spellcheck: 'false', writingsuggestions: 'false', translate: 'no' });
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.check('#share-include');
  await page.click('.share-preview summary');
  // Every text node that shows part of the pasted text sits inside translate="no".
  const exposed = await page.evaluate((marker) => {
    // Words of the pasted text that no interface text uses.
    const words = ['hr_jobs', 'our agent on', marker];
    const out = [];
    const walker = document.createTreeWalker(document.getElementById('result'), NodeFilter.SHOW_TEXT);
    let shown = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!words.some((w) => n.data.toLowerCase().includes(w.toLowerCase()))) continue;
      shown += 1;
      if (!n.parentElement.closest('[translate="no"]')) out.push(`${n.parentElement.outerHTML.slice(0, 120)}`);
    }
    return { shown, out };
  }, MARKER);
  assert.ok(exposed.shown >= 3, 'the test found the echoes of the text');
  assert.deepEqual(exposed.out, []);
  await page.click('a[href="#rules"]');
  assert.equal(await page.getAttribute('#rule-search', 'spellcheck'), 'false');
  await context.close();
});

test('jumping between the text and its warnings changes neither the address nor the history', async () => {
  const { page, context } = await openApp(browser, server.url, { width: 360, height: 740 });
  const start = await page.evaluate(() => ({ href: location.href, length: history.length }));
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.click('.jump a');
  await page.waitForFunction(() => document.activeElement?.id === 'result-title');
  await page.click('#marked a.hl');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('warn-'));
  // Scrolling may be smooth: wait until the warning is in view.
  await page.waitForFunction(() => {
    const top = document.activeElement.getBoundingClientRect().top;
    return top >= 0 && top < innerHeight;
  });
  await page.click(`#${await page.evaluate(() => document.activeElement.id)} .back a`);
  await page.waitForFunction(() => document.activeElement?.id === 'marked');
  await paste(page, HELD);
  await page.waitForSelector('#result[data-distress="true"]');
  await page.click('#distress-banner a');
  await page.waitForFunction(() => document.activeElement?.id === 'emergency');
  const end = await page.evaluate(() => ({ href: location.href, length: history.length }));
  assert.deepEqual(end, start);
  await context.close();
});

test('leaving the page empties the text box and the result', async () => {
  const { page, context } = await openApp(browser, server.url);
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await page.waitForSelector('#result[data-level="none"]');
  assert.equal(await page.inputValue('#offer'), '');
  assert.ok(!(await page.content()).includes(MARKER));
  await context.close();
});

/** A UDP listener on 127.0.0.1 standing in for a STUN/TURN server; `packets` are the sizes received. */
async function udpListener() {
  const socket = createSocket('udp4');
  const packets = [];
  socket.on('message', (m) => packets.push(m.length));
  await new Promise((ok) => socket.bind(0, '127.0.0.1', ok));
  return { port: socket.address().port, packets, close: () => new Promise((ok) => socket.close(ok)) };
}

/** In the page: a peer connection that gathers candidates from a STUN and a TURN server at `port`. */
async function dialTurn(port) {
  try {
    const Peer = window.RTCPeerConnection ?? window.webkitRTCPeerConnection;
    const pc = new Peer({ iceServers: [{ urls: `stun:127.0.0.1:${port}` }, { urls: `turn:127.0.0.1:${port}`, username: 'u', credential: 'c' }] });
    pc.createDataChannel('text');
    await pc.setLocalDescription(await pc.createOffer());
    window.keepPeer = pc;
    return 'connected';
  } catch (e) {
    return e.name;
  }
}

test('once started, no WebRTC connection can be made, so no text can leave through a TURN server', async () => {
  const app = await udpListener();
  const { page, context } = await openApp(browser, server.url);
  await page.waitForSelector('html[data-lockdown="true"]');
  const attempt = await page.evaluate(dialTurn, app.port);
  // A control after it: the same peer connection from a page without the app reaches its own
  // listener. Once its packets have arrived, any the app's attempt had sent would have too.
  const reference = await udpListener();
  const other = await browser.newContext();
  const blank = await other.newPage();
  assert.equal(await blank.evaluate(dialTurn, reference.port), 'connected');
  await until(() => reference.packets.length > 0, { timeout: 15_000, what: 'the control peer connection to reach its STUN/TURN listener' });
  await other.close();
  await reference.close();
  await app.close();
  assert.notEqual(attempt, 'connected');
  assert.deepEqual(app.packets, [], 'the page sent UDP packets to the STUN/TURN listener');
  await context.close();
});

test('the full app refuses to run inside another site\'s frame; the embed view still can', async () => {
  const hostDir = await mkdtemp(join(tmpdir(), 'second-look-framer-'));
  await writeFile(join(hostDir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Framer</title></head>
<body><iframe id="app" src="${server.url}" width="800" height="600"></iframe>
<iframe id="embed" src="${server.url}embed.html" width="800" height="600"></iframe></body></html>`);
  const host = await serve(hostDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  const app = await (await page.waitForSelector('#app')).contentFrame();
  await app.waitForSelector('#framed');
  assert.equal(await app.$('#offer'), null);
  assert.equal(await app.getAttribute('#framed a', 'target'), '_blank');
  const embed = await (await page.$('#embed')).contentFrame();
  await embed.waitForSelector('#offer');
  await context.close();
  await host.close();
  await rm(hostDir, { recursive: true, force: true });
});

test('a new service worker stores the new build even when the HTTP cache holds the old one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'second-look-dist-'));
  await cp(DIST, dir, { recursive: true });
  // A host that lets browsers cache everything for an hour (sw.js aside, as README asks).
  const cached = await serve(dir, { headers: { 'cache-control': 'max-age=3600' } });
  const { page, context } = await openApp(browser, cached.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.waitForSelector('#offer');
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
  const index = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), index.replace('</body>', '<!-- build two --></body>'));
  await writeFile(join(dir, 'sw.js'), sw.replace(version, 'e'.repeat(version.length)));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  // Wait until the new worker's cache holds the page (keys first: caches.open would create it).
  const stored = await until(() => page.evaluate(async (name) => (await caches.keys()).includes(name) && (await (await caches.open(name)).match('./'))?.text(),
    `second-look-${'e'.repeat(version.length)}`), { what: "the new worker's cache to hold the page" });
  assert.ok(stored?.includes('<!-- build two -->'), 'the new worker stored the old index.html from the HTTP cache');
  await context.close();
  await cached.close();
  await rm(dir, { recursive: true, force: true });
});

test('a navigation to a file that is not precached gets that file, not the app', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${server.url}api/second-look.v1.d.ts`);
  assert.match(await page.textContent('body'), /export (declare|interface)/);
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('#offer');
  await context.close();
});
