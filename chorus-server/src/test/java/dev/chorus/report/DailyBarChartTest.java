package dev.chorus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.analysis.trends.Trends;
import dev.chorus.codebook.Codebook;
import dev.chorus.store.TimeSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's time chart stays readable: a sensible span, thinned day labels, event titles that never overlap. */
class DailyBarChartTest {
  private static final LocalDate START = LocalDate.parse("2024-04-30");

  /** A year of days: three stray posts early on, then three weeks of a campaign at 100 posts a day. */
  private static long[] yearWithACampaign() {
    long[] total = new long[366];
    total[0] = 1;
    total[12] = 2;
    for (int d = 340; d < 361; d++) {
      total[d] = 100;
    }
    return total;
  }

  private static Trends trends(long[] total, List<Codebook.Event> events) {
    List<Instant> buckets = new ArrayList<>();
    for (int i = 0; i < total.length; i++) {
      buckets.add(START.plusDays(i).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
    TimeSeries series = new TimeSeries(TimeSeries.Interval.DAY, buckets, total, Map.of("en", total));
    return new Trends("lang", series, events, List.of(), BurstDetector.DEFAULT);
  }

  @Test
  void straysFarFromTheRestAreCountedNotDrawnAsAYearOfEmptyAxis() {
    ReadableSpan span = ReadableSpan.of(yearWithACampaign());
    assertThat(span.from()).isEqualTo(340);
    assertThat(span.to()).isEqualTo(361);
    assertThat(span.left()).isEqualTo(3);
    String svg = new DailyBarChart("t", trends(yearWithACampaign(), List.of()), 900, 300).render();
    assertThat(svg).contains("3 posts fall outside it (first day with posts: 2024-04-30)")
        .doesNotContain(">2024-05-");
  }

  @Test
  void anEvenSeriesOrAnEmptyOneIsShownWhole() {
    long[] even = new long[60];
    java.util.Arrays.fill(even, 5);
    assertThat(ReadableSpan.of(even)).isEqualTo(new ReadableSpan(0, 60, 0));
    assertThat(ReadableSpan.of(new long[30])).isEqualTo(new ReadableSpan(0, 30, 0));
    assertThat(ReadableSpan.of(new long[0])).isEqualTo(new ReadableSpan(0, 0, 0));
  }

  @Test
  void eventTitlesOnNeighbouringDaysAreSetInRowsThatDoNotOverlap() {
    List<Codebook.Event> events = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      events.add(new Codebook.Event("e" + d, START.plusDays(342 + d), "Round " + d + " of talks in Muscat", ""));
    }
    String svg = new DailyBarChart("t", trends(yearWithACampaign(), events), 900, 300).render();
    Matcher m = Pattern.compile("<text x=\"([\\d.]+)\" y=\"(\\d+)\" class=\"val event-label\">([^<]*)</text>")
        .matcher(svg);
    List<double[]> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3).length()});
    }
    assertThat(labels).hasSizeBetween(3, 5);
    for (double[] a : labels) {
      for (double[] b : labels) {
        if (a != b && a[1] == b[1]) { // same row: one ends before the other starts
          assertThat(Math.min(a[0], b[0]) + 6.2 * (a[0] < b[0] ? a[2] : b[2])).isLessThan(Math.max(a[0], b[0]));
        }
      }
    }
    assertThat(svg.split("class=\"event\"", -1)).hasSize(6); // every event keeps its line
  }

  @Test
  void aboutEightDayLabelsWhateverTheSpan() {
    long[] even = new long[200];
    java.util.Arrays.fill(even, 1);
    String svg = new DailyBarChart("t", trends(even, List.of()), 900, 300).render();
    Matcher m = Pattern.compile(">(\\d{4}-\\d\\d-\\d\\d)</text>").matcher(svg);
    int n = 0;
    while (m.find()) {
      n++;
    }
    assertThat(n).isBetween(6, 9);
  }
}
