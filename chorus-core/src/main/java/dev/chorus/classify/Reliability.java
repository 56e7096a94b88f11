package dev.chorus.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * How honest a model's confidence is on items it did not train on: predictions binned by their confidence (10 equal
 * bins), each bin's mean confidence against its accuracy (a reliability diagram as a table), and the expected
 * calibration error, the bins' |accuracy − confidence| weighted by their share of items.
 *
 * @param ece expected calibration error in [0,1]
 * @param bins the non-empty bins, lowest confidence first
 */
public record Reliability(double ece, List<Bin> bins) {
  private static final int BINS = 10;

  /**
   * One bin of the diagram.
   *
   * @param low lower edge of the bin's confidence range
   * @param high upper edge
   * @param n items in it
   * @param confidence their mean confidence
   * @param accuracy the share of them predicted right
   */
  public record Bin(double low, double high, int n, double confidence, double accuracy) {}

  /** From each item's confidence in its predicted label and whether that label was right. */
  public static Reliability of(double[] confidence, boolean[] correct) {
    int[] n = new int[BINS];
    double[] conf = new double[BINS];
    int[] right = new int[BINS];
    for (int i = 0; i < confidence.length; i++) {
      int b = Math.min(BINS - 1, (int) Math.floor(confidence[i] * BINS));
      n[b]++;
      conf[b] += confidence[i];
      right[b] += correct[i] ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (n[b] > 0) {
        Bin bin = new Bin(round((double) b / BINS), round((b + 1.0) / BINS), n[b], round(conf[b] / n[b]),
            round((double) right[b] / n[b]));
        bins.add(bin);
        ece += (double) n[b] / confidence.length * Math.abs((double) right[b] / n[b] - conf[b] / n[b]);
      }
    }
    return new Reliability(round(ece), List.copyOf(bins));
  }

  private static double round(double v) {
    return ReportedScore.of(v);
  }
}
