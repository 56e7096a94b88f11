// Saved views (/api/views, the workspace's views.yaml): a select among the filter fields whose value is the filter
// `view`, kept in the address like any filter (?view=fa-talks), so a chosen view can be bookmarked and shared. The
// server expands it into the view's filters; a field filled next to it replaces the saved filter of the same name.
// The page only reads views: they are saved with `chorus views save` (the server is read-only).
import { FILTERS } from './filters.js';

export const VIEW = 'view';

/**
 * Adds the select before the form's buttons and `view` to the filters, at once; the views arrive later, so that the
 * page never waits for their counts (a busy server queues /api/views like any query). `current` gives the view the
 * address names, selected when the options are in. Choosing a view applies the form.
 */
export function addSavedViews(getJson, form, current) {
  const select = document.createElement('select');
  select.name = VIEW;
  select.id = 'saved-view';
  select.title = 'A saved view (chorus views save NAME ...): its filters apply; a field filled here replaces the '
    + 'saved filter of the same name.';
  select.append(new Option('(none)', ''));
  const label = document.createElement('label');
  label.append('Saved view ', select);
  form.insertBefore(label, form.querySelector('.buttons'));
  FILTERS.push(VIEW);
  select.addEventListener('change', () => form.requestSubmit());
  getJson('/api/views').then((answer) => {
    for (const v of answer.views) select.append(option(v));
    select.value = current() || '';
  }).catch((e) => {
    select.title = 'The saved views cannot be read: ' + e.message;
  });
}

/** One view: its name and count, its description and filters in the tooltip. */
function option(v) {
  const o = new Option(v.name + ' (' + v.posts + ')', v.name);
  o.title = (v.description ? v.description + ': ' : '') + Object.entries(v.filters)
    .map(([name, values]) => name + '=' + values.join(',')).join(' ');
  return o;
}
