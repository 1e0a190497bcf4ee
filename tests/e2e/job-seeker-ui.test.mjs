// End-to-end: what a job seeker sees and does. Examples, highlights linked to their warning,
// distress mode, what to do next and hotlines, the share summary, the rules page, accessibility
// (axe-core), long pastes, the loading shell, screenshots at 360 and 1280 px. No sleeps: every wait
// is on a selector or a condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { serve, launch, openApp, paste, pasteEvent, screenshot, mixedScripts, until, axe, DIST, holdBack } from './harness.mjs';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

const DISTRESS = `Please help me. When we arrived they took my passport and phone. I can't leave the compound,
they say I must pay $5000 to be released. I am in Myawaddy.`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function example(page, id) {
  await page.click(`button[data-example="${id}"]`);
  await page.waitForSelector('#result:not([data-level="none"])');
}

test('the lure example reads high; each highlight links to its warning, grouped by category', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await example(page, 'lure');
  assert.equal(await page.getAttribute('#result', 'data-level'), 'high');
  assert.equal(await page.getAttribute('#result', 'data-distress'), 'false');
  const marks = await page.$$eval('#result a.hl', (as) => as.map((a) => ({
    text: a.textContent, href: a.getAttribute('href'),
    target: document.getElementById(a.getAttribute('href').slice(1))?.querySelector('h4')?.textContent ?? null,
  })));
  const texts = marks.map((m) => m.text.toLowerCase());
  for (const want of ['tourist visa', 'telegram', 'sihanoukville']) {
    assert.ok(texts.some((t) => t.includes(want)), `no highlight for ${want}: ${texts}`);
  }
  for (const m of marks) assert.ok(m.target, `highlight "${m.text}" links to ${m.href}, which is not a warning`);
  // Level in words and an icon, never "safe".
  assert.match(await page.textContent('#result-title'), /Strong warning signs/);
  assert.equal(await page.$$eval('#result .level svg.icon', (s) => s.length), 1);
  assert.ok(!/\bsafe\b/i.test(await page.textContent('#result')));
  // Grouped by category, each warning with its reason; sources open only on click, in a new tab.
  const cats = await page.$$eval('#result .category', (cs) => cs.map((c) => c.dataset.category));
  assert.ok(cats.length >= 3 && new Set(cats).size === cats.length, `categories: ${cats}`);
  const links = await page.$$eval('#result .sources a', (as) => as.map((a) => [a.target, a.rel]));
  assert.ok(links.length > 0);
  for (const [target, rel] of links) {
    assert.equal(target, '_blank');
    assert.equal(rel, 'noopener noreferrer');
  }
  // Following a highlight moves to its warning.
  const first = marks.find((m) => /tourist visa/i.test(m.text));
  // It moves focus there without touching the address (leaks-besides-requests.test.mjs: no
  // history entries).
  await page.click(`#result a.hl[href="${first.href}"]`);
  await page.waitForFunction((h) => `#${document.activeElement?.id}` === h, first.href);
  // What to do next: a checklist from the report's advice.
  const steps = await page.$$eval('#next-steps .checklist label', (ls) => ls.map((l) => l.textContent));
  assert.ok(steps.some((s) => /tourist visa/i.test(s)), `steps: ${steps}`);
  // The result is announced.
  assert.match(await page.textContent('#announce'), /Strong warning signs/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'lure-top-1280', { fullPage: false });
  await screenshot(page, 'lure-full-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the examples fill the box: a lure and a task scam read high, a real overseas job does not', async () => {
  const { page, context } = await openApp(browser, server.url, PHONE);
  const want = { lure: /^high$/, task: /^high$/, legit: /^(low|medium)$/ };
  for (const [id, level] of Object.entries(want)) {
    await page.click(`button[data-example="${id}"]`);
    await page.waitForFunction(() => {
      const marked = document.querySelector('#marked');
      const value = document.querySelector('#offer').value;
      return marked && value.length > 100 && marked.textContent === value;
    });
    // The box holds the example and the result is about it.
    const value = await page.inputValue('#offer');
    const marked = await page.textContent('#marked');
    assert.equal(marked, value);
    assert.match(await page.getAttribute('#result', 'data-level'), level, `${id}`);
    if (id === 'legit') {
      await screenshot(page, 'legit-example-360');
      assert.equal(await page.$$eval('#result .reassuring-group', (g) => g.length), 1);
    }
    // Nothing is wider than a 360 px phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360),
      `page is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
    if (id === 'lure') {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'lure-top-360', { fullPage: false });
      await screenshot(page, 'lure-full-360');
      await page.$eval('#result', (el) => el.scrollIntoView({ behavior: 'instant' }));
      await screenshot(page, 'lure-result-360', { fullPage: false });
    }
  }
  await context.close();
});

test('an advisory about scams is not treated as an offer', async () => {
  const { page, context } = await openApp(browser, server.url);
  await paste(page, `Beware of fake job offers on Facebook promising high pay abroad. The ministry warned against
illegal recruiters offering customer service jobs in Cambodia with free flights, paid through Telegram.
The embassy has issued an advisory: never travel on a tourist visa for work.`);
  await page.waitForSelector('#result:not([data-level="none"])');
  assert.match(await page.getAttribute('#result', 'data-level'), /^(low|medium)$/);
  assert.match(await page.textContent('#warning-text'), /warning or a news story about scams/);
  await context.close();
});

test('a message from someone held leads with emergency guidance and contacts', async () => {
  const { page, context } = await openApp(browser, server.url, PHONE);
  await paste(page, DISTRESS);
  await page.waitForSelector('#result[data-distress="true"]');
  // Emergency guidance comes first, before any level or score.
  const order = await page.$eval('#result', (r) => [...r.children].map((c) => c.id || c.className));
  assert.equal(order[0], 'emergency');
  assert.equal(order[1], 'emergency-contacts');
  assert.equal(await page.$$eval('#result .level, #result .score', (e) => e.length), 0);
  assert.match(await page.textContent('#emergency'), /embassy/i);
  // Contacts: the Cambodian police line is listed with a dialable link.
  await page.selectOption('#emergency-contacts-country', 'KH');
  await page.waitForSelector('#emergency-contacts .mine a[href="tel:117"]');
  assert.match(await page.textContent('#announce'), /being held/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'distress-360', { fullPage: false });
  await screenshot(page, 'distress-full-360');
  await page.$eval('#result', (el) => el.scrollIntoView({ behavior: 'instant' }));
  await screenshot(page, 'distress-result-360', { fullPage: false });
  await context.close();
});

test('hotlines: the chosen country comes first; remembered only when asked, never the text', async () => {
  const { page, context } = await openApp(browser, server.url);
  await example(page, 'lure');
  await page.selectOption('#hotlines-country', 'PH');
  await page.waitForSelector('#hotlines .mine a[href="tel:1343"]');
  // Every entry shows its source and when it was checked.
  const sources = await page.$$eval('#hotlines .hotline-source', (ps) => ps.map((p) => p.textContent));
  assert.ok(sources.length > 0 && sources.every((s) => /^Source.* · checked \w+ \d+, \d{4}$/.test(s)), `${sources}`);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before asking');
  await page.check('#hotlines-remember');
  await page.waitForFunction(() => localStorage.length === 1);
  const stored = await page.evaluate(() => Object.entries(localStorage));
  assert.deepEqual(stored, [['second-look.settings', 'country=PH&lang=en']]);
  // After a reload, the country is back; the pasted text is not.
  await page.reload();
  await page.waitForSelector('#offer');
  assert.equal(await page.inputValue('#offer'), '');
  await example(page, 'legit');
  assert.equal(await page.inputValue('#hotlines-country'), 'PH');
  assert.equal(await page.isChecked('#hotlines-remember'), true);
  // Unticking forgets it.
  await page.uncheck('#hotlines-remember');
  await page.waitForFunction(() => localStorage.length === 0);
  await context.close();
});

test('share summary: level and reasons, the text only when ticked; copied to the clipboard', async () => {
  const { page, context } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const payload = `<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>
Pay the processing fee to our agent on Telegram @hr_jobs today. You will travel on a tourist visa.`;
  await page.evaluate(() => { window.__pwned = false; });
  await paste(page, payload);
  await page.waitForSelector('#result:not([data-level="none"])');
  const summary = await page.textContent('#share-text');
  assert.match(summary, /^Second Look checked a job offer: (Some|Strong) warning signs\./);
  assert.match(summary, /Reasons:\n- /);
  assert.match(summary, /tourist visa/i);
  assert.ok(!summary.includes('@hr_jobs'), 'the pasted text is left out by default');
  await page.click('#share-copy');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent.length > 0);
  assert.equal(await page.textContent('.copy-status'), 'Summary copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
  await page.check('#share-include');
  await page.waitForFunction(() => document.querySelector('#share-text').textContent.includes('@hr_jobs'));
  const withText = await page.textContent('#share-text');
  assert.ok(withText.includes('<script>window.__pwned=true</script>'), 'shown as text');
  await page.click('#share-copy');
  await until(async () => (await page.evaluate(() => navigator.clipboard.readText())) === withText,
    { what: 'the clipboard to hold the summary with the text' });
  // The payload stayed text everywhere.
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval('#result img, #result script', (els) => els.length), 0);
  await context.close();
});

test('the rules page lists every rule with sources and examples, searchable', async () => {
  const { page, context } = await openApp(browser, server.url, PHONE);
  await page.click('nav a[href="#rules"]');
  await page.waitForSelector('#rule-search');
  const total = await page.$$eval('.rule', (r) => r.length);
  assert.ok(total > 50, `${total} rules`);
  assert.match(await page.textContent('#rule-count'), new RegExp(`^${total.toLocaleString('en')} of ${total.toLocaleString('en')} rules$`));
  // Every rule has an explanation and at least one source link.
  const bare = await page.$$eval('.rule', (rs) => rs.filter((r) => !r.querySelector('.sources a')).map((r) => r.id));
  assert.deepEqual(bare, []);
  // The examples arrive with the page (words/examples.js): every rule shows what it fires on, with
  // the matched words marked.
  await page.waitForSelector('.rule .examples.fire li mark');
  const without = await page.$$eval('.rule', (rs) => rs.filter((r) => !r.querySelector('.examples.fire li')).map((r) => r.id));
  assert.deepEqual(without, []);
  await page.fill('#rule-search', 'tourist visa');
  await page.waitForFunction((t) => document.querySelectorAll('.rule').length < t, total);
  const shown = await page.$$eval('.rule', (rs) => rs.map((r) => r.textContent.toLowerCase()));
  assert.ok(shown.length > 0);
  for (const t of shown) assert.ok(t.includes('tourist') && t.includes('visa'), t.slice(0, 80));
  await screenshot(page, 'rules-search-360', { fullPage: false });
  await page.fill('#rule-search', 'zzqx no such rule');
  await page.waitForSelector('text=No rule matches this search.');
  // Back to the checker.
  await page.click('nav a[href="#check"]');
  await page.waitForSelector('#offer');
  await page.goto(server.url + '#rules');
  await page.waitForSelector('.rule');
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'rules-1280', { fullPage: false });
  await context.close();
});

test('works with the keyboard alone', async () => {
  const { page, context } = await openApp(browser, server.url);
  // Tab from the top reaches the text box, then Check.
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.id === 'offer');
  }
  assert.ok(found, 'Tab reaches the text box');
  await page.keyboard.type('Work on a tourist visa, pay the processing fee, contact us only on Telegram.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#result:not([data-level="none"])');
  // Highlights are links the keyboard can follow.
  await page.focus('#result a.hl');
  const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => `#${document.activeElement?.id}` === h, href);
  await context.close();
});

test('axe-core finds no serious problems in the embed view (partner colours, dark, compact) or the partner pages', async () => {
  // A light and a dark partner colour: the button text must stay readable on either.
  for (const [accent, theme] of [['%23ffeb3b', 'dark'], ['%230b3d91', 'light']]) {
    const { page, context } = await openApp(browser, `${server.url}embed.html#theme=${theme}&accent=${accent}&compact=1&country=PH`, PHONE, { bypassCSP: true });
    assert.deepEqual(await axe(page), [], `embed, empty, ${theme}`);
    await paste(page, 'Customer service in Bangkok, free flight and visa, travel on a tourist visa, contact only on Telegram.');
    await page.waitForSelector('#result[data-level="high"]');
    assert.deepEqual(await axe(page), [], `embed, lure, ${theme}`);
    await context.close();
  }
  for (const path of ['partners.html', 'demo.html', 'privacy.html']) {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    assert.deepEqual(await axe(page), [], path);
    await context.close();
  }
});

test('axe-core finds no serious or critical problems, light and dark, 360 and 1280 px', async () => {
  for (const [viewport, colorScheme] of [[PHONE, 'light'], [DESKTOP, 'dark']]) {
    // bypassCSP: axe is injected as an inline script, which the page's own policy forbids.
    const { page, context } = await openApp(browser, server.url, viewport, { colorScheme, reducedMotion: 'reduce', bypassCSP: true });
    assert.deepEqual(await axe(page), [], `empty page, ${colorScheme}`);
    await example(page, 'lure');
    await page.$$eval('#result details', (ds) => ds.forEach((d) => { d.open = true; }));
    assert.deepEqual(await axe(page), [], `lure result, ${colorScheme}`);
    await paste(page, DISTRESS);
    await page.waitForSelector('#result[data-distress="true"]');
    assert.deepEqual(await axe(page), [], `distress, ${colorScheme}`);
    if (colorScheme === 'dark') {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'distress-dark-1280', { fullPage: false });
    }
    await page.goto(server.url + '#rules');
    await page.waitForSelector('.rule');
    assert.deepEqual(await axe(page), [], `rules page, ${colorScheme}`);
    await context.close();
  }
});

test('a 10 MB paste does not freeze the page: the first 1 MiB is kept and checked on request', async () => {
  const { page, context } = await openApp(browser, server.url, PHONE);
  await page.evaluate(() => {
    const line = 'Customer service job in Bangkok, free visa, contact us on Telegram. Ordinary words follow here.\n';
    window.__big = line.repeat(Math.ceil(10_000_000 / line.length));
  });
  const started = Date.now();
  await pasteEvent(page, '__big');
  await page.waitForSelector('#long-text');
  assert.match(await page.textContent('#long-text'), /The pasted text was very long \(10,\d{3},\d{3} characters\)\. Only the first 1,048,576 characters were kept/);
  assert.equal((await page.inputValue('#offer')).length, 1_048_576);
  assert.equal(await page.getAttribute('#result', 'data-level'), 'none', 'not checked as you type');
  // Still responsive.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  console.log(`10 MB paste to kept text: ${Date.now() - started} ms`);
  const t = Date.now();
  await page.click('#check-button', { noWaitAfter: true });
  await page.waitForSelector('#result:not([data-level="none"])', { timeout: 120_000 });
  console.log(`check of 1 MiB: ${Date.now() - t} ms`);
  assert.ok(await page.$('#marked-cut'), 'says only the start is shown');
  // A text over the limit typed in (not pasted) says it will be cut, and is checked only on request.
  await page.$eval('#offer', (el) => { el.value = window.__big.slice(0, 1_100_000); el.dispatchEvent(new InputEvent('input', { bubbles: true })); });
  await page.waitForFunction(() => /Only the first 1,048,576 characters will be checked/.test(document.querySelector('#long-text')?.textContent));
  await page.click('#check-button', { noWaitAfter: true });
  await page.waitForSelector('#result .truncated', { timeout: 120_000 });
  assert.match(await page.textContent('#result .truncated'), /only the first 1,048,576 of 1,100,000 characters were checked/);
  await page.click('#clear-button');
  await page.waitForSelector('#result[data-level="none"]');
  assert.equal(await page.inputValue('#offer'), '');
  await context.close();
});

test('a 10 MB paste of mixed scripts, RTL and emoji is cut with a clear note, then checked on request', async () => {
  const { page, context, errors } = await openApp(browser, server.url, PHONE);
  await mixedScripts(page, '__big');
  await pasteEvent(page, '__big');
  await page.waitForSelector('#long-text');
  assert.match(await page.textContent('#long-text'), /The pasted text was very long/);
  const kept = await page.evaluate(() => document.getElementById('offer').value);
  assert.ok(kept.length > 0 && kept.length < 10_000_000);
  assert.ok(new TextEncoder().encode(kept).length <= 1_048_576);
  await page.click('#check-button', { noWaitAfter: true });
  await page.waitForSelector('#result:not([data-level="none"])', { timeout: 120_000 });
  assert.ok(await page.$('#result mark'), 'lure words among the scripts are highlighted');
  await screenshot(page, 'paste-10mb-mixed-360', { fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the app arrives, the page says what it is and shows download progress', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(server.url);
  await page.waitForSelector('#boot-progress');
  assert.match(await page.textContent('h1'), /Second Look/);
  assert.match(await page.textContent('#boot-status'), /Loading the checker/);
  assert.match(await page.textContent('noscript'), /JavaScript and WebAssembly/);
  await screenshot(page, 'loading-360', { fullPage: false });
  // The progress indicator shows the share downloaded (Trunk's initializer, fed a known size).
  const loader = (await readdir(DIST)).find((f) => f.endsWith('loader.mjs'));
  await page.evaluate(async (src) => {
    const { default: init } = await import(src);
    init().onProgress({ current: 512 * 1024, total: 1024 * 1024 });
  }, '/' + loader);
  assert.equal(await page.textContent('#boot-status'), 'Loading the checker: 50% (512 of 1,024 KB).');
  assert.equal(await page.$eval('#boot-progress', (p) => p.value), 50);
  release();
  await page.waitForSelector('#offer');
  await context.close();
});

test('time from navigation to first result', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForSelector('#offer');
  await paste(page, 'Free visa and flight, contact HR only on Telegram, pay the processing fee today.');
  await page.waitForSelector('#result:not([data-level="none"])');
  const ms = Date.now() - t0;
  console.log(`navigation to first result: ${ms} ms (includes the ${150} ms typing pause)`);
  assert.ok(ms < 15000);
  await context.close();
});
