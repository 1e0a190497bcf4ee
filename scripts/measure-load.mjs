// Reports (does not test) how long the built app takes on slow networks: when the page's text, its
// text box and progress show, when the checker is ready, when the first result appears and when
// the rules of every language have arrived, with Chromium's network throttling and a server that
// gzips like a real host; then, unthrottled, how long a key press in the text box waits while a
// 1 MB text is being checked (the browser's Event Timing). Run: node scripts/measure-load.mjs
import { launch, paste, serve } from '../tests/e2e/harness.mjs';

/** What the reader pastes for the first result. */
const OFFER = 'Free visa and flight, contact HR only on Telegram, pay the processing fee today.';
const server = await serve(undefined, { gzip: true });
const url = server.url;
const browser = await launch();
for (const [name, kbps, rtt] of [['No throttling', 0, 0], ['Fast 3G (1.6 Mbit/s, 150 ms)', 1600, 150], ['Slow 3G (400 kbit/s, 400 ms)', 400, 400]]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (kbps) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: kbps * 1000 / 8, uploadThroughput: kbps * 1000 / 8 });
  }
  await page.goto(url, { waitUntil: 'commit' });
  // The first paint shows the page's text, the box to paste into and the progress bar.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const shell = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0].startTime));
  await page.waitForSelector('#offer', { timeout: 120000 });
  const usable = await page.evaluate(() => Math.round(performance.now()));
  await paste(page, OFFER);
  await page.waitForSelector('#result:not([data-level="none"])');
  const result = await page.evaluate(() => Math.round(performance.now()));
  // The rule packs of every language but English arrive after start (src/app/packs.rs).
  await page.waitForSelector('html[data-rules="complete"]', { timeout: 120000 });
  const packs = await page.evaluate(() => Math.round(performance.now()));
  console.log(`${name}: page text, text box and progress shown at ${shell} ms, checker ready at ${usable} ms, first result at ${result} ms, every language's rules at ${packs} ms`);
  if (!kbps) {
    console.log(`  a key press while 1 MB is checked: ${await keyDuringLongCheck(page)}`);
    console.log(`  the first result when the reader pastes 2 s after start: ${await firstCheckLater(context)} ms after the paste`);
  }
  await context.close();
}

/** Opens the app, waits 2 s as a reader would before pasting, pastes, and returns how long the
 * result took to show. */
async function firstCheckLater(context) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#offer');
  await page.waitForTimeout(2000);
  const pasted = await page.evaluate(() => performance.now());
  await paste(page, OFFER);
  await page.waitForSelector('#result:not([data-level="none"])');
  return Math.round(await page.evaluate(() => performance.now()) - pasted);
}

/** Puts a 1 MB text in the box, presses Check, presses a key while it runs, and reports how long
 * the key's events waited and took (Event Timing: from the key press to the next paint). */
async function keyDuringLongCheck(page) {
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => window.__events.push(...list.getEntries()
      .filter((e) => e.name.startsWith('key'))
      .map((e) => ({ name: e.name, wait: Math.round(e.processingStart - e.startTime), total: Math.round(e.duration) }))))
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
    const text = 'We are hiring drivers in the city, weekly pay, apply in person. '.repeat(16_000);
    const box = document.getElementById('offer');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await page.focus('#offer');
  const clicked = await page.evaluate(() => { document.getElementById('check-button').click(); return performance.now(); });
  // The check starts once "checking" is painted (30 ms); the key comes while it runs.
  await new Promise((ok) => setTimeout(ok, 150));
  await page.keyboard.press('End');
  await page.waitForSelector('#result:not([data-level="none"])', { timeout: 120000 });
  const shown = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__events);
  const took = `result after ${Math.round(shown - clicked)} ms`;
  if (!events.length) return `${took}; no key event took 16 ms or more`;
  const worst = events.reduce((a, b) => (b.total > a.total ? b : a));
  return `${took}; the slowest key event (${worst.name}) waited ${worst.wait} ms and showed after ${worst.total} ms`;
}
await browser.close();
await server.close();
