// Calls to action (/api/calls): by type (share of all matching posts) and by addressee (share of posts with a call).
// Shown by their names (end-talks → "End the talks", actor ids → the codebook's names), the id in the tooltip; the
// CSV keeps the ids.
import { valueName } from './filters.js';

/** [name, share, id] per figure of `dimension` (call or addressee), for renderBars. */
export function callEntries(figures, dimension) {
  return figures.map((f) => [valueName(dimension, f.label), f.share.share, f.label]);
}

export const CALL_COLUMNS = ['label', 'posts', 'of', 'share', 'low', 'high'];

export function callRows(figures) {
  return figures.map((f) => [f.label, f.share.count, f.share.total, f.share.share, f.share.low, f.share.high]);
}
