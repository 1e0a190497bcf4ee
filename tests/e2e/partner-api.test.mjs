// End-to-end: the JavaScript API SecondLook.v1 (dist/api/) imported by a page on another origin,
// and its TypeScript definitions compiled by tsc against an example that uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, mixedScripts, ROOT } from './harness.mjs';

let app, host, hostDir, browser, page, context;
before(async () => {
  // Module scripts and their wasm are fetched in CORS mode from another origin.
  app = await serve(undefined, { headers: { 'access-control-allow-origin': '*' } });
  hostDir = await mkdtemp(join(tmpdir(), 'second-look-api-host-'));
  await writeFile(join(hostDir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Job board</title>
<script type="module">
  import * as api from '${app.url}api/second-look.v1.js';
  window.api = api;
  window.dispatchEvent(new Event('api-ready'));
</script></head><body><h1>Post a job</h1></body></html>`);
  host = await serve(hostDir);
  browser = await launch();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => window.api !== undefined);
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const LURE = `Xin chào 👋 — Customer service job in Bangkok, salary $1,500/month, no experience needed.
Free flight and visa: you will travel on a tourist visa. Contact HR only on Telegram @hr_asia_jobs.`;

test('check() on a lure resolves to a high report whose spans index the JavaScript string', async () => {
  const report = await page.evaluate((text) => window.api.SecondLook.v1.check(text, { segments: true }), LURE);
  assert.equal(report.level, 'high');
  assert.equal(report.distress, false);
  assert.ok(report.signals.length >= 3, JSON.stringify(report.signals.map((s) => s.rule)));
  for (const s of report.signals) {
    assert.ok(s.sources.length > 0 && s.message && s.explanation, s.rule);
    for (const sp of s.spans) assert.equal(LURE.slice(sp.start, sp.end), sp.text, s.rule);
  }
  assert.equal(report.segments.map((p) => p.text).join(''), LURE);
  assert.equal(report.checkedLength, LURE.length);
  assert.ok(report.checkedBytes > LURE.length, 'the emoji and accents take more bytes than string units');
  assert.ok(report.segments.some((p) => p.signal !== null && /tourist visa/i.test(p.text)));
  assert.match(report.rulesetVersion, /^\d{4}\.\d{2}\.\d{2}$/);
});

test('check() with lang explains in that language, with the same findings; an unknown one is refused', async () => {
  const out = await page.evaluate(async (text) => {
    const { check } = window.api.SecondLook.v1;
    const en = await check(text);
    const vi = await check(text, { lang: 'vi-VN' });
    let refused = '';
    try { await check(text, { lang: 'xx' }); } catch (e) { refused = e.message; }
    return { en, vi, refused };
  }, LURE);
  assert.equal(out.vi.level, out.en.level);
  assert.deepEqual(out.vi.signals.map((s) => [s.rule, s.spans]), out.en.signals.map((s) => [s.rule, s.spans]));
  for (const [a, b] of out.en.signals.map((s, i) => [s, out.vi.signals[i]])) {
    assert.notEqual(b.message, a.message, `${a.rule} is still English`);
    assert.notEqual(b.explanation, a.explanation, `${a.rule} is still English`);
  }
  assert.notDeepEqual(out.vi.advice.map((a) => a.text), out.en.advice.map((a) => a.text));
  assert.match(out.refused, /lang `xx`.*known: .*\bvi\b/);
});

test('check() rejects empty, non-string and badly-optioned input with a clear message', async () => {
  const outcomes = await page.evaluate(async () => {
    const { check } = window.api.SecondLook.v1;
    const cases = [[''], ['   \n'], [42], [null], [undefined], [{ text: 'x' }], ['ok', { colour: 'red' }], ['ok', 'segments']];
    const out = [];
    for (const args of cases) {
      try {
        await check(...args);
        out.push('resolved');
      } catch (e) {
        out.push(`${e.name}: ${e.message}`);
      }
    }
    return out;
  });
  assert.match(outcomes[0], /^RangeError: .*empty/);
  assert.match(outcomes[1], /^RangeError: .*empty/);
  assert.match(outcomes[2], /^TypeError: .*must be a string, not a number/);
  assert.match(outcomes[3], /^TypeError: .*not null/);
  assert.match(outcomes[4], /^TypeError: .*not undefined/);
  assert.match(outcomes[5], /^TypeError: .*not an object/);
  assert.match(outcomes[6], /^Error: .*colour/);
  assert.match(outcomes[7], /^TypeError: .*options must be an object/);
});

test('options that throw when read are refused in JavaScript and never break later checks', async () => {
  const outcome = await page.evaluate(async (lure) => {
    const { check } = window.api.SecondLook.v1;
    const hostile = () => new Proxy({}, {
      ownKeys() { throw new Error('trap'); },
      get() { throw new Error('trap'); },
      getOwnPropertyDescriptor() { throw new Error('trap'); },
    });
    const getter = Object.defineProperty({}, 'segments', { enumerable: true, get() { throw new Error('getter'); } });
    const inherited = Object.create({ colour: 'red' });
    const errors = [];
    for (let i = 0; i < 200; i += 1) {
      for (const options of [hostile(), getter, { segments: hostile() }]) {
        try {
          await check(lure, options);
          errors.push('resolved');
        } catch (e) {
          errors.push(`${e.name}: ${e.message}`);
        }
      }
    }
    const after = await check(lure, inherited);
    const withSegments = await check(lure, { segments: true });
    return { errors: [...new Set(errors)], level: after.level, segments: withSegments.segments.length };
  }, LURE);
  assert.ok(outcome.errors.length > 0 && outcome.errors.every((e) => /^TypeError: .*options could not be read/.test(e)), outcome.errors.join('\n'));
  assert.equal(outcome.level, 'high', 'checks still work after hostile options; inherited keys are ignored');
  assert.ok(outcome.segments > 1);
});

test('rules() lists every rule with sources, and version matches Cargo.toml', async () => {
  const { rules, version, init } = await page.evaluate(async () => {
    const v1 = window.api.SecondLook.v1;
    return { rules: await v1.rules(), version: v1.version, init: await v1.init() };
  });
  assert.ok(rules.length >= 100, `${rules.length} rules`);
  assert.ok(rules.every((r) => r.id && r.category && Array.isArray(r.sources)));
  assert.ok(rules.some((r) => r.language === 'th') && rules.some((r) => r.category === 'combination'));
  const cargo = (await readFile(join(ROOT, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
  assert.equal(version, cargo);
  assert.equal(init.version, cargo);
});

test('a 2 MB text is checked up to the limit, not crashed on', async () => {
  const report = await page.evaluate(() => window.api.SecondLook.v1.check('Telegram '.repeat(230000)));
  assert.equal(report.truncated, true);
  assert.ok(report.checkedBytes <= 1 << 20);
  assert.equal(report.checkedLength, report.checkedBytes, 'ASCII text: as many string units as bytes');
});

test('10 MB of mixed scripts is checked up to the limit: spans still index the string exactly', async () => {
  await mixedScripts(page);
  const out = await page.evaluate(async () => {
    const text = window.__mixed;
    const report = await window.api.SecondLook.v1.check(text);
    const spans = report.signals.flatMap((s) => s.spans);
    return {
      truncated: report.truncated,
      checkedLength: report.checkedLength,
      length: text.length,
      level: report.level,
      exact: spans.every((s) => text.slice(s.start, s.end) === s.text),
      spans: spans.length,
    };
  });
  assert.equal(out.truncated, true);
  assert.ok(out.checkedLength > 0 && out.checkedLength < out.length);
  assert.ok(out.spans > 0 && out.exact, 'spans quote the text');
  assert.notEqual(out.level, 'none');
});

test('the TypeScript definitions compile against an example that uses them', async () => {
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  const run = promisify(execFile);
  await run(tsc, ['-p', join(ROOT, 'tests', 'ts', 'tsconfig.json')]);
  // The same example with one wrong use left unmarked must not compile: the check has teeth.
  const bad = join(ROOT, 'tests', 'ts', 'bad.ts');
  await writeFile(bad, "import { SecondLook } from '../../www/api/second-look.v1.js';\nSecondLook.v1.check(42);\n");
  try {
    await assert.rejects(run(tsc, ['--noEmit', '--strict', '--module', 'ES2022', '--moduleResolution', 'bundler', '--target', 'ES2022', bad]));
  } finally {
    await rm(bad, { force: true });
  }
});

test('the API build carries the engine alone: no yew', async () => {
  const { readdir } = await import('node:fs/promises');
  const dist = join(ROOT, 'dist');
  const appWasm = (await readdir(dist)).find((f) => f.endsWith('_bg.wasm'));
  const app = await readFile(join(dist, appWasm));
  const api = await readFile(join(dist, 'api', 'engine_bg.wasm'));
  // The crate's source paths ("yew-0.23.0/src/...") mark its code; the word alone can be data
  // (Swahili "mwenyewe" is in the lexicons).
  assert.ok(app.includes('/yew-'), 'the app wasm names yew (the check below can fail)');
  assert.ok(!api.includes('/yew-'), 'the API wasm contains yew');
  // The API embeds every rule: it needs none of the app's rule packs.
  assert.ok(!(await readdir(join(dist, 'api', 'words'))).some((f) => f.startsWith('rules-') || f === 'boot.json'));
});
