// SVG and PNG downloads of every chart: each panel that holds a chart gets two buttons beside its CSV button.
// The page draws on canvas (text never becomes markup), so the SVG is drawn again by ECharts' own SVG renderer from
// the chart's option, without touching the page: a standalone vector file with its styles as attributes, no
// stylesheet. The PNG is the canvas at twice its size on white. Files are named like the chart's CSV: the view and
// the filters (chorus-hashtags_lang-fa.svg).
import { download } from './csv.js';

const SCALE = 2;

function chartOf(id) {
  const element = document.getElementById(id);
  return element && window.echarts.getInstanceByDom(element);
}

/** The chart's file name without extension, as charts.js set it for the chart (the view and the filters). */
function baseName(chart, id) {
  const toolbox = (chart.getOption().toolbox || [])[0];
  const name = toolbox && toolbox.feature && toolbox.feature.saveAsImage && toolbox.feature.saveAsImage.name;
  return name || 'chorus-' + id.replace(/^chart-/, '');
}

/** A force layout would be laid out anew (and differently): the copy gets the page's node positions. */
function withFixedLayout(chart, option) {
  (option.series || []).forEach((series, index) => {
    if (series.type !== 'graph' || series.layout !== 'force') return;
    const data = chart.getModel().getSeriesByIndex(index).getData();
    series.layout = 'none';
    series.data = series.data.map((node, i) => {
      const [x, y] = data.getItemLayout(i) || [0, 0];
      return { ...node, x, y };
    });
  });
  return option;
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Every string of an option with XML's special characters as entities. ECharts 5.3's SVG string renderer writes text
 * as it is: a hashtag "<script>" would make the file invalid, or make it run in a browser that opens it. Only data
 * (labels, names) holds these characters, never colours, types or templates.
 */
function escapeStrings(value) {
  if (typeof value === 'string') return value.replace(/[&<>"]/g, (c) => ENTITIES[c]);
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)]));
  }
  return value;
}

/**
 * The chart as a standalone SVG document, drawn by a second, detached chart with ECharts' SVG string renderer (its
 * server-side mode: nothing is put in the page, so the page's style policy is not involved) from the same option.
 */
export function chartSvg(chart) {
  const element = chart.getDom();
  const copy = window.echarts.init(document.createElement('div'), null, { renderer: 'svg', ssr: true,
    width: element.clientWidth, height: element.clientHeight });
  try {
    const option = withFixedLayout(chart, chart.getOption());
    delete option.tooltip; // nothing to hover in a file
    copy.setOption(escapeStrings({ ...option, animation: false, backgroundColor: '#ffffff' }), true);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + copy.renderToSVGString();
  } finally {
    copy.dispose();
  }
}

/** The chart as PNG bytes, at twice its size, on white. */
export function chartPng(chart) {
  const url = chart.getDataURL({ type: 'png', pixelRatio: SCALE, backgroundColor: '#ffffff' });
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function save(id, format) {
  const chart = chartOf(id);
  if (!chart) return;
  const name = baseName(chart, id) + '.' + format;
  if (format === 'svg') download(name, chartSvg(chart), 'image/svg+xml;charset=utf-8');
  else download(name, chartPng(chart), 'image/png');
}

function button(id, format) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'chart-export';
  b.dataset.chart = id;
  b.dataset.format = format;
  b.textContent = format.toUpperCase();
  b.title = format === 'svg' ? 'Download the chart as SVG (vector)' : 'Download the chart as PNG (2x)';
  b.addEventListener('click', () => save(id, format));
  return b;
}

/** Adds the two buttons to the head of every panel that holds a chart. */
export function addChartExports(root = document) {
  root.querySelectorAll('.panel').forEach((panel) => {
    const chart = panel.querySelector('.chart');
    const head = panel.querySelector('.panel-head');
    if (!chart || !head || head.querySelector('.chart-export')) return;
    head.append(button(chart.id, 'svg'), button(chart.id, 'png'));
  });
}

addChartExports();
