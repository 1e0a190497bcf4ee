// End-to-end: the interface in every language of the switcher, in Chromium against dist/. Each
// language sets <html lang> and dir, replaces the English interface strings, is chosen from the
// browser's languages on a first visit, keeps pasted text in its own direction (dir="auto"), and
// draws every character with a real glyph (no missing-glyph boxes: setup.sh installs Noto fonts).
// Screenshots at 360 px: test-results/<lang>-lure-360.png. The example offer, the warnings,
// their explanations, categories, advice and hotlines are in the language too, no English
// sentence of the interface is left, and the privacy page link leads to that language's page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, axe, holdBack } from './harness.mjs';

const LURE = `Hiring now! Customer service job in Bangkok, salary $1,500/month, no experience needed.
Free flight ticket, visa and hotel. You will travel on a tourist visa. Contact HR only on Telegram @hr_asia_jobs.`;

// Interface strings that every translation must change (brand names aside).
const ENGLISH = {
  check: '#check-button',
  clear: '#clear-button',
  label: 'label[for="offer"]',
  tagline: 'header.intro > p:not(.privacy)',
};

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Characters of the page's text that the browser draws as the missing-glyph box: each is drawn
// on a canvas in the page's font and compared with a private-use character no font has.
function missingGlyphs() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
  const draw = (c) => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.fillText(c, 4, 36);
    return ctx.getImageData(0, 0, 48, 48).data.join(',');
  };
  const tofu = draw('\uE000');
  const chars = [...new Set([...document.body.innerText].filter((c) => c.trim() && c.codePointAt(0) > 0x7f))];
  return chars.filter((c) => draw(c) === tofu).map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()} ${c}`);
}

// The language codes the switcher offers.
async function switcherCodes() {
  const { page, context } = await openApp(browser, server.url);
  const codes = await page.$$eval('select#lang option', (os) => os.map((o) => o.value));
  await context.close();
  return codes;
}

// Every sentence the reader sees, outside the pasted text, its highlighted words and the titles
// of published sources (those stay as published).
function visibleSentences() {
  const skip = '#marked, .words, textarea, .sources, .hotline-source, [translate="no"], select#lang';
  const out = new Set();
  for (const el of document.querySelectorAll('h1, h2, h3, h4, p, li, label, button, summary, option, a')) {
    if (el.closest(skip) || !el.checkVisibility()) continue;
    // Web addresses and numbers are the same in every language.
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' ')
      .replace(/\S+\.\S+|[\d+()]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (own.length > 14) out.add(own);
  }
  return [...out];
}

async function texts(page) {
  const out = {};
  for (const [k, sel] of Object.entries(ENGLISH)) out[k] = (await page.textContent(sel)).trim();
  return out;
}

test('every language of the switcher translates the interface and sets lang and dir', async () => {
  // bypassCSP: axe is injected as an inline script, which the page's own policy forbids.
  const { page, context, errors } = await openApp(browser, server.url, { width: 360, height: 800 }, { bypassCSP: true });
  const options = await page.$$eval('select#lang option', (os) => os.map((o) => ({ value: o.value, name: o.textContent, lang: o.lang })));
  assert.ok(options.length >= 1 && options.some((o) => o.value === 'en'), JSON.stringify(options));
  const english = await texts(page);
  let englishSentences = [];
  let englishExample = '';
  // The glyph check sees a box when there is one: a character no font has is reported.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="tofu">\uE001</p>'));
  assert.deepEqual(await page.evaluate(missingGlyphs), ['U+E001 \uE001']);
  await page.evaluate(() => document.getElementById('tofu').remove());
  for (const o of options) {
    assert.equal(o.lang, o.value, 'each option is marked with its own language');
    await page.selectOption('select#lang', o.value);
    await page.waitForFunction((v) => document.documentElement.lang === v, o.value);
    const dir = await page.getAttribute('html', 'dir');
    assert.equal(dir, o.value === 'ur' ? 'rtl' : 'ltr', `${o.value}: dir`);
    const shown = await texts(page);
    assert.deepEqual(await page.evaluate(missingGlyphs), [], `${o.value}: characters drawn as missing-glyph boxes`);
    if (o.value !== 'en') {
      for (const k of Object.keys(ENGLISH)) assert.notEqual(shown[k], english[k], `${o.value}: ${k} is still English`);
    }
    await page.click('button.example[data-example="lure"]');
    await page.waitForSelector('#result[data-level="high"]');
    assert.equal(await page.getAttribute('#offer', 'dir'), 'auto');
    assert.equal(await page.getAttribute('#marked', 'dir'), 'auto');
    await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
    const sentences = await page.evaluate(visibleSentences);
    const example = await page.inputValue('#offer');
    if (o.value === 'en') {
      englishSentences = sentences;
      englishExample = example;
      assert.ok(sentences.length > 30, `the English page shows its sentences: ${sentences.length}`);
    } else {
      assert.notEqual(example, englishExample, `${o.value}: the example offer is its own`);
      const left = sentences.filter((x) => englishSentences.includes(x));
      assert.deepEqual(left, [], `${o.value}: English left on the page`);
    }
    const privacy = await page.getAttribute('.privacy a', 'href');
    assert.equal(privacy, o.value === 'en' ? 'privacy.html' : `privacy.${o.value}.html`);
    const doc = await context.request.get(new URL(privacy, server.url).href);
    assert.equal(doc.status(), 200, `${o.value}: ${privacy}`);
    assert.match(await doc.text(), new RegExp(`<html lang="${o.value}"${o.value === 'ur' ? ' dir="rtl"' : ''}>`), `${o.value}: the privacy page's language`);
    assert.deepEqual(await axe(page), [], `${o.value}: lure result`);
    await screenshot(page, `${o.value}-lure-360`, { fullPage: false });
    await page.click('#clear-button');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first visit follows the browser\'s language; English when the interface lacks it', async () => {
  const codes = await switcherCodes();
  // Tagalog is read in Filipino; a language the interface lacks falls back to English.
  const cases = [['xx-YY', 'en'], ['en-GB', 'en'], ...(codes.includes('fil') ? [['tl-PH', 'fil']] : []), ...(codes.includes('zh') ? [['zh-CN', 'zh']] : [])];
  for (const [locale, expected] of cases) {
    const { page, context } = await openApp(browser, server.url, undefined, { locale });
    await page.waitForFunction((v) => document.documentElement.lang === v, expected);
    assert.equal(await page.$eval('select#lang', (s) => s.value), expected, locale);
    // Nothing is remembered unless the reader asks.
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await context.close();
  }
});

