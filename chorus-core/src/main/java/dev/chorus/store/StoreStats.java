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
    Map<String, Long> byCohort) {

  public static StoreStats empty() {
    return new StoreStats(0, Map.of(), Map.of(), Map.of(), Map.of(), null, null, 0, Map.of(), Map.of(), Map.of(),
        Map.of());
  }
}
