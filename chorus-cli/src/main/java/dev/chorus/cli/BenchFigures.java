package dev.chorus.cli;

/** How the benchmarks report their figures: rates, seconds and milliseconds to two decimals. */
final class BenchFigures {
  private BenchFigures() {}

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** {@code a / b} to two decimals, 0 when there is nothing to compare with ({@code b} not positive). */
  static double ratio(double a, double b) {
    return b > 0 ? round(a / b) : 0;
  }
}
