// End-to-end: a partner's page on another origin embeds the checker with the snippet from
// partners.html. The iframe checks a lure, resizes itself by postMessage and tells the host only
// the level; the host cannot read the text; messages from a wrong origin are ignored. Also the
// demo page, which uses the embed and the JavaScript API (partner-api.test.mjs) together.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, screenshot } from './harness.mjs';

const LURE = `Customer service job in Bangkok, salary $1,500/month, no experience needed.
Free flight and visa, you will travel on a tourist visa. Contact HR only on Telegram @hr_asia_jobs. SECRET-7731`;

let app, host, hostDir, browser;
before(async () => {
  app = await serve();
  hostDir = await mkdtemp(join(tmpdir(), 'second-look-host-'));
  await writeFile(join(hostDir, 'index.html'), `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head>
<body>
  <h1>A partner's page</h1>
  <div id="checker" data-second-look data-lang="en" data-country="PH" data-theme="dark"
       data-accent="#0b7a53" data-compact data-report="level" data-height="auto"></div>
  <div id="spacer" style="height:1200px"></div>
  <div id="plain" data-second-look></div>
  <div id="after" style="height:1200px"></div>
  <script src="${app.url}embed.js" async></script>
  <script>
    window.levels = [];
    document.getElementById('checker').addEventListener('second-look:level', (e) => levels.push(e.detail));
    window.plainLevels = [];
    document.getElementById('plain').addEventListener('second-look:level', (e) => plainLevels.push(e.detail));
  </script>
</body></html>`);
  host = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

async function openHost() {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url);
  await page.waitForSelector('#checker iframe');
  const frame = await (await page.$('#checker iframe')).contentFrame();
  await frame.waitForSelector('#offer');
  return { context, page, frame, errors };
}

const frameHeight = (page, id = 'checker') => page.$eval(`#${id} iframe`, (f) => f.getBoundingClientRect().height);

/**
 * Resolves once the host page has handled every message `from` (a frame, or the page's own main
 * frame) has posted to it so far, so a test can then assert that those messages changed nothing.
 * `from` waits two animation frames, so that its resize and mutation observers have run and sent
 * whatever they send, then posts a marker to the host. Messages from one window to another are
 * delivered in the order they were posted, so when the marker arrives the loader (embed.js) has
 * already handled everything sent before it.
 */
async function settled(page, from) {
  const id = `settled-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((id) => {
    addEventListener('message', function heard(e) {
      if (e.data?.marker !== id) return;
      removeEventListener('message', heard);
      window[id] = true;
    });
  }, id);
  // Not awaited in the frame: if it never draws, the wait below times out with a clear message.
  await from.evaluate((id) => {
    requestAnimationFrame(() => requestAnimationFrame(() => window.parent.postMessage({ marker: id }, '*')));
  }, id);
  await page.waitForFunction((id) => window[id] === true, id, { timeout: 15_000 }).catch((e) => {
    throw new Error(`the host never received the marker posted after the earlier messages: ${e.message}`);
  });
}

test('the snippet makes a sandboxed iframe on the app origin that checks a lure and, opted into auto-height, fits its content', async () => {
  const { context, page, frame, errors } = await openHost();
  const iframe = await page.$('#checker iframe');
  assert.equal(new URL(await iframe.getAttribute('src')).origin, app.origin);
  const sandbox = (await iframe.getAttribute('sandbox')).split(' ');
  assert.ok(sandbox.includes('allow-scripts') && sandbox.includes('allow-top-navigation-to-custom-protocols'), sandbox);
  assert.ok(!sandbox.includes('allow-top-navigation') && !sandbox.includes('allow-forms'), sandbox);
  // The partner's settings reached the frame: dark theme, compact layout, no site navigation.
  assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await frame.$$eval('main.embedded.compact', (m) => m.length), 1);
  assert.equal(await frame.$$eval('nav, select#lang', (n) => n.length), 0);
  assert.ok(await frame.$('a:has-text("Powered by Second Look")'));

  const empty = await frameHeight(page);
  await frame.fill('#offer', LURE);
  await frame.waitForSelector('#result[data-level="high"]');
  await page.waitForFunction((h) => document.querySelector('#checker iframe').getBoundingClientRect().height > h + 100, empty);
  // The iframe is as tall as its content: no scroll bar inside.
  const fits = await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1);
  assert.ok(fits, 'the iframe content overflows: the height message did not arrive');
  // The partner's accent fills the button; links keep the theme's colour (contrast AA).
  const colours = await frame.evaluate(() => ({
    button: getComputedStyle(document.getElementById('check-button')).backgroundColor,
    link: getComputedStyle(document.querySelector('.powered a')).color,
  }));
  assert.equal(colours.button, 'rgb(11, 122, 83)');
  assert.notEqual(colours.link, 'rgb(11, 122, 83)');
  // A partner's page remembers nothing: no "remember my country" box in the embed.
  assert.equal(await frame.$$eval('input[id$="-remember"]', (els) => els.length), 0);
  await page.waitForFunction(() => window.levels.some((l) => l.level === 'high'));
  const levels = await page.evaluate(() => window.levels);
  assert.ok(levels.every((l) => Object.keys(l).join() === 'level'), `only the level crosses: ${JSON.stringify(levels)}`);
  await page.$eval('#checker', (el) => el.scrollIntoView());
  await screenshot(page, 'embed-host-800');
  assert.deepEqual(errors, []);
  await context.close();
});

test('by default the host learns nothing from the frame: same height for every result, no history, no scrolling', async () => {
  const { context, page, frame: auto } = await openHost();
  const frame = await (await page.$('#plain iframe')).contentFrame();
  await frame.waitForSelector('#offer');
  // The auto-height frame above resizes once its rule packs are in (its note of packs to come
  // goes); the host's scroll anchoring then moves the page. Let both frames finish first.
  await auto.waitForSelector('html[data-rules="complete"]');
  await frame.waitForSelector('html[data-rules="complete"]');
  await settled(page, auto);
  await page.$eval('#plain', (el) => el.scrollIntoView());
  const start = await page.evaluate(() => ({ scrollY, length: history.length, src: document.querySelector('#plain iframe').src }));
  const frameAddress = await frame.evaluate(() => location.href);
  const heights = [await frameHeight(page, 'plain')];
  await frame.fill('#offer', 'Nurse wanted at City Hospital, Manila. Apply on our website with your licence.');
  await frame.waitForSelector('#result[data-level="low"]');
  await settled(page, frame);
  heights.push(await frameHeight(page, 'plain'));
  await frame.fill('#offer', LURE);
  await frame.click('#check-button');
  await frame.waitForSelector('#result[data-level="high"]');
  await frame.click('#marked a.hl');
  await frame.waitForFunction(() => document.activeElement?.id?.startsWith('warn-'));
  heights.push(await frameHeight(page, 'plain'));
  await frame.fill('#offer', 'Please help me, they took my passport and I cannot leave the compound in Myawaddy.');
  await frame.waitForSelector('#result[data-distress="true"]');
  await frame.click('#distress-banner a');
  await frame.waitForFunction(() => document.activeElement?.id === 'emergency');
  await settled(page, frame);
  heights.push(await frameHeight(page, 'plain'));
  assert.deepEqual(heights, [640, 640, 640, 640]);
  // The frame scrolls inside instead.
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight));
  const end = await page.evaluate(() => ({ scrollY, length: history.length, src: document.querySelector('#plain iframe').src }));
  assert.deepEqual(end, start, 'the host page scrolled or gained history entries');
  assert.equal(await frame.evaluate(() => location.href), frameAddress, "the partner's settings stay in the frame's address");
  await context.close();
});

test("the host page's script cannot read the pasted text", async () => {
  const { context, page, frame } = await openHost();
  await frame.fill('#offer', LURE);
  await frame.waitForSelector('#result[data-level="high"]');
  const seen = await page.evaluate(() => {
    const iframe = document.querySelector('#checker iframe');
    const out = { contentDocument: iframe.contentDocument === null };
    try {
      out.read = iframe.contentWindow.document.body.innerText;
    } catch (e) {
      out.error = e.name;
    }
    out.inHost = document.documentElement.outerHTML.includes('SECRET-7731');
    return out;
  });
  assert.deepEqual(seen, { contentDocument: true, error: 'SecurityError', inHost: false });
  await context.close();
});

test('messages from a wrong origin are ignored, and the level goes only to hosts that opted in', async () => {
  const { context, page } = await openHost();
  await page.waitForFunction(() => document.querySelector('#checker iframe').style.height !== '640px');
  const before = await frameHeight(page);
  // The host's own origin pretending to be the app: a fake height and a fake level.
  await page.evaluate(() => {
    window.postMessage({ type: 'second-look:height', height: 7 }, '*');
    window.postMessage({ type: 'second-look:level', level: 'high' }, '*');
  });
  await settled(page, page.mainFrame());
  assert.equal(await frameHeight(page), before);
  assert.deepEqual(await page.evaluate(() => window.levels.filter((l) => l.level === 'high')), []);
  // The second embed did not ask for the level: it is never told.
  const plain = await (await page.$('#plain iframe')).contentFrame();
  await plain.waitForSelector('#offer');
  await plain.fill('#offer', LURE);
  await plain.waitForSelector('#result[data-level="high"]');
  await settled(page, plain);
  assert.deepEqual(await page.evaluate(() => window.plainLevels), []);
  await context.close();
});

test('a message from someone being held is reported to the host as high, never low', async () => {
  const { context, page, frame } = await openHost();
  await frame.fill('#offer', 'Nurse wanted at City Hospital, Manila. Apply on our website with your licence.');
  await page.waitForFunction(() => window.levels.at(-1)?.level === 'low');
  await frame.fill('#offer', 'Please help me, they took my passport and I cannot leave the compound in Myawaddy.');
  await frame.waitForSelector('#result[data-distress="true"]');
  await page.waitForFunction(() => window.levels.at(-1)?.level === 'high');
  await context.close();
});

test('checking inside the embed makes no requests', async () => {
  const { context, page, frame } = await openHost();
  await frame.waitForSelector('html[data-lockdown="true"]');
  // The rule packs of other scripts load after start, the same whatever is pasted.
  await frame.waitForSelector('html[data-rules="complete"]');
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  const before = app.requests.length;
  await frame.fill('#offer', LURE);
  await frame.waitForSelector('#result[data-level="high"]');
  assert.deepEqual(seen, []);
  assert.equal(app.requests.length, before);
  await context.close();
});

test('the snippet copied from the partners page works as it is on another origin', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}partners.html`);
  const snippet = await page.textContent('code[data-snippet="embed"]');
  assert.ok(snippet.includes(`${app.url}embed.js`), snippet);
  await writeFile(join(hostDir, 'copied.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Copied</title></head><body><p>Check a job offer:</p>\n${snippet}\n</body></html>`);
  await page.goto(`${host.url}copied.html`);
  const frame = await (await page.waitForSelector('[data-second-look] iframe')).contentFrame();
  await frame.waitForSelector('#offer');
  await frame.fill('#offer', LURE);
  await frame.waitForSelector('#result[data-level="high"]');
  await context.close();
});

test('the demo page uses both ways: the embed reports its level and the API holds a lure', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.url}demo.html`);
  await page.click('#post-job button[type="submit"]');
  await page.waitForSelector('#api-result p[data-level="high"]');
  const frame = await (await page.waitForSelector('#embedded iframe')).contentFrame();
  await frame.waitForSelector('#offer');
  await frame.fill('#offer', 'Nurse wanted at City Hospital, Manila. Apply on our website with your licence.');
  await frame.waitForSelector('#result:not([data-level="none"])');
  await page.waitForFunction(() => /Level of the last check: (low|medium)\./.test(document.getElementById('embed-level').textContent));
  await screenshot(page, 'demo-host-1280');
  assert.deepEqual(errors, []);
  await context.close();
});
