package dev.chorus.collect;

import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.ingest.IngestSummary;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs a collector once: fetch (from its saved cursor), store the pages through the ingest path with the collector's
 * source, then save the cursor and write the run file. The cursor is saved only after the store committed, so a run
 * killed before that fetches the same pages again next time (and the store skips what it already has).
 */
public final class CollectService {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  /** Makes the HTTP client of one run, given how its addresses are to be recorded. */
  public interface HttpFactory {
    Http create(UnaryOperator<String> redact);
  }

  private final IngestService ingest;
  private final SourceRegistry sources;
  private final CursorStore cursors;
  private final Path runsDir;
  private final HttpFactory http;
  private final Clock clock;

  public CollectService(IngestService ingest, SourceRegistry sources, CursorStore cursors, Path runsDir,
      HttpFactory http, Clock clock) {
    this.ingest = ingest;
    this.sources = sources;
    this.cursors = cursors;
    this.runsDir = runsDir;
    this.http = http;
    this.clock = clock;
  }

  /** The usual HTTP settings: the JDK client, the default policy, real waits, a random jitter. */
  public static HttpFactory defaultHttp(Clock clock) {
    return redact -> new Http(Http.defaultClient(), Http.Policy.DEFAULT, clock, Http.Sleeper.REAL,
        new java.util.Random(), redact);
  }

  /** Runs {@code collector} (of kind {@code kind}) once, fetching at most {@code maxPages} pages. */
  public CollectRun collect(String kind, Collector collector, int maxPages) throws IOException, InterruptedException {
    return collect(kind, collector, maxPages, () -> false);
  }

  /**
   * As {@link #collect(String, Collector, int)}; once {@code stopRequested} turns true the collector fetches no
   * further page, and what it fetched is stored with its cursor (a clean stop loses nothing fetched).
   */
  public CollectRun collect(String kind, Collector collector, int maxPages, java.util.function.BooleanSupplier
      stopRequested) throws IOException, InterruptedException {
    if (maxPages < 1) {
      throw new IllegalArgumentException("--max-pages must be at least 1; found " + maxPages);
    }
    String key = kind + " " + collector.target();
    Instant started = clock.instant();
    Http client = http.create(collector::redact);
    Harvest harvest = new Harvest(cursors.get(key), maxPages, client, stopRequested);
    String error = null;
    Long retryAfterSeconds = null;
    try {
      collector.collect(client, harvest);
    } catch (FetchFailedException e) {
      error = e.getMessage();
      retryAfterSeconds = e.retryAfter() == null ? null : e.retryAfter().toSeconds();
    }
    String name = "collect:" + kind + ":" + collector.target();
    List<SourceInput> inputs = harvest.pages().stream().map(p -> SourceInput.ofBytes(name, p.body())).toList();
    IngestSummary s = ingest.ingestInputs(inputs, sources.require(collector.format()), false, IngestListener.NONE);
    cursors.put(key, harvest.cursor());
    // a collector's duplicates are the posts it fetched again that the store already has: identical copies
    // (unchanged) and copies that lose to the stored one alike
    long duplicates = s.duplicates() + s.unchanged();
    CollectRun run = new CollectRun(kind, collector.target(), collector.format(), started, clock.instant(),
        harvest.fetched(), inputs.size(), s.read(), s.added(), s.updated(), duplicates, s.rejectedRecords(),
        s.failedFiles().size(), s.posts(), s.rejectsFile(), client.requests().size(), error, harvest.gaps(),
        harvest.notes(), harvest.cursor(), client.requests(), null, retryAfterSeconds);
    if (runsDir == null) {
      return run;
    }
    Path file = runsDir.resolve("collect-" + kind + "-" + STAMP.format(started) + ".json");
    run = run.withRunFile(file.toString());
    run.write(file);
    return run;
  }
}
