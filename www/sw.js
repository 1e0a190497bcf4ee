// Second Look's service worker: precaches every file of this build (the list and the version are
// written by scripts/post-build.mjs), serves them cache-first so the app works offline, and
// deletes the caches of older builds when it activates. It never sees pasted text: checking
// makes no requests at all.
const VERSION = '__BUILD_VERSION__';
const CACHE = `second-look-${VERSION}`;
const PRECACHE = [/* __PRECACHE__ */];

self.addEventListener('install', (event) => {
  // 'reload' bypasses the HTTP cache: a new worker must store this build's files, never a copy
  // of the previous build's index.html that points at files which no longer exist.
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
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

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const navigate = event.request.mode === 'navigate';
    // A navigation to a cached page (privacy.html) gets that page; a navigation to the app's
    // address in another form (index.html, ./?x) gets the app. Any other file that is not
    // precached (the API's .d.ts, say) comes from the network as itself; offline, a navigation
    // to it gets the app rather than an error page.
    const hit = await cache.match(event.request, { ignoreSearch: navigate });
    if (hit) return hit;
    const scope = new URL(self.registration.scope);
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
  })());
});
