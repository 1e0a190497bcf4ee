// Trunk post_build hook: makes the built page work under a strict Content-Security-Policy and
// offline. In the staging folder it (1) moves Trunk's inline loader script into a file, drops
// build-time nonces and adds the CSP and referrer policy; (2) writes embed.html, the same app in
// its embed view for partners' iframes; (3) copies the rules' words of each language into words/
// and builds the JavaScript API into api/
// (scripts/build-api.mjs); (4) writes the service worker with the precache list of every file of
// the app (not api/, which partners load) and a cache name carrying the build's hash.
import { readFile, writeFile, readdir, cp } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { buildApi, wordsDir } from './build-api.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

// Before start-up the app needs to fetch its own wasm; once it has started, www/pwa.js adds a
// second policy with connect-src 'none' (policies only ever add restrictions).
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const hash = (data) => createHash('sha256').update(data).digest('hex');

let html = await readFile(join(dir, 'index.html'), 'utf8');
html = html.replace(/\snonce="[^"]*"/g, '');
// The checker thread (www/checker.js) imports the build's own wasm-bindgen glue.
const glue = html.match(/from '\/?(?:\.\/)?(web-app-[0-9a-f]+\.js)'/);
if (!glue) throw new Error('could not find the wasm-bindgen glue for checker.js');
const checker = await readFile(join(dir, 'checker.js'), 'utf8');
if (!checker.includes("from './web-app.js'")) throw new Error('checker.js does not import ./web-app.js');
await writeFile(join(dir, 'checker.js'), checker.replace("from './web-app.js'", () => `from './${glue[1]}'`));

const inline = /<script type="module">([\s\S]*?)<\/script>/g;
for (const [whole, code] of [...html.matchAll(inline)]) {
  const name = `boot-${hash(code).slice(0, 16)}.js`;
  await writeFile(join(dir, name), code.trim() + '\n');
  html = html.replace(whole, `<script type="module" src="./${name}"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
if (/\sstyle="/.test(html)) throw new Error('an inline style attribute is left in index.html');
// The start page's words in every language (written by build.rs from i18n/): a JSON data block,
// which no policy needs to allow as it is never run; www/pwa.js shows them in the reader's language.
const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
const bootWords = await readFile(join(wordsDir(profile), 'boot.json'), 'utf8');
JSON.parse(bootWords);
html = html.replace('<script type="module" src="./pwa.js"></script>',
  () => `<script type="application/json" id="boot-words">${bootWords.replace(/</g, '\\u003c')}</script>\n  <script type="module" src="./pwa.js"></script>`);
if (!html.includes('id="boot-words"')) throw new Error('could not put the start page words in index.html');
const head = `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n  <meta name="referrer" content="no-referrer">`;
html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n  ${head}`);
if (!html.includes(CSP)) throw new Error("could not place the CSP after <meta charset>");
await writeFile(join(dir, 'index.html'), html);

const embed = html
  .replace('<html lang="en">', '<html lang="en" data-view="embed">')
  .replace('<script type="module" src="./pwa.js"></script>',
    '<script type="module" src="./pwa.js"></script>\n  <script type="module" src="./embed-frame.js"></script>');
if (!embed.includes('data-view="embed"') || !embed.includes('embed-frame.js')) throw new Error('could not write embed.html');
await writeFile(join(dir, 'embed.html'), embed);

// The rules' words of each language other than English, a module each, and the rules' examples
// (written by build.rs), loaded by the app when a reader chooses that language or opens the rules
// page, and precached for offline use.
await cp(wordsDir(profile), join(dir, 'words'), { recursive: true, filter: (f) => !f.endsWith('boot.json') });
await buildApi(join(dir, 'api'), profile);

async function files(root, sub = root) {
  const out = [];
  for (const entry of await readdir(sub, { withFileTypes: true })) {
    const path = join(sub, entry.name);
    if (entry.isDirectory()) out.push(...await files(root, path));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}
const all = (await files(dir)).filter((f) => f !== 'sw.js' && !f.startsWith('api/')).sort();
const digest = createHash('sha256');
for (const f of all) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const template = await readFile(join(dir, 'sw.js'), 'utf8');
const sw = template
  .replace("'__BUILD_VERSION__'", JSON.stringify(version))
  .replace('[/* __PRECACHE__ */]', JSON.stringify(['./', ...all.map((f) => `./${f}`)], null, 2));
if (sw === template) throw new Error('sw.js template placeholders not found');
await writeFile(join(dir, 'sw.js'), sw);
console.log(`post-build: ${all.length} files precached, build ${version}`);
