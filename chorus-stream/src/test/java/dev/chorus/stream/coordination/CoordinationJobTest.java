package dev.chorus.stream.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostStore;
import dev.chorus.stream.EmbeddedKafka;
import dev.chorus.stream.Publisher;
import dev.chorus.stream.StreamJob;
import dev.chorus.stream.StreamSettings;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo sample through the whole stream job (Kafka's KRaft broker in this JVM, Flink's local cluster): the pairs
 * read {@code read_committed} from the coordination topic equal, kind by kind, the batch detector's pairs over a file
 * ingest of the same files, and their number is what {@code chorus coordination --by KIND} reports.
 */
class CoordinationJobTest {
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "stream-coordination-test-key-0123");
  /** The demo sample's synthetic campaign, as chorus-cli's {@code DemoWorkspace} writes it (half its default size). */
  static final long DEMO_SEED = 20250401L;
  static final int DEMO_ACCOUNTS = 400;
  static final int DEMO_POSTS = 1500;
  /**
   * The demo's format examples: chorus-cli bundles the files its index lists from chorus-core's format fixtures (this
   * module cannot depend on the CLI).
   */
  static final Path DEMO_INDEX = Path.of("..", "chorus-cli", "src", "main", "resources", "demo", "index.txt");
  static final Path DEMO_FILES = Path.of("..", "chorus-core", "src", "test", "resources", "sources");

  @TempDir Path dir;

  List<Path> demoSample() throws Exception {
    Path sample = Files.createDirectories(dir.resolve("sample"));
    List<Path> files = new ArrayList<>();
    for (String name : Files.readAllLines(DEMO_INDEX)) {
      if (!name.isBlank() && !name.startsWith("#")) {
        Path target = sample.resolve(name.trim());
        Files.createDirectories(target.getParent());
        files.add(Files.copy(DEMO_FILES.resolve(name.trim()), target));
      }
    }
    Path campaign = sample.resolve("synthetic-campaign.x-api-v2.ndjson");
    try (OutputStream o = Files.newOutputStream(campaign)) {
      new SyntheticCampaign(DEMO_SEED, DEMO_ACCOUNTS).write(o, DEMO_POSTS);
    }
    files.add(campaign);
    return files;
  }

  @Test
  void theCoordinationTopicHoldsThePairsOfTheBatchDetector() throws Exception {
    List<Path> files = demoSample();
    Set<String> streamed;
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      Path ws = dir.resolve("stream-ws");
      new Workspace(ws).create();
      StreamSettings s = new StreamSettings(kafka.bootstrap(), "raw", "posts", "rejects", "lucene:index",
          ws.toString(), ENV, true, 500);
      CoordinationSettings c = CoordinationSettings.defaults().withTopic("coordination");
      kafka.createTopics(2, s.inputTopic(), s.outputTopic(), s.rejectsTopic(), c.topic());
      try (Publisher p = new Publisher(kafka.bootstrap(), s.inputTopic())) {
        p.publish(files, null, true);
      }
      StreamExecutionEnvironment env = StreamJob.localEnvironment(2);
      StreamJob.build(env, s, c, null);
      env.execute("chorus stream coordination test");
      streamed = PairRows.readCommitted(kafka.bootstrap(), c.topic());
    }

    Workspace filed = new Workspace(dir.resolve("file-ws"));
    filed.create();
    Set<String> batch = new TreeSet<>();
    try (PostStore store = filed.openStore(true)) {
      new IngestService(SourceRegistry.loadDefault(), filed.pseudonymizer(ENV), filed.annotationChain(ENV), store,
          filed.rejectsDir(), Clock.systemUTC()).ingest(files, null, Map.of(), true, IngestListener.NONE);
      store.commit();
      for (ObjectKind kind : CoordinationSettings.defaults().kinds()) {
        Set<String> pairs = PairRows.ofStore(store, kind, CoordinationSettings.defaults());
        long reported = new CoordinationService().analyse(store, CoordinationRequest.of(kind)).detection().pairs();
        assertThat(pairs).as("the detector's pairs are those `chorus coordination --by %s` counts", kind.id())
            .hasSize((int) reported);
        batch.addAll(pairs);
      }
    }
    assertThat(batch).as("the demo sample has coordinated hashtags").anyMatch(r -> r.startsWith("hashtag |"))
        .hasSizeGreaterThan(50);
    assertThat(streamed).isEqualTo(batch);
  }
}
