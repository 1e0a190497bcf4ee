// Second Look's service worker: precaches every file of this build (the list and the version are
// written by scripts/post-build.mjs), serves them cache-first so the app works offline, and
// deletes the caches of older builds when it activates. It never sees pasted text: checking
// makes no requests at all.
const VERSION = '__BUILD_VERSION__';
const CACHE = `second-look-${VERSION}`;
const PRECACHE = [/* __PRECACHE__ */];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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
    // A navigation to a cached page (privacy.html) gets that page; any other gets the app.
    const hit = (await cache.match(event.request, { ignoreSearch: navigate }))
      ?? (navigate ? await cache.match('./') : undefined);
    return hit ?? fetch(event.request);
  })());
});
