// The "?" of every panel: what it shows, how it is computed and what to keep in mind, from /api/help. The texts are
// the analyses' own (the footer of "chorus ID --help" says the same) and the measured accuracy of the workspace's
// models; a panel names its topics in its data-help attribute ("cohorts models").
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
