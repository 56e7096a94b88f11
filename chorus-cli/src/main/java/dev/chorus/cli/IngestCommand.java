package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.json.JsonConfig;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.CommitCadence;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

  @Option(names = "--time-zone", paramLabel = "ZONE", description = "Time zone of a workspace this run creates (an "
      + "IANA id such as Asia/Tehran; default UTC); an existing workspace keeps its own (see 'chorus workspace').")
  String timeZone;

  /** Seconds between progress lines without a terminal; hidden, tests set it to 0 to see every line. */
  @Option(names = "--progress-seconds", hidden = true, defaultValue = "5")
  double progressSeconds;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
  List<Path> paths;

  /**
   * Test hook (a system property, like {@link IngestProgress#HALT_AFTER_FIRST_COMMIT}): commit every this many posts
   * as well as every {@link CommitCadence#DEFAULT} interval, so that a kill test has a commit before its input's end.
   */
  static final String COMMIT_EVERY_POSTS = "chorus.test.commitEveryPosts";

  private static CommitCadence cadence() {
    Long posts = Long.getLong(COMMIT_EVERY_POSTS);
    return posts == null ? CommitCadence.DEFAULT : new CommitCadence(posts, CommitCadence.DEFAULT.interval());
  }

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    ws.create(timeZone == null ? null : WorkspaceCommand.zone("--time-zone", timeZone));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary;
    try (PostStore store = ws.openStore(true);
        IngestProgress progress = IngestProgress.create(json, err,
            Duration.ofMillis(Math.round(progressSeconds * 1000)))) {
      IngestService service = new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(parent.env), ws.annotationChain(parent.env), store,
          ws.rejectsDir(), ws.runsDir(), Clock.systemUTC()).withCommitCadence(cadence());
      summary = service.ingest(paths, format, options, synthetic, progress);
    }
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(toJson(summary)));
    } else {
      IngestReport.printSummary(summary, out);
    }
    IngestReport.printProblems(summary, err);
    return summary.clean() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  static ObjectNode toJson(IngestSummary s) {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("files", s.files());
    o.put("read", s.read());
    o.put("added", s.added());
    o.put("updated", s.updated());
    o.put("unchanged", s.unchanged());
    o.put("duplicates", s.duplicates());
    o.put("rejected", s.rejected());
    o.put("rejected_records", s.rejectedRecords());
    o.put("rejected_files", s.failedFiles().size());
    o.put("posts", s.posts());
    o.put("referenced", s.referenced());
    if (s.rejectsFile() == null) {
      o.putNull("rejects_file");
    } else {
      o.put("rejects_file", s.rejectsFile());
    }
    var failures = o.putArray("file_errors");
    s.failedFiles().forEach(f -> failures.addObject().put("file", f.file()).put("reason", f.reason()));
    o.put("encoding_replaced", s.encodingReplaced());
    var encoding = o.putArray("encoding_files");
    s.encodingFiles().forEach(e -> encoding.addObject().put("file", e.file()).put("records", e.records())
        .put("first_line", e.firstLine()));
    var reasons = o.putArray("reject_reasons");
    s.rejectReasons().forEach(r -> reasons.addObject().put("reason", r.reason()).put("count", r.count()));
    return o;
  }
}
