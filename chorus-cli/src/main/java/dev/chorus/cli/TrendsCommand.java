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
