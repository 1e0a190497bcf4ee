// End-to-end: checking an offer in the built app in Chromium. Paste a lure or an ordinary job ad
// and see its level and highlights; pasted HTML stays text; Clear empties the box and the result;
// a long text is checked by the checker thread while the page goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, paste, screenshot, until, holdBack } from './harness.mjs';

const LURE = `Hiring now! Customer service job in Bangkok, salary $1,500/month, no experience needed.
Free flight ticket, visa and hotel. You will travel on a tourist visa, the company will arrange the rest.
Contact HR only on Telegram @hr_asia_jobs. Limited slots, send your passport copy today!`;

const LEGIT = `Warehouse Associate, full time. Acme Logistics, 1200 Industrial Way, Columbus, OH.
Pay $17.50 per hour, benefits after 60 days. Apply on our careers page; interviews on site.`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a lure reads high, with its words highlighted', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  const marks = await page.$$eval('#result mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.some((m) => /tourist visa/i.test(m)), `marks: ${marks}`);
  assert.equal(await page.getAttribute('#result', 'data-distress'), 'false');
  assert.ok(!/\bsafe\b/i.test(await page.textContent('#result')));
  await screenshot(page, 'lure-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A page whose rule pack of one language is held back until `release()`, as on a slow network. */
async function pageWithHeldPack(code) {
  const context = await browser.newContext();
  const release = await holdBack(context, new RegExp(`words/rules-${code}-[0-9a-f]+\\.js$`));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#offer');
  return { context, page, release };
}

/** Lets the held pack in, then waits for the text to read high with `words` marked. */
async function releaseThenHigh(page, release, words) {
  release();
  await page.waitForSelector('#result[data-level="high"]');
  const marks = await page.$$eval('#result mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.some((m) => m.toLowerCase().includes(words)), `marks: ${marks}`);
}

test('a text in a script whose rules are still on their way waits for them, then reads high', async () => {
  // The Thai rules are held back until the text is in the box, as on a slow network.
  const { context, page, release } = await pageWithHeldPack('th');
  await paste(page, 'รับสมัครพนักงานบริการลูกค้า ทำงานที่กัมพูชา เงินเดือน 40,000 บาท ฟรีตั๋วเครื่องบินและที่พัก เดินทางด้วยวีซ่าท่องเที่ยว ติดต่อทาง Telegram เท่านั้น');
  await page.waitForSelector('#awaiting-rules');
  assert.equal(await page.getAttribute('#result', 'data-level'), 'none');
  assert.equal(await page.getAttribute('html', 'data-rules'), null, 'the Thai rules have not arrived');
  // An English text meanwhile is checked at once: its rules came with the app.
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  assert.ok(await page.isVisible('#packs-loading'), 'the reader is told the result may change');
  await paste(page, 'รับสมัครพนักงานบริการลูกค้า ทำงานที่กัมพูชา เงินเดือน 40,000 บาท ฟรีตั๋วเครื่องบินและที่พัก เดินทางด้วยวีซ่าท่องเที่ยว ติดต่อทาง Telegram เท่านั้น');
  await page.waitForSelector('#awaiting-rules');
  await releaseThenHigh(page, release, 'วีซ่าท่องเที่ยว');
  await page.waitForSelector('html[data-rules="complete"]');
  await page.waitForSelector('#packs-loading', { state: 'detached' });
  await context.close();
});

test('a text in a language of Latin letters waits for its pack when its language is clear', async () => {
  // Vietnamese has no script of its own: the app tells it by its letters and words.
  const { context, page, release } = await pageWithHeldPack('vi');
  await paste(page, 'Tuyển nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 1500 USD, bao vé máy bay và chỗ ở, không cần kinh nghiệm. Liên hệ qua Telegram, đi bằng visa du lịch.');
  await page.waitForSelector('#awaiting-rules');
  assert.equal(await page.getAttribute('#result', 'data-level'), 'none');
  await releaseThenHigh(page, release, 'visa du lịch');
  await context.close();
});

test('a pack that cannot load is said under the result, and its texts are still checked with the rest', async () => {
  const context = await browser.newContext();
  await context.route(/words\/rules-th-[0-9a-f]+\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-rules="partial"]');
  await paste(page, 'รับสมัครพนักงาน ทำงานที่กัมพูชา ติดต่อทาง Telegram เท่านั้น free visa and flight');
  await page.waitForSelector('#result:not([data-level="none"])');
  assert.ok(await page.isVisible('#packs-failed'), 'the reader is told some words are missing');
  assert.equal(await page.$('#awaiting-rules'), null, 'the text does not wait for a pack that will not come');
  await context.close();
});

test('an ordinary job ad stays low or medium', async () => {
  const { page, context } = await openApp(browser, server.url, { width: 360, height: 800 });
  await paste(page, LEGIT);
  await page.waitForSelector('#result:not([data-level="none"])');
  assert.match(await page.getAttribute('#result', 'data-level'), /^(low|medium)$/);
  await screenshot(page, 'legit-360');
  await context.close();
});

test('pasted HTML and script are shown as text, never run', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate(() => { window.__pwned = false; });
  const payload = `<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script> Pay the processing fee on Telegram`;
  await paste(page, payload);
  await page.waitForSelector('#result:not([data-level="none"])');
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval('#result img, #result script', (els) => els.length), 0);
  assert.ok((await page.textContent('#result .highlighted')).includes('<img src=x'));
  await context.close();
});

