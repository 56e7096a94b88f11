// Posts over time from /api/trends: buckets as axis labels, the codebook's events and flagged surges placed on them.
const SECONDS = { hour: 3600, day: 86400, week: 7 * 86400 };

/** The API's series labels are the values of these filters (from the dimension registry). */
export { DIMENSION_FILTER } from './filters.js';
import { valueName } from './filters.js';

/** Not a label: the sum of the labels beyond the top ones. */
export const OTHER = '(other)';

function label(iso, interval) {
  return interval === 'hour' ? iso.slice(0, 13).replace('T', ' ') + ':00' : iso.slice(0, 10);
}

/** The bucket holding an instant (ms), or -1. */
function bucketOf(starts, interval, ms) {
  const width = SECONDS[interval] * 1000;
  return starts.findIndex((s) => ms >= s && ms < s + width);
}

/**
 * Where the chart opens: the first bucket before which fewer than 1% of the posts lie, so that a few stray old posts
 * do not squeeze the campaign into a corner (the slider shows the rest).
 */
function zoomStart(total) {
  const sum = total.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (let i = 0; i < total.length; i++) {
    seen += total[i];
    if (seen >= sum / 100) return Math.max(0, i - 1);
  }
  return 0;
}

export function trendsView(t) {
  const s = t.series;
  const starts = s.buckets.map((b) => Date.parse(b));
  const labels = s.buckets.map((b) => label(b, s.interval));
  const events = t.events.map((e) => ({ ...e, index: bucketOf(starts, s.interval, Date.parse(e.date + 'T00:00:00Z')) }))
    .filter((e) => e.index >= 0).map((e) => ({ ...e, label: labels[e.index] }));
  return {
    interval: s.interval,
    dimension: t.dimension,
    buckets: s.buckets,
    labels,
    total: s.total,
    // shown by the codebook's names; id is what a click filters by and what the CSV names
    series: Object.entries(s.series).map(([id, data]) => ({ name: valueName(t.dimension, id), id, data })),
    events,
    surges: t.surges.map((x) => ({ ...x, label: labels[x.bucket] })),
    detector: t.detector,
    zoomStart: zoomStart(s.total),
  };
}

/** since and until (exclusive) of bucket i: days for daily buckets, instants otherwise. */
export function bucketRange(view, i) {
  const start = Date.parse(view.buckets[i]);
  const end = new Date(start + SECONDS[view.interval] * 1000).toISOString();
  if (view.interval === 'day') return { since: view.buckets[i].slice(0, 10), until: end.slice(0, 10) };
  return { since: view.buckets[i].replace('.000Z', 'Z'), until: end.replace('.000Z', 'Z') };
}

export function trendsNote(view) {
  const d = view.detector;
  const events = view.events.length ? view.events.map((e) => e.date + ' ' + e.title).join('; ') : 'none in this span';
  return 'Events (codebook): ' + events + '. Pins: surges, a robust z-score of at least ' + d.threshold +
    ' against the median of the ' + d.window + ' ' + view.interval + 's before, with at least ' + d.min_count +
    ' posts (' + view.surges.length + ' flagged).';
}

export function trendsRows(view) {
  return view.buckets.map((b, i) => [b, view.total[i], ...view.series.map((s) => s.data[i])]);
}

export function trendsColumns(view) {
  return ['bucket', 'total', ...view.series.map((s) => s.id)];
}
