package dev.chorus.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Post counts per time bucket, split by the labels of one dimension.
 *
 * @param interval bucket width
 * @param timeZone the zone whose midnights, Mondays, first days of months and hours the buckets start at (a day in {@code Asia/Tehran}
 *     starts at 20:30 UTC the day before; in a zone with daylight saving time a day lasts 23 or 25 hours once a year)
 * @param buckets start of each bucket, ascending, contiguous (empty buckets included)
 * @param total posts per bucket
 * @param series per label, posts per bucket (a post with several labels of a multi-valued dimension counts in each)
 */
public record TimeSeries(Interval interval, ZoneId timeZone, List<Instant> buckets, long[] total,
    Map<String, long[]> series) {
  /** A series of UTC buckets. */
  public TimeSeries(Interval interval, List<Instant> buckets, long[] total, Map<String, long[]> series) {
    this(interval, TimeZones.DEFAULT, buckets, total, series);
  }

  /** No bucket. */
  public static TimeSeries empty(Interval interval, ZoneId zone) {
    return new TimeSeries(interval, zone, List.of(), new long[0], Map.of());
  }

  /**
   * The series of sparse counts, as every store computes them: posts per bucket start (epoch seconds, buckets of
   * {@code interval} in {@code zone}) in all and per label. Buckets run contiguously from the first to the last counted
   * one; the labels are ordered by their total, largest first, ties by label, so that every store gives the same
   * order.
   */
  public static TimeSeries of(Interval interval, ZoneId zone, java.util.SortedMap<Long, Long> totals,
      Map<String, Map<Long, Long>> byLabel) {
    if (totals.isEmpty()) {
      return empty(interval, zone);
    }
    List<Instant> buckets = new java.util.ArrayList<>();
    Map<Long, Integer> index = new java.util.HashMap<>();
    for (long b = totals.firstKey(); b <= totals.lastKey(); b = interval.next(b, zone)) {
      index.put(b, buckets.size());
      buckets.add(Instant.ofEpochSecond(b));
    }
    Map<String, long[]> series = new java.util.LinkedHashMap<>();
    byLabel.entrySet().stream()
        .sorted(java.util.Comparator.<Map.Entry<String, Map<Long, Long>>>comparingLong(e -> -sum(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> series.put(e.getKey(), fill(e.getValue(), index)));
    return new TimeSeries(interval, zone, buckets, fill(totals, index), series);
  }

  /** {@link #of(Interval, ZoneId, java.util.SortedMap, Map)} in UTC. */
  public static TimeSeries of(Interval interval, java.util.SortedMap<Long, Long> totals,
      Map<String, Map<Long, Long>> byLabel) {
    return of(interval, TimeZones.DEFAULT, totals, byLabel);
  }

  private static long[] fill(Map<Long, Long> counts, Map<Long, Integer> index) {
    long[] out = new long[index.size()];
    counts.forEach((b, c) -> {
      Integer i = index.get(b);
      if (i == null) { // a store's bucket that is not one of this zone's bucket starts: a bug, not data
        throw new IllegalStateException("bucket " + Instant.ofEpochSecond(b) + " does not start a bucket");
      }
      out[i] = c;
    });
    return out;
  }

  private static long sum(Map<Long, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Bucket widths: fixed ones (hour, day, week) and calendar months, whose length varies. */
  public enum Interval {
    HOUR(3_600),
    DAY(86_400),
    WEEK(7 * 86_400),
    /** A calendar month from the first day's midnight in the query's zone: 28 to 31 days, no fixed width. */
    MONTH(0);

    private final long seconds;

    Interval(long seconds) {
      this.seconds = seconds;
    }

    /** The lower-case name: the {@code --interval} and {@code interval} value, and the JSON form. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether every bucket has the same length in UTC ({@link #seconds()}); a month has not. */
    public boolean fixed() {
      return seconds > 0;
    }

    /**
     * The bucket's length in UTC when {@link #fixed()}; a month has none, so asking is a bug: the end of a bucket is
     * {@link #next(long, ZoneId)}.
     */
    public long seconds() {
      if (!fixed()) {
        throw new UnsupportedOperationException(id() + " has no fixed length: use next(bucketStart, zone)");
      }
      return seconds;
    }

    /** The start of the UTC bucket holding {@code t}; weeks start on Monday, months on their first day. */
    public long bucketStart(long epochSecond) {
      if (!fixed()) {
        return bucketStart(epochSecond, java.time.ZoneOffset.UTC);
      }
      // 1970-01-01 was a Thursday: shift by 3 days so weeks begin on Monday
      long shift = this == WEEK ? 3 * 86_400 : 0;
      return Math.floorDiv(epochSecond + shift, seconds) * seconds - shift;
    }

    /**
     * The start of the bucket holding {@code t} in {@code zone}: the local midnight of its day (the first instant of
     * the day where a change of clocks skips midnight), of the Monday of its week or of the first day of its month,
     * or its local hour.
     */
    public long bucketStart(long epochSecond, ZoneId zone) {
      java.time.zone.ZoneRules rules = zone.getRules();
      if (fixed() && rules.isFixedOffset()) {
        long offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        return bucketStart(epochSecond + offset) - offset;
      }
      Instant t = Instant.ofEpochSecond(epochSecond);
      if (this == HOUR) { // the local hour at the offset in force then: the repeated hour of autumn is two buckets
        long offset = rules.getOffset(t).getTotalSeconds();
        return Math.floorDiv(epochSecond + offset, seconds) * seconds - offset;
      }
      LocalDate day = LocalDate.ofInstant(t, zone);
      if (this == WEEK) {
        day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      } else if (this == MONTH) {
        day = day.withDayOfMonth(1);
      }
      return day.atStartOfDay(zone).toEpochSecond();
    }

    /** The start of the bucket after the one starting at {@code bucketStart} in {@code zone}: its end. */
    public long next(long bucketStart, ZoneId zone) {
      if (this == HOUR || fixed() && zone.getRules().isFixedOffset()) {
        return bucketStart(bucketStart + seconds, zone);
      }
      LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(bucketStart), zone);
      LocalDate after = switch (this) {
        case WEEK -> day.plusWeeks(1);
        case MONTH -> day.plusMonths(1);
        default -> day.plusDays(1);
      };
      return after.atStartOfDay(zone).toEpochSecond();
    }

    /** The end of the bucket starting at {@code bucketStart} in {@code zone}, as an instant. */
    public Instant end(Instant bucketStart, ZoneId zone) {
      return Instant.ofEpochSecond(next(bucketStart.getEpochSecond(), zone));
    }

    public static Interval parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("interval must be hour, day, week or month, not '" + s + "'");
      }
    }
  }
}
