// Trunk initializer: shows how much of the app has arrived while the WebAssembly downloads, and
// says so plainly if it fails. The words come from the static page (data-* attributes of
// #boot-status), so this file holds no text of its own. No inline script, no inline style.
export default function secondLookLoader() {
  const status = () => document.getElementById('boot-status');
  const bar = () => document.getElementById('boot-progress');
  const kb = (bytes) => Math.max(1, Math.round(bytes / 1024)).toLocaleString(document.documentElement.lang || undefined);
  const say = (template, values) => {
    const el = status();
    if (!el || !template) return;
    el.textContent = template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
  };
  return {
    onStart: () => {
      const el = bar();
      if (el) el.hidden = false;
    },
    onProgress: ({ current, total }) => {
      const el = bar();
      const s = status();
      if (!el || !s) return;
      if (total) {
        const pct = Math.min(100, Math.round((current / total) * 100));
        el.max = 100;
        el.value = pct;
        say(s.dataset.progress, { pct, current: kb(current), total: kb(total) });
      } else {
        el.removeAttribute('value');
        say(s.dataset.progressUnknown, { current: kb(current) });
      }
    },
    onComplete: () => {
      const s = status();
      if (s) say(s.dataset.starting, {});
    },
    // The app runs: www/pwa.js may now install the service worker and its precache.
    onSuccess: () => {
      window.secondLookStarted = true;
      window.dispatchEvent(new Event('secondlook:started'));
    },
    onFailure: (error) => {
      const s = status();
      const el = bar();
      if (el) el.hidden = true;
      // Nothing will check the early box now: take it away, and what was typed into it.
      for (const e of document.querySelectorAll('#early-offer, label[for="early-offer"]')) e.remove();
      if (s) {
        s.classList.add('error');
        say(s.dataset.failed, {});
      }
      console.error('Second Look could not start', error);
    },
  };
}
