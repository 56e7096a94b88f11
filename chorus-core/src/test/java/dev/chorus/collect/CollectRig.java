package dev.chorus.collect;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.ingest.IngestService;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A workspace folder with a real store, and a collect service whose waits are recorded instead of slept (so tests
 * assert the back-off and {@code Retry-After} without taking time) and whose clock stands still.
 */
final class CollectRig {
  static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
  final Path dir;
  final List<Duration> sleeps = new ArrayList<>();
  final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  Http.Policy policy = Http.Policy.DEFAULT;

  CollectRig(Path dir) {
    this.dir = dir;
  }

  Http http(java.util.function.UnaryOperator<String> redact) {
    return new Http(Http.defaultClient(), policy, clock, sleeps::add, new Random(7), redact);
  }

  /** One run of {@code kind} with options (as the command line names them), store opened and closed as a process. */
  CollectRun run(String kind, Map<String, String> options, Map<String, String> env, int maxPages) throws Exception {
    Collector c = CollectorKinds.create(kind, options, env, pseudonymizer);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestService ingest = new IngestService(SourceRegistry.loadDefault(), pseudonymizer, AnnotationChain.empty(),
          store, dir.resolve("rejects"), Clock.systemUTC());
      CollectService service = new CollectService(ingest, SourceRegistry.loadDefault(),
          new CursorStore(dir.resolve("collect/cursors.json")), dir.resolve("runs"), this::http, Clock.systemUTC());
      CollectRun r = service.collect(kind, c, maxPages);
      return r;
    }
  }

  CollectRun run(String kind, Map<String, String> options) throws Exception {
    return run(kind, options, Map.of(), 10);
  }

  long posts() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      return store.count();
    }
  }

  List<dev.chorus.post.Post> all() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      List<dev.chorus.post.Post> out = new ArrayList<>();
      store.forEach(PostQuery.all(), out::add);
      return out;
    }
  }
}
