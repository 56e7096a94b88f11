package dev.chorus.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.stream.coordination.CoordinationSettings;
import dev.chorus.stream.coordination.PairRows;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream job with real engines: Kafka's KRaft broker in this JVM, Flink's local MiniCluster, the embedded store.
 * It must store exactly what file ingest stores for the same input, send bad records to the rejects topic, and, after
 * a forced failure and restart from the last checkpoint, hold every post once in the store and in the output topic,
 * and every coordinated pair once in the coordination topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamJobTest {
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "stream-test-key-0123456789");
  @TempDir static Path dir;
  EmbeddedKafka kafka;
  List<String> lines;
  Path file;

  @BeforeAll
  void start() throws Exception {
    kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SyntheticCampaign(11, 40).write(out, 400);
    file = Files.write(dir.resolve("campaign.ndjson"), out.toByteArray());
    lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
  }

  @AfterAll
  void stop() throws Exception {
    kafka.close();
  }

  /** Topics of one test run, published with every line of the campaign as its own record, plus two bad ones. */
  StreamSettings publish(String run, Path workspace) throws Exception {
    StreamSettings s = new StreamSettings(kafka.bootstrap(), run + "-raw", run + "-posts", run + "-rejects",
        "lucene:index", workspace.toString(), ENV, true, 300);
    kafka.createTopics(2, s.inputTopic(), s.outputTopic(), s.rejectsTopic(), run + "-coordination");
    new Workspace(workspace).create();
    try (Publisher p = new Publisher(kafka.bootstrap(), s.inputTopic())) {
      for (String line : lines) {
        p.send(new RawRecord("x-api-v2", "campaign.ndjson", line.getBytes(StandardCharsets.UTF_8)));
      }
      p.send(new RawRecord("telegraph", "odd.json", "{}".getBytes(StandardCharsets.UTF_8)));
      p.send(new RawRecord("x-api-v2", "broken.ndjson", "{\"data\": [{\"id\": 5}".getBytes(StandardCharsets.UTF_8)));
    }
    return s;
  }

  /** The posts a file ingest of the same campaign stores, without provenance, by id. */
  Map<String, String> ingestedByFile() throws Exception {
    Workspace ws = new Workspace(dir.resolve("file-ws"));
    ws.create();
    try (PostStore store = ws.openStore(true)) {
      new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(ENV), ws.annotationChain(ENV), store,
          ws.rejectsDir(), Clock.systemUTC()).ingest(List.of(file), null, Map.of(), false, IngestListener.NONE);
    }
    return stored(ws);
  }

  static Map<String, String> stored(Workspace ws) throws Exception {
    PostJson json = new PostJson();
    Map<String, String> out = new TreeMap<>();
    try (PostStore store = ws.openStore(false)) {
      store.forEach(PostQuery.any(), p -> out.put(p.id(), json.write(p.toBuilder().provenance(null).build())));
    }
    return out;
  }

  List<ConsumerRecord<String, String>> readCommitted(String topic) {
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new StringDeserializer())) {
      c.subscribe(List.of(topic));
      int emptyPolls = 0;
      while (emptyPolls < 3) {
        var batch = c.poll(Duration.ofMillis(700));
        emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
        batch.forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void theJobStoresWhatFileIngestStoresAndSendsBadRecordsToRejects() throws Exception {
    Path ws = dir.resolve("stream-ws");
    StreamSettings s = publish("plain", ws);
    StreamExecutionEnvironment env = StreamJob.localEnvironment(2);
    StreamJob.build(env, s, null);
    env.execute("chorus stream test");

    Map<String, String> expected = ingestedByFile();
    assertThat(expected).hasSizeGreaterThan(300);
    assertThat(stored(new Workspace(ws))).isEqualTo(expected);
    List<ConsumerRecord<String, String>> posts = readCommitted(s.outputTopic());
    assertThat(posts).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    List<String> rejects = readCommitted(s.rejectsTopic()).stream().map(ConsumerRecord::value).toList();
    assertThat(rejects).anyMatch(r -> r.startsWith("odd.json: unknown format 'telegraph'; known formats:"))
        .anyMatch(r -> r.startsWith("broken.ndjson"));
  }

  /** Fails once, after a checkpoint completed and some posts went through; slow enough that checkpoints happen. */
  static final class FailOnce extends RichMapFunction<Tuple2<String, String>, Tuple2<String, String>>
      implements CheckpointListener {
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
    static final AtomicInteger SEEN = new AtomicInteger();

    @Override
    public Tuple2<String, String> map(Tuple2<String, String> post) throws Exception {
      Thread.sleep(3);
      if (CHECKPOINTED.get() && SEEN.incrementAndGet() > 50 && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("forced failure for the test");
      }
      return post;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTED.set(true);
    }
  }

  @Test
  void afterAForcedFailureAndRestartEveryPostIsStoredAndPublishedExactlyOnce() throws Exception {
    Path ws = dir.resolve("failing-ws");
    StreamSettings s = publish("failing", ws);
    StreamExecutionEnvironment env = StreamJob.localEnvironment(1);
    // participation 1: this small campaign's accounts share too seldom for the default 2 to leave pairs
    CoordinationSettings coordination = new CoordinationSettings("failing-coordination",
        CoordinationSettings.defaults().kinds(), 60, 1, CoordinationSettings.DEFAULT_LATENESS);
    StreamJob.build(env, s, coordination, posts -> posts.map(new FailOnce()).name("fail once").uid("fail-once"));
    env.execute("chorus stream failure test");

    assertThat(FailOnce.FAILED).as("the job failed once and was restarted").isTrue();
    Map<String, String> expected = ingestedByFile();
    assertThat(stored(new Workspace(ws))).isEqualTo(expected);
    List<ConsumerRecord<String, String>> posts = readCommitted(s.outputTopic());
    assertThat(posts).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    // the coordination state was restored with the checkpoint: each pair of the batch detector once, no other
    java.util.Set<String> batchPairs;
    try (PostStore store = new Workspace(dir.resolve("file-ws")).openStore(false)) {
      batchPairs = PairRows.ofStore(store, coordination);
    }
    assertThat(batchPairs).isNotEmpty();
    assertThat(PairRows.readCommitted(kafka.bootstrap(), coordination.topic())).isEqualTo(batchPairs);
  }

  /** Slows the job down so that it can be stopped between checkpoints; off for the resumed run. */
  static final class Slow implements org.apache.flink.api.common.functions.MapFunction<Tuple2<String, String>,
      Tuple2<String, String>> {
    static volatile boolean on = true;

    @Override
    public Tuple2<String, String> map(Tuple2<String, String> post) throws Exception {
      if (on) {
        Thread.sleep(20);
      }
      return post;
    }
  }

  @Test
  void aJobCancelledAfterACheckpointResumesFromItAndEveryPostEndsUpOnce() throws Exception {
    Path ws = dir.resolve("resumed-ws");
    Path checkpoints = dir.resolve("checkpoints");
    StreamSettings s = publish("resumed", ws);
    StreamJob.Stage slow = posts -> posts.map(new Slow()).name("slow").uid("slow");
    StreamExecutionEnvironment first = StreamJob.localEnvironment(1, checkpoints, null);
    StreamJob.build(first, s, slow);
    org.apache.flink.core.execution.JobClient job = first.executeAsync("chorus stream first run");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (Checkpoints.newest(checkpoints).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    job.cancel().get();
    // the result of a cancelled job is an error that says so
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.getJobExecutionResult().get())
        .hasStackTraceContaining("cancel");
    Map<String, String> expected = ingestedByFile();
    assertThat(stored(new Workspace(ws))).as("stopped before the end of the input").hasSizeLessThan(expected.size());

    Slow.on = false;
    Path latest = Checkpoints.resolve(Checkpoints.LATEST, checkpoints);
    // a bounded Kafka source never ends after a restore (FLINK-31006): the resumed run goes on until stopped
    StreamSettings unbounded = new StreamSettings(s.bootstrap(), s.inputTopic(), s.outputTopic(), s.rejectsTopic(),
        s.store(), s.workspace(), ENV, false, s.checkpointMillis());
    StreamExecutionEnvironment second = StreamJob.localEnvironment(1, checkpoints, latest);
    StreamJob.build(second, unbounded, slow);
    org.apache.flink.core.execution.JobClient resumed = second.executeAsync("chorus stream resumed run");
    List<ConsumerRecord<String, String>> published = List.of();
    deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (published.size() < expected.size() && System.nanoTime() < deadline) {
      published = readCommitted(s.outputTopic());
    }
    resumed.cancel().get();

    assertThat(published).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(stored(new Workspace(ws))).isEqualTo(expected);
  }

  @Test
  void aCheckpointNameThatLeadsToNoneIsRefusedSayingWhereItLooked() throws Exception {
    Path none = Files.createDirectories(dir.resolve("no-checkpoints"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checkpoints.resolve(Checkpoints.LATEST, none))
        .hasMessageContaining("no completed checkpoint").hasMessageContaining(none.toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checkpoints.resolve("/no/such/dir", none))
        .hasMessageContaining("is not a folder");
  }

  @Test
  void theClusterEntryPointRunsTheSameJobFromItsArguments() throws Exception {
    Path ws = dir.resolve("main-ws");
    StreamSettings s = publish("main", ws);
    StreamJobMain.run(new String[] {"--kafka", s.bootstrap(), "--store", s.store(), "--workspace", s.workspace(),
        "--input-topic", s.inputTopic(), "--output-topic", s.outputTopic(), "--rejects-topic", s.rejectsTopic(),
        "--checkpoint-ms", "300", "--bounded"}, ENV);
    assertThat(stored(new Workspace(ws))).isEqualTo(ingestedByFile());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamJobMain.settings(new String[] {"--kafka", "k:9092",
        "--workspace", "/w"}, ENV)).hasMessage("chorus stream job: --store is missing; " + StreamJobMain.USAGE);
  }
}
