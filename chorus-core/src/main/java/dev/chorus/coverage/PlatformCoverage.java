package dev.chorus.coverage;

import java.time.Instant;
import java.util.List;

/**
 * The span of one platform's posts and the days inside it with none.
 *
 * @param platform platform id
 * @param posts number of posts
 * @param first earliest creation time
 * @param last latest creation time
 * @param spanDays UTC days from the first to the last post, both included
 * @param daysWithPosts UTC days of that span with at least one post
 * @param gaps runs of consecutive days of that span without any post, oldest first
 */
public record PlatformCoverage(String platform, long posts, Instant first, Instant last, long spanDays,
    long daysWithPosts, List<DayGap> gaps) {
  public PlatformCoverage {
    gaps = List.copyOf(gaps);
  }

  /** Days of the span without any post. */
  @com.fasterxml.jackson.annotation.JsonProperty
  public long daysWithoutPosts() {
    return spanDays - daysWithPosts;
  }
}
