package dev.chorus.store;

import java.time.Instant;
import java.util.Map;

/**
 * Counts over the posts matching a query.
 *
 * @param posts number of posts
 * @param byPlatform posts per platform id, largest first
 * @param byKind posts per kind id, largest first
 * @param byLanguage posts per language as given by the platform ("und" when none), largest first
 * @param byDay posts per day (yyyy-MM-dd) in {@code timeZone}, in date order
 * @param timeZone the zone whose days {@code byDay} counts
 * @param first earliest creation time, null when there are no posts
 * @param last latest creation time, null when there are no posts
 * @param authors number of distinct (pseudonymised) authors
 * @param byStance posts per {@code target:stance} label
 * @param byFrame posts per frame label
 * @param byActor posts per actor mentioned
 * @param byCohort posts per author cohort
 * @param byHashtag posts per hashtag (lower case), the {@link #TOP_HASHTAGS} most frequent, largest first
 * @param stanceExpected calibrated stance shares per target ({@link StanceShares}); empty unless asked for
 *     ({@link #withStanceExpected}), as a store's stats do not compute them
 */
public record StoreStats(
    long posts,
    Map<String, Long> byPlatform,
    Map<String, Long> byKind,
    Map<String, Long> byLanguage,
    Map<String, Long> byDay,
    java.time.ZoneId timeZone,
    Instant first,
    Instant last,
    long authors,
    Map<String, Long> byStance,
    Map<String, Long> byFrame,
    Map<String, Long> byActor,
    Map<String, Long> byCohort,
    Map<String, Long> byHashtag,
    Map<String, StanceShares.Target> stanceExpected) {
  /** How many hashtags the stats keep: enough for a "top hashtags" view, bounded for large collections. */
  public static final int TOP_HASHTAGS = 50;

  /** Stats without calibrated stance shares. */
  public StoreStats(long posts, Map<String, Long> byPlatform, Map<String, Long> byKind,
      Map<String, Long> byLanguage, Map<String, Long> byDay, java.time.ZoneId timeZone, Instant first, Instant last,
      long authors, Map<String, Long> byStance, Map<String, Long> byFrame, Map<String, Long> byActor,
      Map<String, Long> byCohort, Map<String, Long> byHashtag) {
    this(posts, byPlatform, byKind, byLanguage, byDay, timeZone, first, last, authors, byStance, byFrame, byActor,
        byCohort, byHashtag, Map.of());
  }

  /** These stats with the calibrated stance shares of the same posts. */
  public StoreStats withStanceExpected(Map<String, StanceShares.Target> shares) {
    return new StoreStats(posts, byPlatform, byKind, byLanguage, byDay, timeZone, first, last, authors, byStance,
        byFrame, byActor, byCohort, byHashtag, shares);
  }

  /** Stats with UTC days. */
  public StoreStats(long posts, Map<String, Long> byPlatform, Map<String, Long> byKind,
      Map<String, Long> byLanguage, Map<String, Long> byDay, Instant first, Instant last, long authors,
      Map<String, Long> byStance, Map<String, Long> byFrame, Map<String, Long> byActor, Map<String, Long> byCohort,
      Map<String, Long> byHashtag) {
    this(posts, byPlatform, byKind, byLanguage, byDay, TimeZones.DEFAULT, first, last, authors, byStance, byFrame,
        byActor, byCohort, byHashtag);
  }

  /**
   * These stats with the days of {@code days} (a {@link TimeSeries.Interval#DAY} series of the same posts in another
   * zone): what a store whose day counts are UTC ones gives for a query in another zone.
   */
  public StoreStats withDays(TimeSeries days) {
    Map<String, Long> byLocalDay = new java.util.TreeMap<>();
    for (int i = 0; i < days.buckets().size(); i++) {
      if (days.total()[i] > 0) {
        byLocalDay.put(java.time.LocalDate.ofInstant(days.buckets().get(i), days.timeZone()).toString(),
            days.total()[i]);
      }
    }
    return new StoreStats(posts, byPlatform, byKind, byLanguage, byLocalDay, days.timeZone(), first, last, authors,
        byStance, byFrame, byActor, byCohort, byHashtag, stanceExpected);
  }

  /**
   * The stats of {@code query} in its zone from a store's UTC stats: the same unless the zone is another, then with
   * the days counted in it ({@code days} asked only then).
   */
  public static StoreStats inZone(StoreStats utc, PostQuery query, DaySeries days) throws java.io.IOException {
    if (TimeZones.isUtc(query.zone())) {
      return utc;
    }
    return utc.posts() == 0 ? utc.withDays(TimeSeries.empty(TimeSeries.Interval.DAY, query.zone()))
        : utc.withDays(days.get());
  }

  /** A day series computed on demand. */
  @FunctionalInterface
  public interface DaySeries {
    TimeSeries get() throws java.io.IOException;
  }

  /** Stats without hashtag counts (stores that do not count hashtags). */
  public StoreStats(long posts, Map<String, Long> byPlatform, Map<String, Long> byKind,
      Map<String, Long> byLanguage, Map<String, Long> byDay, Instant first, Instant last, long authors,
      Map<String, Long> byStance, Map<String, Long> byFrame, Map<String, Long> byActor, Map<String, Long> byCohort) {
    this(posts, byPlatform, byKind, byLanguage, byDay, first, last, authors, byStance, byFrame, byActor, byCohort,
        Map.of());
  }

  public static StoreStats empty() {
    return new StoreStats(0, Map.of(), Map.of(), Map.of(), Map.of(), null, null, 0, Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of());
  }
}
