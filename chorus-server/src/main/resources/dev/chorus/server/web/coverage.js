// Coverage (/api/coverage): per platform and source format, the time span, posts and days without posts; what
// ingest runs read and rejected, and why; per collector, when it last succeeded, what it added and every outage or
// skipped stretch (a gap is never silent). A row narrows the filters to its posts.
import { el, number, table } from './dom.js';
import { localDay } from './zones.js';

function gapsText(ranges) {
  if (!ranges.length) return 'none';
  const shown = ranges.slice(0, 5).map((r) => r.replace('/', ' – '));
  return shown.join(', ') + (ranges.length > 5 ? ' and ' + (ranges.length - 5) + ' more' : '');
}

export const COVERAGE_COLUMNS = ['part', 'label', 'posts', 'first', 'last', 'days', 'days_without_posts',
  'missing_ranges'];

export function coverageRows(coverage) {
  const rows = (part, spans) => spans.map((s) => [part, s.label, s.posts, s.first, s.last, s.days,
    s.days_without_posts, s.missing_ranges.join(' ')]);
  return [...rows('all', [coverage.all]), ...rows('platform', coverage.by_platform),
    ...rows('source', coverage.by_source)];
}

export function renderCoverage(container, coverage, open) {
  const spans = [['all', coverage.all], ...coverage.by_platform.map((s) => ['platform', s]),
    ...coverage.by_source.map((s) => ['source format', s])];
  // first and last as days of the zone the days without posts are counted in
  const day = (iso) => localDay(iso, coverage.time_zone);
  const rows = spans.map(([part, s]) => [part, s.label, s.posts, day(s.first), day(s.last), s.days,
    s.days_without_posts, gapsText(s.missing_ranges)]);
  const t = table(['Part', 'Label', 'Posts#', 'First', 'Last', 'Days#', 'Days without posts#', 'Gaps'], rows,
    (i) => open(spans[i][1].drilldown));
  const runs = coverage.runs;
  const r = coverage.rejects;
  const notes = el('p', 'muted');
  notes.textContent = (runs.runs ? 'Ingest runs: ' + number(runs.runs) + ', ' + number(runs.read) + ' records read, ' +
    number(runs.added) + ' added, ' + number(runs.updated) + ' updated, ' + number(runs.duplicates) +
    ' duplicates. ' : '') + (r.records || r.files
    ? 'Rejected at ingest: ' + number(r.records) + ' records and ' + number(r.files) + ' whole files (' +
      Object.entries(r.by_reason).slice(0, 3).map(([k, v]) => k + ': ' + v).join('; ') + ').'
    : 'No record was rejected at ingest.');
  container.replaceChildren(t, notes, ...collectorsPart(coverage.collectors || []));
}

const when = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '');

/** Collectors: one row each, then their outages and skipped stretches in words. */
function collectorsPart(collectors) {
  if (!collectors.length) return [];
  const rows = collectors.map((c) => [c.kind, c.target, c.runs, c.added, when(c.last_run),
    c.last_success ? when(c.last_success) : 'never', c.failed_runs,
    c.outages.length + c.skipped.length ? c.outages.length + ' outages, ' + c.skipped.length + ' skipped' : 'none']);
  const t = table(['Collector', 'Target', 'Runs#', 'Added#', 'Last run', 'Last success', 'Failed runs#', 'Gaps'],
    rows);
  t.classList.add('collectors');
  const gaps = el('ul', 'collector-gaps');
  collectors.forEach((c) => {
    c.outages.forEach((o) => gaps.append(el('li', null, c.kind + ' ' + c.target + ': not covered from ' +
      when(o.from) + (o.to ? ' to ' + when(o.to) : ', still failing') + ' (' + o.runs + ' failed runs; last: ' +
      o.last_error + ')')));
    c.skipped.forEach((g) => gaps.append(el('li', null, c.kind + ' ' + c.target + ' run of ' + when(g.run) + ': ' +
      g.what)));
  });
  return [el('h3', null, 'Collectors'), t, ...(gaps.children.length ? [gaps] : [])];
}
