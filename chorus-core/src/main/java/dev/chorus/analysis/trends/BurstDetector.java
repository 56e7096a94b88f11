package dev.chorus.analysis.trends;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flags surges with a robust z-score against a trailing baseline: for each bucket, the baseline is the median of the
 * previous {@code window} buckets and the scale is 1.4826 × their median absolute deviation (at least 1 post, so that
 * a quiet series does not turn every post into a surge). A bucket is a surge when its score reaches
 * {@code threshold} and it holds at least {@code minCount} posts.
 *
 * <p>A surge needs a baseline: at least {@link #minBaseline()} of the {@code window} buckets before it (half the window,
 * at least 3) must hold posts. The first buckets of a series and those right after a gap are compared with nothing,
 * so any burst there would read as a surge.
 *
 * <p>Design decision: medians rather than means, so one earlier surge does not hide the next one, and a trailing
 * window rather than the whole series, so slow growth of a campaign is not flagged bucket after bucket.
 *
 * @param window buckets in the baseline
 * @param threshold robust z-score that counts as a surge
 * @param minCount smallest count that can be a surge
 */
// the derived field last, always: Jackson's order of a record's extra methods follows the JVM's order of its declared
// methods, which changes from run to run (the data dictionary is compared as text)
@JsonPropertyOrder({"window", "threshold", "min_count", "min_baseline"})
public record BurstDetector(int window, double threshold, long minCount) {
  public static final BurstDetector DEFAULT = new BurstDetector(7, 3.5, 5);

  public BurstDetector {
    if (window < 2 || threshold <= 0 || minCount < 1) {
      throw new IllegalArgumentException("burst detector needs window >= 2, threshold > 0, minCount >= 1");
    }
  }

  /** How many of the window's buckets must hold posts for a bucket to be judged: half the window, at least 3. */
  @JsonProperty("min_baseline")
  public int minBaseline() {
    return Math.min(window, Math.max(3, (window + 1) / 2));
  }

  /** A flagged bucket: its index, count, the baseline it was compared with and its score. */
  public record Surge(int bucket, long count, double baseline, double score) {}

  public List<Surge> detect(long[] counts) {
    List<Surge> out = new ArrayList<>();
    for (int i = window; i < counts.length; i++) {
      double[] past = new double[window];
      int withPosts = 0;
      for (int k = 0; k < window; k++) {
        past[k] = counts[i - window + k];
        withPosts += past[k] > 0 ? 1 : 0;
      }
      if (withPosts < minBaseline()) {
        continue;
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
