package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits one linear model of a classifier with liblinear and returns it as a {@link LinearScorer}: either a plain
 * multi-class model, or (naive-Bayes variant) one binary model per class on features scaled by that class's
 * {@link NaiveBayesRatios}, whose weights are multiplied back by the ratios so the scorer reads unscaled vectors.
 *
 * @param solver liblinear solver
 * @param naiveBayes NB-scaled one-vs-rest models
 * @param c cost
 * @param balanced class weights inversely proportional to class frequency
 * @param seed solver shuffling
 */
record LinearFit(SolverType solver, boolean naiveBayes, double c, boolean balanced, long seed) {
  /** Smoothing of the naive-Bayes counts (Wang &amp; Manning's α). */
  static final double NB_ALPHA = 1.0;

  LinearScorer fit(Feature[][] x, int[] y, int classes, int features) {
    if (!naiveBayes) {
      return LinearScorer.of(train(x, y, classes, features), features, classes);
    }
    double[][] weights = new double[classes][];
    double[] bias = new double[classes];
    for (int cls = 0; cls < classes; cls++) {
      double[] r = NaiveBayesRatios.fit(x, y, cls, features, NB_ALPHA);
      int[] binary = new int[y.length];
      boolean seen = false;
      for (int i = 0; i < y.length; i++) {
        binary[i] = y[i] == cls ? 1 : 0;
        seen |= y[i] == cls;
      }
      if (!seen) {
        weights[cls] = new double[features];
        bias[cls] = -1e3; // a class absent from the training data never wins
        continue;
      }
      LinearScorer one = LinearScorer.of(train(scaled(x, r), binary, 2, features), features, 2);
      weights[cls] = one.weights(1);
      for (int f = 0; f < features; f++) {
        weights[cls][f] *= r[f];
      }
      bias[cls] = one.bias(1);
    }
    return LinearScorer.of(weights, bias);
  }

  private static Feature[][] scaled(Feature[][] x, double[] r) {
    Feature[][] out = new Feature[x.length][];
    for (int i = 0; i < x.length; i++) {
      List<Feature> row = new ArrayList<>(x[i].length);
      for (Feature f : x[i]) {
        int j = f.getIndex() - 1;
        if (j < r.length) {
          row.add(new FeatureNode(f.getIndex(), f.getValue() * r[j]));
        }
      }
      out[i] = row.toArray(new Feature[0]);
    }
    return out;
  }

  private Model train(Feature[][] x, int[] y, int classes, int features) {
    Problem p = new Problem();
    p.l = x.length;
    p.n = features + 1;
    p.bias = 1;
    p.x = new Feature[x.length][];
    p.y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      Feature[] row = java.util.Arrays.copyOf(x[i], x[i].length + 1);
      row[x[i].length] = new FeatureNode(features + 1, 1);
      p.x[i] = row;
      p.y[i] = y[i];
    }
    // liblinear's default stopping tolerances: 0.01 for the primal logistic solver, 0.1 for the dual SVM
    Parameter param = new Parameter(solver, c, solver == SolverType.L2R_LR ? 0.01 : 0.1);
    param.setRandom(new Random(seed));
    if (balanced) {
      setBalancedWeights(param, y, classes);
    }
    return Linear.train(p, param);
  }

  private static void setBalancedWeights(Parameter param, int[] y, int classes) {
    int[] n = new int[classes];
    for (int v : y) {
      n[v]++;
    }
    List<Integer> present = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      if (n[c] > 0) {
        present.add(c);
      }
    }
    double[] w = new double[present.size()];
    int[] ids = new int[present.size()];
    for (int j = 0; j < w.length; j++) {
      ids[j] = present.get(j);
      w[j] = (double) y.length / (present.size() * n[ids[j]]);
    }
    param.setWeights(w, ids);
  }
}
