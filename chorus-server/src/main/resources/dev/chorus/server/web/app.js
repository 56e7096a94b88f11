// The dashboard: one set of filters (kept in the URL with the API's names) drives every view; clicking a bar or a
// day narrows the filters and lists the posts behind it.
import { getJson } from './api.js';
import { FILTERS, readUrl, toParams, writeUrl, fileName, queryTerms } from './filters.js';
import { renderBars, renderVolume, resizeAll } from './charts.js';
import { renderPosts, postRows, POST_COLUMNS } from './posts.js';
import { renderCoverage, coverageRows, COVERAGE_COLUMNS } from './coverage.js';
import { toCsv, download } from './csv.js';

const POSTS_SHOWN = 50;
const form = document.getElementById('filters');
const volumeBy = document.getElementById('volume-by');
let filters = readUrl();
let current = {}; // the data behind every view, for the CSV buttons
let generation = 0;

const BAR_VIEWS = [
  { id: 'hashtag', key: 'by_hashtag', filter: 'hashtag', prefix: 'chorus-hashtags' },
  { id: 'lang', key: 'by_language', filter: 'lang', prefix: 'chorus-languages' },
  { id: 'platform', key: 'by_platform', filter: 'platform', prefix: 'chorus-platforms' },
  { id: 'kind', key: 'by_kind', filter: 'kind', prefix: 'chorus-kinds' },
];

function fillForm() {
  for (const name of FILTERS) form.elements[name].value = filters[name] || '';
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
}

function renderActive() {
  const box = document.getElementById('active');
  box.replaceChildren();
  for (const name of FILTERS) {
    if (!filters[name]) continue;
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.dir = 'auto';
    chip.append(name + ': ' + filters[name]);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.setAttribute('aria-label', 'remove ' + name);
    remove.addEventListener('click', () => {
      const next = { ...filters };
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
  box.textContent = (error.parameter ? error.parameter + ': ' : '') + error.message;
  if (error.parameter && form.elements[error.parameter]) {
    form.elements[error.parameter].setAttribute('aria-invalid', 'true');
  }
}

function nextDay(day) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Narrows the filters (a click on a chart) and shows the posts behind it. */
function narrow(extra) {
  apply({ ...filters, ...extra });
  document.getElementById('posts-panel').scrollIntoView({ block: 'start' });
}

function apply(next) {
  filters = next;
  writeUrl(filters, true);
  load();
}

async function load() {
  const mine = ++generation;
  fillForm();
  renderActive();
  document.body.dataset.loading = 'true';
  const params = toParams(filters);
  const search = new URLSearchParams(params);
  search.set('limit', String(POSTS_SHOWN));
  const volume = new URLSearchParams(params);
  volume.set('by', volumeBy.value);
  try {
    const [stats, series, coverage, page] = await Promise.all([getJson('/api/stats', params),
      getJson('/api/volume', volume), getJson('/api/coverage', params), getJson('/api/search', search)]);
    if (mine !== generation) return;
    showError(null);
    current = { stats, series, coverage, page };
    render();
  } catch (error) {
    if (mine !== generation) return;
    showError(error);
  } finally {
    if (mine === generation) document.body.dataset.loading = 'false';
  }
}

function render() {
  const { stats, series, coverage, page } = current;
  const span = stats.first ? stats.first.slice(0, 10) + ' – ' + stats.last.slice(0, 10) : 'no posts';
  document.getElementById('status').textContent = Number(stats.posts).toLocaleString('en') + ' posts · ' + span +
    ' · ' + Number(stats.authors).toLocaleString('en') + ' authors';
  renderVolume(document.getElementById('chart-volume'), series, fileName('chorus-volume-by-' + series.dimension,
    filters), (day, value) => {
    const extra = { since: day, until: nextDay(day) };
    if (value && value !== 'other') extra[series.dimension] = value;
    narrow(extra);
  });
  for (const view of BAR_VIEWS) {
    const entries = Object.entries(stats[view.key] || {}).slice(0, 20);
    renderBars(document.getElementById('chart-' + view.id), entries, fileName(view.prefix, filters),
      (name) => narrow({ [view.filter]: name }));
  }
  renderCoverage(document.getElementById('coverage'), coverage);
  document.getElementById('posts-total').textContent = '(' + Number(page.total).toLocaleString('en') +
    ' match' + (page.total > page.posts.length ? ', newest ' + page.posts.length + ' shown' : '') + ')';
  renderPosts(document.getElementById('posts'), page.posts, queryTerms(filters.q),
    (tag) => narrow({ hashtag: tag }));
  const exportAll = toParams(filters).toString();
  document.getElementById('export-all').href = '/api/export.csv' + (exportAll ? '?' + exportAll : '');
}

function downloadCsv(which) {
  const { stats, series, coverage, page } = current;
  if (!stats) return;
  if (which === 'volume') {
    const names = Object.keys(series.series);
    download(fileName('chorus-volume-by-' + series.dimension, filters, 'csv'), toCsv(['day', ...names],
      series.days.map((d, i) => [d, ...names.map((n) => series.series[n][i])])));
  } else if (which === 'coverage') {
    download(fileName('chorus-coverage', filters, 'csv'), toCsv(COVERAGE_COLUMNS, coverageRows(coverage)));
  } else if (which === 'posts') {
    download(fileName('chorus-posts-shown', filters, 'csv'), toCsv(POST_COLUMNS, postRows(page.posts)));
  } else {
    const view = BAR_VIEWS.find((v) => v.id === which);
    download(fileName(view.prefix, filters, 'csv'), toCsv([view.filter, 'posts'], Object.entries(stats[view.key])));
  }
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
volumeBy.addEventListener('change', load);
document.querySelectorAll('button.csv').forEach((b) => b.addEventListener('click', () => downloadCsv(b.dataset.csv)));
window.addEventListener('popstate', () => {
  filters = readUrl();
  load();
});
window.addEventListener('resize', resizeAll);

writeUrl(filters, false); // drops ?token= from the address bar once the server has set its cookie
load();
