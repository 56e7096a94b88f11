package dev.chorus.analysis.measure;

/**
 * A share with its 95% Wilson score interval.
 *
 * <p>Design decision: Wilson rather than the normal (Wald) interval because cohort figures are often small counts or
 * shares near 0 or 1, where Wald gives intervals outside [0,1] or of zero width (Newcombe 1998, "Two-sided confidence
 * intervals for the single proportion", Statistics in Medicine 17).
 *
 * @param count posts with the property
 * @param total posts looked at (the denominator)
 * @param share count / total, 0 when total is 0
 * @param low lower bound of the 95% interval
 * @param high upper bound of the 95% interval (1 when total is 0: nothing is known)
 */
public record Proportion(long count, long total, double share, double low, double high) {
  /** The 97.5% quantile of the standard normal distribution. */
  static final double Z95 = 1.959963984540054;

  public Proportion {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException("a proportion needs 0 <= count <= total, got " + count + "/" + total);
    }
  }

  public static Proportion of(long count, long total) {
    if (total == 0) {
      return new Proportion(0, 0, 0, 0, 1);
    }
    double n = total;
    double p = count / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // the exact bounds at count 0 and count = total are 0 and 1; rounding must not push them past
    double low = count == 0 ? 0 : Math.max(0, centre - half);
    double high = count == total ? 1 : Math.min(1, centre + half);
    return new Proportion(count, total, p, low, high);
  }

  /**
   * Whether the two 95% intervals share a point. Intervals that do not overlap is a stricter test than a difference
   * whose interval leaves out 0 ({@link Difference}); the alerts' stance-shift rule and the compare view flag it.
   */
  public boolean overlaps(Proportion other) {
    return !(low > other.high || high < other.low);
  }
}
