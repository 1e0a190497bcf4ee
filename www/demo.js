// The demo partner page's own script: listens for the embedded checker's level, and checks a job
// ad with the JavaScript API before "posting" it. Everything is shown with textContent.
import { SecondLook } from './api/second-look.v1.js';

document.getElementById('embedded').addEventListener('second-look:level', (e) => {
  document.getElementById('embed-level').textContent = `Level of the last check: ${e.detail.level}.`;
});

const out = document.getElementById('api-result');
document.getElementById('post-job').addEventListener('submit', async (e) => {
  e.preventDefault();
  out.replaceChildren('Checking…');
  try {
    const report = await SecondLook.v1.check(document.getElementById('ad').value);
    const list = document.createElement('ul');
    for (const s of report.signals.filter((s) => s.weight > 0)) {
      const li = document.createElement('li');
      li.textContent = `${s.message} (“${s.spans.map((sp) => sp.text).join('”, “')}”)`;
      list.append(li);
    }
    const verdict = document.createElement('p');
    verdict.dataset.level = report.level;
    verdict.textContent = report.level === 'high'
      ? 'Held for review: this ad has strong warning signs.'
      : `Level ${report.level}: ${report.signals.length ? 'published with a review note.' : 'published.'}`;
    out.replaceChildren(verdict, list);
  } catch (err) {
    out.replaceChildren(`Could not check: ${err.message}`);
  }
});
