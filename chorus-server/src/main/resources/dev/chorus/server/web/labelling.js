// Hand coding (only when the server runs with --allow-labelling): per post, a stance per codebook target and the
// codebook's frames, sent to POST /api/posts/{id}/labels and appended to WORKSPACE/labels/codes.ndjson. Under the
// form, per target, roughly how many more codes the next gain needs (GET /api/labelling/next-gain).
import { getJson, postJson } from './api.js';
import { el } from './dom.js';

const CODER = 'chorus-coder';

function stanceSelect(target) {
  const label = el('label', 'code-field', target.name || target.id);
  const select = el('select');
  select.name = 'stance:' + target.id;
  ['', 'favor', 'against', 'none'].forEach((v) => {
    const o = el('option', null, v || '(not coded)');
    o.value = v;
    select.append(o);
  });
  label.append(select);
  return label;
}

function frameBox(frame) {
  const label = el('label', 'code-frame');
  const box = el('input');
  box.type = 'checkbox';
  box.name = 'frame';
  box.value = frame.id;
  label.append(box, ' ' + (frame.name || frame.id));
  return label;
}

/** Fills {@code hint} with each target's "how many more labels" sentence; a failure is said, not thrown. */
async function showNextGain(hint) {
  try {
    const r = await getJson('/api/labelling/next-gain');
    hint.replaceChildren(...r.targets.map((t) => el('p', 'muted code-hint-target', t.target + ' (' + t.labelled
      + ' coded): ' + t.message)));
  } catch (error) {
    hint.textContent = 'labels needed: ' + error.message;
  }
}

function form(post, codebook, done) {
  const f = el('form', 'code-form');
  const coder = el('input');
  coder.name = 'coder';
  coder.required = true;
  coder.maxLength = 80;
  coder.value = window.localStorage.getItem(CODER) || '';
  const coderLabel = el('label', 'code-field', 'Coder');
  coderLabel.append(coder);
  f.append(coderLabel, ...codebook.targets.map(stanceSelect));
  const frames = el('fieldset', 'code-frames');
  frames.append(el('legend', null, 'Frames'), ...codebook.frames.map(frameBox));
  const save = el('button', null, 'Save codes');
  save.type = 'submit';
  const status = el('span', 'muted code-status');
  status.setAttribute('role', 'status');
  const hint = el('div', 'code-hint');
  hint.setAttribute('aria-live', 'polite');
  f.append(frames, save, status, hint);
  showNextGain(hint);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    window.localStorage.setItem(CODER, coder.value.trim());
    const codes = codebook.targets.map((t) => ({ target: t.id, stance: f.elements['stance:' + t.id].value }))
      .filter((c) => c.stance);
    const chosen = [...f.querySelectorAll('input[name=frame]:checked')].map((b) => b.value);
    try {
      const r = await postJson('/api/posts/' + encodeURIComponent(post.id) + '/labels',
        { coder: coder.value.trim(), codes, frames: chosen });
      status.textContent = 'saved (' + r.written + ' line' + (r.written === 1 ? '' : 's') + ' in ' + r.file + ')';
      showNextGain(hint);
      done();
    } catch (error) {
      status.textContent = (error.parameter ? error.parameter + ': ' : '') + error.message;
    }
  });
  return f;
}

/** The post list's hook: a "Code" button under each post that opens the form. */
export function codingFor(codebook) {
  return (post, item) => {
    const open = el('button', 'linkish code-open', 'Code stance and frames');
    open.type = 'button';
    open.addEventListener('click', () => {
      const existing = item.querySelector('form.code-form');
      if (existing) {
        existing.remove();
        return;
      }
      item.append(form(post, codebook, () => {}));
    });
    item.append(open);
  };
}
