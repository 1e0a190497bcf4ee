// The checker thread (a module Web Worker): the app's own wasm, handed over by the page as a
// compiled module, so nothing is downloaded again. It checks the long texts the page sends
// (src/app/offload.rs, with src/bin/web-app.rs) and answers with the report; it has no network use, and once started it
// removes the ways a script could make a request. scripts/post-build.mjs points the import at
// the build's file.
import init, { checker_add_packs, checker_check } from './web-app.js';

const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebTransport', 'EventSource', 'importScripts'];

function lockdown() {
  for (const name of NETWORK) {
    try {
      Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false });
    } catch { /* already gone */ }
  }
}

async function handle(data) {
  if (data.module) {
    await init({ module_or_path: data.module });
    lockdown();
    postMessage({ ready: true });
  }
  if (data.packs) checker_add_packs(data.packs);
  if (typeof data.text === 'string') postMessage({ report: checker_check(data.text) ?? null });
}

// One message at a time, in the order they came.
let queue = Promise.resolve();
addEventListener('message', ({ data }) => {
  queue = queue.then(() => handle(data)).catch((error) => postMessage({ failed: String(error) }));
});
