// ECharts views. Text is drawn on canvas (tooltips too: renderMode richText), so data never becomes markup.
// Every chart carries its file name (the view and the filters) in its hidden toolbox; chart-export.js saves it as SVG
// or PNG from buttons in its panel.
export const PALETTE = ['#3b5b92', '#d9822b', '#3f9b7a', '#b6465f', '#7c6bb0', '#c2a83e', '#5a8fb8', '#8c8c8c',
  '#2f7f8f', '#a0522d'];

const charts = new Map();
const rowClicks = new WeakMap();

export function chartFor(element) {
  let chart = charts.get(element.id);
  if (!chart) {
    chart = window.echarts.init(element, null, { renderer: 'canvas' });
    charts.set(element.id, chart);
  }
  return chart;
}

export function resizeAll() {
  charts.forEach((c) => c.resize());
}

function toolbox(imageName) {
  return { show: false, feature: { saveAsImage: { name: imageName, title: 'PNG', pixelRatio: 2 } } };
}

const tooltip = (trigger) => ({ trigger, renderMode: 'richText', confine: true });

/** A centred "nothing to show" over an empty chart, so an empty view does not look broken. */
function empty(isEmpty, text = 'nothing to show') {
  return isEmpty ? [{ type: 'text', left: 'center', top: 'middle', silent: true,
    style: { text, fill: '#5c6475', fontSize: 13 } }] : [];
}

function onClick(chart, handler) {
  chart.off('click');
  chart.on('click', handler);
}

/** Horizontal bars, largest on top; onClick(index) when a bar or its row is clicked; format for shares. */
export function renderBars(element, entries, imageName, click, format) {
  const chart = chartFor(element);
  const names = entries.map((e) => e[0]);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: { ...tooltip('item'), formatter: barTooltip(entries, format) },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    // a share's ticks at least 0.1% apart, so the one-decimal labels never repeat (0.0%, 0.0%, 0.1%)
    xAxis: { type: 'value', minInterval: format ? 0.001 : 1, axisLabel: format ? { formatter: format } : {} },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: format ? 'share' : 'posts', data: entries.map((e) => e[1]), barMaxWidth: 18,
      tooltip: format ? { valueFormatter: format } : undefined }],
    graphic: empty(!entries.length),
  }, true);
  onClick(chart, (p) => click(p.dataIndex, p.name));
  // a click on the label or the empty part of a row narrows too, not only a click on the bar; only our own
  // listener is replaced (zr.off('click') without it would also remove ECharts' own click dispatch)
  const previous = rowClicks.get(chart);
  if (previous) chart.getZr().off('click', previous);
  const rowClick = (e) => {
    if (e.target) return;
    const point = [e.offsetX, e.offsetY];
    if (!chart.containPixel('grid', point)) return;
    const index = Math.round(chart.convertFromPixel({ seriesIndex: 0 }, point)[1]);
    if (index >= 0 && index < names.length) click(index, names[index]);
  };
  rowClicks.set(chart, rowClick);
  chart.getZr().on('click', rowClick);
}

/**
 * A bar's tooltip: its name, with the id after it where an entry carries one ([name, value, id]) that differs from
 * the name (a codebook or call type name shown in place of its id), and its value.
 */
export function barTooltip(entries, format) {
  return (p) => {
    const id = (entries[p.dataIndex] || [])[2];
    const name = id !== undefined && id !== p.name ? p.name + ' (' + id + ')' : p.name;
    return name + '\n' + p.seriesName + ': ' + (format ? format(p.value) : p.value);
  };
}

/** Each label's share of all posts per bucket (null where the bucket has none): a line each, never stacked. */
function shareLines(view) {
  return view.series.map((s) => ({ type: 'line', name: s.name, symbolSize: 5, connectNulls: false,
    data: s.data.map((n, i) => (view.total[i] ? n / view.total[i] : null)), emphasis: { focus: 'series' } }));
}

/**
 * Stacked bars per time bucket, one series per label, the total as a line carrying the codebook's events (vertical
 * lines) and the flagged surges (pins); click(bucketIndex, seriesName). With share, each label's share of the
 * bucket's posts as lines (share of voice): not stacked, because a post may carry several labels (frames), so shares
 * need not sum to 100%; the total line is then hidden but keeps the events, and surges (a volume measure) are not
 * pinned.
 */
