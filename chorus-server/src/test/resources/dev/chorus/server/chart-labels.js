// Checks every chart's labels in the DOM of its SVG drawing (chart-export.js: the same layout as the canvas): each
// text lies inside the chart (not cut), no two texts overlap, and no value axis repeats a tick label (0%, 0%, 1%).
// Widths are measured with the text's own font; rotated texts are not boxed. Calls back with the problems found.
const done = arguments[arguments.length - 1];
const SLACK = 1;
const measure = document.createElement('canvas').getContext('2d');

function box(text) {
  const content = text.textContent;
  const style = text.getAttribute('style') || '';
  const size = parseFloat((style.match(/font-size:\s*([\d.]+)px/) || [0, '12'])[1]);
  measure.font = (style.match(/font-weight:\s*(\w+)/) || [0, ''])[1] + ' ' + size + 'px '
    + (style.match(/font-family:\s*([^;]+)/) || [0, 'sans-serif'])[1];
  const width = measure.measureText(content).width;
  const transform = text.getAttribute('transform') || '';
  let x = 0;
  let y = 0;
  const translate = transform.match(/translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/);
  const matrix = transform.match(/matrix\(([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)\)/);
  if (matrix && Math.abs(+matrix[2]) > 1e-6) return null; // rotated
  if (translate) { x = +translate[1]; y = +translate[2]; }
  if (matrix) { x = +matrix[5]; y = +matrix[6]; }
  x += parseFloat(text.getAttribute('x') || '0');
  y += parseFloat(text.getAttribute('y') || '0');
  const anchor = text.getAttribute('text-anchor') || 'start';
  const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
  const baseline = text.getAttribute('dominant-baseline') || 'alphabetic';
  const top = baseline === 'central' ? y - size / 2 : baseline === 'hanging' ? y : y - 0.8 * size;
  return { content, left, top, right: left + width, bottom: top + size };
}

function overlap(a, b) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
}

import('/chart-export.js').then((exports) => {
  const problems = [];
  document.querySelectorAll('.panel .chart').forEach((element) => {
    const chart = window.echarts.getInstanceByDom(element);
    if (!chart) return;
    const id = element.id;
    const svg = new DOMParser().parseFromString(exports.chartSvg(chart), 'image/svg+xml').documentElement;
    const width = parseFloat(svg.getAttribute('width'));
    const height = parseFloat(svg.getAttribute('height'));
    const boxes = Array.from(svg.getElementsByTagName('text')).filter((t) => t.textContent.trim()).map(box)
      .filter((b) => b);
    boxes.forEach((b, i) => {
      if (b.left < -SLACK || b.top < -SLACK || b.right > width + SLACK || b.bottom > height + SLACK) {
        problems.push(id + ': "' + b.content + '" is cut by the edge');
      }
      boxes.slice(i + 1).filter((o) => overlap(b, o))
        .forEach((o) => problems.push(id + ': "' + b.content + '" overlaps "' + o.content + '"'));
    });
    ['xAxis', 'yAxis'].forEach((kind) => chart.getModel().findComponents({ mainType: kind }).forEach((axis) => {
      if (!axis.axis || axis.axis.type !== 'value') return;
      const labels = axis.axis.getViewLabels().map((l) => l.formattedLabel);
      labels.forEach((l, i) => {
        if (i && l === labels[i - 1]) problems.push(id + ': tick label "' + l + '" repeated on its ' + kind);
      });
    }));
  });
  done(problems);
}, (error) => done(['chart-export.js: ' + error]));
