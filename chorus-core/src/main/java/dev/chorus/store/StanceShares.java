package dev.chorus.store;

import dev.chorus.annotate.stance.StanceAnnotator;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Calibrated (expected) stance shares: per target, the share of the matching posts in each stance estimated as the
 * mean of the calibrated class probabilities over the posts a model labelled ("probabilistic classify and count",
 * Bella et al. 2010), instead of counting the most probable labels, which pushes shares toward the majority class. A
 * post counts toward a target when its stance label there carries the probability of every class
 * ({@link Label#probabilities()}): labels of older posts, written before the probabilities were kept, do not.
 *
 * <p>Every store answers from the same sums ({@link Tally}): per target and class, the posts with that class's
 * probability and the sum of it. The target's posts are the most posts any of its classes has (a model gives every
 * class, so all are equal).
 */
public final class StanceShares {
  /** Shares are given to this many decimals: the sums of a cluster store add in another order. */
  private static final double SCALE = 10_000;

  private StanceShares() {}

  /**
   * One target's calibrated shares.
   *
   * @param posts posts whose stance label on the target has class probabilities (the mean's denominator)
   * @param shares each class's mean calibrated probability over them (summing to about 1), by class
   */
  public record Target(long posts, Map<String, Double> shares) {}

  /** The class probabilities of a post's stance labels, by target then class; targets without them are absent. */
  public static Map<String, Map<String, Double>> of(Post post) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    post.annotations().labels().forEach((key, labels) -> {
      if (key.startsWith(StanceAnnotator.KEY_PREFIX) && !labels.isEmpty()
          && labels.get(0).probabilities() != null) {
        out.put(key.substring(StanceAnnotator.KEY_PREFIX.length()), labels.get(0).probabilities());
      }
    });
    return out;
  }

  /** Sums per target and class, added to by a store as it reads the matching posts (or their doc values). */
  public static final class Tally implements Consumer<Post> {
    private final Map<String, Map<String, double[]>> sums = new TreeMap<>(); // [posts, sum of probabilities]

    /** Adds {@code posts} posts whose probabilities of {@code cls} on {@code target} sum to {@code sum}. */
    public void add(String target, String cls, long posts, double sum) {
      double[] s = sums.computeIfAbsent(target, t -> new TreeMap<>()).computeIfAbsent(cls, c -> new double[2]);
      s[0] += posts;
      s[1] += sum;
    }

    /** Adds one post read whole. */
    @Override
    public void accept(Post post) {
      of(post).forEach((target, probabilities) -> probabilities.forEach((cls, p) -> add(target, cls, 1, p)));
    }

    /** The shares per target, in target order; targets no matching post has probabilities for are absent. */
    public Map<String, Target> shares() {
      Map<String, Target> out = new TreeMap<>();
      sums.forEach((target, byClass) -> {
        long posts = (long) byClass.values().stream().mapToDouble(s -> s[0]).max().orElse(0);
        if (posts > 0) {
          Map<String, Double> shares = new TreeMap<>();
          byClass.forEach((cls, s) -> shares.put(cls, Math.round(s[1] / posts * SCALE) / SCALE));
          out.put(target, new Target(posts, Collections.unmodifiableMap(shares)));
        }
      });
      return Collections.unmodifiableMap(out);
    }
  }
}
