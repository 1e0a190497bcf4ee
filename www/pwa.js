// Installable, offline-first and private after start-up: registers the service worker, offers
// an update when a new build is waiting, says when the app is working offline, and once the app
// has started adds a second Content-Security-Policy that forbids every network connection and
// removes WebRTC, which no policy covers.
// In the embed view (inside a partner's iframe) only the lockdown applies.
const LOCKDOWN = "connect-src 'none'; img-src 'none'; media-src 'none'; font-src 'none'";

// WebRTC is outside what a Content-Security-Policy governs: a peer connection could carry text
// to a TURN server with no violation. The app never uses it, so it is removed at start-up.
const WEBRTC = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCRtpSender',
  'RTCRtpReceiver', 'RTCRtpTransceiver', 'RTCSessionDescription', 'RTCIceCandidate'];

function removeWebRtc() {
  for (const name of WEBRTC) {
    try {
      Object.defineProperty(window, name, { value: undefined, writable: false, configurable: false });
    } catch { /* already gone */ }
  }
}

function lockdown() {
  if (document.querySelector('meta[data-lockdown]')) return;
  removeWebRtc();
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = LOCKDOWN;
  meta.dataset.lockdown = 'true';
  document.head.append(meta);
  document.documentElement.dataset.lockdown = 'true';
}
addEventListener('TrunkApplicationStarted', lockdown);
if (window.wasmBindings) lockdown();

const embedded = document.documentElement.dataset.view === 'embed';

// A share from another app: the service worker took the POST and opened this page with the
// share's random id (never its text) in the address. The id leaves the address at once, and the
// app (src/app/ways_in.rs) takes the share from the worker through `window.secondLookShare`,
// in memory only.
async function takeShare(id) {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 5000))]);
  const worker = navigator.serviceWorker.controller ?? registration?.active;
  if (!worker) return null;
  return new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => ok(event.data);
    worker.postMessage({ type: 'take-share', id }, [channel.port2]);
    setTimeout(() => ok(null), 5000);
  });
}
const shareId = new URLSearchParams(location.search).get('share');
if (shareId !== null && !embedded) {
  history.replaceState(null, '', location.pathname);
  window.secondLookShare = takeShare(shareId);
}

// Installing, where the browser offers it: the app shows its own Install button (never a
// pop-up of its own) while the browser's prompt is available.
let installPrompt = null;
const installChanged = () => dispatchEvent(new Event('second-look:installable'));
if (!embedded) {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt = event;
    installChanged();
  });
  addEventListener('appinstalled', () => {
    installPrompt = null;
    installChanged();
  });
  // iOS and iPadOS browsers offer no share target to web apps: the app says so and points to Paste.
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  window.secondLookInstall = Object.freeze({
    available: () => installPrompt !== null,
    shareSheet: () => !ios,
    prompt: async () => {
      const event = installPrompt;
      if (!event) return 'unavailable';
      installPrompt = null;
      installChanged();
      await event.prompt();
      return (await event.userChoice)?.outcome ?? 'dismissed';
    },
  });
}

function banner(id, text, action) {
  document.getElementById(id)?.remove();
  const box = document.createElement('div');
  box.id = id;
  box.className = 'banner';
  box.setAttribute('role', 'status');
  const p = document.createElement('p');
  p.textContent = text;
  box.append(p);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    box.append(button);
  }
  document.body.prepend(box);
}

// The static page in the reader's language while the checker downloads: the language the app
// will choose (the one the reader saved, else the first of the browser's that the interface
// speaks), from the words post-build put in the page (i18n/<code>.toml, keys boot_*).
function bootLanguage(codes) {
  // In a partner's frame the app speaks the language the partner set (#lang=...), else English.
  if (embedded) return new URLSearchParams(location.hash.slice(1)).get('lang');
  try {
    const saved = new URLSearchParams(localStorage.getItem('second-look.settings') ?? '').get('lang');
    if (saved && codes.includes(saved)) return saved;
  } catch { /* storage blocked: the browser's languages decide */ }
  for (const tag of navigator.languages ?? []) {
    const lower = tag.trim().toLowerCase();
    const primary = lower.split(/[-_]/)[0];
    const found = [lower, primary === 'tl' ? 'fil' : primary].find((c) => codes.includes(c));
    if (found) return found;
  }
  return null;
}

/** The start page's words of every language (English included), by code. */
const BOOT_WORDS = (() => {
  try {
    return JSON.parse(document.getElementById('boot-words')?.textContent ?? '{}');
  } catch {
    return {};
  }
})();

/** The words of the page's current language (the app sets <html lang>), else English's. */
function words() {
  return BOOT_WORDS[document.documentElement.lang] ?? BOOT_WORDS.en ?? {};
}

function localizeBoot() {
  const all = BOOT_WORDS;
  const code = bootLanguage(Object.keys(all));
  if (!code || code === 'en' || !all[code]) return;
  const w = all[code];
  const set = (selector, text) => { const el = document.querySelector(selector); if (el && text) el.textContent = text; };
  document.documentElement.lang = code;
  document.documentElement.dir = w.dir;
  set('.intro > p:not(.privacy)', w.tagline);
  set('.intro > .privacy', w.privacy);
  set('label[for="early-offer"]', w.boot_early_label);
  set('.boot > .hint', w.boot_hint);
  const status = document.getElementById('boot-status');
  if (status) {
    status.textContent = w.boot_loading;
    status.dataset.progress = w.boot_progress;
    status.dataset.progressUnknown = w.boot_progress_unknown;
    status.dataset.starting = w.boot_starting;
    status.dataset.failed = w.boot_failed;
  }
}
localizeBoot();

// The static page's box to paste into while the checker downloads (index.html): shown now that
// scripts run, and emptied when the reader leaves, so no copy of the text stays in the page the
// browser keeps for Back (the app's own box does the same).
for (const el of document.querySelectorAll('#early-offer, label[for="early-offer"]')) el.hidden = false;
addEventListener('pagehide', () => {
  const box = document.getElementById('early-offer');
  if (box) box.value = '';
});

function showOffline() {
  if (navigator.onLine) document.getElementById('offline-banner')?.remove();
  else banner('offline-banner', words().boot_offline);
}
if (!embedded) {
  addEventListener('online', showOffline);
  addEventListener('offline', showOffline);
  showOffline();
}

function offerUpdate(worker) {
  const w = words();
  banner('update-banner', w.boot_update, {
    label: w.boot_update_button,
    run: () => worker.postMessage('skip-waiting'),
  });
}

function registerWorker() {
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(next);
      });
    });
  }).catch(() => { /* no service worker (private mode): the app still works online */ });
}

if (!embedded && 'serviceWorker' in navigator) {
  // The worker's precache downloads every file of the build: only once the app has started
  // (www/loader.mjs says so), so that on a slow first visit it never competes with the download
  // of the checker itself.
  if (window.secondLookStarted) registerWorker();
  else addEventListener('secondlook:started', registerWorker, { once: true });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !document.getElementById('update-banner')) return;
    reloading = true;
    location.reload();
  });
}
