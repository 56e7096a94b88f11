package dev.chorus.analysis.measure;

/**
 * The change between two shares of separate sets of posts ({@code after - before}) with its 95% interval by Newcombe's
 * hybrid score method: each share's own {@link Proportion Wilson interval} combined, so the interval stays within
 * [-1, 1], is not too narrow for small counts, and is asymmetric near 0 and 1 as the shares' intervals are.
 *
 * <p>Design decision: Newcombe (1998, "Interval estimation for the difference between independent proportions",
 * Statistics in Medicine 17, method 10) rather than the Wald interval for the same reasons as Wilson for one share;
 * and it reuses the Wilson bounds every figure already carries, so the two cannot disagree. It assumes the two sets
 * of posts are independent samples: posts of the same accounts in both periods make the true interval wider.
 *
 * @param difference {@code after.share - before.share}, in [-1, 1]
 * @param low lower bound of the 95% interval
 * @param high upper bound of the 95% interval
 */
public record Difference(double difference, double low, double high) {
  /** The change from {@code before} to {@code after}. */
  public static Difference between(Proportion before, Proportion after) {
    double d = after.share() - before.share();
    double low = d - Math.sqrt(square(after.share() - after.low()) + square(before.high() - before.share()));
    double high = d + Math.sqrt(square(after.high() - after.share()) + square(before.share() - before.low()));
    return new Difference(d, Math.max(-1, low), Math.min(1, high));
  }

  /** Whether the interval leaves out 0: the shares differ at the 95% level by this method. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }

  private static double square(double x) {
    return x * x;
  }
}
