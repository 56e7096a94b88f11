// The coverage table: per platform, the time span, posts and days without posts; what ingest rejected.
function cell(tag, text, className) {
  const c = document.createElement(tag);
  c.textContent = text === null || text === undefined ? '' : String(text);
  if (className) c.className = className;
  return c;
}

const day = (iso) => (iso ? iso.slice(0, 10) : '');
const number = (n) => Number(n).toLocaleString('en');

function gapsText(gaps) {
  if (!gaps.length) return 'none';
  const shown = gaps.slice(0, 5).map((g) => (g.from === g.to ? g.from : g.from + ' – ' + g.to));
  return shown.join(', ') + (gaps.length > 5 ? ' and ' + (gaps.length - 5) + ' more' : '');
}

export const COVERAGE_COLUMNS = ['platform', 'posts', 'first', 'last', 'span_days', 'days_with_posts',
  'days_without_posts', 'gaps'];

export function coverageRows(coverage) {
  return coverage.platforms.map((p) => [p.platform, p.posts, p.first, p.last, p.span_days, p.days_with_posts,
    p.span_days - p.days_with_posts, p.gaps.map((g) => g.from + '/' + g.to).join(' ')]);
}

export function renderCoverage(container, coverage) {
  const table = document.createElement('table');
  const head = document.createElement('tr');
  ['Platform', 'Posts', 'First', 'Last', 'Days', 'Days without posts', 'Gaps'].forEach((h, i) =>
    head.append(cell('th', h, i === 1 || i === 4 || i === 5 ? 'num' : null)));
  table.append(head);
  for (const p of coverage.platforms) {
    const row = document.createElement('tr');
    row.append(cell('td', p.platform), cell('td', number(p.posts), 'num'), cell('td', day(p.first)),
      cell('td', day(p.last)), cell('td', number(p.span_days), 'num'),
      cell('td', number(p.span_days - p.days_with_posts), 'num'), cell('td', gapsText(p.gaps)));
    table.append(row);
  }
  const r = coverage.rejects;
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = r.records || r.files
    ? 'Rejected at ingest: ' + number(r.records) + ' records and ' + number(r.files) + ' whole files (' +
      Object.entries(r.by_reason).slice(0, 3).map(([k, v]) => k + ': ' + v).join('; ') + ').'
    : 'No record was rejected at ingest.';
  container.replaceChildren(table, note);
}
