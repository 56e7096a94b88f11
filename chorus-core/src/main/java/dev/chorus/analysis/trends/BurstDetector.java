package dev.chorus.analysis.trends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flags surges with a robust z-score against a trailing baseline: for each bucket, the baseline is the median of the
 * previous {@code window} buckets and the scale is 1.4826 × their median absolute deviation (at least 1 post, so that
 * a quiet series does not turn every post into a surge). A bucket is a surge when its score reaches
 * {@code threshold} and it holds at least {@code minCount} posts.
 *
 * <p>Design decision: medians rather than means, so one earlier surge does not hide the next one, and a trailing
 * window rather than the whole series, so slow growth of a campaign is not flagged bucket after bucket.
 *
 * @param window buckets in the baseline
 * @param threshold robust z-score that counts as a surge
 * @param minCount smallest count that can be a surge
 */
public record BurstDetector(int window, double threshold, long minCount) {
  public static final BurstDetector DEFAULT = new BurstDetector(7, 3.5, 5);

  public BurstDetector {
    if (window < 2 || threshold <= 0 || minCount < 1) {
      throw new IllegalArgumentException("burst detector needs window >= 2, threshold > 0, minCount >= 1");
    }
  }

  /** A flagged bucket: its index, count, the baseline it was compared with and its score. */
  public record Surge(int bucket, long count, double baseline, double score) {}

  public List<Surge> detect(long[] counts) {
    List<Surge> out = new ArrayList<>();
    for (int i = window; i < counts.length; i++) {
      double[] past = new double[window];
      for (int k = 0; k < window; k++) {
        past[k] = counts[i - window + k];
      }
      double median = median(past);
      double[] dev = Arrays.stream(past).map(v -> Math.abs(v - median)).toArray();
      double scale = Math.max(1.0, 1.4826 * median(dev));
      double score = (counts[i] - median) / scale;
      if (score >= threshold && counts[i] >= minCount) {
        out.add(new Surge(i, counts[i], median, Math.round(score * 100) / 100.0));
      }
    }
    return out;
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
