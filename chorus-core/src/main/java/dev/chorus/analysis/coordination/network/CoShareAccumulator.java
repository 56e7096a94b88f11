package dev.chorus.analysis.coordination.network;

import dev.chorus.analysis.coordination.coortweet.PairSink;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns the stream of coordinated pairs into account-to-account edge weights: the weight of two accounts is the
 * number of distinct objects both shared within the window (several pairs on one object count once). Keeps the row
 * numbers of the pairs (output-sized) for per-group statistics. Mutable, one per run.
 */
public final class CoShareAccumulator implements PairSink {
  private final ShareTable table;
  private final Set<Long> pairsOfObject = new HashSet<>();
  private final Map<Long, int[]> weights = new HashMap<>();
  private int[] pairRows = new int[1024];
  private int pairCount;

  public CoShareAccumulator(ShareTable table) {
    this.table = table;
  }

  @Override
  public void pair(int earlier, int later, long timeDelta) {
    pairsOfObject.add(edgeKey(table.account(earlier), table.account(later)));
    if (pairCount * 2 + 2 > pairRows.length) {
      pairRows = Arrays.copyOf(pairRows, pairRows.length * 2);
    }
    pairRows[pairCount * 2] = earlier;
    pairRows[pairCount * 2 + 1] = later;
    pairCount++;
  }

  @Override
  public void endObject(int object) {
    for (Long key : pairsOfObject) {
      weights.computeIfAbsent(key, k -> new int[1])[0]++;
    }
    pairsOfObject.clear();
  }

  /** Edge weights by {@link #edgeKey}. */
  public Map<Long, int[]> weights() {
    return weights;
  }

  public int pairCount() {
    return pairCount;
  }

  public int earlierRow(int pair) {
    return pairRows[pair * 2];
  }

  public int laterRow(int pair) {
    return pairRows[pair * 2 + 1];
  }

  /** The key of an undirected edge between two account ids, smaller id first. */
  public static long edgeKey(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  public static int low(long key) {
    return (int) (key >>> 32);
  }

  public static int high(long key) {
    return (int) key;
  }
}
