package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.stream.EmbeddedKafka;
import dev.chorus.stream.Publisher;
import dev.chorus.stream.RawRecord;
import dev.chorus.stream.StreamJob;
import dev.chorus.stream.StreamSettings;
import dev.chorus.stream.coordination.CoordinationSettings;
import dev.chorus.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code chorus bench stream --posts N --parallelism 1,2}: the Flink job of {@code chorus-stream} against embedded file
 * ingest of the same posts in the same run. The synthetic posts of {@code bench ingest} are published once to a Kafka
 * broker in this JVM (one record per page of 100 posts, the input topic with as many partitions as the largest
 * parallelism) and ingested from their file ({@link EmbeddedIngest}), all before any timing of the job. A warm-up job
 * on the first page comes first of all: it loads Flink's classes, warms the shared code of both paths, and fails the
 * bench at once on an unreachable store. The job then runs bounded at each parallelism into a fresh workspace (and
 * store), and is timed whole and between the first and the last annotated post ({@link ThroughputProbe}): a short
 * bounded run is dominated by start-up and by the last checkpoint, which a long-running job pays once.
 *
 * @param store null for each run's own embedded index, else a store URL to which each run appends its own suffix
 */
record StreamBench(long posts, List<Integer> parallelisms, String store) {
  static final String MEASURED = "job: Flink local cluster in this JVM, bounded, Kafka source (in-JVM broker, "
      + "records published before timing) -> map, pseudonymise, annotate -> store sink (commit on checkpoint, every "
      + "2 s), exactly-once posts topic and coordinated-sharing pairs; seconds = the whole job (start-up, run, final commit); steady = first "
      + "to last post leaving annotation; baseline = chorus ingest of the same file into an embedded index";

  ObjectNode run(Path work) throws Exception {
    Path input = IngestBench.writeInput(work, posts);
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("measured", MEASURED);
    try (EmbeddedKafka kafka = EmbeddedKafka.start(Files.createTempDirectory(work, "kafka-"))) {
      // first, so that an unreachable store fails the bench at once, and the baseline runs on warm code too
      double warmUp = warmUp(kafka, input, work) / 1e9;
      int partitions = parallelisms.stream().mapToInt(Integer::intValue).max().orElse(1);
      kafka.createTopics(partitions, StreamSettings.INPUT_TOPIC);
      long t0 = System.nanoTime();
      int records = publish(kafka.bootstrap(), StreamSettings.INPUT_TOPIC, input, Long.MAX_VALUE);
      double publishSeconds = (System.nanoTime() - t0) / 1e9;
      EmbeddedIngest ingest = EmbeddedIngest.run(work, input);
      o.put("posts", ingest.posts());
      o.put("baseline", "embedded file ingest (chorus ingest: parse, map, pseudonymise, annotate, index, commit)");
      o.put("baseline_seconds", BenchFigures.round(ingest.seconds()));
      o.put("baseline_posts_per_second", ingest.postsPerSecond());
      o.put("baseline_cpu_seconds", BenchFigures.round(ingest.cpuSeconds()));
      o.put("baseline_posts_per_cpu_second", ingest.postsPerCpuSecond());
      o.put("records", records);
      o.put("input_partitions", partitions);
      o.put("publish_seconds", BenchFigures.round(publishSeconds));
      o.put("warmup_seconds", BenchFigures.round(warmUp));
      ArrayNode runs = o.putArray("runs");
      for (int p : parallelisms) {
        runs.add(job(kafka, p, work, ingest));
      }
    }
    o.put("work_dir", work.toString());
    o.set("machine", IngestBench.machine());
    return o;
  }

