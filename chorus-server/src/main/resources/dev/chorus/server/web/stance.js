// The stance panel: per target, the share of the matching posts in each stance, either as counted labels (each post's
// most probable stance, "uncertain" below the model's threshold; from /api/stats by_stance) or as calibrated shares
// (the mean calibrated probability of each stance over the posts a model labelled; stance_expected). Counting the
// most probable label pushes shares toward the majority stance; the mean probability does not (Bella et al. 2010).
import { valueName } from './filters.js';
import { number } from './dom.js';

export const COUNTED = 'labels';
export const CALIBRATED = 'calibrated';
/** The stances in the order shown; any other a model gives comes after them. */
const ORDER = ['favor', 'against', 'none', 'uncertain'];

/** target → { stance → posts } of the counted labels (by_stance keys are target:stance). */
function countedByTarget(byStance) {
  const out = {};
  for (const [key, posts] of Object.entries(byStance || {})) {
    const colon = key.lastIndexOf(':');
    if (colon < 0) continue;
    const target = key.slice(0, colon);
    (out[target] = out[target] || {})[key.slice(colon + 1)] = posts;
  }
  return out;
}

/**
 * What the chart shows: targets (categories), one series per stance with each target's share, the rows of its CSV
 * and the drill-down of a bar (target, stance). `how` is COUNTED or CALIBRATED.
 */
export function stanceView(stats, how) {
  const calibrated = how === CALIBRATED;
  const byTarget = {};
  const posts = {};
  if (calibrated) {
    for (const [target, t] of Object.entries(stats.stance_expected || {})) {
      byTarget[target] = t.shares;
      posts[target] = t.posts;
    }
  } else {
    for (const [target, counts] of Object.entries(countedByTarget(stats.by_stance))) {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      posts[target] = total;
      byTarget[target] = Object.fromEntries(Object.entries(counts).map(([s, n]) => [s, n / total]));
    }
  }
  const targets = Object.keys(byTarget).sort();
  const seen = new Set(targets.flatMap((t) => Object.keys(byTarget[t])));
  // favor, against and none always (a zero is a finding), uncertain and any other where a post has it
  const stances = targets.length ? [...ORDER.filter((s) => s !== 'uncertain' || seen.has(s)),
    ...[...seen].filter((s) => !ORDER.includes(s)).sort()] : [];
  return {
    how,
    targets,
    posts,
    categories: targets.map((t) => valueName('stance', t)),
    series: stances.map((s) => ({ name: s, data: targets.map((t) => byTarget[t][s] || 0) })),
    rows: targets.flatMap((t) => stances.map((s) => [t, s, posts[t], byTarget[t][s] || 0])),
    drilldown: (c, s) => ({ stance: targets[c] + ':' + stances[s] }),
  };
}

export const STANCE_COLUMNS = ['target', 'stance', 'posts', 'share'];

/**
 * The note under the chart, as pieces (strings, and METHOD for the link): what its shares are. Calibrated shares say
 * so in words, over how many posts, with the models' expected calibration error when their cards give one (`ece`:
 * label key → ECE).
 */
export function stanceNote(view, ece) {
  if (!view.targets.length) {
    return [view.how === CALIBRATED ? 'No matching post has calibrated stance probabilities (posts labelled by a '
      + 'model of this version have them).' : 'No matching post has a stance label.'];
  }
  const counts = view.targets.map((t) => view.posts[t]);
  const over = counts.every((n) => n === counts[0]) ? number(counts[0]) + (counts[0] === 1 ? ' post' : ' posts')
    : view.targets.map((t) => number(view.posts[t]) + ' (' + valueName('stance', t) + ')').join(', ') + ' posts';
  if (view.how !== CALIBRATED) {
    return ['Shares of the labels each target\'s posts were given (' + over + '): the most probable stance, '
      + '"uncertain" below the model\'s threshold.'];
  }
  const errors = view.targets.filter((t) => ece['stance:' + t] !== undefined)
    .map((t) => valueName('stance', t) + ' ' + ece['stance:' + t].toFixed(3));
  return ['Shares are the mean calibrated probability of each stance over ' + over + ', not counts of labels; '
    + 'see ', METHOD, '.' + (errors.length ? ' Expected calibration error of the models (ECE): ' + errors.join(', ')
    + '.' : '')];
}

/** Where a note links to "Method": the report's Method section on the trained models (HtmlReport.MODELS_ANCHOR). */
export const METHOD = { text: 'Method', href: '/api/method.html#method-models' };

/** Label key → the ECE of its model card's development record, where the card has one. */
export function calibrationErrors(models) {
  const out = {};
  for (const m of models || []) {
    const r = m.card && m.card.development && m.card.development.reliability;
    if (r && typeof r.ece === 'number') out[m.label_key] = r.ece;
  }
  return out;
}
