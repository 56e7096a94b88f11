// Times shown in the time zone the answers were counted in (the API's time_zone, the page's tz): a bucket that starts
// at 20:30 UTC is the next day in Asia/Tehran, so its label is that day, not the UTC one.
const FORMATS = new Map();

function format(zone) {
  if (!FORMATS.has(zone)) {
    let f = null;
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch (e) {
      f = null; // a zone this browser does not know: shown in UTC, said so by the zone's name beside the chart
    }
    FORMATS.set(zone, f);
  }
  return FORMATS.get(zone);
}

/** 'YYYY-MM-DD HH:MM' of an ISO instant on the clocks of zone. */
export function localMinute(iso, zone) {
  const f = zone ? format(zone) : null;
  if (!f) return iso.slice(0, 16).replace('T', ' ');
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
}

/** 'YYYY-MM-DD': the day of an ISO instant in zone. */
export function localDay(iso, zone) {
  return iso ? localMinute(iso, zone).slice(0, 10) : '';
}

/** The day n days after a 'YYYY-MM-DD' day (calendar arithmetic: no zone involved). */
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The first day of the month n months after the month of a 'YYYY-MM-DD' day (calendar arithmetic). */
export function addMonths(day, n) {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

/** The zones a select offers: the workspace's first, then UTC, then every zone the browser knows. */
export function zoneChoices(workspaceZone) {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([workspaceZone, 'UTC', ...known])];
}
