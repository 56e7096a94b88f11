package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostStore;
import dev.chorus.stream.EmbeddedKafka;
import dev.chorus.stream.Publisher;
import dev.chorus.stream.StreamJob;
import dev.chorus.stream.StreamSettings;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus stream publish|run|demo}: raw input onto Kafka, the Flink job that maps, annotates and stores it
 * (the same code as ingest), and the whole path in one process on the demo sample.
 */
@Command(name = "stream", description = "The same sources and annotators as ingest, as a Flink job on Kafka "
    + "(see the README's Streaming section).", subcommands = {StreamCommand.Publish.class, StreamCommand.Run.class,
        StreamCommand.Demo.class})
final class StreamCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /**
   * Runs the job in this JVM (Flink's local cluster) until the input ends (bounded) or the process is stopped,
   * checkpoints kept in files under {@code checkpoints}, resumed from {@code restoreFrom} if given.
   */
  static long runJob(StreamSettings s, int parallelism, Path checkpoints, Path restoreFrom) throws Exception {
    StreamExecutionEnvironment env = StreamJob.localEnvironment(parallelism, checkpoints, restoreFrom);
    StreamJob.build(env, s, null);
    long t0 = System.nanoTime();
    env.execute("chorus stream");
    return System.nanoTime() - t0;
  }

  /** Where a workspace's stream jobs keep their checkpoints unless told otherwise. */
  static Path checkpointsOf(Workspace ws) {
    return ws.root().resolve("stream").resolve("checkpoints");
  }

  @Command(name = "publish", description = "Publish input files to the input topic, one record a file (its format "
      + "detected as ingest detects it, or --format).")
  static final class Publish implements Callable<Integer> {
    @ParentCommand StreamCommand stream;
    @Spec CommandSpec spec;
    @Option(names = "--kafka", required = true, paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers.")
    String kafka;
    @Option(names = "--topic", defaultValue = StreamSettings.INPUT_TOPIC, description = "Input topic (default "
        + "${DEFAULT-VALUE}).")
    String topic;
    @Option(names = "--format", paramLabel = "ID", description = "The files' format (default: detected per file).")
    String format;
    @Option(names = "--synthetic", description = "Mark the posts as made up (demos, tests).")
    boolean synthetic;
    @Parameters(arity = "1..*", paramLabel = "FILES", description = "Files or folders (walked as ingest walks them).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
      try (Publisher p = new Publisher(kafka, topic)) {
        int sent = p.publish(files, format, synthetic);
        spec.commandLine().getOut().println("published " + sent + " records to " + topic);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "run", description = "Run the stream job in this process (Flink's local cluster): input topic → "
      + "map and annotate → the workspace's store and the output topic, exactly once.")
  static final class Run implements Callable<Integer> {
    @ParentCommand StreamCommand stream;
    @Spec CommandSpec spec;
    @Option(names = "--kafka", required = true, paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers.")
    String kafka;
    @Option(names = "--parallelism", defaultValue = "2", description = "Parallel tasks (default ${DEFAULT-VALUE}).")
    int parallelism;
    @Option(names = "--bounded", description = "Stop at the end of what the input topic holds now.")
    boolean bounded;
    @Option(names = "--checkpoints", paramLabel = "DIR", description = "Where checkpoints are kept, also after the "
        + "job is stopped (default: WORKSPACE/stream/checkpoints).")
    Path checkpoints;
    @Option(names = "--from-checkpoint", paramLabel = "DIR|latest", description = "Resume from a checkpoint: latest "
        + "(the newest under --checkpoints), a chk-N folder, or a folder holding them.")
    String fromCheckpoint;

    @Override
    public Integer call() throws Exception {
      Workspace ws = stream.parent.workspace();
      ws.create();
      StreamSettings s = StreamSettings.of(kafka, ws.storeUri().toString(),
          ws.root().toString(), stream.parent.env, bounded);
      Path dir = checkpoints != null ? checkpoints : checkpointsOf(ws);
      if (bounded && fromCheckpoint != null) {
        throw new IllegalArgumentException("--bounded and --from-checkpoint cannot go together: Flink's Kafka source "
            + "does not end a bounded read after a restore (FLINK-31006); resume without --bounded and stop the job "
            + "when the store has caught up");
      }
      Path restore = fromCheckpoint == null ? null : dev.chorus.stream.Checkpoints.resolve(fromCheckpoint, dir);
      if (restore != null) {
        spec.commandLine().getErr().println("resuming from " + restore);
      }
      long nanos = runJob(s, parallelism, dir, restore);
      spec.commandLine().getOut().printf("stream job ended after %.1f s%n", nanos / 1e9);
      return ExitCodes.OK;
    }
  }

  @Command(name = "demo", description = "The whole path in one process on the demo sample: a Kafka broker in this "
      + "JVM, the sample published, the job run to the end into a fresh demo workspace; prints a summary.")
  static final class Demo implements Callable<Integer> {
    static final String DEFAULT_DIR = "chorus-stream-demo";
    @ParentCommand StreamCommand stream;
    @Spec CommandSpec spec;
    @Option(names = "--posts", defaultValue = "3000", description = "Synthetic posts (default ${DEFAULT-VALUE}).")
    long posts;
    @Option(names = "--parallelism", defaultValue = "2", description = "Parallel tasks (default ${DEFAULT-VALUE}).")
    int parallelism;
    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      ChorusCommand parent = stream.parent;
      Workspace ws = DemoWorkspace.chosen(parent, DEFAULT_DIR);
      DemoWorkspace demo = new DemoWorkspace(ws, posts);
      demo.recreate();
      Path sample = demo.writeSample();
      Path kafkaDir = Files.createTempDirectory("chorus-kafka");
      ObjectNode summary = JsonConfig.mapper().createObjectNode();
      try (EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir)) {
        StreamSettings s = StreamSettings.of(kafka.bootstrap(), ws.storeUri().toString(), ws.root().toString(),
            parent.env, true);
        kafka.createTopics(parallelism, s.inputTopic(), s.outputTopic(), s.rejectsTopic(),
            dev.chorus.stream.coordination.CoordinationSettings.defaults().topic());
        int records;
        try (Publisher p = new Publisher(kafka.bootstrap(), s.inputTopic())) {
          records = p.publish(List.of(sample), null, true);
        }
        // checkpoints in files, not in the job manager's memory, which a large demo input outgrows
        long nanos = runJob(s, parallelism, checkpointsOf(ws), null);
        long stored;
        long all;
        try (PostStore store = ws.openStore(false)) {
          stored = store.count(dev.chorus.store.PostQuery.all()); // collected posts, as ingest's summary counts
          all = store.count();
        }
        summary.put("workspace", ws.root().toString());
        summary.put("records", records);
        summary.put("posts", stored);
        summary.put("referenced", all - stored);
        summary.put("seconds", Math.round(nanos / 1e7) / 100.0);
        summary.put("posts_per_second", Math.round(stored / (nanos / 1e9)));
        summary.put("parallelism", parallelism);
      }
      print(summary, spec.commandLine().getOut());
      return ExitCodes.OK;
    }

    private void print(ObjectNode s, PrintWriter out) throws Exception {
      if (json) {
        out.println(JsonConfig.mapper().writeValueAsString(s));
        return;
      }
      out.printf("stream demo: %d records published, %d posts stored in %s (%.2f s, %d posts/s, parallelism %d)%n",
          s.get("records").asInt(), s.get("posts").asLong(), s.get("workspace").asText(),
          s.get("seconds").asDouble(), s.get("posts_per_second").asLong(), s.get("parallelism").asInt());
      out.println("Try: ./chorus --workspace " + s.get("workspace").asText() + " stats");
    }
  }

}
