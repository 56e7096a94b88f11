package dev.chorus.report;

import dev.chorus.analysis.trends.Trends;
import java.util.Locale;
import java.util.Map;

/**
 * Simple charts as inline SVG: horizontal bars and stacked daily bars with event lines and surge marks. Every label
 * is escaped; numbers are formatted with a fixed locale so the file is the same wherever it is made.
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

  /** Stacked daily bars with the codebook's events and flagged surges ({@link DailyBarChart}). */
  static String stackedDays(String title, Trends t, int width, int height) {
    return new DailyBarChart(title, t, width, height).render();
  }

  static StringBuilder open(String title, int width, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
            + "<title>%s</title>%n", width, height, width, height, Html.escape(title)));
  }

  static String shorten(String s) {
    return s.length() > 28 ? s.substring(0, 27) + "…" : s;
  }
}
