package dev.chorus.analysis.coordination.textsimilarity;

import java.util.SplittableRandom;

/**
 * MinHash signatures of the character shingles of a text (Broder 1997): the share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets. Each of the {@code k} hash functions is a
 * multiply-add on a 64-bit shingle hash keeping the high 32 bits (a universal family; Dietzfelbinger et al.),
 * drawn from a fixed seed so that signatures are reproducible. Immutable and thread-safe.
 */
public final class MinHasher {
  private final int shingle;
  private final long[] multipliers;
  private final long[] addends;

  public MinHasher(int hashes, int shingleLength, long seed) {
    if (hashes < 1 || shingleLength < 1) {
      throw new IllegalArgumentException("need at least one hash and a shingle length >= 1");
    }
    this.shingle = shingleLength;
    SplittableRandom rnd = new SplittableRandom(seed);
    multipliers = new long[hashes];
    addends = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = rnd.nextLong() | 1L;
      addends[i] = rnd.nextLong();
    }
  }

  public int hashes() {
    return multipliers.length;
  }

  public int shingleLength() {
    return shingle;
  }

  /**
   * The signature (unsigned 32-bit minima as ints) of a normalised text, or null when the text is shorter than one
   * shingle.
   */
  public int[] signature(String text) {
    int n = text.length() - shingle + 1;
    if (n < 1) {
      return null;
    }
    int k = multipliers.length;
    long[] mins = new long[k];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    for (int s = 0; s < n; s++) {
      long x = shingleHash(text, s);
      for (int i = 0; i < k; i++) {
        long v = (x * multipliers[i] + addends[i]) >>> 32;
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    int[] sig = new int[k];
    for (int i = 0; i < k; i++) {
      sig[i] = (int) mins[i];
    }
    return sig;
  }

  private long shingleHash(String text, int from) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + shingle; i++) {
      h = (h ^ text.charAt(i)) * 0xff51afd7ed558ccdL;
    }
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
