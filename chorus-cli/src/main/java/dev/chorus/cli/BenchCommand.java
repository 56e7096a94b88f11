package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chorus bench ingest --posts N}: generates N synthetic posts as X API v2 NDJSON, ingests them end to end
 * (parse, map, pseudonymise, index, commit) into a fresh workspace, then times searches with a date filter and facet
 * counts. Prints posts/s, peak heap, index size and search latency percentiles.
 */
@Command(name = "bench", description = "Benchmarks: 'bench ingest --posts N', 'bench annotate --posts N [--models DIR]', "
    + "'bench coordination --posts N [--input SHARES.csv]', 'bench serve --dir WORKSPACE'.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "ingest, annotate, coordination or serve")
  String what;

  @Option(names = "--posts", defaultValue = "100000", description = "Posts to generate (default ${DEFAULT-VALUE}).")
  long posts;

  @Option(names = "--queries", defaultValue = "200", description = "Searches to time (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
  Path dir;

  @Option(names = "--rate", defaultValue = "200", description = "serve: requests per second (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--seconds", defaultValue = "60", description = "serve: seconds of load (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--states", defaultValue = "200",
      description = "serve: distinct filter states in the mix (default ${DEFAULT-VALUE}).")
  int states;

  @Option(names = "--annotate", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "ingest: run the analysis chain as a real ingest does (default); --no-annotate times parse, map, "
          + "pseudonymise, index and commit alone.")
  boolean annotate;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--models", paramLabel = "DIR",
      description = "annotate: a workspace's models folder, to time trained stance/frame models too.")
  Path models;

  @Option(names = "--input", paramLabel = "FILE", description = "coordination: a CooRTweet share table to time too.")
  Path input;

  @Override
  public Integer call() throws Exception {
    if (!List.of("ingest", "coordination", "annotate", "serve").contains(what)) {
      throw new IllegalArgumentException("unknown benchmark '" + what
          + "'; known: ingest, annotate, coordination, serve");
    }
    if ("annotate".equals(what)) {
      ObjectNode o = new AnnotateBench().run(posts, models);
      spec.commandLine().getOut().println(json ? Json.mapper().writeValueAsString(o)
          : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
      return ExitCodes.OK;
    }
    if ("serve".equals(what)) {
      if (dir == null) {
        throw new IllegalArgumentException("bench serve needs --dir WORKSPACE (a workspace with an index)");
      }
      if (rate < 1 || seconds < 1 || seconds > 600 || states < 20) {
        throw new IllegalArgumentException("bench serve: --rate must be 1 or more, --seconds 1 to 600, --states 20 "
            + "or more");
      }
      ObjectNode o = new ServeBench(new Workspace(dir.toAbsolutePath()), rate, seconds, states).run();
      spec.commandLine().getOut().println(json ? Json.mapper().writeValueAsString(o)
          : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
      return ExitCodes.OK;
    }
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("chorus-bench");
    if ("coordination".equals(what)) {
      if (input != null && !Files.isRegularFile(input)) {
        throw new java.nio.file.NoSuchFileException(input.toString());
      }
      ObjectNode o = new CoordinationBench().run(input, posts, work);
      spec.commandLine().getOut().println(json ? Json.mapper().writeValueAsString(o)
          : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
      return ExitCodes.OK;
    }
    Path input = work.resolve("bench-input.x-api-v2.ndjson");
    try (OutputStream o = Files.newOutputStream(input)) {
      new SyntheticCampaign(42L, (int) Math.max(1000, posts / 20)).write(o, posts);
    }
    Workspace ws = new Workspace(Files.createTempDirectory(work, "workspace-"));
    ws.create();
    Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    System.gc();
    long t0 = System.nanoTime();
    IngestSummary summary;
    try (PostStore store = ws.openStore(true)) {
      dev.chorus.annotate.AnnotationChain chain = annotate
          ? ws.annotationChain(Map.of("CHORUS_KEY", "bench-key-not-secret-0123456789"))
          : dev.chorus.annotate.AnnotationChain.empty();
      summary = new IngestService(SourceRegistry.loadDefault(), pseudonymizer, chain, store,
          ws.rejectsDir(),
          Clock.systemUTC()).ingest(List.of(input), null, Map.of(), true, IngestListener.NONE);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peakHeap = peakHeapBytes();
    double[] latencies = timeSearches(ws);
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("posts", summary.added() + summary.updated() + summary.duplicates());
    o.put("annotated", annotate);
    o.put("seconds", round(seconds));
    o.put("posts_per_second", Math.round(summary.read() / seconds));
    o.put("peak_heap_mb", peakHeap / (1024 * 1024));
    o.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    o.put("index_mb", round(size(ws.indexDir()) / 1048576.0));
    o.put("search_queries", queries);
    o.put("search_p50_ms", round(percentile(latencies, 0.50)));
    o.put("search_p95_ms", round(percentile(latencies, 0.95)));
    o.put("work_dir", work.toString());
    spec.commandLine().getOut().println(json ? Json.mapper().writeValueAsString(o)
        : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    return ExitCodes.OK;
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
        PostQuery q = new PostQuery(null, Set.of(), Set.of(), Set.of(), since, until, null, null);
        long t = System.nanoTime();
        store.stats(q);
        if (i >= 0) {
          ms[i] = (System.nanoTime() - t) / 1e6;
        }
      }
    }
    return ms;
  }

  private static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
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

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
