package dev.chorus.report;

import dev.chorus.codebook.Codebook;
import dev.chorus.store.TimeSeries;
import dev.chorus.trends.BurstDetector;
import dev.chorus.trends.Trends;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Simple charts as inline SVG: horizontal bars and stacked daily bars with event lines and surge marks. Every label is escaped; numbers are
 * formatted with a fixed locale so the file is the same wherever it is made.
 */
final class SvgCharts {
  static final String[] PALETTE = {"#3b5b92", "#d9822b", "#3f9b7a", "#b6465f", "#7c6bb0", "#c2a83e", "#5a8fb8",
      "#8c8c8c"};
  private static final int ROW = 20;
  private static final int LABEL = 170;

  private SvgCharts() {}

  static String bars(String title, Map<String, Long> counts, int width) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int height = Math.max(1, counts.size()) * ROW + 10;
    StringBuilder s = open(title, width, height);
    int y = 4;
    int area = width - LABEL - 70;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      double w = Math.max(1, area * (double) e.getValue() / Math.max(1, max));
      s.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lbl\">%s</text>"
              + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %,d</title></rect>"
              + "<text x=\"%.1f\" y=\"%d\" class=\"val\">%,d</text>%n",
          LABEL - 6, y + 14, Html.escape(shorten(e.getKey())), LABEL, y + 3, w, ROW - 6, PALETTE[0],
          Html.escape(e.getKey()), e.getValue(), LABEL + w + 4, y + 14, e.getValue()));
      y += ROW;
    }
    return s.append("</svg>").toString();
  }

  /**
   * Stacked bars per bucket, one colour per series; the codebook's events as dashed vertical lines with their title,
   * flagged surges as a triangle above their bar.
   */
  static String stackedDays(String title, Trends t, int width, int height) {
    StringBuilder s = open(title, width, height);
    TimeSeries ts = t.series();
    List<String> days = ts.buckets().stream().map(b -> b.toString().substring(0, 10)).toList();
    int left = 56;
    int top = 40;
    int bottom = 28;
    int plotH = height - top - bottom;
    int plotW = width - left - 10;
    long max = 1;
    for (int i = 0; i < days.size(); i++) {
      long sum = 0;
      for (long[] counts : ts.series().values()) {
        sum += counts[i];
      }
      max = Math.max(max, Math.max(sum, ts.total()[i]));
    }
    for (int k = 0; k <= 4; k++) {
      long value = Math.round(max * k / 4.0);
      double y = top + plotH - plotH * k / 4.0;
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"val\">%,d</text>%n",
          left, left + plotW, y, y, left - 6, y + 4, value));
    }
    double step = days.isEmpty() ? 0 : (double) plotW / days.size();
    double[] base = new double[days.size()];
    int colour = 0;
    int legendX = left;
    for (Map.Entry<String, long[]> series : ts.series().entrySet()) {
      String fill = PALETTE[colour++ % PALETTE.length];
      for (int i = 0; i < days.size(); i++) {
        long n = series.getValue()[i];
        if (n == 0) {
          continue;
        }
        double h = plotH * (double) n / max;
        base[i] += h;
        s.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %,d</title></rect>",
            left + i * step + step * 0.1, top + plotH - base[i], Math.max(0.5, step * 0.8), h, fill,
            days.get(i), Html.escape(series.getKey()), n));
      }
      s.append(String.format(Locale.ROOT, "%n<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"17\" class=\"lbl\">%s</text>%n", legendX, fill, legendX + 14,
          Html.escape(series.getKey())));
      legendX += 24 + 8 * Math.min(20, series.getKey().length());
    }
    for (Codebook.Event e : t.events()) {
      int i = days.indexOf(e.date().toString());
      if (i >= 0) {
        double x = left + i * step + step / 2;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"event\">"
            + "<title>%s %s</title></line><text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>%n", x, x, top - 6,
            top + plotH, e.date(), Html.escape(e.title()), x + 3, top + 2, Html.escape(shorten(e.title()))));
      }
    }
    for (BurstDetector.Surge surge : t.surges()) {
      double x = left + surge.bucket() * step + step / 2;
      double y = top + plotH - plotH * (double) surge.count() / max - 4;
      s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l-5 -8 h10 z\" class=\"surge\"><title>surge %s: %,d "
          + "posts, baseline %.1f, score %.2f</title></path>%n", x, y, days.get(surge.bucket()), surge.count(),
          surge.baseline(), surge.score()));
    }
    int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
    for (int i = 0; i < days.size(); i += every) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>",
          left + i * step, height - 8, days.get(i)));
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
            + "<title>%s</title>%n", width, height, width, height, Html.escape(title)));
  }

  private static String shorten(String s) {
    return s.length() > 28 ? s.substring(0, 27) + "…" : s;
  }
}
