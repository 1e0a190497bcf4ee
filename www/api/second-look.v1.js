// SecondLook.v1: the Second Look engine for partners' pages. Checks text on the device that runs
// this module; nothing is sent anywhere. Every function returns a promise; bad input rejects it
// with an Error whose message says what was wrong. Types: second-look.v1.d.ts beside this file.
//
//   import { SecondLook } from './second-look.v1.js';
//   const report = await SecondLook.v1.check(text);
//   if (report.level === 'high') { ... }
import initEngine, * as engine from './engine.js';

/** The version of this build of Second Look. */
export const version = '__VERSION__';

let loading;

function describe(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Loads and compiles the engine; the other functions call it themselves. Call it early to hide
 * the load time. `options.wasmUrl` overrides where the .wasm file is (default: beside this file).
 */
export function init(options = {}) {
  if (options === null || typeof options !== 'object') {
    return Promise.reject(new TypeError(`SecondLook.v1.init(options): options must be an object, not ${describe(options)}`));
  }
  loading ??= (async () => {
    await initEngine({ module_or_path: options.wasmUrl ?? new URL('./engine_bg.wasm', import.meta.url) });
    engine.prepare();
    return { version, rulesetVersion: engine.rulesetVersion() };
  })();
  // A failed load (offline, blocked by a Content-Security-Policy) may be retried later.
  loading.catch(() => { loading = undefined; });
  return loading;
}

/** Checks one text. Resolves to the Report; rejects on a non-string or empty text. */
export async function check(text, options) {
  if (typeof text !== 'string') {
    throw new TypeError(`SecondLook.v1.check(text): text must be a string, not ${describe(text)}`);
  }
  if (text.trim() === '') throw new RangeError('SecondLook.v1.check(text): text is empty; there is nothing to check');
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`SecondLook.v1.check(text, options): options must be an object, not ${describe(options)}`);
  }
  const copy = options === undefined ? undefined : plainOptions(options);
  await init();
  if (copy?.lang !== undefined) await loadWords(engine.languageCode(copy.lang));
  return engine.check(text, copy);
}

/**
 * Loads the rules' words of one language (words/<code>.js beside this file) the first time a
 * check asks for that language: a partner's page downloads only the languages it uses.
 */
async function loadWords(code) {
  if (!engine.needsWords(code)) return;
  const words = await import(new URL(`./words/${code}.js`, import.meta.url));
  engine.registerWords(code, words.default);
}

/**
 * The options as a plain object of their own enumerable keys and primitive values, read here in
 * JavaScript: a getter or Proxy that throws rejects this call and never reaches the engine.
 */
function plainOptions(options) {
  const copy = {};
  try {
    for (const key of Object.keys(options)) {
      const value = options[key];
      if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
        throw new TypeError(`option \`${key}\` must be a boolean, not ${describe(value)}`);
      }
      copy[key] = value;
    }
  } catch (error) {
    throw new TypeError(`SecondLook.v1.check(text, options): options could not be read: ${error?.message ?? error}`);
  }
  return copy;
}

/** Every rule and combination the engine applies, with its sources. */
export async function rules() {
  await init();
  return engine.rules();
}

export const v1 = Object.freeze({ init, check, rules, version });
export const SecondLook = Object.freeze({ v1 });
export default SecondLook;
