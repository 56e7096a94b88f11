package dev.chorus.classify;

import java.util.List;

/**
 * Turns the raw scores of one or more linear models into probabilities: p(c) ∝ exp(Σ_m a_m·s_m(c) + b_c), with one
 * scale per model and one bias per class fitted by minimising log-loss on held-out (cross-validated) scores. This is
 * multi-class Platt scaling; with several models it is also the ensemble's (stacked) combination, and the biases
 * correct each class's prior.
 *
 * @param scales one per model
 * @param biases one per class
 */
public record SoftmaxCalibration(double[] scales, double[] biases) {
  private static final int ITERATIONS = 600;
  private static final double STEP = 1.0;
  private static final double L2 = 1e-4;

  /** Fits on held-out scores: {@code scores.get(m)[i]} are model m's class scores for item i. */
  static SoftmaxCalibration fit(List<double[][]> scores, int[] gold, int classes) {
    int models = scores.size();
    double[] a = new double[models];
    java.util.Arrays.fill(a, 1.0);
    double[] b = new double[classes];
    int n = gold.length;
    for (int it = 0; it < ITERATIONS; it++) {
      double[] ga = new double[models];
      double[] gb = new double[classes];
      for (int i = 0; i < n; i++) {
        double[] p = probabilities(scores, i, a, b);
        for (int c = 0; c < classes; c++) {
          double err = p[c] - (gold[i] == c ? 1 : 0);
          gb[c] += err / n;
          for (int m = 0; m < models; m++) {
            ga[m] += err * scores.get(m)[i][c] / n;
          }
        }
      }
      for (int m = 0; m < models; m++) {
        a[m] -= STEP * (ga[m] + L2 * a[m]);
      }
      for (int c = 0; c < classes; c++) {
        b[c] -= STEP * (gb[c] + L2 * b[c]);
      }
    }
    return new SoftmaxCalibration(a, b);
  }

  private static double[] probabilities(List<double[][]> scores, int i, double[] a, double[] b) {
    double[][] one = new double[scores.size()][];
    for (int m = 0; m < one.length; m++) {
      one[m] = scores.get(m)[i];
    }
    return new SoftmaxCalibration(a, b).apply(one);
  }

  /**
   * The same calibration with its log-odds divided by {@code t} (temperature scaling): for t above 1 every
   * probability moves toward uniform, and the order of the classes, hence the most probable one, stays.
   */
  public SoftmaxCalibration tempered(double t) {
    if (!(t > 0)) {
      throw new IllegalArgumentException("a temperature must be above 0, got " + t);
    }
    return new SoftmaxCalibration(java.util.Arrays.stream(scales).map(a -> a / t).toArray(),
        java.util.Arrays.stream(biases).map(b -> b / t).toArray());
  }

  /** Probabilities from each model's class scores for one item. */
  public double[] apply(double[][] modelScores) {
    double[] z = biases.clone();
    for (int m = 0; m < scales.length; m++) {
      for (int c = 0; c < z.length; c++) {
        z[c] += scales[m] * modelScores[m][c];
      }
    }
    double max = java.util.Arrays.stream(z).max().orElse(0);
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }
}