  /**
   * One record per line of the input (a page of up to 100 posts), so that the records spread over the partitions;
   * {@code limit} lines at most.
   */
  private static int publish(String bootstrap, String topic, Path input, long limit) throws Exception {
    int sent = 0;
    try (Publisher publisher = new Publisher(bootstrap, topic);
        Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank()).limit(limit)::iterator) {
        publisher.send(new RawRecord("x-api-v2", input.getFileName().toString(),
            line.getBytes(StandardCharsets.UTF_8), true));
        sent++;
      }
    }
    return sent;
  }

  /**
   * The job once on the first page of posts, from a topic of its own, into a store of its own, not reported: so
   * that no measured run pays alone for loading Flink's, Kafka's and the store's classes.
   */
  private long warmUp(EmbeddedKafka kafka, Path input, Path work) throws Exception {
    String topic = "bench-warmup";
    kafka.createTopics(1, topic);
    publish(kafka.bootstrap(), topic, input, 1);
    Workspace ws = EmbeddedIngest.fresh(work, "warmup", store);
    ws.openStore(true).close(); // an unreachable store fails here, in words, not as a failed job after its restarts
    long t0 = System.nanoTime();
    execute(kafka, topic, 1, ws, UUID.randomUUID().toString());
    return System.nanoTime() - t0;
  }

  /** The bounded job from {@code topic} into the store of {@code ws}, own output topics, probed as {@code run}. */
  private static void execute(EmbeddedKafka kafka, String topic, int parallelism, Workspace ws, String run)
      throws Exception {
    StreamSettings s = new StreamSettings(kafka.bootstrap(), topic, "bench-posts-" + run, "bench-rejects-" + run,
        ws.storeUri().toString(), ws.root().toString(), EmbeddedIngest.BENCH_ENV, true, 2_000);
    // the whole job, coordinated sharing included, as stream run and stream demo build it
    CoordinationSettings coordination = CoordinationSettings.defaults().withTopic("bench-coordination-" + run);
    kafka.createTopics(parallelism, s.outputTopic(), s.rejectsTopic(), coordination.topic());
    // checkpoints in files, as stream run keeps them: the coordination state of a large bounded run outgrows the
    // job manager's memory storage (the job then fails on its checkpoints)
    StreamExecutionEnvironment env = StreamJob.localEnvironment(parallelism,
        ws.root().resolve("stream").resolve("checkpoints"), null);
    StreamJob.build(env, s, coordination, posts -> posts.map(new ThroughputProbe(run)).name("throughput probe"));
    env.execute("chorus bench stream p" + parallelism);
  }

  /** The bounded job at {@code parallelism} into a fresh workspace, with its own output topics; its figures. */
  private ObjectNode job(EmbeddedKafka kafka, int parallelism, Path work, EmbeddedIngest ingest) throws Exception {
    Workspace ws = EmbeddedIngest.fresh(work, "stream-p" + parallelism, store);
    String run = UUID.randomUUID().toString();
    System.gc();
    long t0 = System.nanoTime();
    long cpu0 = EmbeddedIngest.cpuNanos();
    execute(kafka, StreamSettings.INPUT_TOPIC, parallelism, ws, run);
    long t1 = System.nanoTime();
    double cpuSeconds = (EmbeddedIngest.cpuNanos() - cpu0) / 1e9;
    ThroughputProbe.Passage passage = ThroughputProbe.take(run);
    if (passage.posts.get() == 0) {
      throw new IllegalStateException("the stream job at parallelism " + parallelism + " passed no posts: expected "
          + ingest.posts() + " (see " + ws.root() + ")");
    }
    long stored = EmbeddedIngest.collected(ws);
    double seconds = (t1 - t0) / 1e9;
    double steady = (passage.last.get() - passage.first.get()) / 1e9;
    long steadyRate = steady > 0 ? Math.round(passage.posts.get() / steady) : 0;
    ObjectNode r = JsonConfig.mapper().createObjectNode();
    r.put("parallelism", parallelism);
    r.put("store", ws.storeUri().toString());
    r.put("posts", stored);
    r.put("same_posts_as_baseline", stored == ingest.posts());
    r.put("seconds", BenchFigures.round(seconds));
    r.put("posts_per_second", Math.round(stored / seconds));
    r.put("ratio_to_baseline", BenchFigures.ratio(stored / seconds, ingest.postsPerSecond()));
    r.put("startup_seconds", BenchFigures.round((passage.first.get() - t0) / 1e9));
    r.put("steady_seconds", BenchFigures.round(steady));
    r.put("steady_posts_per_second", steadyRate);
    r.put("steady_ratio_to_baseline", BenchFigures.ratio(steadyRate, ingest.postsPerSecond()));
    r.put("end_seconds", BenchFigures.round((t1 - passage.last.get()) / 1e9));
    r.put("cpu_seconds", BenchFigures.round(cpuSeconds));
    long perCpu = cpuSeconds > 0 ? Math.round(stored / cpuSeconds) : 0;
    r.put("posts_per_cpu_second", perCpu);
    r.put("cpu_ratio_to_baseline", BenchFigures.ratio(perCpu, ingest.postsPerCpuSecond()));
    return r;
  }
}
