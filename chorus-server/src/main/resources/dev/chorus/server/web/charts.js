// ECharts views. Text is drawn on canvas (tooltips too: renderMode richText), so data never becomes markup.
const PALETTE = ['#3b5b92', '#d9822b', '#3f9b7a', '#b6465f', '#7c6bb0', '#c2a83e', '#5a8fb8', '#8c8c8c'];

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
  return {
    right: 8,
    feature: { saveAsImage: { name: imageName, title: 'PNG', pixelRatio: 2 } },
  };
}

const tooltip = (trigger) => ({ trigger, renderMode: 'richText', confine: true });

/** Horizontal bars, largest on top; onClick(name) when a bar is clicked. */
export function renderBars(element, entries, imageName, onClick) {
  const chart = chartFor(element);
  const names = entries.map((e) => e[0]);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: tooltip('item'),
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: 'posts', data: entries.map((e) => e[1]), barMaxWidth: 18 }],
  }, true);
  chart.off('click');
  chart.on('click', (p) => onClick(p.name));
  // a click on the label or the empty part of a row narrows too, not only a click on the bar; only our own
  // listener is replaced (zr.off('click') without it would also remove ECharts' own click dispatch)
  const previous = rowClicks.get(chart);
  if (previous) chart.getZr().off('click', previous);
  const rowClick = (e) => {
    if (e.target) return;
    const point = [e.offsetX, e.offsetY];
    if (!chart.containPixel('grid', point)) return;
    const index = Math.round(chart.convertFromPixel({ seriesIndex: 0 }, point)[1]);
    if (index >= 0 && index < names.length) onClick(names[index]);
  };
  rowClicks.set(chart, rowClick);
  chart.getZr().on('click', rowClick);
}

/** Posts per day as stacked bars, one series per value; onClick(day, seriesName). */
export function renderVolume(element, volume, imageName, onClick) {
  const chart = chartFor(element);
  const names = Object.keys(volume.series);
  chart.setOption({
    color: PALETTE,
    animation: false,
    toolbox: toolbox(imageName),
    tooltip: tooltip('axis'),
    legend: { type: 'scroll', top: 0, left: 8, right: 60 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: volume.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: names.map((name) => ({ type: 'bar', name, stack: 'posts', data: volume.series[name],
      barCategoryGap: '15%', emphasis: { focus: 'series' } })),
  }, true);
  chart.off('click');
  chart.on('click', (p) => onClick(p.name, p.seriesName));
}
