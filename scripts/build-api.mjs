// Builds the JavaScript API (SecondLook.v1) into <out>: the engine compiled alone (no UI) by
// cargo, wasm-bindgen --target web and wasm-opt, beside the module wrapper and TypeScript
// definitions from www/api/ and the rules' words of each language (words/<code>.js). Called by scripts/post-build.mjs, or by hand: node scripts/build-api.mjs OUT [release|debug]
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile, copyFile, cp } from 'node:fs/promises';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = 'js-api';
// rustc's wasm output uses newer proposals that wasm-opt must be told it may keep (TOOLCHAIN.md):
// the same flags Trunk passes for the app, read from index.html so the two cannot drift apart.
async function wasmOptFeatures() {
  const html = await readFile(join(ROOT, 'index.html'), 'utf8');
  const params = html.match(/data-wasm-opt-params="([^"]*)"/);
  if (!params) throw new Error('index.html: no data-wasm-opt-params on the rust link');
  return params[1].split(/\s+/).filter(Boolean);
}

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });

export async function buildApi(out, profile = 'release') {
  const release = profile === 'release';
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', BIN, ...(release ? ['--release'] : [])]);
  const wasm = join(ROOT, 'target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${BIN}.wasm`);
  await mkdir(out, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'engine', wasm]);
  if (release) {
    const file = join(out, 'engine_bg.wasm');
    run('wasm-opt', ['-Oz', ...(await wasmOptFeatures()), '-o', file, file]);
  }
  const version = (await readFile(join(ROOT, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
  const wrapper = await readFile(join(ROOT, 'www', 'api', 'second-look.v1.js'), 'utf8');
  const stamped = wrapper.replace("'__VERSION__'", JSON.stringify(version));
  if (stamped === wrapper) throw new Error('www/api/second-look.v1.js: version placeholder not found');
  await writeFile(join(out, 'second-look.v1.js'), stamped);
  await copyFile(join(ROOT, 'www', 'api', 'second-look.v1.d.ts'), join(out, 'second-look.v1.d.ts'));
  // The rules' words of each language, a module each, loaded by check() when asked for (build.rs).
  // Not the rules' examples, the rule packs or the start page's words: the API embeds every rule,
  // and only the app shows the others.
  const appOnly = (src) => src.endsWith('examples.js') || src.endsWith('boot.json') || basename(src).startsWith('rules-');
  await cp(wordsDir(profile), join(out, 'words'), { recursive: true, filter: (src) => !appOnly(src) });
}

/** Where build.rs writes the words of each language for the wasm builds of `profile`. */
export function wordsDir(profile = 'release') {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  return join(target, 'wasm32-unknown-unknown', profile === 'release' ? 'release' : 'debug', 'words');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, profile] = process.argv.slice(2);
  if (!out) throw new Error('usage: node scripts/build-api.mjs OUT [release|debug]');
  await buildApi(out, profile);
}
