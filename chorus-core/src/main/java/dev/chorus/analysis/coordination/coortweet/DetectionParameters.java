package dev.chorus.analysis.coordination.coortweet;

/**
 * The parameters of CooRTweet's {@code detect_groups}.
 *
 * @param timeWindow seconds; two shares of one object are coordinated when at most this far apart (inclusive)
 * @param minParticipation shares an account needs, in the input and again among the contents of the result
 * @param removeLoops drop pairs of an account with itself, of a content with itself, and of a content that is the
 *     object itself (CooRTweet's {@code remove_loops = TRUE}, its default)
 *
 * <p>The rules below are the steps of {@link CoortweetDetector} by name, so that the stream job's incremental
 * detector ({@code chorus-stream}) applies the same ones.
 */
public record DetectionParameters(long timeWindow, int minParticipation, boolean removeLoops) {
  public DetectionParameters {
    if (timeWindow < 0) {
      throw new IllegalArgumentException("time window must be >= 0 seconds, got " + timeWindow);
    }
  }

  /** Step 1: whether an account with {@code rows} rows in the input takes part at all. */
  public boolean active(long rows) {
    return rows >= minParticipation;
  }

  /** Step 2: whether shares at these times (epoch seconds, {@code earlier <= later}) are close enough. */
  public boolean withinWindow(long earlier, long later) {
    return later - earlier <= timeWindow;
  }

  /** Step 3: whether a candidate pair is dropped as a loop. */
  public boolean dropsLoop(boolean sameAccount, boolean sameContent, boolean contentIsObject) {
    return removeLoops && (sameAccount || sameContent || contentIsObject);
  }

  /** Whether step 4 (participation among the result's contents) applies at all. */
  public boolean filtersByResult() {
    return minParticipation >= 1;
  }

  /** Step 4: whether an account with {@code rowsInResult} rows whose content is in the result qualifies. */
  public boolean qualifies(long rowsInResult) {
    return rowsInResult >= minParticipation;
  }
}
