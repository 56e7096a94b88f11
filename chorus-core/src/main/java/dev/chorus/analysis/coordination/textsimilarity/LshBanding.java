package dev.chorus.analysis.coordination.textsimilarity;

/**
 * How a MinHash signature is cut into bands for locality-sensitive hashing: two texts become candidates when all
 * {@code rows} values of at least one of the {@code bands} bands agree, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J.
 */
public record LshBanding(int bands, int rows) {
  /** The smallest candidate probability accepted at the threshold when choosing bands and rows. */
  public static final double RECALL_AT_THRESHOLD = 0.95;

  public LshBanding {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1");
    }
  }

  /**
   * The banding with the most rows per band (fewest false candidates) that still makes a pair at exactly the
   * threshold a candidate with probability at least {@link #RECALL_AT_THRESHOLD}.
   */
  public static LshBanding forThreshold(double threshold, int hashes) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("similarity threshold must be in (0,1], got " + threshold);
    }
    LshBanding best = new LshBanding(hashes, 1);
    for (int rows = 1; rows <= hashes; rows++) {
      LshBanding b = new LshBanding(hashes / rows, rows);
      if (b.candidateProbability(threshold) >= RECALL_AT_THRESHOLD) {
        best = b;
      }
    }
    return best;
  }

  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }
}
