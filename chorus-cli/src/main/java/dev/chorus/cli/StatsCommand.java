package dev.chorus.cli;

import dev.chorus.analysis.StatsAnalysis;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code chorus stats [filters] [--json]}. */
@Command(name = "stats", description = "Posts by platform, kind, language, day, hashtag and label; time span; number "
    + "of authors.", modelTransformer = AnalysisOptions.class)
final class StatsCommand extends AnalysisCommand<Void, StoreStats> {
  StatsCommand() {
    super(new StatsAnalysis());
  }

  @Override
  void print(StoreStats s, Void parameters, PrintWriter out) {
    out.printf("posts    %,d%n", s.posts());
    out.printf("authors  %,d%n", s.authors());
    out.printf("span     %s .. %s (%s)%n", local(s.first(), s.timeZone(), true), local(s.last(), s.timeZone(), true),
        s.timeZone());
    table("platform", s.byPlatform(), out);
    table("kind", s.byKind(), out);
    table("language", s.byLanguage(), out);
    table("day (" + s.timeZone() + ")", s.byDay(), out);
    table("hashtag", s.byHashtag(), out);
    table("stance", s.byStance(), out);
    calibrated(s.stanceExpected(), out);
    table("frame", s.byFrame(), out);
    table("actor", s.byActor(), out);
    table("cohort", s.byCohort(), out);
  }

  /** The calibrated stance shares: per target, each stance's mean calibrated probability and over how many posts. */
  private static void calibrated(Map<String, StanceShares.Target> shares, PrintWriter out) {
    if (shares == null || shares.isEmpty()) {
      return;
    }
    out.println();
    out.println("stance, calibrated shares (mean calibrated probability, not counts of labels)");
    shares.forEach((target, t) -> {
      StringBuilder line = new StringBuilder(String.format("  %-28s", target));
      t.shares().forEach((cls, share) -> line.append(String.format(Locale.ROOT, " %s %.3f", cls, share)));
      out.println(line.append(String.format("  (%,d posts)", t.posts())));
    });
  }

  private static void table(String title, Map<String, Long> counts, PrintWriter out) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    counts.forEach((k, v) -> out.printf("  %-28s %,10d%n", k, v));
  }
}
