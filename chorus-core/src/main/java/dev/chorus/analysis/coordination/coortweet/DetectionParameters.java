package dev.chorus.analysis.coordination.coortweet;

/**
 * The parameters of CooRTweet's {@code detect_groups}.
 *
 * @param timeWindow seconds; two shares of one object are coordinated when at most this far apart (inclusive)
 * @param minParticipation shares an account needs, in the input and again among the contents of the result
 * @param removeLoops drop pairs of an account with itself, of a content with itself, and of a content that is the
 *     object itself (CooRTweet's {@code remove_loops = TRUE}, its default)
 */
public record DetectionParameters(long timeWindow, int minParticipation, boolean removeLoops) {
  public DetectionParameters {
    if (timeWindow < 0) {
      throw new IllegalArgumentException("time window must be >= 0 seconds, got " + timeWindow);
    }
  }
}
