package dev.chorus.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Assigns items to k folds so that every fold has about the same share of each label; fixed seed, fixed result. */
public final class StratifiedFolds {
  private StratifiedFolds() {}

  /** The fold (0..k-1) of each item, given the items' labels. */
  public static int[] assign(List<String> labels, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    Map<String, List<Integer>> byLabel = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] fold = new int[labels.size()];
    int next = 0;
    for (List<Integer> items : byLabel.values()) {
      Collections.shuffle(items, random);
      for (int i : items) {
        fold[i] = next;
        next = (next + 1) % k;
      }
    }
    return fold;
  }
}
