package dev.chorus.cli;

import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chorus demo}: a fresh workspace from the bundled sample (format examples written for this project and a
 * seeded synthetic campaign; all of it is made up and marked synthetic), ingested and summarised.
 */
@Command(name = "demo", description = "Create a fresh demo workspace from the bundled sample, ingest it, print stats, "
    + "write WORKSPACE/report.html and serve the dashboard until Ctrl-C (--no-serve: stop after the report).")
final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".chorus-demo";
  static final String DEFAULT_DIR = "chorus-demo";
  private static final long DEMO_SEED = 20250401L;
  private static final int DEMO_ACCOUNTS = 400;

  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--posts", defaultValue = "3000", description = "Synthetic posts to generate (default ${DEFAULT-VALUE}).")
  long posts;

  @Option(names = "--no-serve", description = "Stop after writing the report instead of serving the dashboard.")
  boolean noServe;

  @Option(names = "--port", defaultValue = "" + dev.chorus.server.ServerOptions.DEFAULT_PORT,
      description = "Port of the dashboard (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Workspace ws = parent.workspaceOption != null || parent.env.containsKey(Workspace.ENV)
        ? parent.workspace() : new Workspace(Path.of(DEFAULT_DIR).toAbsolutePath());
    recreate(ws.root());
    ws.create();
    Path sample = ws.root().resolve("sample");
    writeSample(sample);
    addSyntheticCohortMembers(ws);
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
    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(IngestCommand.toJson(summary)));
    trainDemoStance(ws, sample, out);
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
   * Trains a stance model on the synthetic campaign's own labelled sentences and re-annotates, so the demo shows
   * stance labels with confidences. A real project trains on posts its coders labelled (chorus label).
   */
  private void trainDemoStance(Workspace ws, Path sample, PrintWriter out) throws IOException {
    Path labels = ws.root().resolve("demo-labels").resolve("synthetic-stance.csv");
    Files.createDirectories(labels.getParent());
    try (var w = Files.newBufferedWriter(labels)) {
      SyntheticCampaign.writeStanceLabels(w);
    }
    Path frames = labels.resolveSibling("codebook-frame-examples.csv");
    writeFrameExamples(ws.codebook(), frames);
    for (String[] step : new String[][] {
        {"train", "stance", "--labels", labels.toString(), "--format", "csv", "--cv", "0"},
        {"train", "frames", "--labels", frames.toString(), "--min-df", "1", "--cv", "3"},
        {"annotate"}}) {
      out.println();
      out.println("== chorus " + String.join(" ", step) + "   (made-up labels: a demonstration, not a measurement)");
      out.flush();
      String[] args = new String[step.length + 2];
      args[0] = "--workspace";
      args[1] = ws.root().toString();
      System.arraycopy(step, 0, args, 2, step.length);
      ChorusCommand.run(args, parent.env, out, spec.commandLine().getErr());
    }
  }

  /**
   * The codebook's example phrases as frame training data (text, frame id), each also with a hashtag and with an
   * exclamation, so the demo can show frame labels. A real project trains on coded posts.
   */
  private static void writeFrameExamples(dev.chorus.codebook.Codebook codebook, Path file) throws IOException {
    try (var w = Files.newBufferedWriter(file);
        var csv = new org.apache.commons.csv.CSVPrinter(w,
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader("text", "frames").get())) {
      for (var frame : codebook.frames()) {
        for (var examples : frame.examples().values()) {
          for (String example : examples) {
            for (String variant : new String[] {example, example + " #IranTalks", example + "!"}) {
              csv.printRecord(variant, frame.id());
            }
          }
        }
      }
    }
  }

  /** Runs the analysis commands on the demo workspace, as a user would, so the demo shows each of them. */
  private void showAnalyses(Workspace ws, PrintWriter out) {
    String w = ws.root().toString();
    String[][] steps = {
        {"stats"},
        {"search", "مذاکره OR talks OR مذاکرات", "--limit", "5"},
        {"trends", "--by", "lang", "--interval", "week"},
        {"coordination", "--by", "repost", "--time-window", "60"},
        {"calls"},
        {"cohorts"},
        {"coverage"}};
    for (String[] step : steps) {
      out.println();
      out.println("== chorus " + String.join(" ", step));
      out.flush();
      String[] args = new String[step.length + 2];
      args[0] = "--workspace";
      args[1] = w;
      System.arraycopy(step, 0, args, 2, step.length);
      ChorusCommand.run(args, parent.env, out, spec.commandLine().getErr());
    }
  }

  /** Deletes a previous demo workspace; refuses to touch a folder that is not one. */
  private static void recreate(Path root) throws IOException {
    if (Files.exists(root)) {
      boolean empty;
      try (Stream<Path> s = Files.list(root)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.exists(root.resolve(MARKER))) {
        throw new IllegalArgumentException(root + " exists and is not a demo workspace; "
            + "choose another folder with --workspace");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root);
    Files.writeString(root.resolve(MARKER), "This folder was made by 'chorus demo' and is replaced by the next one.\n");
  }

  /**
   * Fills the demo workspace's codebook cohorts with the synthetic campaign's camp accounts, so the camps view has
   * something to compare. Real cohorts are listed by analysts; these accounts and their camps are made up.
   */
  private static void addSyntheticCohortMembers(Workspace ws) throws IOException {
    ws.codebook(); // creates WORKSPACE/codebook.yaml from the bundled default
    Path file = dev.chorus.codebook.WorkspaceCodebook.file(ws.root());
    String yaml = Files.readString(file);
    for (var e : new SyntheticCampaign(DEMO_SEED, DEMO_ACCOUNTS).cohortMembers().entrySet()) {
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("(- id: " + java.util.regex.Pattern.quote(e.getKey()) + "\\n(?:(?!  - id:)[\\s\\S])*?members: )\\[\\]")
          .matcher(yaml);
      if (m.find()) {
        yaml = yaml.substring(0, m.start()) + m.group(1) + "[" + String.join(", ", e.getValue())
            + "]  # synthetic demo accounts" + yaml.substring(m.end());
      }
    }
    Files.writeString(file, yaml);
  }

  private void writeSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (InputStream index = resource("demo/index.txt")) {
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (name.isBlank() || name.startsWith("#")) {
          continue;
        }
        try (InputStream in = resource("demo/" + name.trim())) {
          Path target = dir.resolve(name.trim());
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("synthetic-campaign.x-api-v2.ndjson"))) {
      new SyntheticCampaign(DEMO_SEED, DEMO_ACCOUNTS).write(o, posts);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled sample file missing from the build: " + name);
    }
    return in;
  }
}
