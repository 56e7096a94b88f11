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
