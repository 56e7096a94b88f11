package dev.chorus.analysis.coordination.network;

import java.util.Arrays;

/**
 * Which edges of the co-share network count: those with weight at least an absolute minimum, or at least the
 * {@code q}-quantile of all edge weights (R's default quantile, type 7, as CooRTweet uses).
 */
public record WeightThreshold(Double minWeight, Double quantile) {
  public WeightThreshold {
    if ((minWeight == null) == (quantile == null)) {
      throw new IllegalArgumentException("give either a minimum edge weight or a weight quantile, not both");
    }
    if (minWeight != null && minWeight < 0) {
      throw new IllegalArgumentException("--min-weight must be >= 0, got " + minWeight);
    }
    if (quantile != null && !(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("--weight-quantile must be in [0,1], got " + quantile);
    }
  }

  public static WeightThreshold atLeast(double minWeight) {
    return new WeightThreshold(minWeight, null);
  }

  public static WeightThreshold quantile(double q) {
    return new WeightThreshold(null, q);
  }

  /** The minimum weight an edge needs, given all edge weights. */
  public double resolve(int[] weights) {
    if (minWeight != null) {
      return minWeight;
    }
    if (weights.length == 0) {
      return 0;
    }
    int[] sorted = weights.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * quantile;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
