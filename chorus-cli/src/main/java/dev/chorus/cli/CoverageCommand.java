package dev.chorus.cli;

import dev.chorus.coverage.CoverageReport;
import dev.chorus.coverage.CoverageService;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus coverage [filters] [--files] [--json]}: what the data covers, and where it has gaps. */
@Command(name = "coverage", description = "Time span, days without posts and posts per platform, source format and "
    + "file, plus rejects and duplicates of past ingest runs.")
final class CoverageCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--query", paramLabel = "Q", description = "Lucene query to narrow the posts.")
  String query;

  @Option(names = "--files", description = "Also per source file (reads every matching post).")
  boolean files;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    CoverageReport r;
    try (PostStore store = ws.openStore(false)) {
      r = CoverageService.of(store, ws).coverage(filters.toQuery(query), files);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportJson.write(r));
      return ExitCodes.OK;
    }
    out.printf("%-40s %10s  %-10s  %-10s  %6s  %s%n", "", "posts", "first", "last", "days", "days without posts");
    spans(out, List.of(r.all()));
    out.println("by platform");
    spans(out, r.byPlatform());
    out.println("by source format");
    spans(out, r.bySource());
    if (r.byFile() != null) {
      out.println("by file");
      spans(out, r.byFile());
    }
    CoverageReport.Runs runs = r.runs();
    out.printf("%ningest runs %,d: files %,d, read %,d, added %,d, updated %,d, duplicates %,d, "
        + "rejected records %,d, rejected files %,d%n", runs.runs(), runs.files(), runs.read(), runs.added(),
        runs.updated(), runs.duplicates(), runs.rejectedRecords(), runs.rejectedFiles());
    r.rejects().byReason().forEach((reason, n) -> out.printf("  rejected %,d: %s%n", n, reason));
    return ExitCodes.OK;
  }

  private static void spans(PrintWriter out, List<CoverageReport.Span> spans) {
    for (CoverageReport.Span s : spans) {
      String label = s.label().length() > 40 ? "..." + s.label().substring(s.label().length() - 37) : s.label();
      List<String> shown = s.missingDays().stream().limit(5).toList();
      out.printf("%-40s %,10d  %-10s  %-10s  %6d  %d%s%n", label, s.posts(), day(s.first()), day(s.last()), s.days(),
          s.daysWithoutPosts(), shown.isEmpty() ? ""
              : " " + shown + (s.missingDays().size() > shown.size() ? " ..." : ""));
    }
  }

  private static String day(java.time.Instant t) {
    return t == null ? "-" : t.toString().substring(0, 10);
  }
}
