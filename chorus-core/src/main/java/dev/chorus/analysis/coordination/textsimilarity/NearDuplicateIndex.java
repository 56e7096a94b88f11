package dev.chorus.analysis.coordination.textsimilarity;

import java.util.Arrays;

/**
 * Groups near-duplicate texts ("copypasta") with MinHash and LSH banding, in memory that grows linearly with the
 * number of texts: per text one 32-bit hash per band and one byte per MinHash value. Candidates (same band hash) are
 * verified on the stored bytes, a b-bit MinHash estimate (Li &amp; König 2010) corrected for chance agreement, and
 * accepted pairs are merged with union-find, so clusters are transitive (A~B and B~C put A, B, C together).
 *
 * <p>Mutable and not thread-safe: fill it with {@link #add}, then read {@link #clusters()}. Signatures can be
 * computed in parallel beforehand with the thread-safe {@link MinHasher} and added with {@link #addSignature}.
 */
public final class NearDuplicateIndex {
  private static final double CHANCE = 1.0 / 256;

  private final MinHasher hasher;
  private final LshBanding banding;
  private final double threshold;
  private int[][] bandHashes;
  private byte[] bytes;
  private int size;

  public NearDuplicateIndex(MinHasher hasher, double threshold) {
    this.hasher = hasher;
    this.threshold = threshold;
    this.banding = LshBanding.forThreshold(threshold, hasher.hashes());
    this.bandHashes = new int[banding.bands()][1024];
    this.bytes = new byte[1024 * hasher.hashes()];
  }

  public LshBanding banding() {
    return banding;
  }

  /** Adds a normalised text; returns its index, or -1 when it is too short to shingle (it then has no cluster). */
  public int add(String normalizedText) {
    return addSignature(hasher.signature(normalizedText));
  }

  /** Adds a signature from this index's hasher (null for a text too short); returns its index or -1. */
  public int addSignature(int[] sig) {
    if (sig == null) {
      return -1;
    }
    if (sig.length != hasher.hashes()) {
      throw new IllegalArgumentException("signature has " + sig.length + " values, expected " + hasher.hashes());
    }
    grow();
    int k = hasher.hashes();
    for (int b = 0; b < banding.bands(); b++) {
      int h = 0x2545F491;
      for (int r = b * banding.rows(); r < (b + 1) * banding.rows(); r++) {
        h = (h ^ sig[r]) * 0x9E3779B1;
        h ^= h >>> 15;
      }
      bandHashes[b][size] = h;
    }
    for (int i = 0; i < k; i++) {
      bytes[size * k + i] = (byte) sig[i];
    }
    return size++;
  }

  public int size() {
    return size;
  }

  /** For each added text, a representative text index shared by its whole cluster (itself when it has none). */
  public int[] clusters() {
    UnionFind uf = new UnionFind(size);
    long[] keyed = new long[size];
    for (int b = 0; b < banding.bands(); b++) {
      for (int d = 0; d < size; d++) {
        keyed[d] = ((long) bandHashes[b][d] << 32) | d;
      }
      Arrays.sort(keyed);
      int start = 0;
      while (start < size) {
        int end = start + 1;
        while (end < size && (keyed[end] >>> 32) == (keyed[start] >>> 32)) {
          end++;
        }
        for (int i = start + 1; i < end; i++) {
          int doc = (int) keyed[i];
          int first = (int) keyed[start];
          int previous = (int) keyed[i - 1];
          if (uf.find(doc) != uf.find(first) && similar(doc, first)) {
            uf.union(doc, first);
          } else if (uf.find(doc) != uf.find(previous) && similar(doc, previous)) {
            uf.union(doc, previous);
          }
        }
        start = end;
      }
    }
    int[] roots = new int[size];
    for (int d = 0; d < size; d++) {
      roots[d] = uf.find(d);
    }
    return roots;
  }

  /** Estimated Jaccard similarity of two added texts from their stored bytes. */
  public double similarity(int a, int b) {
    int k = hasher.hashes();
    int same = 0;
    for (int i = 0; i < k; i++) {
      if (bytes[a * k + i] == bytes[b * k + i]) {
        same++;
      }
    }
    return Math.max(0, ((double) same / k - CHANCE) / (1 - CHANCE));
  }

  private boolean similar(int a, int b) {
    return similarity(a, b) >= threshold;
  }

  private void grow() {
    if (size < bandHashes[0].length) {
      return;
    }
    int n = size * 2;
    for (int b = 0; b < bandHashes.length; b++) {
      bandHashes[b] = Arrays.copyOf(bandHashes[b], n);
    }
    bytes = Arrays.copyOf(bytes, n * hasher.hashes());
  }
}
