// Reports (does not test) how long the built app takes on slow networks: when the page's text and
// progress show, when the checker is ready, and when the first result appears, with Chromium's
// network throttling and a server that gzips like a real host. Run: node scripts/measure-load.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, paste, TYPES } from '../tests/e2e/harness.mjs';
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const server = createServer(async (req, res) => {
  let p = new URL(req.url, 'http://x').pathname; if (p.endsWith('/')) p += 'index.html';
  try {
    let body = await readFile(join(DIST, p));
    const h = { 'content-type': TYPES[extname(p)] ?? 'application/octet-stream' };
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && extname(p) !== '.png') { body = gzipSync(body, { level: 9 }); h['content-encoding'] = 'gzip'; }
    h['content-length'] = body.length;
    res.writeHead(200, h); res.end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;
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
await browser.close(); server.close();
