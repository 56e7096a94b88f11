package dev.chorus.trends;

import dev.chorus.codebook.Codebook;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Computes {@link Trends} from the store and the codebook; the CLI and the API render its results. */
public final class TrendsService {
  /** Dimensions a series can be split by (the store's facet dimensions). */
  public static final Set<String> DIMENSIONS =
      Set.of("platform", "kind", "lang", "hashtag", "domain", "stance", "frame", "actor", "cohort", "call",
          "addressee", "source");

  private final PostStore store;
  private final Codebook codebook;

  public TrendsService(PostStore store, Codebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  public Trends trends(PostQuery query, TimeSeries.Interval interval, String dimension, BurstDetector detector)
      throws IOException {
    String dim = dimension == null || dimension.isBlank() ? null : dimension;
    if (dim != null && !DIMENSIONS.contains(dim)) {
      throw new IllegalArgumentException("by: '" + dimension + "' is not one of " + new java.util.TreeSet<>(DIMENSIONS));
    }
    String storeDim = "language".equals(dim) ? "lang" : dim;
    TimeSeries ts = store.timeSeries(query, interval, storeDim);
    List<Codebook.Event> events = List.of();
    if (!ts.buckets().isEmpty()) {
      LocalDate from = LocalDate.ofInstant(ts.buckets().get(0), ZoneOffset.UTC);
      LocalDate to = LocalDate.ofInstant(ts.buckets().get(ts.buckets().size() - 1).plusSeconds(interval.seconds()),
          ZoneOffset.UTC);
      events = codebook.events().stream()
          .filter(e -> e.date() != null && !e.date().isBefore(from) && e.date().isBefore(to.plusDays(1)))
          .toList();
    }
    return new Trends(dim, ts, events, detector.detect(ts.total()), detector);
  }
}
