// End-to-end: ways in other than typing. A share from another app (Android's share sheet sends
// a multipart POST to the manifest's share_target), which the service worker answers itself and
// hands to the app in memory; what happens when no worker is active; the Paste button, a dropped
// file and the file picker; and the Install button. Against the built dist/ in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, screenshot, storedText, DIST } from './harness.mjs';

const MARKER = 'QJXW-SHARED-2207';
// Not a corpus or dev-set text: a lure in the words of a chat forward.
const LURE = `Fwd: hi sis, my cousin's agency needs girls for online customer support in Sihanoukville 💰
$1200/month + commission, they pay the plane ticket and visa, you just go as a tourist first.
Message the manager on Telegram @kh_support_hr before Friday ${MARKER}`;
const PHONE = { width: 360, height: 740 };

let browser, dir, server;
before(async () => {
  browser = await launch();
  // The app's files, plus a page on the same origin that sends what Android sends for a share.
  dir = await mkdtemp(join(tmpdir(), 'second-look-share-'));
  await cp(DIST, dir, { recursive: true });
  await writeFile(join(dir, 'android-share.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Share sheet</title></head><body>
<form id="share" method="post" action="./share-target/" enctype="multipart/form-data">
  <input name="title" value="Job offer"><textarea name="text"></textarea><input name="url" value="">
  <input type="file" name="file">
  <button>Share</button>
</form></body></html>`);
  server = await serve(dir);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const manifest = async () => JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));

/** A context whose service worker is active and controls the app. */
async function installed() {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, errors };
}

/** Sends a share the way Android does: a navigation that POSTs the form. */
async function share(page, { title = 'Job offer', text = '', file } = {}) {
  await page.goto(`${server.url}android-share.html`);
  await page.fill('input[name="title"]', title);
  await page.fill('textarea[name="text"]', text);
  if (file) await page.setInputFiles('input[name="file"]', file);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('android-share.html')), page.click('button')]);
}

test('the manifest declares a POST share target for text and text files', async () => {
  const { share_target: target } = await manifest();
  assert.equal(target.method, 'POST');
  assert.equal(target.enctype, 'multipart/form-data');
  assert.deepEqual(Object.keys(target.params).sort(), ['files', 'text', 'title', 'url']);
  assert.ok(target.params.files[0].accept.includes('text/plain'));
});

test('a share is answered by the service worker: checked at once, never sent, never kept', async () => {
  const { context, page, errors } = await installed();
  const before = server.requests.length;
  await share(page, { text: LURE });
  await page.waitForSelector('#result[data-level="high"]');
  assert.equal(await page.inputValue('#offer'), `Job offer\n${LURE}`);
  assert.match(await page.textContent('#intake-note'), /shared message is in the box/);
  // The address holds neither the text nor the share's id; the server saw no share at all.
  const address = await page.evaluate(() => location.href);
  assert.equal(address, server.url);
  const sent = server.requests.slice(before);
  assert.ok(sent.every((u) => !u.includes('share-target') && !u.includes('share=') && !u.includes(MARKER)), `the server saw: ${sent}`);
  assert.ok(!(await storedText(page)).includes(MARKER), 'the shared text was stored');
  await screenshot(page, 'share-checked-360', { fullPage: false });
  assert.deepEqual(errors, []);
  // No entry of the history holds the text or the share's id.
  const cdp = await context.newCDPSession(page);
  const visited = (await cdp.send('Page.getNavigationHistory')).entries.map((e) => e.url);
  assert.ok(visited.length >= 2 && visited.every((u) => !u.includes(MARKER) && !u.includes('share=')), visited.join(', '));
  await context.close();
});

test('a shared text file is read on the device; a shared picture gets a clear message', async () => {
  const { context, page } = await installed();
  await share(page, { title: '', file: { name: 'offer.txt', mimeType: 'text/plain', buffer: Buffer.from(LURE) } });
  await page.waitForSelector('#result[data-level="high"]');
  assert.match(await page.inputValue('#offer'), new RegExp(MARKER));
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa9e1d4c50000000049454e44ae426082', 'hex');
  await share(page, { title: '', file: { name: 'offer.txt', mimeType: 'text/plain', buffer: png } });
  await page.waitForSelector('#intake-note');
  assert.match(await page.textContent('#intake-note'), /does not look like text/);
  assert.equal(await page.getAttribute('#result', 'data-level'), 'none');
  await context.close();
});

test('with no service worker active, the share reaches the website, which says so plainly', async () => {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const before = server.requests.length;
  await share(page, { text: LURE });
  await page.waitForSelector('#share-fallback');
  assert.match(await page.textContent('h1'), /did not reach Second Look on your device/);
  assert.ok(!(await page.content()).includes(MARKER), 'the page never shows what was shared');
  assert.ok(server.requests.slice(before).some((u) => u.includes('share-target')));
  await screenshot(page, 'share-fallback-360');
  await context.close();
});

test('the Paste button checks what is on the clipboard, and says what to do where it may not read it', async () => {
  const context = await browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#paste-button');
  await page.evaluate((t) => navigator.clipboard.writeText(t), LURE);
  await page.click('#paste-button');
  await page.waitForSelector('#result[data-level="high"]');
  await context.close();
  const denied = await browser.newContext({ viewport: PHONE });
  const other = await denied.newPage();
  await other.goto(server.url);
  await other.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'readText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  });
  await other.click('#paste-button');
  await other.waitForSelector('#intake-note');
  assert.match(await other.textContent('#intake-note'), /does not let Second Look read the clipboard/);
  await denied.close();
});

test('a text file dropped on the box or opened with the picker is checked; binary and huge files get a clear answer', async () => {
  const { page, context, errors } = await openApp(browser, server.url, PHONE);
  await page.waitForSelector('#paste-button');
  // Dropped.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'offer.txt', { type: 'text/plain' }));
    document.getElementById('offer').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.click('#clear-button');
  // Picked: an e-mail.
  const eml = `From: Recruiter <hr@example.com>\r\nSubject: =?UTF-8?Q?Job_abroad?=\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${LURE.replace(/=/g, '=3D')}\r\n`;
  await page.setInputFiles('#file-input', { name: 'offer.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
  await page.waitForSelector('#result[data-level="high"]');
  assert.match(await page.inputValue('#offer'), /^Job abroad\nRecruiter <hr@example.com>\n\nFwd: hi sis/);
  // Binary.
  await page.setInputFiles('#file-input', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]) });
  await page.waitForSelector('#intake-note');
  assert.match(await page.textContent('#intake-note'), /does not look like text/);
  // Huge: 12 MB; only the first megabyte is read, and it says so.
  await page.setInputFiles('#file-input', { name: 'dump.txt', mimeType: 'text/plain', buffer: Buffer.from(`${LURE}\n`.repeat(Math.ceil(12_000_000 / LURE.length))) });
  await page.waitForFunction(() => /only its first 1 MB was read/.test(document.getElementById('intake-note')?.textContent ?? ''));
  assert.ok((await page.inputValue('#offer')).length <= 1_048_576);
  await page.click('#check-button', { noWaitAfter: true });
  await page.waitForSelector('#result[data-level="high"]', { timeout: 120_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Install button appears only when the browser offers installing, and opens its prompt', async () => {
  const { page, context } = await openApp(browser, server.url, PHONE);
  await page.waitForSelector('#paste-button');
  assert.equal(await page.$('#install-button'), null);
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = async () => { window.prompted = true; };
    event.userChoice = Promise.resolve({ outcome: 'accepted' });
    dispatchEvent(event);
  });
  await page.waitForSelector('#install-button');
  await screenshot(page, 'install-button-360', { fullPage: false });
  await page.click('#install-button');
  await page.waitForFunction(() => window.prompted === true);
  await page.waitForSelector('#install-button', { state: 'detached' });
  await context.close();
});

test('on an iPhone, where chat apps cannot share to web apps, the app says so and points to Paste', async () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
  const { page, context } = await openApp(browser, server.url, PHONE, { userAgent: iphone });
  await page.waitForSelector('#no-share-sheet');
  assert.match(await page.textContent('#no-share-sheet'), /press Paste/);
  await context.close();
  const { page: android, context: other } = await openApp(browser, server.url, PHONE);
  await android.waitForSelector('#paste-button');
  assert.equal(await android.$('#no-share-sheet'), null);
  await other.close();
});

test('the embed view has none of these ways in', async () => {
  const { page, context } = await openApp(browser, `${server.url}embed.html`, PHONE);
  assert.equal(await page.$('#paste-button, #file-input, #install-button'), null);
  await context.close();
});
