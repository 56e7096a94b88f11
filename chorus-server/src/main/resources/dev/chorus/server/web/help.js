// The "?" of every panel: what it shows, how it is computed and what to keep in mind, from /api/help. The texts are
// the analyses' own (the footer of "chorus ID --help" says the same) and the measured accuracy of the workspace's
// models; a panel names its topics in its data-help attribute ("cohorts models"), the most specific last. Each topic
// names the part of the report's Method section that says how its labels were made (served at /api/method.html).
import { el } from './dom.js';

/** Adds a "?" button and its (hidden) text to each panel that names help topics. */
export async function addHelp(getJson) {
  const { topics } = await getJson('/api/help');
  document.querySelectorAll('section.panel[data-help]').forEach((panel, i) => {
    const chosen = panel.dataset.help.split(/\s+/u).map((id) => topics[id]).filter(Boolean);
    if (!chosen.length) return;
    const box = el('div', 'help-text');
    box.id = 'help-' + i;
    box.hidden = true;
    box.dataset.testid = 'help';
    for (const t of chosen) box.append(el('p', null, t.text || t.title));
    box.append(el('p', 'muted', 'The same on the command line: ' + chosen.map((t) => t.cli).join(', ') + '.'));
    box.append(methodLink(chosen));
    const button = el('button', 'help-toggle', '?');
    button.type = 'button';
    button.title = 'What this shows, how it is computed, what to keep in mind';
    button.setAttribute('aria-label', 'help: ' + panel.querySelector('h2').textContent.trim());
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', box.id);
    button.addEventListener('click', () => {
      box.hidden = !box.hidden;
      button.setAttribute('aria-expanded', String(!box.hidden));
    });
    const head = panel.querySelector('.panel-head');
    head.append(button);
    head.after(box);
  });
}

/** A link to the Method part of the panel's most specific topic (the last named), opened beside the dashboard. */
function methodLink(chosen) {
  const p = el('p', 'muted');
  const a = el('a', 'method-link', "How the labels were made: the report's Method section");
  a.href = chosen[chosen.length - 1].method;
  a.target = '_blank';
  a.rel = 'noopener';
  p.append(a);
  return p;
}
