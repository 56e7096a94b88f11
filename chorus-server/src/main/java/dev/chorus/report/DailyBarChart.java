package dev.chorus.report;

import dev.chorus.codebook.Codebook;
import dev.chorus.store.TimeSeries;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.analysis.trends.Trends;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stacked bars per day as inline SVG, one colour per series; the codebook's events as dashed vertical lines with
 * their title, flagged surges as a triangle above their bar. One instance draws one chart, over a readable span of the
 * days ({@link ReadableSpan}: stray posts far from the rest are counted in a note, not drawn as a year of empty axis),
 * with event titles set in up to three rows so that they never overlap (a title with no room keeps its line and its
 * tooltip).
 */
final class DailyBarChart {
  private static final int LEFT = 56;
  private static final int TOP = 40;
  private static final int BOTTOM = 28;
  private static final int EVENT_ROWS = 3;
  /** Rough width of a character of the chart's 11px labels, to keep event titles apart. */
  private static final double CHAR_WIDTH = 6.2;

  private final Trends trends;
  private final TimeSeries series;
  private final List<String> days;
  private final ReadableSpan span;
  private final int height;
  private final int plotHeight;
  private final int plotWidth;
  private final double step;
  private final long max;
  private final StringBuilder svg;

  DailyBarChart(String title, Trends trends, int width, int height) {
    this.trends = trends;
    this.series = trends.series();
    this.span = ReadableSpan.of(series.total());
    this.days = series.buckets().subList(span.from(), span.to()).stream().map(this::day).toList();
    this.height = height;
    this.plotHeight = height - TOP - BOTTOM - (span.whole(series.buckets().size()) ? 0 : 14);
    this.plotWidth = width - LEFT - 10;
    this.step = days.isEmpty() ? 0 : (double) plotWidth / days.size();
    this.max = highestBar();
    this.svg = SvgCharts.open(title, width, height);
  }

  String render() {
    axis();
    bars();
    events();
    surges();
    dayLabels();
    leftOut();
    return svg.append("</svg>").toString();
  }

  /** The day a bucket starts, in the series' time zone (a Tehran day starts at 20:30 UTC the day before). */
  private String day(java.time.Instant bucket) {
    return java.time.LocalDate.ofInstant(bucket, series.timeZone()).toString();
  }

  /** The count of the posts outside the span shown, under the chart. */
  private void leftOut() {
    if (!span.whole(series.buckets().size())) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"val\">Shown: %s to %s, the shortest "
          + "span with %.0f%% of the posts; %,d posts fall outside it (first day with posts: %s).</text>%n", LEFT,
          height - 4, days.get(0), days.get(days.size() - 1), ReadableSpan.SHARE * 100, span.left(), firstDay()));
    }
  }

  private String firstDay() {
    long[] total = series.total();
    for (int i = 0; i < total.length; i++) {
      if (total[i] > 0) {
        return day(series.buckets().get(i));
      }
    }
    return "-";
  }

  /** The tallest stack (or total, when series leave posts out), at least 1. */
  private long highestBar() {
    long highest = 1;
    for (int i = 0; i < days.size(); i++) {
      long sum = 0;
      for (long[] counts : series.series().values()) {
        sum += counts[span.from() + i];
      }
      highest = Math.max(highest, Math.max(sum, series.total()[span.from() + i]));
    }
    return highest;
  }

  private void axis() {
    for (int k = 0; k <= 4; k++) {
      double y = TOP + plotHeight - plotHeight * k / 4.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"val\">%,d</text>%n",
          LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 4, Math.round(max * k / 4.0)));
    }
  }

  private void bars() {
    double[] base = new double[days.size()];
    int colour = 0;
    int legendX = LEFT;
    for (Map.Entry<String, long[]> s : series.series().entrySet()) {
      String fill = SvgCharts.PALETTE[colour++ % SvgCharts.PALETTE.length];
      for (int i = 0; i < days.size(); i++) {
        long n = s.getValue()[span.from() + i];
        if (n > 0) {
          double h = plotHeight * (double) n / max;
          base[i] += h;
          svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
              + "fill=\"%s\"><title>%s %s: %,d</title></rect>", LEFT + i * step + step * 0.1,
              TOP + plotHeight - base[i], Math.max(0.5, step * 0.8), h, fill, days.get(i), Html.escape(s.getKey()), n));
        }
      }
      svg.append(String.format(Locale.ROOT, "%n<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"17\" class=\"lbl\">%s</text>%n", legendX, fill, legendX + 14, Html.escape(s.getKey())));
      legendX += 24 + 8 * Math.min(20, s.getKey().length());
    }
  }

  private void events() {
    double[] rowEnd = new double[EVENT_ROWS];
    java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    for (Codebook.Event e : trends.events()) {
      int i = days.indexOf(e.date().toString());
      if (i < 0) {
        continue;
      }
      double x = LEFT + i * step + step / 2;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"event\">"
          + "<title>%s %s</title></line>%n", x, x, TOP - 6, TOP + plotHeight, e.date(), Html.escape(e.title())));
      String text = SvgCharts.shorten(e.title());
      for (int row = 0; row < EVENT_ROWS; row++) {
        if (x + 3 > rowEnd[row] + 4) { // the first row where the title starts after the previous one ends
          rowEnd[row] = x + 3 + text.length() * CHAR_WIDTH;
          svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"val event-label\">%s</text>%n",
              x + 3, TOP + 2 + 12 * row, Html.escape(text)));
          break;
        }
      }
    }
  }

  private void surges() {
    for (BurstDetector.Surge surge : trends.surges()) {
      if (surge.bucket() < span.from() || surge.bucket() >= span.to()) {
        continue;
      }
      double x = LEFT + (surge.bucket() - span.from()) * step + step / 2;
      double y = TOP + plotHeight - plotHeight * (double) surge.count() / max - 4;
      svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l-5 -8 h10 z\" class=\"surge\"><title>surge %s: "
          + "%,d posts, baseline %.1f, score %.2f</title></path>%n", x, y, days.get(surge.bucket() - span.from()),
          surge.count(),
          surge.baseline(), surge.score()));
    }
  }

  /** About eight day labels under the bars, whatever the span. */
  private void dayLabels() {
    int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
    for (int i = 0; i < days.size(); i += every) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>",
          LEFT + i * step, TOP + plotHeight + 18, days.get(i)));
    }
  }
}
