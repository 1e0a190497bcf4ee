// Runs inside the embed view (embed.html, in a partner's iframe). Applies the partner's theme and
// accent colour, and tells the parent page, only where the partner opted in, the content height
// and the level of the last check. Messages go to the partner's origin only, never '*', and never
// carry the text.
const params = new URLSearchParams(location.hash.slice(1));
const root = document.documentElement;

const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;

// The partner's colour fills buttons and checkboxes, with black or white text, whichever reads
// better on it; links and focus rings keep the theme's colours, which meet contrast AA.
const accent = params.get('accent');
if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent ?? '')) {
  const hex = accent.length === 4 ? [...accent.slice(1)].map((c) => c + c).join('') : accent.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const light = 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179;
  root.style.setProperty('--brand', accent);
  root.style.setProperty('--on-brand', light ? '#111111' : '#ffffff');
}

// Messages go to the origin the loader named, and the browser delivers them only if the parent
// really is that origin. An opaque origin ("null") cannot be targeted: then nothing is sent.
const host = params.get('host');
const target = window.parent !== window && host && host !== 'null' ? host : null;

function send(message) {
  if (target) window.parent.postMessage(message, target);
}

// The content height only if the partner opted into auto-height (data-height="auto"): it follows
// the result, so by default the frame keeps a fixed height, scrolls inside and sends nothing.
if (params.get('height') === 'auto') {
  let lastHeight = 0;
  const sendHeight = () => {
    const body = document.body;
    const style = getComputedStyle(body);
    const height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height !== lastHeight) {
      lastHeight = height;
      send({ type: 'second-look:height', height });
    }
  };
  // The observer also reports the first size, so the parent hears at once.
  new ResizeObserver(sendHeight).observe(document.body);
}

if (params.get('report') === 'level') {
  let lastLevel;
  const sendLevel = () => {
    // A message from someone being held is reported as high: never as a reassuring "low".
    const result = document.getElementById('result');
    const level = result?.dataset.distress === 'true' ? 'high' : result?.dataset.level;
    if (level && level !== lastLevel) {
      lastLevel = level;
      send({ type: 'second-look:level', level });
    }
  };
  new MutationObserver(sendLevel).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-level', 'data-distress'] });
}
