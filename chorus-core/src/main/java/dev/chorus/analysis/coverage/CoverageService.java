package dev.chorus.analysis.coverage;

import dev.chorus.analysis.coverage.CoverageReport.Span;
import dev.chorus.ingest.RunLog;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.StoreStats;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes {@link CoverageReport}s from the store, the workspace's run logs and its rejects folder; the CLI, the API
 * (and so the dashboard) and the report render them.
 *
 * <p>Design decision: both the run logs and the rejects folder are read. The logs count what every run read, added,
 * updated, found duplicated and rejected; only the rejects files say why a record or file was rejected (and they
 * also cover runs made before run logs existed).
 */
public final class CoverageService {
  private static final int ALL = 10_000;

  private final PostStore store;
  private final Path runsDir;
  private final Path rejectsDir;

  /** {@code runsDir} and {@code rejectsDir} may be null or missing: no run totals, no reasons then. */
  public CoverageService(PostStore store, Path runsDir, Path rejectsDir) {
    this.store = store;
    this.runsDir = runsDir;
    this.rejectsDir = rejectsDir;
  }

  /** Coverage of a workspace's posts with its run logs and rejects. */
  public static CoverageService of(PostStore store, Workspace workspace) {
    return new CoverageService(store, workspace.runsDir(), workspace.rejectsDir());
  }

  /** @param byFile also report per source file (one pass over every matching post) */
  public CoverageReport coverage(PostQuery filter, boolean byFile) throws IOException {
    Drilldown base = Drilldown.of(filter);
    StoreStats overall = store.stats(base.query());
    Span all = span("all", base, overall);
    List<Span> platforms = new ArrayList<>();
    for (String p : overall.byPlatform().keySet()) {
      platforms.add(span(p, base.platform(p), overall.byPlatform().size() == 1 ? overall : null));
    }
    List<Span> sources = new ArrayList<>();
    Map<String, Long> formats = store.facetCounts(base.query(), "source", ALL).counts();
    for (String s : formats.keySet()) {
      boolean alone = formats.size() == 1 && formats.get(s) == overall.posts();
      sources.add(span(s, base.field("source", s), alone ? overall : null));
    }
    return new CoverageReport(base, base.query().zone(), all, platforms, sources, byFile ? files(base) : null, runs(),
        new RejectsReader(rejectsDir).summary(), CollectorRuns.read(runsDir));
  }

  /** {@code known}: the stats of these very posts when already computed (one part holding every post), else null. */
  private Span span(String label, Drilldown d, StoreStats known) throws IOException {
    StoreStats s = known != null ? known : store.stats(d.query());
    ZoneId zone = d.query().zone();
    return new Span(label, s.posts(), s.first(), s.last(), days(s.first(), s.last(), zone),
        missing(s.first(), s.last(), s.byDay().keySet(), zone), d);
  }

  /** Per file: posts and days, from the provenance of every matching post. */
  private List<Span> files(Drilldown base) throws IOException {
    Map<String, long[]> counts = new TreeMap<>(); // posts, first, last (epoch ms)
    Map<String, Set<String>> days = new TreeMap<>();
    ZoneId zone = base.query().zone();
    store.forEach(base.query(), (Post p) -> {
      String file = p.provenance() == null ? "(unknown)" : p.provenance().sourceFile();
      long t = p.createdAt().toEpochMilli();
      long[] c = counts.computeIfAbsent(file, f -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
      c[0]++;
      c[1] = Math.min(c[1], t);
      c[2] = Math.max(c[2], t);
      days.computeIfAbsent(file, f -> new TreeSet<>()).add(day(p.createdAt(), zone).toString());
    });
    List<Span> out = new ArrayList<>();
    counts.forEach((file, c) -> {
      Instant first = Instant.ofEpochMilli(c[1]);
      Instant last = Instant.ofEpochMilli(c[2]);
      out.add(new Span(file, c[0], first, last, days(first, last, zone), missing(first, last, days.get(file), zone),
          null));
    });
    return out;
  }

  private static long days(Instant first, Instant last, ZoneId zone) {
    return first == null ? 0 : day(last, zone).toEpochDay() - day(first, zone).toEpochDay() + 1;
  }

  /** Days (of {@code zone}) from the first to the last post on which no post was made. */
  static List<String> missing(Instant first, Instant last, Set<String> daysWithPosts, ZoneId zone) {
    List<String> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    for (LocalDate d = day(first, zone); !d.isAfter(day(last, zone)); d = d.plusDays(1)) {
      if (!daysWithPosts.contains(d.toString())) {
        out.add(d.toString());
      }
    }
    return out;
  }

  private static LocalDate day(Instant t, ZoneId zone) {
    return LocalDate.ofInstant(t, zone);
  }

  private CoverageReport.Runs runs() throws IOException {
    List<RunLog> logs = new ArrayList<>();
    if (runsDir != null && Files.isDirectory(runsDir)) {
      try (Stream<Path> files = Files.list(runsDir)) {
        // collector runs (dev.chorus.collect.CollectRun) carry the same counting fields as ingest runs
        for (Path f : files.filter(f -> f.getFileName().toString().matches("(ingest|collect)-.*\\.json")).sorted()
            .toList()) {
          logs.add(RunLog.read(f));
        }
      }
    }
    logs.sort(Comparator.comparing(RunLog::started, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new CoverageReport.Runs(logs.size(), sum(logs, RunLog::files), sum(logs, RunLog::read),
        sum(logs, RunLog::added), sum(logs, RunLog::updated), sum(logs, r -> r.duplicates() + r.unchanged()),
        sum(logs, RunLog::rejectedRecords), sum(logs, RunLog::rejectedFiles), logs);
  }

  private static long sum(List<RunLog> logs, java.util.function.ToLongFunction<RunLog> f) {
    return logs.stream().mapToLong(f).sum();
  }
}
