package dev.chorus.cli;

import dev.chorus.camps.CampsReport;
import dev.chorus.camps.CampsService;
import dev.chorus.measure.Figure;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus cohorts [filters] [--interval week] [--json]}: camps compared. */
@Command(name = "cohorts", description = "Cohorts compared: volume, stance and frame shares with 95%% Wilson "
    + "intervals, top actors/hashtags/domains, series, frame-mix convergence and cross-references.")
final class CohortsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--query", paramLabel = "Q", description = "Lucene query to narrow the posts.")
  String query;

  @Option(names = "--interval", defaultValue = "week", description = "hour, day or week (default ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--top", defaultValue = "10", description = "Actors, hashtags, domains per cohort (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--min-framed", defaultValue = "5",
      description = "Framed posts each cohort needs in a bucket for a convergence distance (default ${DEFAULT-VALUE}).")
  int minFramed;

  @Option(names = "--max-ids", defaultValue = "200",
      description = "Post ids listed per cross-reference (default ${DEFAULT-VALUE}).")
  int maxIds;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    CampsReport r;
    try (PostStore store = ws.openStore(false)) {
      r = new CampsService(store, ws.codebook(), ws.pseudonymizer(parent.env))
          .compare(filters.toQuery(query), TimeSeries.Interval.parse(interval), top, minFramed, maxIds);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportJson.write(r));
    } else {
      print(r, out);
    }
    return ExitCodes.OK;
  }

  private static void print(CampsReport r, PrintWriter out) {
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
          ReportJson.percent(x.share()), x.share().count(), x.share().total(), x.viaMention(), x.viaPost());
    }
  }

  private static void figures(PrintWriter out, String title, List<Figure> figures) {
    if (figures.isEmpty()) {
      return;
    }
    out.println("  " + title);
    for (Figure f : figures) {
      out.printf("    %-28s %s  %,d/%,d%n", f.label(), ReportJson.percent(f.share()), f.share().count(),
          f.share().total());
    }
  }
}
