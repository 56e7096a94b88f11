package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.json.JsonConfig;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus ingest [--format F] [--json] PATH...}. */
@Command(name = "ingest", description = "Read platform exports (files or folders) into the workspace.")
final class IngestCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "F", description = "Source format id (see 'chorus formats'); "
      + "default: detected from each file's content.")
  String format;

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Source option, e.g. column.text=body.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--synthetic", description = "Mark every post of this run as synthetic (made-up data).")
  boolean synthetic;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    ws.create();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary;
    try (PostStore store = ws.openStore(true);
        IngestProgress progress = IngestProgress.create(json, err)) {
      IngestService service = new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(parent.env), ws.annotationChain(parent.env), store,
          ws.rejectsDir(), ws.runsDir(), Clock.systemUTC());
      summary = service.ingest(paths, format, options, synthetic, progress);
    }
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(toJson(summary)));
    } else {
      printSummary(summary, out);
    }
    for (IngestSummary.FileFailure f : summary.failedFiles()) {
      err.println("chorus: file not ingested: " + f.reason());
    }
    return summary.clean() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  static ObjectNode toJson(IngestSummary s) {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("files", s.files());
    o.put("read", s.read());
    o.put("added", s.added());
    o.put("updated", s.updated());
    o.put("duplicates", s.duplicates());
    o.put("rejected", s.rejected());
    o.put("rejected_records", s.rejectedRecords());
    o.put("rejected_files", s.failedFiles().size());
    o.put("posts", s.posts());
    if (s.rejectsFile() == null) {
      o.putNull("rejects_file");
    } else {
      o.put("rejects_file", s.rejectsFile());
    }
    var failures = o.putArray("file_errors");
    s.failedFiles().forEach(f -> failures.addObject().put("file", f.file()).put("reason", f.reason()));
    return o;
  }

  private static void printSummary(IngestSummary s, PrintWriter out) {
    out.printf("files      %,d%n", s.files());
    out.printf("read       %,d%n", s.read());
    out.printf("added      %,d%n", s.added());
    out.printf("updated    %,d%n", s.updated());
    out.printf("duplicates %,d%n", s.duplicates());
    out.printf("rejected   %,d (%,d records, %,d files)%n", s.rejected(), s.rejectedRecords(),
        s.failedFiles().size());
    out.printf("posts      %,d in the store%n", s.posts());
    if (s.rejectsFile() != null) {
      out.println("rejects    " + s.rejectsFile());
    }
  }
}
