// Second Look's service worker: precaches every file of this build (the list and the version are
// written by scripts/post-build.mjs), serves them cache-first so the app works offline, and
// deletes the caches of older builds when it activates. It never sees pasted text: checking
// makes no requests at all. Text shared from another app (Android's share sheet) arrives here as
// a POST that this worker answers itself, and is handed to the app window in memory.
const VERSION = '__BUILD_VERSION__';
const CACHE = `second-look-${VERSION}`;
const PRECACHE = [/* __PRECACHE__ */];

// A file whose name carries its content's hash (web-app-<hash>_bg.wasm, words/rules-th-<hash>.js)
// is the same file wherever it comes from.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  // 'reload' bypasses the HTTP cache: a new worker must store this build's files, never a copy
  // of the previous build's index.html that points at files which no longer exist. Files named
  // by their hash may come from the HTTP cache ('force-cache'): the page has just downloaded the
  // wasm and the rule packs, and a first visit on a slow network should not download them twice.
  const requests = PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'force-cache' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('second-look-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// Shares from other apps (the manifest's share_target) wait here, in this worker's memory only,
// until the app window takes them: never in a cache, storage or an address. One that is not
// taken within a minute is dropped.
const shares = new Map(); // id -> { payload, taken }
const SHARE_WAIT_MS = 60_000;

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'take-share' && event.ports[0]) {
    const share = shares.get(event.data.id);
    shares.delete(event.data.id);
    event.ports[0].postMessage(share?.payload ?? null);
    share?.taken();
  }
});

/** A share: the POST that Android sends for "Share → Second Look". It never reaches the network. */
async function receiveShare(event) {
  const form = await event.request.formData();
  const field = (name) => (typeof form.get(name) === 'string' ? form.get(name) : '');
  const payload = {
    title: field('title'),
    text: field('text'),
    url: field('url'),
    // A form with no file chosen still sends an empty, nameless part.
    files: form.getAll('file').filter((f) => f instanceof File && (f.size > 0 || f.name !== '')),
  };
  const id = crypto.randomUUID();
  let taken;
  const done = new Promise((ok) => { taken = ok; });
  shares.set(id, { payload, taken });
  // Keep this worker alive until the window has taken the share, or forget it.
  event.waitUntil(Promise.race([done, new Promise((ok) => setTimeout(ok, SHARE_WAIT_MS))]).then(() => shares.delete(id)));
  // 303: the window opens the app with a GET; the address carries only the share's random id.
  return Response.redirect(new URL(`./?share=${id}`, self.registration.scope).href, 303);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method === 'POST' && url.origin === self.location.origin && url.pathname === `${scope.pathname}share-target/`) {
    event.respondWith(receiveShare(event));
    return;
  }
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const worker = event.request.destination === 'worker';
  event.respondWith(answer(event, url, scope).then((response) => (worker ? withWorkerPolicy(response) : response)));
});

// The app's checker thread (checker.js, a Web Worker) takes its Content-Security-Policy from its
// script's response, not from the page: a static host may send none, so the worker gets one
// here that forbids it every connection (it needs none: the page hands it everything).
const WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";

function withWorkerPolicy(response) {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', WORKER_CSP);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function answer(event, url, scope) {
  return (async () => {
    const cache = await caches.open(CACHE);
    const navigate = event.request.mode === 'navigate';
    // A navigation to a cached page (privacy.html) gets that page; a navigation to the app's
    // address in another form (index.html, ./?x) gets the app. Any other file that is not
    // precached (the API's .d.ts, say) comes from the network as itself; offline, a navigation
    // to it gets the app rather than an error page.
    const hit = await cache.match(event.request, { ignoreSearch: navigate });
    if (hit) return hit;
    if (navigate && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`)) {
      return (await cache.match('./')) ?? fetch(event.request);
    }
    try {
      return await fetch(event.request);
    } catch (error) {
      const app = navigate ? await cache.match('./') : undefined;
      if (app) return app;
      throw error;
    }
  })();
}
