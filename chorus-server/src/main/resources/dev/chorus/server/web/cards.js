// A model card shown as a card (a dialog over the page), not as raw JSON: what the model labels, what it was trained
// on and when, how well it measured (scores to three digits, intervals as ranges), and its settings folded away.
// The card's fields differ by model family and grow over time, so it is rendered from its own structure: known
// fields first, in reading order, and anything else after them; nothing is dropped.
import { getJson } from './api.js';
import { el } from './dom.js';

/** Fields shown first, in this order, with the words a reader needs; the rest follow under their own names. */
const FIRST = [['name', 'labels'], ['task', 'task'], ['examples', 'training examples'], ['labelCounts', 'labels in training'],
  ['trainedAt', 'trained'], ['trainingFile', 'training file'], ['development', 'development estimate'],
  ['crossValidation', 'cross-validation'], ['cross_validation', 'cross-validation'], ['threshold', 'threshold']];
const FOLDED = new Set(['settings', 'modelSha256', 'trainingSha256']);

function words(key) {
  return key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function scalar(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(3);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return value.slice(0, 16).replace('T', ' ') + ' UTC';
  return String(value);
}

/** A value as text or a nested list; an interval {low, high} (or [low, high]) reads as a range. */
function valueElement(value) {
  if (value === null || value === undefined) return el('span', 'muted', '–');
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number')) {
    return el('span', null, '[' + scalar(value[0]) + ' – ' + scalar(value[1]) + ']');
  }
  if (typeof value !== 'object') return el('span', null, scalar(value));
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
  if (!entries.length) return el('span', 'muted', 'not measured');
  return list(entries.map(([k, v]) => [words(k), v]));
}

function list(entries) {
  const dl = el('dl', 'card-fields');
  for (const [name, value] of entries) {
    dl.append(el('dt', null, name));
    const dd = el('dd');
    dd.dir = 'auto';
    dd.append(valueElement(value));
    dl.append(dd);
  }
  return dl;
}

/** The card's body: the known fields, then the others, then settings and digests folded. */
export function cardElement(entry) {
  const card = entry.card || {};
  const box = el('article', 'model-card');
  box.append(el('h3', null, 'Model card: ' + (card.name || entry.label_key || entry.id)));
  if (entry.error) box.append(el('p', 'error', entry.error));
  const known = new Set(FIRST.map(([k]) => k));
  const first = FIRST.filter(([k]) => k in card).map(([k, name]) => [name, card[k]]);
  const rest = Object.keys(card).filter((k) => !known.has(k) && !FOLDED.has(k)).map((k) => [words(k), card[k]]);
  box.append(list([...first, ...rest]));
  const folded = Object.keys(card).filter((k) => FOLDED.has(k));
  if (folded.length) {
    const details = el('details');
    details.append(el('summary', null, 'settings and file digests'), list(folded.map((k) => [words(k), card[k]])));
    box.append(details);
  }
  return box;
}

/** Opens the cards of a label key in a dialog; the raw JSON stays one link away. */
export async function showCards(key) {
  const answer = await getJson('/api/models', new URLSearchParams({ key }));
  let dialog = document.getElementById('card-dialog');
  if (!dialog) {
    dialog = el('dialog', 'card-dialog');
    dialog.id = 'card-dialog';
    document.body.append(dialog);
  }
  const close = el('button', null, 'Close');
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  const raw = el('a', null, 'as JSON');
  raw.href = '/api/models?key=' + encodeURIComponent(key);
  raw.target = '_blank';
  raw.rel = 'noopener';
  const body = answer.models.length ? answer.models.map(cardElement) : [el('p', 'muted', 'No model card for ' + key)];
  const bar = el('div', 'card-bar');
  bar.append(raw, close);
  dialog.replaceChildren(...body, bar);
  dialog.showModal();
}
