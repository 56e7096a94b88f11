// The dashboard: one set of filters (kept in the URL with the API's names) drives every view; clicking a bar, a
// point, a node or a row narrows the filters and lists the posts behind it.
import { getJson } from './api.js';
import { FILTERS, VIEW_SETTINGS, loadFilters, readUrl, toParams, writeUrl, fromDrilldown, queryTerms,
  unknownParameters } from './filters.js';
import { resizeAll } from './charts.js';
import { addSavedViews } from './saved-views.js';
import { setupCompare, loadCompare, compareAddress, readCompareAddress } from './compare.js';
import { addHelp } from './help.js';
import { addChartLinks, showSelectedChart } from './chart-links.js';
import { renderAll, renderPage, renderPostList, downloadCsv } from './views.js';
import { calibrationErrors } from './stance.js';

const POSTS_SHOWN = 50;
const form = document.getElementById('filters');
const options = {
  trendsBy: document.getElementById('trends-by'),
  trendsInterval: document.getElementById('trends-interval'),
  trendsShow: document.getElementById('trends-show'),
  stanceShow: document.getElementById('stance-show'),
  coordinationBy: document.getElementById('coordination-by'),
  coordinationWindow: document.getElementById('coordination-window'),
  timeZone: document.getElementById('time-zone'),
};
// the filter fields come from the server's dimension registry; everything below reads them
await loadFilters(getJson, form, options.trendsBy, options.timeZone);
addSavedViews(getJson, form, () => state.filters.view);
const state = { filters: readUrl(), data: {}, meta: { cards: new Set(), codebook: null, labelling: false, ece: {} } };
// read before writeUrl drops them from the address; shown until the filters change
let addressWarnings = unknownParameters();
const defaults = Object.fromEntries(Object.entries(options).map(([key, select]) => [key, select.value]));
// its choices first (readSettings puts the address's in them); a change of its settings goes to the address
setupCompare(getJson, (drilldown) => actions.open(drilldown), () => writeUrl(state.filters, true, settings()));
readSettings();

/**
 * The view settings of the address (?trends_by=cohort) put in their selects, and the compare panel's in its inputs; a
 * value no select offers is warned of.
 */
function readSettings() {
  addressWarnings.push(...readCompareAddress());
  const params = new URLSearchParams(window.location.search);
  for (const [key, name] of Object.entries(VIEW_SETTINGS)) {
    const value = params.get(name) || defaults[key];
    const select = options[key];
    // a zone this browser does not list may still be one the server knows: it says so if not
    if (key === 'timeZone' && value && ![...select.options].some((o) => o.value === value)) {
      select.append(new Option(value, value));
    }
    if ([...select.options].some((o) => o.value === value)) select.value = value;
    else addressWarnings.push("unknown value '" + value + "' of " + name + '; known: '
      + [...select.options].map((o) => o.value).join(', '));
  }
}

/** The settings (the views' and the compare panel's) that differ from the page's defaults, by their address parameter. */
function settings() {
  const out = compareAddress();
  for (const [key, name] of Object.entries(VIEW_SETTINGS)) {
    if (options[key].value !== defaults[key]) out[name] = options[key].value;
  }
  return out;
}
let generation = 0;

function fillForm() {
  for (const name of FILTERS) form.elements[name].value = state.filters[name] || '';
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
}

function renderActive() {
  const box = document.getElementById('active');
  box.replaceChildren();
  for (const name of FILTERS) {
    if (!state.filters[name]) continue;
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.dir = 'auto';
    chip.append(name + ': ' + state.filters[name]);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.setAttribute('aria-label', 'remove ' + name);
    remove.addEventListener('click', () => {
      const next = { ...state.filters };
      delete next[name];
      apply(next);
    });
    chip.append(remove);
    box.append(chip);
  }
}

function showError(error) {
  const box = document.getElementById('error');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  const p = error.parameter;
  box.textContent = p && !error.message.startsWith(p) ? p + ': ' + error.message : error.message;
  if (p && form.elements[p]) form.elements[p].setAttribute('aria-invalid', 'true');
}

/** The warnings of the answers (a filter value no post has) and of the address, each once. */
function showWarnings(data) {
  const messages = new Set(addressWarnings);
  for (const body of Object.values(data)) {
    for (const w of (body && body.warnings) || []) messages.add(w.message);
  }
  const box = document.getElementById('warnings');
  box.replaceChildren(...[...messages].map((m) => {
    const line = document.createElement('p');
    line.dir = 'auto';
    line.textContent = m;
    return line;
  }));
  box.hidden = messages.size === 0;
}

function apply(next) {
  addressWarnings = [];
  state.filters = next;
  writeUrl(state.filters, true, settings());
  load();
}

