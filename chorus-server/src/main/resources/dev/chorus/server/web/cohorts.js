// Camps side by side (/api/cohorts): each cohort's stance, frames, actors, hashtags and domains as shares with
// their 95% intervals; every figure opens the posts behind it through its drill-down filter.
import { el, linkButton, number, proportion, percent } from './dom.js';
import { valueName } from './filters.js';
import { localDay } from './zones.js';

const SHOWN = 5;

function figures(title, list, open, dimension) {
  const box = el('div', 'figures');
  box.append(el('h4', null, title));
  if (!list.length) box.append(el('div', 'muted', 'none'));
  for (const f of list.slice(0, SHOWN)) {
    const row = el('div', 'figure');
    row.append(linkButton(dimension ? valueName(dimension, f.label) : f.label, () => open(f.drilldown),
      dimension ? f.label + ': show these posts' : 'show these posts'),
      el('span', 'share', proportion(f.share)));
    box.append(row);
  }
  return box;
}

export function renderCohorts(container, report, open) {
  container.replaceChildren();
  if (!report.cohorts.length) {
    container.append(el('p', 'muted', 'No cohorts: the codebook defines none and no post carries a cohort label.'));
    return;
  }
  const silent = report.cohorts.filter((c) => !c.posts);
  if (silent.length === report.cohorts.length) {
    container.append(el('p', 'muted', 'No matching post carries a cohort label. Cohorts come from the member lists '
      + 'and rules of the codebook (WORKSPACE/codebook.yaml); run "chorus annotate" after editing them.'));
  }
  for (const c of report.cohorts) {
    if (!c.posts) continue;
    const card = el('article', 'cohort');
    card.dataset.cohort = c.id;
    const head = el('h3');
    head.append(linkButton(c.name, () => open(c.drilldown), 'show this cohort\'s posts'),
      el('span', 'muted', ' ' + number(c.posts) + ' posts'));
    card.append(head);
    for (const [target, list] of Object.entries(c.stance)) {
      card.append(figures('Stance: ' + valueName('stance', target), list, open));
    }
    card.append(figures('Frames', c.frames, open, 'frame'), figures('Actors', c.actors, open, 'actor'),
      figures('Hashtags', c.hashtags, open), figures('Domains', c.domains, open));
    container.append(card);
  }
  if (silent.length && silent.length < report.cohorts.length) {
    container.append(el('p', 'muted', 'Without matching posts: ' + silent.map((c) => c.name).join(', ') + '.'));
  }
}

/** Frame shares per cohort (those with posts) as grouped bars: categories are cohorts, one series per frame. */
export function framesByCohort(report) {
  const cohorts = report.cohorts.filter((c) => c.posts);
  const frames = [];
  cohorts.forEach((c) => c.frames.forEach((f) => { if (!frames.includes(f.label)) frames.push(f.label); }));
  const figure = (c, frame) => c.frames.find((f) => f.label === frame);
  return {
    categories: cohorts.map((c) => c.name),
    series: frames.map((frame) => ({ name: valueName('frame', frame),
      data: cohorts.map((c) => (figure(c, frame) ? figure(c, frame).share.share : 0)) })),
    drilldown: (cohort, series) => {
      const c = cohorts[cohort];
      const f = figure(c, frames[series]);
      return f ? f.drilldown : c.drilldown;
    },
    rows: cohorts.flatMap((c) => frames.map((frame) => {
      const f = figure(c, frame);
      return [c.id, frame, f ? f.share.count : 0, c.posts, f ? f.share.share : 0];
    })),
  };
}

/**
 * The frame-mix distance of every pair of cohorts per bucket, null where a cohort had too few framed posts; buckets
 * labelled by their day in zone (the tz the page asked in).
 */
export function convergence(report, zone) {
  const buckets = [...new Set(report.convergence.flatMap((c) => c.points.map((p) => p.bucket)))].sort();
  const point = (c, b) => c.points.find((p) => p.bucket === b);
  return {
    labels: buckets.map((b) => localDay(b, zone)),
    series: report.convergence.map((c) => ({ name: valueName('cohort', c.a) + ' ~ ' + valueName('cohort', c.b),
      data: buckets.map((b) => (point(c, b) && point(c, b).distance !== undefined ? point(c, b).distance : null)) })),
    drilldown: (series, index) => {
      const p = point(report.convergence[series], buckets[index]);
      return p ? p.drilldown : null;
    },
    rows: report.convergence.flatMap((c) => c.points.map((p) => [c.a, c.b, p.bucket, p.framed_a, p.framed_b,
      p.distance === undefined ? '' : p.distance])),
  };
}

export const COHORT_COLUMNS = ['cohort', 'figure', 'label', 'count', 'total', 'share', 'low', 'high'];

export function cohortRows(report) {
  const rows = [];
  for (const c of report.cohorts) {
    const add = (what, list) => list.forEach((f) => rows.push([c.id, what, f.label, f.share.count, f.share.total,
      f.share.share, f.share.low, f.share.high]));
    Object.entries(c.stance).forEach(([target, list]) => add('stance:' + target, list));
    add('frame', c.frames);
    add('actor', c.actors);
    add('hashtag', c.hashtags);
    add('domain', c.domains);
  }
  return rows;
}

export { percent };
