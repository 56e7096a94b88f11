package dev.chorus.classify;

/**
 * How evaluation reports (model cards, dev protocols, learning curves, reliability) write a score: four decimals,
 * more than any interval here can support and few enough to read; one rule so that all of them agree.
 */
public final class ReportedScore {
  private ReportedScore() {}

  /** {@code v} rounded to four decimals. */
  public static double of(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** {@code v} rounded to four decimals, or null when it is not a number (nothing was measured). */
  public static Double orNull(double v) {
    return Double.isNaN(v) ? null : of(v);
  }
}
