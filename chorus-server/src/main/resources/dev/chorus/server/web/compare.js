// Compare periods (/api/compare): the page's filters in two periods side by side, per value of one dimension its
// share in each with the 95% interval, the change in percentage points with its interval, and a mark where the two
// intervals do not overlap. A share opens the posts of that value in that period (its drill-down filters). The panel
// asks for its own answer: changing its settings reloads it alone, a change of the page's filters reloads it too. Its
// settings (the dimension, the two periods or the event and days) are kept in the address as compare_by,
// compare_before, compare_after, compare_around and compare_days, so a reload or a bookmark opens the same comparison.
import { el, linkButton, number, proportion, table } from './dom.js';
import { COMPARE_SETTINGS, valueName, fileName, toParams } from './filters.js';
import { toCsv, download } from './csv.js';

const $ = (id) => document.getElementById(id);
const day = (iso) => (iso ? iso.slice(0, 10) : '');
const pp = (x) => (x >= 0 ? '+' : '') + (100 * x).toFixed(1);
let current = { generation: 0, report: null, filters: {}, tz: null };

export const COMPARE_COLUMNS = ['value', 'before_posts', 'before_of', 'before_share', 'before_low', 'before_high',
  'after_posts', 'after_of', 'after_share', 'after_low', 'after_high', 'change_pp', 'change_low_pp',
  'change_high_pp', 'intervals_overlap'];

/** The CSV rows of a report, shares as fractions, changes in percentage points. */
export function compareRows(report) {
  return report.rows.map((r) => [r.value, r.before.count, r.before.total, r.before.share, r.before.low,
    r.before.high, r.after.count, r.after.total, r.after.share, r.after.low, r.after.high,
    100 * r.change.difference, 100 * r.change.low, 100 * r.change.high, r.intervals_overlap]);
}

/** A share as a bar (its width) and the text "12.5% [8.1–18.3] of 144"; pressing it lists those posts. */
function shareCell(p, drilldown, open, what) {
  const cell = el('div', 'compare-share');
  const bar = el('span', 'compare-bar');
  bar.style.width = (100 * p.share).toFixed(1) + '%';
  cell.append(bar, linkButton(proportion(p) + ' of ' + number(p.total), () => open(drilldown),
    'show the posts of ' + what));
  return cell;
}

function note(report) {
  if (!report.before) return 'No post matches the filters.';
  const period = (name, s) => name + ' ' + day(s.since) + ' – ' + day(new Date(Date.parse(s.until) - 1).toISOString())
    + ' (' + number(s.posts) + ' posts)';
  const basis = report.event ? 'around ' + report.event.title + ' (' + report.event.date + ')'
    : ({ latest: 'the latest days against the days before', given: 'the periods given' }[report.basis]
      || report.basis);
  return period('Before', report.before) + ' · ' + period('after', report.after) + ' · ' + basis
    + '. Shares of the ' + report.share_of + '; ▲▼ where the two 95% intervals do not overlap.';
}

export function renderCompare(container, report, open) {
  $('compare-note').textContent = note(report);
  const warnings = $('compare-warnings');
  warnings.replaceChildren(...report.warnings.map((w) => el('p', null, w.message)));
  warnings.hidden = report.warnings.length === 0;
  if (!report.rows.length) {
    container.replaceChildren(el('p', 'muted', 'No post of either period has a ' + report.by + ' label.'));
    return;
  }
  const rows = report.rows.map((r) => {
    const name = valueName(report.by, r.value);
    const mark = r.intervals_overlap ? '' : (r.change.difference > 0 ? ' ▲' : ' ▼');
    return [name, shareCell(r.before, r.before_posts, open, name + ' before'),
      shareCell(r.after, r.after_posts, open, name + ' after'),
      pp(r.change.difference) + ' [' + pp(r.change.low) + ', ' + pp(r.change.high) + ']' + mark];
  });
  const t = table(['Value', 'Before', 'After', 'Change, pp [95%]'], rows);
  t.classList.add('compare-table');
  [...t.querySelectorAll('tr')].slice(1).forEach((tr, i) => {
    tr.dataset.value = report.rows[i].value;
    tr.lastElementChild.classList.add('num');
    if (!report.rows[i].intervals_overlap) tr.classList.add('shift');
  });
  container.replaceChildren(t);
}

