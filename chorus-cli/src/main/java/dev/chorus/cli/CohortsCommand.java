package dev.chorus.cli;

import dev.chorus.analysis.CohortsAnalysis;
import dev.chorus.analysis.camps.CampsReport;
import dev.chorus.analysis.measure.Figure;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;

/** {@code chorus cohorts [filters] [--interval week] [--json]}: camps compared. */
@Command(name = "cohorts", description = "Cohorts compared: volume, stance and frame shares with 95%% Wilson "
    + "intervals, top actors/hashtags/domains, series, frame-mix convergence and cross-references.",
    modelTransformer = AnalysisOptions.class)
final class CohortsCommand extends AnalysisCommand<CohortsAnalysis.Parameters, CampsReport> {
  CohortsCommand() {
    super(new CohortsAnalysis());
  }

  @Override
  void print(CampsReport r, CohortsAnalysis.Parameters parameters, PrintWriter out) {
    if (r.cohorts().isEmpty()) {
      out.println("no cohorts: the codebook defines none and no post carries a cohort label");
      return;
    }
    for (CampsReport.CohortProfile c : r.cohorts()) {
      out.printf("%s (%s): %,d posts%n", c.name(), c.id(), c.posts());
      c.stance().forEach((target, figures) -> figures(out, "stance " + target, figures));
      figures(out, "frames", c.frames());
      figures(out, "actors", c.actors());
      figures(out, "hashtags", c.hashtags());
      figures(out, "domains", c.domains());
      out.println();
    }
    out.printf("frame-mix convergence (Jensen-Shannon distance, 0 = same mix; buckets with >= %d framed posts each)%n",
        r.minFramed());
    for (CampsReport.Convergence c : r.convergence()) {
      List<Double> d = c.points().stream().map(CampsReport.Point::distance).filter(Objects::nonNull).toList();
      out.printf("  %s ~ %s: %s%n", c.a(), c.b(), d.isEmpty() ? "no comparable bucket"
          : d.stream().map(x -> String.format(java.util.Locale.ROOT, "%.2f", x)).toList());
    }
    out.println("cross-references (posts of A mentioning B's accounts or sharing/quoting/replying to B's posts)");
    if (!r.mentionsMatched()) {
      out.println("  (no pseudonym key: mentions of member accounts not counted)");
    }
    for (CampsReport.CrossReference x : r.crossReferences()) {
      out.printf("  %s -> %s: %s  (%,d of %,d; %,d by mention, %,d by share/quote/reply)%n", x.from(), x.to(),
          ShareText.percent(x.share()), x.share().count(), x.share().total(), x.viaMention(), x.viaPost());
    }
  }

  private static void figures(PrintWriter out, String title, List<Figure> figures) {
    if (figures.isEmpty()) {
      return;
    }
    out.println("  " + title);
    for (Figure f : figures) {
      out.printf("    %-28s %s  %,d/%,d%n", f.label(), ShareText.percent(f.share()), f.share().count(),
          f.share().total());
    }
  }
}
