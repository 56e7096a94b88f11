package dev.chorus.cli;

/** How the benchmarks report their figures: rates, seconds and milliseconds to two decimals. */
final class BenchFigures {
  private BenchFigures() {}

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
