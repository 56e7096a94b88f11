// Saved views (/api/views, the workspace's views.yaml): a select among the filter fields whose value is the filter
// `view`, kept in the address like any filter (?view=fa-talks), so a chosen view can be bookmarked and shared. The
// server expands it into the view's filters; a field filled next to it replaces the saved filter of the same name.
// The page only reads views: they are saved with `chorus views save` (the server is read-only).
import { FILTERS } from './filters.js';

export const VIEW = 'view';

/** Adds the select before the form's buttons and `view` to the filters; choosing a view applies the form. */
export async function addSavedViews(getJson, form) {
  const select = document.createElement('select');
  select.name = VIEW;
  select.id = 'saved-view';
  select.title = 'A saved view (chorus views save NAME ...): its filters apply; a field filled here replaces the '
    + 'saved filter of the same name.';
  select.append(new Option('(none)', ''));
  let views = [];
  try {
    views = (await getJson('/api/views')).views;
  } catch (e) {
    select.title = 'The saved views cannot be read: ' + e.message;
  }
  for (const v of views) {
    const option = new Option(v.name + ' (' + v.posts + ')', v.name);
    option.title = (v.description ? v.description + ': ' : '') + Object.entries(v.filters)
      .map(([name, values]) => name + '=' + values.join(',')).join(' ');
    select.append(option);
  }
  const label = document.createElement('label');
  label.append('Saved view ', select);
  form.insertBefore(label, form.querySelector('.buttons'));
  FILTERS.push(VIEW);
  select.addEventListener('change', () => form.requestSubmit());
  return views;
}
