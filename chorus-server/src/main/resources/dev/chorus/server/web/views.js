// Renders every view from the API's answers (state.data) and makes each view's CSV. Clicks call actions.narrow
// (add filters), actions.open (a figure's drill-down filters) or actions.showPosts (posts by id).
import { renderBars, renderTrends, renderGroupedBars, renderLines, renderGraph } from './charts.js';
import { fileName, toParams, withClause, valueName } from './filters.js';
import { trendsView, bucketRange, trendsNote, trendsRows, trendsColumns, zoneNote, DIMENSION_FILTER, OTHER }
  from './trends.js';
import { localDay } from './zones.js';
import { renderCohorts, framesByCohort, convergence, cohortRows, COHORT_COLUMNS } from './cohorts.js';
import { graphOf, coordinationNote, renderGroups, groupRows, GROUP_COLUMNS } from './coordination.js';
import { renderCoverage, coverageRows, COVERAGE_COLUMNS } from './coverage.js';
import { renderAlerts } from './alerts.js';
import { callEntries, callRows, CALL_COLUMNS } from './calls.js';
import { renderPosts, postRows, POST_COLUMNS } from './posts.js';
import { codingFor } from './labelling.js';
import { stanceView, stanceNote, STANCE_COLUMNS } from './stance.js';
import { linkButton, number, percent } from './dom.js';
import { toCsv, download } from './csv.js';

const $ = (id) => document.getElementById(id);

/** Bar views: where the counts are, the filter a click sets, the file prefix. */
const BAR_VIEWS = [
  { id: 'hashtag', counts: (d) => d.stats.by_hashtag, filter: 'hashtag', prefix: 'chorus-hashtags' },
  { id: 'actor', counts: (d) => d.stats.by_actor, filter: 'actor', prefix: 'chorus-actors' },
  { id: 'domain', counts: (d) => (d.domains ? d.domains.counts : {}), filter: null, prefix: 'chorus-domains' },
  { id: 'lang', counts: (d) => d.stats.by_language, filter: 'lang', prefix: 'chorus-languages' },
  { id: 'platform', counts: (d) => d.stats.by_platform, filter: 'platform', prefix: 'chorus-platforms' },
  { id: 'kind', counts: (d) => d.stats.by_kind, filter: 'kind', prefix: 'chorus-kinds' },
];

function renderStatus(stats) {
  const zone = stats.time_zone;
  const span = stats.first ? localDay(stats.first, zone) + ' – ' + localDay(stats.last, zone) + ' (' + zone + ')'
    : 'no posts';
  $('status').textContent = number(stats.posts) + ' posts · ' + span + ' · ' + number(stats.authors) + ' authors';
}

function renderTrendsView(state, actions) {
  const view = trendsView(state.data.trends);
  state.trendsView = view;
  renderTrends($('chart-trends'), view, fileName('chorus-trends-by-' + view.dimension, state.filters),
    (i, series) => {
      const extra = bucketRange(view, i);
      const filter = DIMENSION_FILTER[view.dimension];
      const picked = view.series.find((s) => s.name === series);
      if (picked && picked.id !== OTHER && filter) extra[filter] = picked.id;
      actions.narrow(extra);
    }, $('trends-show').value === 'share');
  $('trends-note').textContent = trendsNote(view);
  $('trends-zone').textContent = zoneNote(view);
}

function renderBarViews(state, actions) {
  for (const v of BAR_VIEWS) {
    const entries = Object.entries(v.counts(state.data) || {}).slice(0, 20);
    // shown by their codebook names; a click filters by the id
    const shown = entries.map(([id, count]) => [valueName(v.id, id), count, id]);
    renderBars($('chart-' + v.id), shown, fileName(v.prefix, state.filters), (i) => actions.narrow(
      v.filter ? { [v.filter]: entries[i][0] } : { q: withClause(state.filters.q, 'domain', entries[i][0]) }));
  }
}

/** Per target, each stance's share: counted labels or calibrated shares, as the panel's switch says. */
function renderStance(state, actions) {
  const view = stanceView(state.data.stats, $('stance-show').value);
  state.stanceView = view;
  renderGroupedBars($('chart-stance'), view.categories, view.series,
    fileName('chorus-stance-' + view.how, state.filters), (c, s) => actions.narrow(view.drilldown(c, s)), percent);
  $('stance-note').replaceChildren(...stanceNote(view, state.meta.ece || {}).map((piece) => {
    if (typeof piece === 'string') return piece;
    const a = document.createElement('a');
    a.href = piece.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = piece.text;
    return a;
  }));
}

function renderCohortViews(state, actions) {
  const report = state.data.cohorts;
  renderCohorts($('cohorts'), report, actions.open);
  const frames = framesByCohort(report);
  renderGroupedBars($('chart-frames-by-cohort'), frames.categories, frames.series,
    fileName('chorus-frames-by-cohort', state.filters), (c, s) => actions.open(frames.drilldown(c, s)), percent);
  const conv = convergence(report, state.zone);
  renderLines($('chart-convergence'), conv.labels, conv.series, fileName('chorus-convergence', state.filters),
    (s, i) => actions.open(conv.drilldown(s, i)));
}

