package dev.chorus.cli;

import dev.chorus.report.HtmlReport;
import dev.chorus.report.ReportBuilder;
import dev.chorus.report.ReportContent;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus report [filters] --out FILE.html}: one self-contained HTML report of the matching posts. */
@Command(name = "report", description = "Write one self-contained HTML report (figures, coverage, method, provenance).")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--query", paramLabel = "QUERY", description = "Lucene query to narrow the report.")
  String query;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
  Path out;

  @Option(names = "--format", defaultValue = "html", description = "html (default). pdf is not built in.")
  String format;

  @Override
  public Integer call() throws Exception {
    if (format.equals("pdf")) {
      throw new IllegalArgumentException("--format pdf is not built in (no well-kept HTML-to-PDF library renders its "
          + "SVG charts without a large dependency); write HTML and print it to PDF from a browser: the report has "
          + "print styles");
    }
    if (!format.equals("html")) {
      throw new IllegalArgumentException("--format must be html or pdf, not '" + format + "'");
    }
    Workspace ws = parent.workspace();
    try (PostStore store = ws.openStore(false)) {
      write(ws, store, parent.env, filters.describe(query), filters.toQuery(query), out);
    }
    spec.commandLine().getOut().println("Report: " + out.toAbsolutePath());
    return ExitCodes.OK;
  }

  /** Writes the report atomically (a .part file renamed), so a failed run leaves no half report. */
  static void write(Workspace ws, PostStore store, Map<String, String> env, Map<String, String> shown,
      dev.chorus.store.PostQuery query, Path out) throws IOException {
    ReportContent content = new ReportBuilder(ws, store, ws.annotationChain(env), ChorusCommand.versionString(),
        Clock.systemUTC())
        .build(query, shown);
    Path target = out.toAbsolutePath();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      HtmlReport.write(content, w);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
