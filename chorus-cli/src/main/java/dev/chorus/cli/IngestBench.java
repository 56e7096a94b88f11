package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.AnnotationChain;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.json.JsonConfig;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code chorus bench ingest --posts N}: generates N synthetic posts as X API v2 NDJSON (or reads those an earlier bench
 * wrote, {@code --input}), ingests them end to end (parse, map, pseudonymise, optionally annotate, index, commit) into
 * a fresh workspace, then times searches with a date filter and facet counts. Reports posts/s, peak heap, index size
 * and search latency percentiles, and the rate of bare Lucene on the same file in the same run ({@link
 * LuceneBaseline}) with the ratio of the two and the machine: the baseline cold in a JVM of its own ({@link
 * ColdBaseline}, like for like with the ingest, the first work of its JVM) and warm in this JVM after the ingest, each
 * by wall time and by CPU time. {@link IngestRounds} runs it several times.
 *
 * @param posts posts to generate (unless an input is given to {@link #run})
 * @param queries searches to time
 * @param annotate run the analysis chain as a real ingest does
 */
record IngestBench(long posts, int queries, boolean annotate) {
  /** {@code given}: an input written by an earlier bench (a round of {@link IngestRounds}), or null to write one. */
  ObjectNode run(Path work, Path given) throws Exception {
    Path input = given != null ? given : writeInput(work, posts);
    Workspace ws = new Workspace(Files.createTempDirectory(work, "workspace-"));
    ws.create();
    Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    System.gc();
    long t0 = System.nanoTime();
    long cpu0 = EmbeddedIngest.cpuNanos();
    IngestThreads threads = new IngestThreads();
    IngestSummary summary;
    try (PostStore store = ws.openStore(true)) {
      AnnotationChain chain = annotate ? ws.annotationChain(Map.of("CHORUS_KEY", "bench-key-not-secret-0123456789"))
          : AnnotationChain.empty();
      summary = new IngestService(SourceRegistry.loadDefault(), pseudonymizer, chain, store, ws.rejectsDir(),
          Clock.systemUTC()).ingest(List.of(input), null, Map.of(), true, threads);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (EmbeddedIngest.cpuNanos() - cpu0) / 1e9;
    long peakHeap = peakHeapBytes();
    double[] latencies = timeSearches(ws);
    int cores = Runtime.getRuntime().availableProcessors();
    ColdBaseline.Result cold = fastestColdBaseline(input, work, cores);
    long b0 = System.nanoTime();
    long bcpu0 = EmbeddedIngest.cpuNanos();
    long warmPosts = LuceneBaseline.index(input, Files.createTempDirectory(work, "baseline-"), cores);
    double warmSeconds = (System.nanoTime() - b0) / 1e9;
    double warmCpuSeconds = (EmbeddedIngest.cpuNanos() - bcpu0) / 1e9;
    long rate = Math.round(summary.read() / seconds);
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("posts", summary.added() + summary.updated() + summary.unchanged() + summary.duplicates());
    o.put("annotated", annotate);
    o.put("seconds", BenchFigures.round(seconds));
    o.put("posts_per_second", rate);
    o.put("baseline", "bare Lucene: Jackson parse, id + text + time, updateDocument by id, " + cores + " threads, "
        + "in a JVM of its own (cold, as the ingest is), " + cold.jit());
    long coldRate = Math.round(cold.posts() / cold.seconds());
    o.put("baseline_posts_per_second", coldRate);
    o.put("ratio_to_baseline", BenchFigures.ratio(rate, coldRate));
    long warmRate = Math.round(warmPosts / warmSeconds);
    o.put("baseline_warm_posts_per_second", warmRate); // after the ingest, in its JVM: JIT-compiled already
    o.put("ratio_to_warm_baseline", BenchFigures.ratio(rate, warmRate));
    // CPU time barely moves with what else the machine runs, where the rates move with it: the firmer comparison
    o.put("cpu_seconds", BenchFigures.round(cpuSeconds));
    o.put("baseline_cpu_seconds", BenchFigures.round(cold.cpuSeconds()));
    o.put("baseline_warm_cpu_seconds", BenchFigures.round(warmCpuSeconds));
    double perCpuSecond = summary.read() / cpuSeconds;
    o.put("cpu_ratio_to_baseline", BenchFigures.ratio(perCpuSecond, cold.posts() / cold.cpuSeconds()));
    o.put("cpu_ratio_to_warm_baseline", BenchFigures.ratio(perCpuSecond, warmPosts / warmCpuSeconds));
    o.set("cpu_seconds_by_thread", threads.report());
    o.put("peak_heap_mb", peakHeap / (1024 * 1024));
    o.put("index_mb", BenchFigures.round(size(ws.indexDir()) / 1048576.0));
    o.put("search_queries", queries);
    o.put("search_p50_ms", BenchFigures.round(Percentiles.nearestRank(latencies, 0.50)));
    o.put("search_p95_ms", BenchFigures.round(Percentiles.nearestRank(latencies, 0.95)));
    o.put("work_dir", work.toString());
    o.set("machine", machine());
    return o;
  }

  /**
   * The cold baseline at its best: with the JVM's default JIT and, when the ingest ran with JIT options of its own
   * (the launcher's choice for the command, or the user's), with those too; the faster run is the yardstick, so that
   * no JIT setting favours Chorus over bare Lucene.
   */
  private static ColdBaseline.Result fastestColdBaseline(Path input, Path work, int cores) throws Exception {
    ColdBaseline.Result best = ColdBaseline.run(input, coldDir(work), cores, false);
    if (!ColdBaseline.jitOptions().isEmpty()) {
      ColdBaseline.Result same = ColdBaseline.run(input, coldDir(work), cores, true);
      best = same.posts() / same.seconds() > best.posts() / best.seconds() ? same : best;
    }
    return best;
  }

  private static Path coldDir(Path work) throws java.io.IOException {
    return Files.createTempDirectory(work, "baseline-cold-");
  }

  /**
   * The input of every bench that ingests: {@code posts} synthetic posts as X API v2 NDJSON (100 a line), the same
   * posts for the same count, written to {@code work}.
   */
  static Path writeInput(Path work, long posts) throws java.io.IOException {
    Path input = work.resolve("bench-input.x-api-v2.ndjson");
    try (OutputStream o = Files.newOutputStream(input)) {
      new SyntheticCampaign(42L, (int) Math.max(1000, posts / 20)).write(o, posts);
    }
    return input;
  }

  /** Stats (facet counts by platform, kind, language, day, authors) over a random date window. */
  private double[] timeSearches(Workspace ws) throws Exception {
    SplittableRandom rnd = new SplittableRandom(7);
    double[] ms = new double[queries];
    Instant start = Instant.parse("2025-04-01T00:00:00Z");
    try (PostStore store = ws.openStore(false)) {
      for (int i = -20; i < queries; i++) { // the first 20 warm the JIT and caches and are not counted
        Instant since = start.plusSeconds(rnd.nextInt(20) * 86_400L);
        Instant until = since.plusSeconds((1 + rnd.nextInt(10)) * 86_400L);
        PostQuery q = PostQuery.all().withSpan(since, until);
        long t = System.nanoTime();
        store.stats(q);
        if (i >= 0) {
          ms[i] = (System.nanoTime() - t) / 1e6;
        }
      }
    }
    return ms;
  }

  /** What the figures depend on: they are only comparable on the same kind of machine (the ratio travels better). */
  static ObjectNode machine() {
    ObjectNode m = JsonConfig.mapper().createObjectNode();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    // other processes share the cores: a load above the core count means the figures are a lower bound
    m.put("load_average_1min", BenchFigures.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    return m;
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
