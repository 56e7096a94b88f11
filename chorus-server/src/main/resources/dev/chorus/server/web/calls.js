// Calls to action (/api/calls): by type (share of all matching posts) and by addressee (share of posts with a call).
export function callEntries(figures) {
  return figures.map((f) => [f.label, f.share.share]);
}

export const CALL_COLUMNS = ['label', 'posts', 'of', 'share', 'low', 'high'];

export function callRows(figures) {
  return figures.map((f) => [f.label, f.share.count, f.share.total, f.share.share, f.share.low, f.share.high]);
}