function renderCoordination(state, actions) {
  const view = state.data.coordination;
  renderGraph($('chart-coordination'), graphOf(view), fileName('chorus-coordination-' + view.by, state.filters),
    (node) => actions.narrow({ author: node.id }));
  $('coordination-note').textContent = coordinationNote(view);
  renderGroups($('groups'), view, (g) => actions.showPosts(g.example_post_ids, 'Example posts of group ' + g.id +
    ' (' + g.accounts.length + ' accounts, ' + g.objects + ' objects co-shared): ' + g.accounts.join(' ')));
}

function renderCalls(state, actions) {
  const calls = state.data.calls;
  renderBars($('chart-call-types'), callEntries(calls.by_type, 'call'), fileName('chorus-call-types', state.filters),
    (i) => actions.open(calls.by_type[i].drilldown), percent);
  renderBars($('chart-call-addressees'), callEntries(calls.by_addressee, 'addressee'),
    fileName('chorus-call-addressees', state.filters), (i) => actions.open(calls.by_addressee[i].drilldown), percent);
}

/**
 * The post list: the matching posts, or (note given) other posts with a way back to them; a hashtag narrows through
 * state.actions.
 */
export function renderPostList(state, posts, note, back) {
  const box = $('posts-note');
  box.replaceChildren();
  box.hidden = !note;
  if (note) box.append(note + ' ', linkButton('back to the matching posts', back));
  state.shownPosts = posts;
  const meta = state.meta;
  renderPosts($('posts'), posts, state.terms || [], (tag) => state.actions.narrow({ hashtag: tag }), meta.cards,
    meta.labelling && meta.codebook ? codingFor(meta.codebook) : null);
}

/**
 * The matching posts shown so far and how many match; the More button fetches the page after them with the last
 * answer's cursor (stable while posts are ingested: newer ones come before, never inside, the next page).
 */
export function renderPage(state, posts, page) {
  state.data.page = { ...page, posts };
  $('posts-total').textContent = '(' + number(page.total) + ' match' +
    (page.total > posts.length ? ', newest ' + posts.length + ' shown' : '') + ')';
  $('posts-more').hidden = !page.next;
  renderPostList(state, posts, null);
}

export function renderAll(state, actions) {
  const d = state.data;
  renderStatus(d.stats);
  const views = [[d.trends, renderTrendsView], [d.stats, renderBarViews], [d.stats, renderStance],
    [d.cohorts, renderCohortViews],
    [d.coordination, renderCoordination], [d.calls, renderCalls],
    [d.coverage, () => renderCoverage($('coverage'), d.coverage, actions.open)],
    [d.alerts, () => renderAlerts($('alerts'), d.alerts.alerts, actions.open, state.zone)]];
  for (const [data, render] of views) {
    if (data) render(state, actions);
  }
  if (d.page) renderPage(state, d.page.posts, d.page);
  const exportParams = toParams(state.filters);
  if (state.zoneParameter) exportParams.set('tz', state.zoneParameter);
  const exportAll = exportParams.toString();
  $('export-all').href = '/api/export.csv' + (exportAll ? '?' + exportAll : '');
}

/** Each view's CSV, named after the view and the filters. */
export function downloadCsv(state, which) {
  const d = state.data;
  const save = (prefix, header, rows) => download(fileName(prefix, state.filters, 'csv'), toCsv(header, rows));
  const bars = BAR_VIEWS.find((v) => v.id === which);
  if (bars) {
    save(bars.prefix, [bars.filter || which, 'posts'], Object.entries(bars.counts(d) || {}));
  } else if (which === 'trends' && state.trendsView) {
    save('chorus-trends-by-' + state.trendsView.dimension, trendsColumns(state.trendsView),
      trendsRows(state.trendsView));
  } else if (which === 'stance' && state.stanceView) {
    save('chorus-stance-' + state.stanceView.how, STANCE_COLUMNS, state.stanceView.rows);
  } else if (which === 'cohorts' && d.cohorts) {
    save('chorus-cohorts', COHORT_COLUMNS, cohortRows(d.cohorts));
  } else if (which === 'frames-by-cohort' && d.cohorts) {
    save('chorus-frames-by-cohort', ['cohort', 'frame', 'posts', 'of', 'share'], framesByCohort(d.cohorts).rows);
  } else if (which === 'convergence' && d.cohorts) {
    save('chorus-convergence', ['a', 'b', 'bucket', 'framed_a', 'framed_b', 'distance'], convergence(d.cohorts, state.zone).rows);
  } else if (which === 'groups' && d.coordination) {
    save('chorus-coordination-groups-' + d.coordination.by, GROUP_COLUMNS, groupRows(d.coordination));
  } else if (which === 'call-types' && d.calls) {
    save('chorus-call-types', CALL_COLUMNS, callRows(d.calls.by_type));
  } else if (which === 'call-addressees' && d.calls) {
    save('chorus-call-addressees', CALL_COLUMNS, callRows(d.calls.by_addressee));
  } else if (which === 'coverage' && d.coverage) {
    save('chorus-coverage', COVERAGE_COLUMNS, coverageRows(d.coverage));
  } else if (which === 'posts' && state.shownPosts) {
    save('chorus-posts-shown', POST_COLUMNS, postRows(state.shownPosts));
  }
}
