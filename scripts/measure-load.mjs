// Reports (does not test) how long the built app takes on slow networks: when the page's text and
// progress show, when the checker is ready, and when the first result appears, with Chromium's
// network throttling and a server that gzips like a real host. Run: node scripts/measure-load.mjs
import { launch, paste, serve } from '../tests/e2e/harness.mjs';

const server = await serve(undefined, { gzip: true });
const url = server.url;
const browser = await launch();
for (const [name, kbps, rtt] of [['Fast 3G (1.6 Mbit/s, 150 ms)', 1600, 150], ['Slow 3G (400 kbit/s, 400 ms)', 400, 400]]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: kbps * 1000 / 8, uploadThroughput: kbps * 1000 / 8 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('#boot-status');
  const shell = await page.evaluate(() => Math.round(performance.now()));
  await page.waitForSelector('#offer', { timeout: 120000 });
  const usable = await page.evaluate(() => Math.round(performance.now()));
  await paste(page, 'Free visa and flight, contact HR only on Telegram, pay the processing fee today.');
  await page.waitForSelector('#result:not([data-level="none"])');
  const result = await page.evaluate(() => Math.round(performance.now()));
  console.log(`${name}: page text and progress shown at ${shell} ms, checker ready at ${usable} ms, first result at ${result} ms`);
  await context.close();
}
await browser.close();
await server.close();