/** The panel's inputs by the API parameter they give; in the address each is compare_NAME (COMPARE_SETTINGS). */
const INPUTS = { by: 'compare-by', before: 'compare-before', after: 'compare-after', around: 'compare-around',
  days: 'compare-days' };
const DEFAULTS = { by: 'stance', before: '', after: '', around: '', days: '7' };

function inputValue(name) {
  const value = $(INPUTS[name]).value.trim();
  return name === 'days' && !value ? DEFAULTS.days : value;
}

/**
 * The panel's settings as API parameters: by, then the two periods given (before and after) or an event (around) and
 * days. Days goes only without given periods: the server refuses it beside them, as it refuses around beside them.
 */
function settings() {
  const out = { by: inputValue('by') };
  for (const name of ['before', 'after', 'around']) {
    if (inputValue(name)) out[name] = inputValue(name);
  }
  if (!out.before && !out.after) out.days = inputValue('days');
  return out;
}

/** The panel's settings that differ from its defaults, by their address parameter ({ compare_by: 'lang' }). */
export function compareAddress() {
  const out = {};
  for (const [name, parameter] of Object.entries(COMPARE_SETTINGS)) {
    if (inputValue(name) !== DEFAULTS[name]) out[parameter] = inputValue(name);
  }
  return out;
}

/**
 * Puts the panel's settings of the address (?compare_by=lang&compare_around=round-1) in its inputs, the defaults for
 * those it does not name, and returns a warning for a dimension the panel does not offer (the default kept then).
 */
export function readCompareAddress(search = window.location.search) {
  const params = new URLSearchParams(search);
  const warnings = [];
  for (const [name, parameter] of Object.entries(COMPARE_SETTINGS)) {
    const value = (params.get(parameter) || '').trim() || DEFAULTS[name];
    const input = $(INPUTS[name]);
    if (name === 'by' && ![...input.options].some((o) => o.value === value)) {
      warnings.push("unknown value '" + value + "' of " + parameter + '; known: '
        + [...input.options].map((o) => o.value).join(', '));
      input.value = DEFAULTS.by;
    } else {
      input.value = value;
    }
  }
  return warnings;
}

/**
 * Asks for the comparison under the page's filters, days read in time zone {@code tz} (the page's, kept for the
 * panel's own reloads), and renders it; a later call wins over an earlier one.
 */
export async function loadCompare(getJson, filters, open, tz = current.tz) {
  const mine = ++current.generation;
  current.filters = filters;
  current.tz = tz;
  const params = toParams(filters);
  if (tz) params.set('tz', tz);
  Object.entries(settings()).forEach(([k, v]) => params.set(k, v));
  const panel = $('compare-panel');
  panel.dataset.loading = 'true';
  try {
    const report = await getJson('/api/compare', params);
    if (mine !== current.generation) return;
    current.report = report;
    $('compare-error').hidden = true;
    renderCompare($('compare'), report, open);
  } catch (e) {
    if (mine !== current.generation) return;
    $('compare-error').hidden = false;
    $('compare-error').textContent = (e.parameter && !e.message.startsWith(e.parameter) ? e.parameter + ': ' : '')
      + e.message;
  } finally {
    if (mine === current.generation) panel.dataset.loading = 'false';
  }
}

/**
 * Fills the panel's choices (the dimensions of the page's "stacked by" select, the codebook's events) and, when one of
 * its settings changes, reloads the panel alone and tells changed (which puts the settings in the address).
 */
export function setupCompare(getJson, open, changed) {
  const by = $('compare-by');
  for (const o of $('trends-by').options) by.append(new Option(o.textContent, o.value, false, o.value === 'stance'));
  getJson('/api/codebook').then((codebook) => {
    const events = $('compare-events');
    for (const e of codebook.events || []) events.append(new Option(e.date + ' ' + e.title, e.id));
  }).catch(() => {});
  for (const id of Object.values(INPUTS)) {
    $(id).addEventListener('change', () => {
      changed();
      loadCompare(getJson, current.filters, open);
    });
  }
  $('compare-csv').addEventListener('click', () => {
    if (current.report) {
      download(fileName('chorus-compare-by-' + current.report.by, current.filters, 'csv'),
        toCsv(COMPARE_COLUMNS, compareRows(current.report)));
    }
  });
}