export function renderTrends(element, view, imageName, click, share = false) {
  const chart = chartFor(element);
  const bars = share ? shareLines(view) : view.series.map((s) => ({ type: 'bar', name: s.name, stack: 'posts',
    data: s.data, barCategoryGap: '15%', emphasis: { focus: 'series' } }));
  const total = {
    type: 'line', name: 'total', data: share ? view.total.map(() => null) : view.total, symbol: 'none',
    lineStyle: { color: '#1d2433', width: 1, type: 'dashed' }, itemStyle: { color: '#1d2433' },
    markLine: {
      symbol: 'none', silent: false, animation: false,
      lineStyle: { color: '#b6465f', type: 'dashed' },
      label: { formatter: '{b}', position: 'insideEndTop', color: '#b6465f', fontSize: 11 },
      data: view.events.map((e) => ({ name: e.title, xAxis: e.label })),
    },
    markPoint: {
      symbol: 'pin', symbolSize: 38, animation: false, itemStyle: { color: '#b6465f' },
      label: { fontSize: 10 },
      data: share ? [] : view.surges.map((s) => ({ name: 'surge (z ' + s.score + ')', coord: [s.label, s.count],
        value: s.count })),
    },
  };
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: share ? { ...tooltip('axis'), valueFormatter: (v) => (v === null || v === undefined ? '–'
      : (100 * v).toFixed(1) + '%') } : tooltip('axis'),
    legend: { type: 'scroll', top: 0, left: 8, right: 60,
      data: share ? view.series.map((x) => x.name) : undefined },
    grid: { left: 8, right: 16, top: 36, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: view.labels },
    yAxis: share ? { type: 'value', min: 0, minInterval: 0.01, // whole percents, so no label repeats
      axisLabel: { formatter: (v) => Math.round(100 * v) + '%' } }
      : { type: 'value', minInterval: 1 },
    dataZoom: [{ type: 'inside', startValue: view.zoomStart }, { type: 'slider', height: 18, bottom: 6,
      startValue: view.zoomStart }],
    series: [...bars, total],
    graphic: empty(!view.labels.length),
  }, true);
  onClick(chart, (p) => {
    if (p.componentType !== 'series') return;
    click(p.dataIndex, p.seriesName === 'total' ? null : p.seriesName);
  });
}

/** Grouped horizontal bars: one group per category (cohort), one bar per series (frame); click(category, series). */
export function renderGroupedBars(element, categories, series, imageName, click, format) {
  const chart = chartFor(element);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: { ...tooltip('item'), valueFormatter: format },
    legend: { type: 'scroll', top: 0, left: 8, right: 60 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: format ? 0.001 : undefined, axisLabel: { formatter: format } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 120, overflow: 'truncate' } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 14 })),
    graphic: empty(!series.length),
  }, true);
  onClick(chart, (p) => click(p.dataIndex, p.seriesIndex));
}

/** Lines over time with gaps for nulls; click(seriesIndex, pointIndex). */
export function renderLines(element, labels, series, imageName, click) {
  const chart = chartFor(element);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: tooltip('axis'),
    legend: { type: 'scroll', top: 0, left: 8, right: 60 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.data, connectNulls: false, symbolSize: 7 })),
    graphic: empty(!labels.length),
  }, true);
  onClick(chart, (p) => click(p.seriesIndex, p.dataIndex));
}

/** A network: nodes coloured by group (category); clickNode(node) for a node. */
export function renderGraph(element, graph, imageName, clickNode) {
  const chart = chartFor(element);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: tooltip('item'),
    legend: { type: 'scroll', top: 0, left: 8, right: 60, data: graph.categories.map((c) => c.name) },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: false, top: 40,
      force: { repulsion: 260, edgeLength: [50, 140], gravity: 0.1, layoutAnimation: false },
      categories: graph.categories, data: graph.nodes, links: graph.links,
      label: { show: graph.nodes.length <= 12, position: 'right', fontSize: 10 },
      lineStyle: { color: 'source', opacity: 0.6 },
      emphasis: { focus: 'adjacency' },
    }],
    graphic: empty(!graph.nodes.length, 'no coordinated group'),
  }, true);
  onClick(chart, (p) => {
    if (p.dataType === 'node') clickNode(graph.nodes[p.dataIndex]);
  });
}
