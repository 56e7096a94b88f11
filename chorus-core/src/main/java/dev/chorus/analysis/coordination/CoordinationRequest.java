package dev.chorus.analysis.coordination;

import dev.chorus.analysis.coordination.network.CommunityAlgorithm;
import dev.chorus.analysis.coordination.network.WeightThreshold;
import dev.chorus.store.PostQuery;
import java.util.Objects;

/**
 * A coordination analysis of the posts in a workspace.
 *
 * @param query which posts
 * @param by what counts as a shared object
 * @param timeWindow seconds within which two shares of one object are coordinated
 * @param minParticipation shares an account needs (CooRTweet's {@code min_participation}, both stages)
 * @param threshold which edges of the account network count
 * @param similarity Jaccard threshold for near-duplicate texts ({@link ObjectKind#TEXT} only)
 * @param community how components are split into groups
 */
public record CoordinationRequest(PostQuery query, ObjectKind by, long timeWindow, int minParticipation,
    WeightThreshold threshold, double similarity, CommunityAlgorithm community) {
  public static final long DEFAULT_TIME_WINDOW = 60;
  public static final int DEFAULT_MIN_PARTICIPATION = 2;
  public static final double DEFAULT_MIN_WEIGHT = 2;
  public static final double DEFAULT_SIMILARITY = 0.8;

  public CoordinationRequest {
    Objects.requireNonNull(by, "by");
    query = query == null ? PostQuery.all() : query;
    threshold = threshold == null ? WeightThreshold.atLeast(DEFAULT_MIN_WEIGHT) : threshold;
    community = community == null ? CommunityAlgorithm.GREEDY_MODULARITY : community;
    if (timeWindow < 0) {
      throw new IllegalArgumentException("--time-window must be >= 0 seconds, got " + timeWindow);
    }
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("--similarity must be in (0,1], got " + similarity);
    }
  }

  /** Defaults for everything but the object kind. */
  public static CoordinationRequest of(ObjectKind by) {
    return new CoordinationRequest(null, by, DEFAULT_TIME_WINDOW, DEFAULT_MIN_PARTICIPATION, null,
        DEFAULT_SIMILARITY, null);
  }
}