test('a text in Latin script keeps its direction in a right-to-left page', async (t) => {
  const codes = await switcherCodes();
  if (!codes.includes('ur')) return t.skip('no right-to-left language in the switcher');
  const { page, context } = await openApp(browser, server.url, { width: 360, height: 800 }, { locale: 'ur-PK' });
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.fill('#offer', LURE);
  await page.waitForSelector('#result[data-level="high"]');
  // The pasted English runs left to right inside the right-to-left page, highlights included.
  assert.equal(await page.$eval('#marked', (el) => getComputedStyle(el).direction), 'ltr');
  assert.equal(await page.$eval('body', (el) => getComputedStyle(el).direction), 'rtl');
  await screenshot(page, 'ur-english-text-360', { fullPage: false });
  await context.close();
});

test('a text in another interface language brings an offer to read its warnings in that language', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { width: 360, height: 800 }, { locale: 'en-US' });
  await page.fill('#offer', LURE);
  await page.waitForSelector('#result[data-level="high"]');
  assert.equal(await page.$('#text-language'), null, 'an English text in the English interface: no offer');
  const english = await page.textContent('.signal h4');
  const VI = 'Tuyển gấp nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 1500 USD/tháng, bao vé máy bay, đi bằng visa du lịch, liên hệ Telegram @tuyendung.';
  await page.fill('#offer', VI);
  await page.waitForSelector('#text-language[data-lang="vi"]');
  const offer = await page.$eval('#text-language', (el) => ({ text: el.innerText, button: el.querySelector('button').lang }));
  assert.match(offer.text, /Tiếng Việt/);
  assert.equal(offer.button, 'vi');
  await screenshot(page, 'text-language-offer-360', { fullPage: false });
  await page.click('#text-language button');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.equal(await page.$('#text-language'), null, 'the offer is gone once taken');
  assert.notEqual(await page.textContent('.signal h4'), english);
  // Taking the offer remembers nothing unless the reader asks.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('while the checker downloads, the start page is in the browser\'s language, then the app takes over in it', async () => {
  // The checker's download is held back, as on a slow network, to look at the start page.
  const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 360, height: 800 } });
  const release = await holdBack(context, /_bg\.wasm$/);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#early-offer:not([hidden])');
  assert.equal(await page.getAttribute('html', 'lang'), 'th');
  const words = JSON.parse(await page.textContent('#boot-words')).th;
  assert.equal(await page.textContent('label[for="early-offer"]'), words.boot_early_label);
  assert.equal(await page.textContent('header.intro > p:not(.privacy)'), words.tagline);
  assert.equal(await page.textContent('.boot > .hint'), words.boot_hint);
  assert.match(await page.textContent('#boot-status'), /[\u0E00-\u0E7F]/, 'the loading status is in Thai');
  assert.equal(await page.getAttribute('#boot-status', 'data-starting'), words.boot_starting);
  assert.ok(!/Loading the checker|Paste the job ad/.test(await page.textContent('body')), 'no English left on the start page');
  await screenshot(page, 'th-start-page-360');
  release();
  await page.waitForSelector('#offer');
  assert.equal(await page.getAttribute('html', 'lang'), 'th');
  assert.equal(await page.textContent('header.intro > p:not(.privacy)'), words.tagline, 'the app says the same in Thai');
  await context.close();
});
