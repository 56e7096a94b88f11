// The filters shared by every view, with the API's parameter names; the page URL holds them.
export const FILTERS = ['q', 'platform', 'lang', 'kind', 'since', 'until', 'hashtag', 'author',
  'stance', 'frame', 'actor', 'cohort', 'call'];

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

/** Puts the filters in the address bar (a new history entry when push), dropping anything else (the token). */
export function writeUrl(filters, push) {
  const query = toParams(filters).toString();
  const url = window.location.pathname + (query ? '?' + query : '');
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
