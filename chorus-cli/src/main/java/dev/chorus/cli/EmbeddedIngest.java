package dev.chorus.cli;

import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The yardstick of {@code bench stream} and the filling of {@code bench stores}: a file ingested into a fresh
 * workspace exactly as {@code chorus ingest} does it (the workspace's pseudonymiser and annotation chain, the
 * {@link IngestService}, one commit), timed from opening the store to its close.
 *
 * @param posts collected posts in the store afterwards (referenced context not counted, as ingest counts)
 * @param cpuSeconds CPU time this process spent meanwhile, on all its threads
 */
record EmbeddedIngest(Workspace workspace, long posts, double seconds, double cpuSeconds) {
  /** The key of every bench: made-up data, so no secret; the same key in every path keeps pseudonyms equal. */
  static final Map<String, String> BENCH_ENV = Map.of("CHORUS_KEY", "bench-key-not-secret-0123456789");

  long postsPerSecond() {
    return Math.round(posts / seconds);
  }

  /** Ingests {@code input} (marked synthetic) into a new workspace under {@code work}. */
  static EmbeddedIngest run(Path work, Path input) throws Exception {
    Workspace ws = fresh(work, "ingest", null);
    System.gc(); // the generator's garbage is not the ingest's
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    IngestSummary summary;
    try (PostStore store = ws.openStore(true)) {
      summary = new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(BENCH_ENV),
          ws.annotationChain(BENCH_ENV), store, ws.rejectsDir(), ws.runsDir(), Clock.systemUTC())
          .ingest(List.of(input), null, Map.of(), true, IngestListener.NONE);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
    if (!summary.clean()) {
      throw new IllegalStateException("the bench input did not ingest cleanly: " + summary.rejected()
          + " records rejected in " + ws.root());
    }
    return new EmbeddedIngest(ws, collected(ws), seconds, cpuSeconds);
  }

  /**
   * CPU time of this process so far, all threads (0 where the JVM cannot tell). On a machine whose cores other
   * processes share, posts per CPU-second varies much less than posts per second: the figure to size by.
   */
  static long cpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  long postsPerCpuSecond() {
    return cpuSeconds > 0 ? Math.round(posts / cpuSeconds) : 0;
  }

  /**
   * A new workspace under {@code work} whose store is the embedded index ({@code store} null) or a new store named
   * after {@code store}: the URL with "-LABEL-STAMP" appended (a fresh OpenSearch index, say), so that no run
   * finds another run's posts. The stores a bench makes this way stay where they are (drop them on the node).
   */
  static Workspace fresh(Path work, String label, String store) throws Exception {
    Workspace ws = new Workspace(Files.createTempDirectory(work, label + "-"));
    if (store != null) {
      String unique = store.replaceFirst("/+$", "") + "-" + label + "-"
          + Long.toString(System.currentTimeMillis(), 36);
      Files.writeString(ws.root().resolve(dev.chorus.workspace.WorkspaceSettings.FILE_NAME), "store: " + unique + "\n");
    }
    ws.create();
    return ws;
  }

  /** Collected posts in the workspace's store. */
  static long collected(Workspace ws) throws Exception {
    try (PostStore store = ws.openStore(false)) {
      return store.count(PostQuery.all());
    }
  }
}
