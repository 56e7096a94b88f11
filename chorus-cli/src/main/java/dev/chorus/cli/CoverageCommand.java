package dev.chorus.cli;

import dev.chorus.analysis.CoverageAnalysis;
import dev.chorus.analysis.coverage.CoverageReport;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code chorus coverage [filters] [--files] [--json]}: what the data covers, and where it has gaps. */
@Command(name = "coverage", description = "Time span, days without posts and posts per platform, source format and "
    + "file, plus rejects and duplicates of past ingest runs.", modelTransformer = AnalysisOptions.class)
final class CoverageCommand extends AnalysisCommand<CoverageAnalysis.Parameters, CoverageReport> {
  CoverageCommand() {
    super(new CoverageAnalysis());
  }

  @Override
  void print(CoverageReport r, CoverageAnalysis.Parameters parameters, PrintWriter out) {
    out.printf("%-40s %10s  %-10s  %-10s  %6s  %s%n", "days in " + r.timeZone(), "posts", "first", "last", "days",
        "days without posts");
    spans(out, List.of(r.all()), r.timeZone());
    out.println("by platform");
    spans(out, r.byPlatform(), r.timeZone());
    out.println("by source format");
    spans(out, r.bySource(), r.timeZone());
    if (r.byFile() != null) {
      out.println("by file");
      spans(out, r.byFile(), r.timeZone());
    }
    CoverageReport.Runs runs = r.runs();
    out.printf("%ningest runs %,d: files %,d, read %,d, added %,d, updated %,d, duplicates %,d, "
        + "rejected records %,d, rejected files %,d%n", runs.runs(), runs.files(), runs.read(), runs.added(),
        runs.updated(), runs.duplicates(), runs.rejectedRecords(), runs.rejectedFiles());
    r.rejects().byReason().forEach((reason, n) -> out.printf("  rejected %,d: %s%n", n, reason));
  }

  private static void spans(PrintWriter out, List<CoverageReport.Span> spans, java.time.ZoneId zone) {
    for (CoverageReport.Span s : spans) {
      String label = s.label().length() > 40 ? "..." + s.label().substring(s.label().length() - 37) : s.label();
      List<String> shown = s.missingDays().stream().limit(5).toList();
      out.printf("%-40s %,10d  %-10s  %-10s  %6d  %d%s%n", label, s.posts(), local(s.first(), zone, false),
          local(s.last(), zone, false), s.days(),
          s.daysWithoutPosts(), shown.isEmpty() ? ""
              : " " + shown + (s.missingDays().size() > shown.size() ? " ..." : ""));
    }
  }
}
