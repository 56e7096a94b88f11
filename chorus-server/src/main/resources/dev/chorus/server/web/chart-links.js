// The selected chart in the address: '#chart-hashtag' after the filters and settings, so that a bookmark or a shared
// link opens the same view at the same chart. Each panel with a chart gets a '#' link that selects it; the filters'
// address writer keeps the fragment (writeUrl), and the page scrolls to it once the views are drawn.
import { el } from './dom.js';

/** A '#' link in the head of every panel that holds a chart: it puts the chart in the address and scrolls to it. */
export function addChartLinks() {
  document.querySelectorAll('section.panel').forEach((panel) => {
    const chart = panel.querySelector('.chart[id]');
    const head = panel.querySelector('.panel-head');
    if (!chart || !head) return;
    const link = el('a', 'chart-link', '#');
    link.href = '#' + chart.id;
    link.title = 'Link to this chart: the address keeps the filters, the settings and this chart';
    link.setAttribute('aria-label', 'link to this chart: ' + head.querySelector('h2').textContent.trim());
    link.addEventListener('click', (event) => {
      event.preventDefault(); // the view stays as it is: no new load for a fragment
      window.history.replaceState(null, '', window.location.pathname + window.location.search + '#' + chart.id);
      panel.scrollIntoView({ block: 'start' });
    });
    head.querySelector('h2').after(link);
  });
}

/** Scrolls to the chart the address selects (once the views are drawn, so that it is where it will stay). */
export function showSelectedChart() {
  const id = decodeURIComponent(window.location.hash.replace(/^#/u, ''));
  const chart = id ? document.getElementById(id) : null;
  if (chart) (chart.closest('section.panel') || chart).scrollIntoView({ block: 'start' });
}
