package dev.chorus.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds that keep each group whole: every item of a group (e.g. a FIGNEWS annotation batch) lands in the same fold,
 * so a model is always scored on groups it never saw. Items of one batch share annotators, period and topic; shuffled
 * folds spread them over training and test and overstate what a model scores on the next batch. Deterministic: groups
 * are dealt largest first to the fold with fewest items (ties: the earlier group in file order, the lower fold).
 */
public final class GroupedFolds {
  private GroupedFolds() {}

  /**
   * The fold (0..k-1) of each item.
   *
   * @param groups each item's group, in file order
   * @param k folds, at least 2 and at most the number of groups
   */
  public static int[] assign(List<String> groups, int k) {
    Map<String, List<Integer>> items = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      items.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
    }
    if (k < 2 || k > items.size()) {
      throw new IllegalArgumentException("grouped folds need between 2 and " + items.size()
          + " folds (one group never splits), got " + k);
    }
    List<List<Integer>> bySize = new ArrayList<>(items.values());
    bySize.sort(Comparator.comparingInt(l -> -l.size()));
    int[] size = new int[k];
    int[] fold = new int[groups.size()];
    for (List<Integer> group : bySize) {
      int smallest = 0;
      for (int f = 1; f < k; f++) {
        smallest = size[f] < size[smallest] ? f : smallest;
      }
      for (int i : group) {
        fold[i] = smallest;
      }
      size[smallest] += group.size();
    }
    return fold;
  }

  /** Indices of the items in fold {@code f} ({@code inFold}) or outside it. */
  public static List<Integer> members(int[] fold, int f, boolean inFold) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < fold.length; i++) {
      if ((fold[i] == f) == inFold) {
        out.add(i);
      }
    }
    return out;
  }
}
