package dev.chorus.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Post counts per time bucket, split by the labels of one dimension.
 *
 * @param interval bucket width
 * @param buckets start of each bucket, ascending, contiguous (empty buckets included)
 * @param total posts per bucket
 * @param series per label, posts per bucket (a post with several labels of a multi-valued dimension counts in each)
 */
public record TimeSeries(Interval interval, List<Instant> buckets, long[] total, Map<String, long[]> series) {
  /**
   * The series of sparse counts, as every store computes them: posts per bucket start (epoch seconds) in all and per
   * label. Buckets run contiguously from the first to the last counted one; the labels are ordered by their total,
   * largest first, ties by label, so that every store gives the same order.
   */
  public static TimeSeries of(Interval interval, java.util.SortedMap<Long, Long> totals,
      Map<String, Map<Long, Long>> byLabel) {
    List<Instant> buckets = new java.util.ArrayList<>();
    if (totals.isEmpty()) {
      return new TimeSeries(interval, buckets, new long[0], Map.of());
    }
    long first = totals.firstKey();
    for (long b = first; b <= totals.lastKey(); b += interval.seconds()) {
      buckets.add(Instant.ofEpochSecond(b));
    }
    Map<String, long[]> series = new java.util.LinkedHashMap<>();
    byLabel.entrySet().stream()
        .sorted(java.util.Comparator.<Map.Entry<String, Map<Long, Long>>>comparingLong(e -> -sum(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> series.put(e.getKey(), fill(e.getValue(), first, interval, buckets.size())));
    return new TimeSeries(interval, buckets, fill(totals, first, interval, buckets.size()), series);
  }

  private static long[] fill(Map<Long, Long> counts, long first, Interval interval, int n) {
    long[] out = new long[n];
    counts.forEach((b, c) -> out[(int) ((b - first) / interval.seconds())] = c);
    return out;
  }

  private static long sum(Map<Long, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Bucket widths. */
  public enum Interval {
    HOUR(3_600),
    DAY(86_400),
    WEEK(7 * 86_400);

    private final long seconds;

    Interval(long seconds) {
      this.seconds = seconds;
    }

    /** The lower-case name: the {@code --interval} and {@code interval} value, and the JSON form. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public long seconds() {
      return seconds;
    }

    /** The start of the bucket holding {@code t}; weeks start on Monday (UTC). */
    public long bucketStart(long epochSecond) {
      // 1970-01-01 was a Thursday: shift by 3 days so weeks begin on Monday
      long shift = this == WEEK ? 3 * 86_400 : 0;
      return Math.floorDiv(epochSecond + shift, seconds) * seconds - shift;
    }

    public static Interval parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("interval must be hour, day or week, not '" + s + "'");
      }
    }
  }
}