test('clear empties the box and the result', async () => {
  const { page, context } = await openApp(browser, server.url);
  await paste(page, LURE);
  await page.waitForSelector('#result[data-level="high"]');
  await page.click('text=Clear');
  await page.waitForSelector('#result[data-level="none"]');
  assert.equal(await page.inputValue('#offer'), '');
  await context.close();
});

test('a long text is checked by the checker thread: the page answers meanwhile, and a text pasted meanwhile keeps its own result', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  assert.equal(page.workers().length, 1, 'the checker thread runs');
  // About 1 MB: longer than the app checks as you type, so the Check button checks it.
  const long = `${LURE}\n${'We are hiring drivers in the city, weekly pay, apply in person. '.repeat(15_000)}`;
  await paste(page, long);
  await page.click('#check-button');
  // Checked on the page, this text would hold the page for over a second; the page answers
  // long before that, and says it is checking.
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById('checking') !== null), true, 'the page answers while checking');
  await page.waitForSelector('#result[data-level="high"]', { timeout: 60_000 });
  const marks = await page.$$eval('#result mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.some((m) => /tourist visa/i.test(m)), `marks: ${marks}`);
  // A long text replaced while it is checked: the new text gets its result at once, and the
  // long text's result, when it comes, is not shown for it.
  await paste(page, long);
  await page.click('#check-button');
  await page.waitForSelector('#checking');
  await paste(page, LEGIT);
  await page.waitForSelector('#result[data-level="low"], #result[data-level="medium"]');
  await page.waitForTimeout(3000);
  assert.notEqual(await page.getAttribute('#result', 'data-level'), 'high');
  assert.equal((await page.$$eval('#result mark', (ms) => ms.map((m) => m.textContent))).filter((m) => /tourist visa/i.test(m)).length, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('text pasted while the checker downloads is taken over and checked once it has started', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  // Hold the WebAssembly back until the text is in the static page's box.
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(server.url);
  await page.fill('#early-offer', LURE);
  assert.equal(await page.$('#offer'), null, 'the app has not started yet');
  // The precache waits too: nothing competes with the download of the checker.
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null), null, 'no service worker before the app runs');
  for (const [name, value] of [['spellcheck', 'false'], ['autocomplete', 'off'], ['translate', 'no']]) {
    assert.equal(await page.getAttribute('#early-offer', name), value, name);
  }
  release();
  await page.waitForSelector('#result[data-level="high"]');
  assert.equal(await page.inputValue('#offer'), LURE);
  assert.equal(await page.$('#early-offer'), null, 'the static box is gone');
  await until(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), { what: 'the service worker, once the app runs' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'offer', 'typing goes on in the app\'s box');
  await screenshot(page, 'early-text-360');
  await context.close();
});
