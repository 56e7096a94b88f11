package dev.chorus.analysis.trends;

import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link Trends} from the store and the codebook; the CLI and the API render its results. */
public final class TrendsService {
  /** Dimensions a series can be split by: the splittable ones of the registry, in form order. */
  public static final Set<String> DIMENSIONS =
      java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(Dimensions.splittable()));

  /**
   * The series of the labels beyond the top ones. In parentheses so that it cannot be taken for a label (there is a
   * platform called "other").
   */
  public static final String OTHER = "(other)";

  private final PostStore store;
  private final Codebook codebook;

  public TrendsService(PostStore store, Codebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  /** Every label of the dimension gets a series. */
  public Trends trends(PostQuery query, TimeSeries.Interval interval, String dimension, BurstDetector detector)
      throws IOException {
    return trends(query, interval, dimension, detector, 0);
  }

  /**
   * @param top labels with a series of their own, the most frequent; the others are summed into {@link #OTHER}
   *     (0: every label its own series). For a single-valued dimension the series then still add up to the posts
   *     with a label; for a multi-valued one (frames) a post counts once per label, in "other" too.
   */
  public Trends trends(PostQuery query, TimeSeries.Interval interval, String dimension, BurstDetector detector,
      int top) throws IOException {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 (every label) or more, not " + top);
    }
    String dim = dimension == null || dimension.isBlank() ? null : dimension;
    if (dim != null && !DIMENSIONS.contains(dim)) {
      throw new IllegalArgumentException("by: '" + dimension + "' is not one of " + new java.util.TreeSet<>(DIMENSIONS));
    }
    String storeDim = "language".equals(dim) ? "lang" : dim;
    TimeSeries ts = top(store.timeSeries(query, interval, storeDim), top);
    List<Codebook.Event> events = List.of();
    if (!ts.buckets().isEmpty()) {
      // events are days of the calendar: those of the series' zone, as its buckets
      LocalDate from = LocalDate.ofInstant(ts.buckets().get(0), ts.timeZone());
      LocalDate to = LocalDate.ofInstant(interval.end(ts.buckets().get(ts.buckets().size() - 1), ts.timeZone()),
          ts.timeZone());
      events = codebook.events().stream()
          .filter(e -> e.date() != null && !e.date().isBefore(from) && e.date().isBefore(to.plusDays(1)))
          .toList();
    }
    return new Trends(dim, ts, events, detector.detect(ts.total()), detector);
  }

  /** The {@code top} largest series (the store lists them largest first) and the rest summed as {@link #OTHER}. */
  static TimeSeries top(TimeSeries ts, int top) {
    if (top == 0 || ts.series().size() <= top) {
      return ts;
    }
    Map<String, long[]> kept = new LinkedHashMap<>();
    long[] other = new long[ts.buckets().size()];
    int i = 0;
    for (Map.Entry<String, long[]> e : ts.series().entrySet()) {
      if (i++ < top) {
        kept.put(e.getKey(), e.getValue());
      } else {
        for (int b = 0; b < other.length; b++) {
          other[b] += e.getValue()[b];
        }
      }
    }
    kept.put(OTHER, other);
    return new TimeSeries(ts.interval(), ts.timeZone(), ts.buckets(), ts.total(), kept);
  }
}
