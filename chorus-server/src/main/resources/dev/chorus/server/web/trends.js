// Posts over time from /api/trends: buckets as axis labels, the codebook's events and flagged surges placed on them.
// Buckets start at the midnights, Mondays, first days of months and hours of the answer's time zone and are labelled
// on its clocks.
import { localDay, localMinute, addDays, addMonths } from './zones.js';

const DAYS = { day: 1, week: 7 };

/** The day after the last day of the bucket that starts on day (a calendar month for month buckets). */
function bucketEnd(day, interval) {
  return interval === 'month' ? addMonths(day, 1) : addDays(day, DAYS[interval]);
}

/** The API's series labels are the values of these filters (from the dimension registry). */
export { DIMENSION_FILTER } from './filters.js';
import { valueName } from './filters.js';

/** Not a label: the sum of the labels beyond the top ones. */
export const OTHER = '(other)';

function label(iso, interval, zone) {
  if (interval === 'month') return localDay(iso, zone).slice(0, 7); // 2025-04
  return interval === 'hour' ? localMinute(iso, zone) : localDay(iso, zone);
}

/** The bucket holding a day of the calendar (an event's date): its day, week or month, its first hour; -1 if none. */
function bucketOfDay(days, interval, day) {
  if (interval === 'hour') return days.indexOf(day);
  const i = days.findIndex((d, k) => d <= day && (k + 1 === days.length || days[k + 1] > day));
  return i >= 0 && day < bucketEnd(days[i], interval) ? i : -1;
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
  const zone = s.time_zone || 'UTC';
  const days = s.buckets.map((b) => localDay(b, zone));
  const labels = s.buckets.map((b) => label(b, s.interval, zone));
  const events = t.events.map((e) => ({ ...e, index: bucketOfDay(days, s.interval, e.date) }))
    .filter((e) => e.index >= 0).map((e) => ({ ...e, label: labels[e.index] }));
  return {
    interval: s.interval,
    zone,
    days,
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

/**
 * since and until (exclusive) of bucket i: days of the zone for days, weeks and months (read in the same zone, the
 * page sends its tz with every call: a day of 23 or 25 hours stays whole), instants for hours.
 */
export function bucketRange(view, i) {
  if (view.interval !== 'hour') return { since: view.days[i], until: bucketEnd(view.days[i], view.interval) };
  const end = new Date(Date.parse(view.buckets[i]) + 3600 * 1000).toISOString();
  return { since: view.buckets[i].replace('.000Z', 'Z'), until: end.replace('.000Z', 'Z') };
}

/** Where the chart says which clocks its buckets follow: "days in Asia/Tehran". */
export function zoneNote(view) {
  return view.interval + 's in ' + view.zone;
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