/** What a click does: narrow the filters (extra) or replace them by a drill-down's, then show the posts. */
const actions = {
  narrow(extra) {
    apply({ ...state.filters, ...extra });
    document.getElementById('posts-panel').scrollIntoView({ block: 'start' });
  },
  open(drilldown) {
    if (!drilldown) return;
    apply(fromDrilldown(drilldown));
    document.getElementById('posts-panel').scrollIntoView({ block: 'start' });
  },
  async showPosts(ids, note) {
    const posts = (await Promise.all(ids.map((id) => getJson('/api/posts/' + encodeURIComponent(id))
      .catch(() => null)))).filter((p) => p);
    renderPostList(state, posts, note, () => renderPostList(state, state.data.page.posts, null));
    document.getElementById('posts-panel').scrollIntoView({ block: 'start' });
  },
};

addHelp(getJson).catch(() => {}); // without help texts the page still works
addChartLinks();
let chartShown = false; // the address' chart is scrolled to once, after the first views are drawn

/** The filters and the time zone their days are read and counted in: what every call over posts takes. */
function filterParams() {
  const params = toParams(state.filters);
  params.set('tz', options.timeZone.value);
  return params;
}

function requests() {
  const params = filterParams();
  const withParams = (extra) => {
    const p = new URLSearchParams(params);
    Object.entries(extra).forEach(([k, v]) => p.set(k, v));
    return p;
  };
  return {
    stats: getJson('/api/stats', params),
    trends: getJson('/api/trends', withParams({ by: options.trendsBy.value, interval: options.trendsInterval.value,
      top: '8' })),
    domains: getJson('/api/top', withParams({ by: 'domain', top: '20' })),
    cohorts: getJson('/api/cohorts', params),
    coordination: getJson('/api/coordination', withParams({ by: options.coordinationBy.value,
      time_window: options.coordinationWindow.value })),
    calls: getJson('/api/calls', params),
    coverage: getJson('/api/coverage', params),
    alerts: getJson('/api/alerts', new URLSearchParams()),
    page: getJson('/api/search', withParams({ limit: String(POSTS_SHOWN) })),
  };
}

async function load() {
  const mine = ++generation;
  fillForm();
  renderActive();
  document.body.dataset.loading = 'true';
  const asked = requests();
  // its own answer (its settings reload it alone); the page is loaded once it is there too
  const comparing = loadCompare(getJson, state.filters, actions.open, options.timeZone.value);
  const names = Object.keys(asked);
  const [settled] = await Promise.all([Promise.allSettled(names.map((n) => asked[n])), comparing]);
  if (mine !== generation) return;
  const data = {};
  let error = null;
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') data[names[i]] = s.value;
    else error = error || s.reason;
  });
  showError(error);
  showWarnings(data);
  state.data = data;
  state.zone = options.timeZone.value;
  state.zoneParameter = settings().tz; // set only when not the workspace's: links name it then
  state.terms = queryTerms(state.filters.q);
  try {
    if (data.stats) renderAll(state, actions);
  } finally {
    document.body.dataset.loading = 'false';
  }
  if (!chartShown) {
    chartShown = true;
    showSelectedChart();
  }
}

/** Loaded once: which label keys have a model card, the codebook (for coding), whether coding is on. */
async function loadMeta() {
  const [health, models, codebook] = await Promise.all([getJson('/api/health'), getJson('/api/models'),
    getJson('/api/codebook')]);
  state.meta = { cards: new Set(models.models.map((m) => m.label_key)), codebook, labelling: health.labelling,
    ece: calibrationErrors(models.models) };
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const next = {};
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v) next[name] = v;
  }
  apply(next);
});
document.getElementById('clear').addEventListener('click', () => apply({}));
document.getElementById('posts-more').addEventListener('click', async () => {
  const shown = state.data.page;
  if (!shown || !shown.next) return;
  const params = filterParams();
  params.set('limit', String(POSTS_SHOWN));
  params.set('cursor', shown.next);
  const more = await getJson('/api/search', params);
  renderPage(state, shown.posts.concat(more.posts), more);
});
Object.values(options).forEach((select) => select.addEventListener('change', () => {
  writeUrl(state.filters, true, settings());
  load();
}));
document.querySelectorAll('button.csv').forEach((b) => b.addEventListener('click', () => downloadCsv(state,
  b.dataset.csv)));
window.addEventListener('popstate', () => {
  state.filters = readUrl();
  readSettings();
  load();
});
window.addEventListener('resize', resizeAll);

state.actions = actions;
// drops ?token= from the address bar once the server has set its cookie
writeUrl(state.filters, false, settings());
loadMeta().catch(() => {}).finally(load);
