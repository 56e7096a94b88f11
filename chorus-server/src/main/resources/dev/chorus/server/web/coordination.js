// Coordinated sharing (/api/coordination): the account network of the largest groups (pseudonyms only, coloured by
// group) and a table of the groups; a node filters to that account's posts, a group lists its example posts.
import { day, el, linkButton, number, table } from './dom.js';
import { valueName } from './filters.js';

const entries = (m) => Object.entries(m || {}).map(([k, v]) => k + ' ' + v).join(', ');

/** A stance key (talks:against) read with its target's codebook name; any other value by its codebook name. */
function named(dimension, value) {
  const [target, stance] = String(value).split(':');
  return dimension === 'stance' && stance !== undefined ? valueName('stance', target) + ': ' + stance
    : valueName(dimension, value);
}

/** A cell of label counts shown by the codebook's names, with the ids (as the CSV keeps them) in its tooltip. */
function namedEntries(dimension, m) {
  const cell = el('span', null, Object.entries(m || {}).map(([k, v]) => named(dimension, k) + ' ' + v).join(', '));
  cell.title = entries(m);
  return cell;
}

export function graphOf(view) {
  const index = new Map(view.groups.map((g, i) => [g.id, i]));
  return {
    categories: view.groups.map((g) => ({ name: 'group ' + g.id + ' (' + g.accounts.length + ')' })),
    nodes: view.nodes.map((n) => ({ id: n.id, name: n.id, category: index.get(n.group), value: n.degree,
      symbolSize: 8 + Math.min(18, 3 * Math.sqrt(n.strength)) })),
    links: view.edges.map((e) => ({ source: e.source, target: e.target, value: e.weight,
      lineStyle: { width: Math.min(6, 0.5 + e.weight / 2) } })),
  };
}

export function coordinationNote(view) {
  return number(view.posts) + ' posts, ' + number(view.shares) + ' shares of ' + view.by + ', ' +
    number(view.pairs) + ' coordinated pairs; network of ' + number(view.nodes_total) + ' accounts and ' +
    number(view.edges_total) + ' edges with at least ' + view.min_weight + ' objects co-shared within ' +
    view.time_window + ' s; ' + number(view.group_count) + ' groups (' + view.community + ', modularity ' +
    view.modularity + ')' + (view.nodes.length < view.nodes_total ? '; the largest groups are drawn.' : '.') +
    ' Accounts are pseudonyms: u_… is a keyed hash of the account, the same in every post; whoever holds the key '
    + 'can run chorus reveal u_….';
}

export function renderGroups(container, view, showGroup) {
  if (!view.groups.length) {
    container.replaceChildren(el('p', 'muted', 'No group: no accounts shared the same objects often enough within '
      + 'the window.'));
    return;
  }
  const rows = view.groups.map((g) => [g.id, g.accounts.length, g.objects, g.posts, day(g.first), day(g.last),
    entries(g.languages), namedEntries('stance', g.stances), namedEntries('frame', g.frames),
    linkButton(g.example_post_ids.length + ' example posts', () => showGroup(g))]);
  container.replaceChildren(table(['Group#', 'Accounts#', 'Objects#', 'Posts#', 'First', 'Last', 'Languages',
    'Stances', 'Frames', 'Examples'], rows, (i) => showGroup(view.groups[i])));
}

export const GROUP_COLUMNS = ['group', 'accounts', 'objects', 'posts', 'first', 'last', 'languages', 'stances',
  'frames', 'example_post_ids'];

export function groupRows(view) {
  return view.groups.map((g) => [g.id, g.accounts.join(' '), g.objects, g.posts, g.first, g.last,
    entries(g.languages), entries(g.stances), entries(g.frames), g.example_post_ids.join(' ')]);
}
