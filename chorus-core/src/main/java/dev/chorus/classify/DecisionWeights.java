package dev.chorus.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-class multipliers of the calibrated probabilities used only to pick the label (the confidence stays the
 * calibrated probability). The most probable label maximises accuracy, but a metric such as stance F_avg scores only
 * some classes; weights fitted on held-out probabilities to maximise the mean F1 of those classes trade the others
 * for them. A small grid with the first class fixed at 1 keeps the fit cheap and hard to overfit.
 */
final class DecisionWeights {
  private static final double[] GRID = {1.0, 0.85, 1.2, 0.7, 1.4, 0.55, 1.7, 0.4, 2.0};

  private DecisionWeights() {}

  /** Weights maximising the mean F1 of {@code focus} classes (all when empty) over held-out probabilities. */
  static double[] fit(double[][] probabilities, int[] gold, int classes, List<Integer> focus) {
    List<Integer> scored = focus.isEmpty() ? range(classes) : focus;
    double[] best = ones(classes);
    double bestScore = meanF1(probabilities, gold, best, scored);
    double[] w = ones(classes);
    int combos = (int) Math.pow(GRID.length, classes - 1);
    for (int code = 0; code < combos; code++) {
      int rest = code;
      for (int c = 1; c < classes; c++) {
        w[c] = GRID[rest % GRID.length];
        rest /= GRID.length;
      }
      double s = meanF1(probabilities, gold, w, scored);
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = w.clone();
      }
    }
    return best;
  }

  static int argmax(double[] p, double[] weights) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] * weights[c] > p[best] * weights[best]) {
        best = c;
      }
    }
    return best;
  }

  private static double meanF1(double[][] p, int[] gold, double[] w, List<Integer> classes) {
    int k = w.length;
    int[] tp = new int[k];
    int[] pred = new int[k];
    int[] g = new int[k];
    for (int i = 0; i < gold.length; i++) {
      int y = argmax(p[i], w);
      pred[y]++;
      g[gold[i]]++;
      tp[y] += y == gold[i] ? 1 : 0;
    }
    double sum = 0;
    for (int c : classes) {
      sum += pred[c] + g[c] == 0 ? 0 : 2.0 * tp[c] / (pred[c] + g[c]);
    }
    return sum / classes.size();
  }

  private static List<Integer> range(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0);
    return w;
  }
}
