package dev.chorus.cli;

import java.util.Arrays;

/** Latency percentiles of the benchmarks, by the nearest-rank method (a value that was measured, never interpolated). */
final class Percentiles {
  private Percentiles() {}

  /** The smallest value with at least {@code p} of the values at or below it; 0 for no values. */
  static double nearestRank(double[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))];
  }
}
