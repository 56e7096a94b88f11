// The filters shared by every view, with the API's parameter names; the page URL holds them. They are not listed
// here: loadFilters reads them from /api/dimensions (the server's dimension registry) before anything else runs, so a
// new dimension is a field of the form, a filter in the address and a split of the time series with no edit here.
import { zoneChoices } from './zones.js';

export const FILTERS = [];
/** Series dimension → the filter a click on one of its series sets (absent: the dimension has no filter). */
export const DIMENSION_FILTER = {};
/**
 * The view's own settings (the selects of the views) → their parameter in the address, kept there beside the filters
 * so that a reload, the back button or a shared link opens the same view.
 */
export const VIEW_SETTINGS = { trendsBy: 'trends_by', trendsInterval: 'trends_interval', trendsShow: 'trends_show',
  stanceShow: 'stance_show', coordinationBy: 'coordination_by', coordinationWindow: 'coordination_window', timeZone: 'tz' };
/** The compare panel's settings (its API parameter → its parameter in the address), kept there too. */
export const COMPARE_SETTINGS = { by: 'compare_by', before: 'compare_before', after: 'compare_after',
  around: 'compare_around', days: 'compare_days' };
const SETTING_PARAMETERS = [...Object.values(VIEW_SETTINGS), ...Object.values(COMPARE_SETTINGS)];

/** Dimension → { id → the name shown: the codebook's in the reader's language, else its name, else built-in }. */
const VALUE_NAMES = {};

/**
 * The names of a dimension's ids for a reader of `language` (a BCP 47 tag, as navigator.language gives it): the
 * codebook's name in that language (fa-IR, else fa) where it has one, else the default name.
 */
export function namesForReader(names, byLanguage, language) {
  const out = { ...(names || {}) };
  const tag = String(language || '').toLowerCase();
  // the primary language first, so that a name for the exact tag (pt-br over pt) wins where there is one
  for (const candidate of [tag.split('-')[0], tag]) {
    Object.assign(out, (byLanguage || {})[candidate] || {});
  }
  return out;
}

/**
 * What the page shows for a label value: the codebook's name of an id (opposition-activists → "Iranian opposition
 * activists"), in the reader's language where the codebook has it, or a call type's name (end-talks → "End the
 * talks"), else the value itself. For a per-target stance key (stance:talks) the target is named.
 */
export function valueName(dimension, value) {
  const names = VALUE_NAMES[dimension] || {};
  const key = String(value).toLowerCase();
  return Object.prototype.hasOwnProperty.call(names, key) ? names[key] : value;
}

/**
 * Reads the filters and dimensions, builds the filter fields, the "stacked by" choices and the time zone choices (the
 * API's tz parameter, the workspace's zone first and selected).
 */
export async function loadFilters(getJson, form, splitSelect, zoneSelect) {
  const answer = await getJson('/api/dimensions');
  FILTERS.push(...answer.filters.map((f) => f.name));
  const buttons = form.querySelector('label.zone') || form.querySelector('.buttons');
  if (zoneSelect && answer.time_zone) {
    zoneSelect.title = answer.time_zone.description;
    for (const zone of zoneChoices(answer.time_zone.workspace)) zoneSelect.append(new Option(zone, zone));
    zoneSelect.value = answer.time_zone.workspace;
  }
  for (const f of answer.filters) {
    const label = document.createElement('label');
    if (f.name === 'q') label.className = 'wide';
    const input = document.createElement('input');
    input.name = f.name;
    if (f.name === 'q') input.type = 'search';
    if (f.placeholder) input.placeholder = f.placeholder;
    input.title = f.description;
    label.append(f.label + ' ', input);
    form.insertBefore(label, buttons);
  }
  for (const d of answer.dimensions) {
    VALUE_NAMES[d.id] = namesForReader(d.value_names, d.value_names_by_language, navigator.language);
    if (d.filter !== 'none') DIMENSION_FILTER[d.id] = d.id;
    if (!d.splittable || !splitSelect) continue;
    const option = document.createElement('option');
    option.value = d.id;
    option.textContent = d.name.toLowerCase();
    option.selected = d.id === 'lang';
    splitSelect.append(option);
  }
  return answer;
}

/** The filters in the page URL (other parameters, such as the access token, are left out). */
export function readUrl(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length) filters[name] = values.join(',');
  }
  return filters;
}

/** Parameters the page address names that are no filter (?lnag=fa): warned of, not silently dropped. */
export function unknownParameters(search = window.location.search) {
  const names = [...new Set(new URLSearchParams(search).keys())];
  // the access token is read by the server, not a filter
  return names.filter((name) => name !== 'token' && !FILTERS.includes(name) && !SETTING_PARAMETERS.includes(name))
    .map((name) => "unknown parameter '" + name + "'; filters: " + FILTERS.join(', '));
}

export function toParams(filters) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (filters[name]) params.set(name, filters[name]);
  }
  return params;
}

/** The filters of an API drill-down ({"cohort": ["a"], "since": "..."}) in the page's form. */
export function fromDrilldown(drilldown) {
  const filters = {};
  for (const name of FILTERS) {
    const v = drilldown[name];
    if (v === undefined || v === null) continue;
    filters[name] = Array.isArray(v) ? v.join(',') : String(v);
  }
  return filters;
}

/**
 * Puts the filters and the view settings that differ from their defaults ({ trends_by: 'cohort' }) in the address
 * bar (a new history entry when push), dropping anything else (the token) but the selected chart's fragment.
 */
export function writeUrl(filters, push, settings = {}) {
  const params = toParams(filters);
  Object.entries(settings).forEach(([name, value]) => params.set(name, value));
  const query = params.toString();
  // the fragment (#chart-hashtag: the selected chart, chart-links.js) stays with the filters
  const url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** chorus-hashtags_lang-fa_since-2025-04-01.csv: the same naming as the server's ExportNames. */
export function fileName(prefix, filters, extension) {
  const safe = (s) => s.replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^-+|-+$/g, '');
  const parts = [prefix];
  for (const name of FILTERS) {
    if (filters[name]) parts.push(safe(name) + '-' + safe(filters[name]));
  }
  let base = parts.join('_');
  if (base.length > 150) base = base.slice(0, 150);
  return extension ? base + '.' + extension : base;
}

/** The words of a query to highlight: operators, field names, quotes and wildcards removed. */
export function queryTerms(q) {
  if (!q) return [];
  const terms = [];
  for (const m of q.matchAll(/"([^"]+)"|(\S+)/gu)) {
    let t = m[1] !== undefined ? m[1] : m[2];
    if (m[1] === undefined) {
      t = t.replace(/^[+\-!(]+|[)]+$/gu, '').replace(/^[\p{L}_]+:/u, '').replace(/[*?]|[~^][\d.]*$/gu, '');
      if (['AND', 'OR', 'NOT', 'TO', '&&', '||'].includes(t)) continue;
    }
    t = t.replace(/^#/u, '').trim();
    if (t.length >= 2) terms.push(t);
  }
  return terms;
}

/** The query narrowed by a clause on a field without a filter of its own: (q) AND domain:"x". */
export function withClause(q, field, value) {
  const clause = field + ':"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  return q ? '(' + q + ') AND ' + clause : clause;
}
