package dev.chorus.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A split that resembles new data: within each group (e.g. a debate target), the items in file order, the earlier
 * part to train on and the later part to evaluate on. Labelled files are often collected or coded in batches whose
 * label mix drifts (SemEval-2016's later ids per target are mostly "against"), and a model always meets posts later
 * than those it learnt from; shuffled folds mix the batches and overstate what the model will score on new posts.
 */
public final class BlockedSplit {
  private BlockedSplit() {}

  /**
   * Which items are held out: the last {@code fraction} (rounded, at least 1 when a group has 2 or more items) of each
   * group's items in the given order; a group of one item is kept for training.
   *
   * @param groups each item's group, in file order
   * @param fraction share of each group held out, in (0, 1)
   */
  public static boolean[] lastPart(List<String> groups, double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("held-out fraction must be in (0,1), got " + fraction);
    }
    Map<String, Integer> size = new HashMap<>();
    groups.forEach(g -> size.merge(g, 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    boolean[] out = new boolean[groups.size()];
    for (int i = 0; i < out.length; i++) {
      String g = groups.get(i);
      int n = size.get(g);
      int held = n < 2 ? 0 : Math.max(1, (int) Math.round(n * fraction));
      int position = seen.merge(g, 1, Integer::sum) - 1;
      out[i] = position >= n - held;
    }
    return out;
  }
}
