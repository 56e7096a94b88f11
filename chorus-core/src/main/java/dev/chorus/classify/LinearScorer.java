package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Model;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of one trained liblinear model, rearranged as one weight row per class of the classifier (in the
 * classifier's label order) plus a bias, so scoring is a plain dot product over immutable arrays: thread-safe and
 * independent of liblinear's model format.
 */
final class LinearScorer {
  private final int features;
  private final double[][] weights;
  private final double[] bias;

  private LinearScorer(int features, double[][] weights, double[] bias) {
    this.features = features;
    this.weights = weights;
    this.bias = bias;
  }

  /**
   * From a liblinear model trained with bias feature {@code features + 1} and class ids {@code 0..classes-1}. A
   * two-class liblinear model has a single weight vector for its first label; the other class gets its negation.
   */
  static LinearScorer of(Model model, int features, int classes) {
    double[] w = model.getFeatureWeights();
    int[] labels = model.getLabels();
    int rows = model.getNrClass() == 2 ? 1 : model.getNrClass();
    double[][] weights = new double[classes][features];
    double[] bias = new double[classes];
    for (int r = 0; r < model.getNrClass(); r++) {
      int cls = labels[r];
      double sign = rows == 1 && r == 1 ? -1 : 1;
      int row = rows == 1 ? 0 : r;
      for (int f = 0; f < features; f++) {
        weights[cls][f] = sign * w[f * rows + row];
      }
      bias[cls] = sign * w[features * rows + row];
    }
    for (int cls = 0; cls < classes; cls++) {
      if (!contains(labels, cls)) {
        bias[cls] = -1e3; // a class absent from the training data never wins
      }
    }
    return new LinearScorer(features, weights, bias);
  }

  /** From weight rows (one per class) and biases, e.g. of one-vs-rest models. */
  static LinearScorer of(double[][] weights, double[] bias) {
    return new LinearScorer(weights[0].length, weights, bias);
  }

  /** A copy of one class's weight row. */
  double[] weights(int cls) {
    return weights[cls].clone();
  }

  double bias(int cls) {
    return bias[cls];
  }

  private static boolean contains(int[] labels, int cls) {
    for (int l : labels) {
      if (l == cls) {
        return true;
      }
    }
    return false;
  }

  double[] scores(Feature[] x) {
    double[] s = bias.clone();
    for (Feature f : x) {
      int i = f.getIndex() - 1;
      if (i < features) {
        for (int c = 0; c < s.length; c++) {
          s[c] += weights[c][i] * f.getValue();
        }
      }
    }
    return s;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(features);
    out.writeInt(bias.length);
    for (int c = 0; c < bias.length; c++) {
      out.writeDouble(bias[c]);
      for (double v : weights[c]) {
        out.writeFloat((float) v);
      }
    }
  }

  static LinearScorer read(DataInputStream in) throws IOException {
    int features = in.readInt();
    int classes = in.readInt();
    double[][] weights = new double[classes][features];
    double[] bias = new double[classes];
    for (int c = 0; c < classes; c++) {
      bias[c] = in.readDouble();
      for (int f = 0; f < features; f++) {
        weights[c][f] = in.readFloat();
      }
    }
    return new LinearScorer(features, weights, bias);
  }
}
