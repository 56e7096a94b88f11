// Alerts (/api/alerts): each surge the workspace's rules flagged, newest first, with the baseline it stood out from.
// A row narrows the filters to the posts behind it (the alert's drill-down: its value and its time bucket).
import { el, table } from './dom.js';
import { localMinute } from './zones.js';

const percent = (x) => Math.round(x * 100) + '%';
const share = (p) => percent(p.share) + ' [' + percent(p.low) + '–' + percent(p.high) + '] of ' + p.total;

/** A line for what an alert found beyond its counts: a coordinated group's size, a stance shift's intervals. */
export function detailsText(d) {
  if (!d) return '';
  if (d.latest && d.baseline) return share(d.baseline) + ' → ' + share(d.latest);
  if (d.members !== undefined) {
    return d.members + ' accounts, ' + d.posts + ' posts, ' + d.objects + ' shared ' + (d.kind || 'objects');
  }
  return '';
}

/** The alerts, their windows on the clocks of zone (the page's time zone). */
export function renderAlerts(container, alerts, open, zone) {
  if (!alerts.length) {
    container.replaceChildren(el('p', 'muted', 'No alerts yet. Rules: alerts.yaml in the workspace (defaults: ' +
      'surges of all posts, hashtags, frames and cohorts per day); evaluated after each collection and by ' +
      'chorus alerts check.'));
    return;
  }
  const rows = alerts.map((a) => [localMinute(a.from, zone) + ' ' + zone, a.description, a.value === null ? 'all posts' : a.value,
    a.count, a.baseline, a.score, detailsText(a.details)]);
  const t = table(['Window from', 'Rule', 'Value', 'Posts#', 'Baseline#', 'Score#', 'Details'], rows,
    (i) => open(alerts[i].drilldown));
  container.replaceChildren(t);
}
