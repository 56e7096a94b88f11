package dev.chorus.cli;

import dev.chorus.ingest.IngestSummary;
import dev.chorus.source.SourceRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints an ingest run's outcome: the counts (text mode) on standard output, and on stderr, in every mode, what went
 * wrong: files not ingested (those of unknown format counted in one line, with the list of formats said once), the
 * most common reject reasons, and records whose undecodable bytes were replaced.
 */
final class IngestReport {
  /** Files of unknown format named before "and N more". */
  private static final int NAMED_FILES = 5;

  private IngestReport() {}

  static void printSummary(IngestSummary s, PrintWriter out) {
    out.printf("files      %,d%n", s.files());
    out.printf("read       %,d%n", s.read());
    out.printf("added      %,d%n", s.added());
    out.printf("updated    %,d%n", s.updated());
    out.printf("duplicates %,d%n", s.duplicates());
    out.printf("rejected   %,d (%,d records, %,d files)%n", s.rejected(), s.rejectedRecords(),
        s.failedFiles().size());
    out.printf("posts      %,d collected in the store%n", s.posts());
    out.printf("referenced %,d in the store as context (included, reposted or quoted originals), apart from posts%n",
        s.referenced());
    if (s.rejectsFile() != null) {
      out.println("rejects    " + s.rejectsFile());
    }
    if (s.encodingReplaced() > 0) {
      out.printf("encoding   %,d records had bytes that are not valid text (stored as U+FFFD)%n",
          s.encodingReplaced());
      for (IngestSummary.EncodingReplacement e : s.encodingFiles()) {
        out.printf("           %s: %,d records, first at line %,d%n", e.file(), e.records(), e.firstLine());
      }
    }
  }

  static void printProblems(IngestSummary s, PrintWriter err) {
    List<String> unknown = new ArrayList<>();
    String formats = null;
    for (IngestSummary.FileFailure f : s.failedFiles()) {
      int hint = f.reason().indexOf(SourceRegistry.UNKNOWN_FORMAT + SourceRegistry.FORMAT_HINT);
      if (hint >= 0) {
        unknown.add(f.file());
        formats = f.reason().substring(hint + SourceRegistry.UNKNOWN_FORMAT.length());
      } else {
        err.println("chorus: file not ingested: " + f.reason());
      }
    }
    if (unknown.size() == 1) {
      err.println("chorus: file not ingested: " + unknown.get(0) + ": " + SourceRegistry.UNKNOWN_FORMAT + formats);
    } else if (!unknown.isEmpty()) {
      String named = String.join(", ", unknown.subList(0, Math.min(NAMED_FILES, unknown.size())))
          + (unknown.size() > NAMED_FILES ? " and " + (unknown.size() - NAMED_FILES) + " more" : "");
      err.printf("chorus: %,d files skipped, %s: %s%s%n", unknown.size(), SourceRegistry.UNKNOWN_FORMAT, named,
          formats);
    }
    if (!s.rejectReasons().isEmpty() && s.rejectedRecords() > 0) {
      err.printf("chorus: most common reject reasons (%,d records, %,d files):%n", s.rejectedRecords(),
          s.failedFiles().size());
      s.rejectReasons().forEach(r -> err.printf("  %,8d  %s%n", r.count(), r.reason()));
    }
    if (s.encodingReplaced() > 0) {
      IngestSummary.EncodingReplacement first = s.encodingFiles().get(0);
      err.printf("chorus: %,d records had bytes that are not valid text, stored as U+FFFD (first: %s line %,d)%n",
          s.encodingReplaced(), first.file(), first.firstLine());
    }
  }
}
