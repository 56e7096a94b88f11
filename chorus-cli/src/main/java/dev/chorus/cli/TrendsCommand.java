package dev.chorus.cli;

import dev.chorus.analysis.TrendsAnalysis;
import dev.chorus.store.TimeSeries;
import dev.chorus.analysis.trends.Trends;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code chorus trends [filters] [--interval day] [--by stance] [--json]}. */
@Command(name = "trends", description = "Counts over time by a dimension, with codebook events and flagged surges.",
    modelTransformer = AnalysisOptions.class)
final class TrendsCommand extends AnalysisCommand<TrendsAnalysis.Parameters, Trends> {
  TrendsCommand() {
    super(new TrendsAnalysis());
  }

  /** Empty buckets in a row from which the table shows one line saying how many; the JSON keeps every bucket. */
  static final int MIN_EMPTY_RUN = 4;

  /** The number of empty buckets from {@code i} on (0 when bucket {@code i} has posts). */
  private static int emptyRun(long[] totals, int i) {
    int j = i;
    while (j < totals.length && totals[j] == 0) {
      j++;
    }
    return j - i;
  }

  @Override
  void print(Trends t, TrendsAnalysis.Parameters parameters, PrintWriter out) {
    TimeSeries ts = t.series();
    List<String> labels = ts.series().keySet().stream().limit(5).toList();
    out.printf("%-20s %8s", "bucket (" + ts.timeZone() + ")", "total");
    labels.forEach(l -> out.printf(" %14s", l.length() > 14 ? l.substring(0, 14) : l));
    out.println();
    Set<Integer> surges = new HashSet<>();
    t.surges().forEach(s -> surges.add(s.bucket()));
    for (int i = 0; i < ts.buckets().size(); i++) {
      int empty = emptyRun(ts.total(), i);
      if (empty >= MIN_EMPTY_RUN) { // a stray early post would otherwise print a year of zero rows
        out.printf("%-20s %8s  (%d %ss without a post)%n", "...", "", empty,
            ts.interval().name().toLowerCase(java.util.Locale.ROOT));
        i += empty - 1;
        continue;
      }
      out.printf("%-20s %8d", local(ts.buckets().get(i), ts.timeZone(), true), ts.total()[i]);
      for (String l : labels) {
        out.printf(" %14d", ts.series().get(l)[i]);
      }
      out.println(surges.contains(i) ? "  << surge" : "");
    }
    if (!t.events().isEmpty()) {
      out.println();
      t.events().forEach(e -> out.println("event " + e.date() + "  " + e.title()));
    }
    out.printf("%nsurges: robust z-score >= %.1f over a %d-bucket median baseline, at least %d posts%n",
        t.detector().threshold(), t.detector().window(), t.detector().minCount());
  }
}
