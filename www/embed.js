// Second Look embed loader for partner pages. Add this script and an element
//   <div data-second-look data-lang="en" data-country="PH" data-theme="auto"
//        data-accent="#1a56a0" data-compact data-report="level"></div>
// and it becomes a sandboxed iframe with the checker. The text a person pastes stays inside the
// iframe, on Second Look's origin: this page cannot read it. By default the iframe has a fixed
// height and scrolls inside, and tells this page nothing. Two opt-ins reveal something of the
// result: data-height="auto" (the iframe grows to fit its content, so its height follows the
// result) and data-report="level" (a "second-look:level" event on the element, detail { level }).
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const base = new URL('./', script.src);
  const APP_ORIGIN = base.origin;
  const LEVELS = ['none', 'low', 'medium', 'high'];
  const DEFAULT_HEIGHT = 640;
  // Every mounted iframe and its host element. A message is matched to its iframe when it
  // arrives, because an iframe's window changes if the element is moved or mounted before it is
  // in the page.
  const frames = new Set(); // { iframe, host, reportLevel, autoHeight }

  function settings(host) {
    const d = host.dataset;
    const p = new URLSearchParams();
    if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(d.lang ?? '')) p.set('lang', d.lang);
    if (/^[A-Za-z]{2}$/.test(d.country ?? '')) p.set('country', d.country.toUpperCase());
    if (['light', 'dark', 'auto'].includes(d.theme)) p.set('theme', d.theme);
    if (/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(d.accent ?? '')) p.set('accent', d.accent);
    if (d.compact !== undefined && d.compact !== 'false') p.set('compact', '1');
    if (d.report === 'level') p.set('report', 'level');
    if (d.height === 'auto') p.set('height', 'auto');
    p.set('host', location.origin);
    return p;
  }

  function mount(host) {
    if (!(host instanceof Element) || host.querySelector('iframe[data-second-look-frame]')) return;
    const p = settings(host);
    const iframe = document.createElement('iframe');
    iframe.src = new URL(`embed.html#${p}`, base).href;
    iframe.title = host.dataset.title || 'Second Look: check a job offer';
    iframe.dataset.secondLookFrame = '';
    // Scripts run on Second Look's own origin (for its engine); links may open new tabs, and the
    // hotlines' tel: and sms: links must work; the frame can never navigate the host page.
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-to-custom-protocols');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.setAttribute('allow', 'clipboard-write');
    // A fixed height unless the partner opted into auto-height: a height that follows the
    // content would tell this page how long the result is, and so roughly what it says.
    const fixed = /^\d{3,4}$/.test(host.dataset.height ?? '') ? Math.min(Math.max(Number(host.dataset.height), 240), 4000) : DEFAULT_HEIGHT;
    iframe.style.cssText = `display:block;width:100%;border:0;height:${fixed}px;color-scheme:normal`;
    host.replaceChildren(iframe);
    frames.add({ iframe, host, reportLevel: p.get('report') === 'level', autoHeight: p.get('height') === 'auto' });
  }

  addEventListener('message', (event) => {
    if (event.origin !== APP_ORIGIN || !event.source) return;
    const frame = [...frames].find((f) => f.iframe.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data || typeof data !== 'object') return;
    if (data.type === 'second-look:height' && frame.autoHeight && Number.isFinite(data.height) && data.height > 0) {
      frame.iframe.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    } else if (data.type === 'second-look:level' && frame.reportLevel && LEVELS.includes(data.level)) {
      frame.host.dispatchEvent(new CustomEvent('second-look:level', { bubbles: true, detail: { level: data.level } }));
    }
  });

  const mountAll = () => document.querySelectorAll('[data-second-look]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
  // For pages that add the element later.
  window.SecondLookEmbed = Object.freeze({ mount, mountAll });
})();
