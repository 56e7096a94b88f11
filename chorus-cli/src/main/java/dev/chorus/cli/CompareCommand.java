package dev.chorus.cli;

import dev.chorus.analysis.CompareAnalysis;
import dev.chorus.analysis.compare.CompareReport;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code chorus compare [filters] [--by stance] [--around EVENT | --before A..B --after C..D] [--json]}. */
@Command(name = "compare", description = {"Two periods side by side (before/after an event): each value's share in "
    + "each period with a 95%% Wilson interval, the change in percentage points with Newcombe's 95%% interval, and * "
    + "where the two intervals do not overlap.",
    "Periods: --before FROM..TO --after FROM..TO (days, TO included, or instants), or --around EVENT (a day, an "
        + "instant or a codebook event id) with --days N, or nothing: the latest --days days against those before."},
    modelTransformer = AnalysisOptions.class)
final class CompareCommand extends AnalysisCommand<CompareAnalysis.Parameters, CompareReport> {
  CompareCommand() {
    super(new CompareAnalysis());
  }

  @Override
  void print(CompareReport r, CompareAnalysis.Parameters parameters, PrintWriter out) {
    if (r.before() == null) {
      out.println("no post matches the filters: nothing to compare");
      return;
    }
    if (r.event() != null) {
      out.printf("around %s (%s): %s%n", r.event().id(), r.event().date(), r.event().title());
    }
    out.printf("before %s .. %s: %,d posts%n", r.before().since(), r.before().until(), r.before().posts());
    out.printf("after  %s .. %s: %,d posts%n", r.after().since(), r.after().until(), r.after().posts());
    out.printf("%s, share of %s (95%% intervals; * the two intervals do not overlap)%n", r.by(), r.shareOf());
    for (CompareReport.Row row : r.rows()) {
      out.printf("  %-28s %s  %s  %+6.1f pp [%+.1f, %+.1f]%s%n", row.value(), ShareText.percent(row.before()),
          ShareText.percent(row.after()), 100 * row.change().difference(), 100 * row.change().low(),
          100 * row.change().high(), row.intervalsOverlap() ? "" : " *");
    }
    if (r.rows().isEmpty()) {
      out.printf(Locale.ROOT, "  no post of either period has a %s label%n", r.by());
    }
    r.warnings().forEach(w -> out.println("warning: " + w.message()));
  }
}
