package dev.chorus.coverage;

import java.time.Instant;
import java.util.List;

/**
 * What the matching posts cover.
 *
 * @param posts number of posts
 * @param first earliest creation time, null when there are no posts
 * @param last latest creation time, null when there are no posts
 * @param platforms one entry per platform, largest first
 * @param rejects what ingest rejected, from the workspace's rejects folder (all runs, not filtered)
 */
public record Coverage(long posts, Instant first, Instant last, List<PlatformCoverage> platforms,
    RejectSummary rejects) {
  public Coverage {
    platforms = List.copyOf(platforms);
  }
}
