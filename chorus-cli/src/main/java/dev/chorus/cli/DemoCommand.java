package dev.chorus.cli;

import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.json.JsonConfig;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus demo}: a fresh workspace from the bundled sample (format examples written for this project and a
 * seeded synthetic campaign; all of it is made up and marked synthetic), ingested and summarised.
 */
@Command(name = "demo", description = "Create a fresh demo workspace from the bundled sample, ingest it, print stats, "
    + "write WORKSPACE/report.html and serve the dashboard until Ctrl-C (--no-serve: stop after the report).")
final class DemoCommand implements Callable<Integer> {
  static final String DEFAULT_DIR = "chorus-demo";

  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--posts", defaultValue = "3000", description = "Synthetic posts to generate (default ${DEFAULT-VALUE}).")
  long posts;

  @Option(names = "--no-serve", description = "Stop after writing the report instead of serving the dashboard.")
  boolean noServe;

  @Option(names = "--port", defaultValue = "" + dev.chorus.server.ServerOptions.DEFAULT_PORT,
      description = "Port of the dashboard (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--time-zone", paramLabel = "ZONE", description = "Time zone of the demo workspace (an IANA id "
      + "such as Asia/Tehran; default UTC).")
  String timeZone;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    java.time.ZoneId zone = timeZone == null ? null : WorkspaceCommand.zone("--time-zone", timeZone);
    Workspace ws = DemoWorkspace.chosen(parent, DEFAULT_DIR);
    DemoWorkspace demo = new DemoWorkspace(ws, posts);
    demo.recreate();
    Path sample = demo.writeSample();
    if (zone != null) {
      ws.setTimeZone(zone);
    }
    out.println("Demo workspace: " + ws.root());
    out.println("Sample (all made up, ingested as synthetic): " + sample);
    IngestSummary summary;
    try (PostStore store = ws.openStore(true)) {
      IngestService ingest = new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(parent.env), ws.annotationChain(parent.env), store,
          ws.rejectsDir(), ws.runsDir(), Clock.systemUTC());
      summary = ingest.ingest(List.of(sample), null, Map.of(), true, IngestListener.NONE);
    }
    out.println();
    out.println("== ingest");
    out.println(JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(IngestCommand.toJson(summary)));
    trainDemoModels(ws, demo, out);
    showAnalyses(ws, out);
    Path report = ws.root().resolve("report.html");
    try (PostStore store = ws.openStore(false)) {
      ReportCommand.write(ws, store, parent.env, Map.of(), PostQuery.all(), report);
    }
    out.println();
    out.println("Report: " + report);
    out.println("Try: ./chorus --workspace " + ws.root() + " search 'hashtag:نه_به_مذاکره' --limit 5");
    if (!noServe) {
      out.println();
      Serving.serveUntilInterrupted(ws, dev.chorus.server.ServerOptions.DEFAULT_BIND, port, false, parent.env, out);
    }
    return ExitCodes.OK;
  }

  /**
   * Trains stance and frame models on made-up labels (the synthetic campaign's own sentences, the codebook's example
   * phrases) and re-annotates, so the demo shows labels with confidences. A real project trains on posts its coders
   * labelled (chorus label).
   */
  private void trainDemoModels(Workspace ws, DemoWorkspace demo, PrintWriter out) throws IOException {
    Path stance = demo.writeStanceLabels();
    Path frames = demo.writeFrameExamples();
    String note = "   (made-up labels: a demonstration, not a measurement)";
    // 3-fold cross-validation (a few seconds) so that the demo's cards show measured scores, as a real card does
    run(ws, out, note, "train", "stance", "--labels", stance.toString(), "--format", "csv", "--cv", "3",
        "--no-dev-estimate");
    run(ws, out, note, "train", "frames", "--labels", frames.toString(), "--min-df", "1", "--cv", "3");
    run(ws, out, note, "annotate");
  }

  /** Runs one chorus command on the demo workspace, as a user would, under a heading. */
  private void run(Workspace ws, PrintWriter out, String note, String... step) {
    out.println();
    out.println("== chorus " + String.join(" ", step) + note);
    out.flush();
    String[] args = new String[step.length + 2];
    args[0] = "--workspace";
    args[1] = ws.root().toString();
    System.arraycopy(step, 0, args, 2, step.length);
    ChorusCommand.run(args, parent.env, out, spec.commandLine().getErr());
  }

  /** Runs the analysis commands on the demo workspace, so the demo shows each of them. */
  private void showAnalyses(Workspace ws, PrintWriter out) {
    String[][] steps = {
        {"stats"},
        {"search", "مذاکره OR talks OR مذاکرات", "--limit", "5"},
        {"trends", "--by", "lang", "--interval", "week"},
        {"coordination", "--by", "repost", "--time-window", "60"},
        {"calls"},
        {"cohorts"},
        {"coverage"}};
    for (String[] step : steps) {
      run(ws, out, "", step);
    }
  }
}
