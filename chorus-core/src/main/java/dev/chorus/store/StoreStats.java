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
 * @param byDay posts per UTC day (yyyy-MM-dd), in date order
 * @param first earliest creation time, null when there are no posts
 * @param last latest creation time, null when there are no posts
 * @param authors number of distinct (pseudonymised) authors
 * @param byStance posts per {@code target:stance} label
 * @param byFrame posts per frame label
 * @param byActor posts per actor mentioned
 * @param byCohort posts per author cohort
 * @param byHashtag posts per hashtag (lower case), the {@link #TOP_HASHTAGS} most frequent, largest first
 */
public record StoreStats(
    long posts,
    Map<String, Long> byPlatform,
    Map<String, Long> byKind,
    Map<String, Long> byLanguage,
    Map<String, Long> byDay,
    Instant first,
    Instant last,
    long authors,
    Map<String, Long> byStance,
    Map<String, Long> byFrame,
    Map<String, Long> byActor,
    Map<String, Long> byCohort,
    Map<String, Long> byHashtag) {
  /** How many hashtags the stats keep: enough for a "top hashtags" view, bounded for large collections. */
  public static final int TOP_HASHTAGS = 50;

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
