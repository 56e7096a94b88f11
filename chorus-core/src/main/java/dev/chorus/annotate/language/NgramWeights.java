package dev.chorus.annotate.language;

import java.util.Arrays;

/**
 * A read-only open-addressing table from a character n-gram (up to three UTF-16 chars packed into a long) to one
 * weight per language. Lookups allocate nothing but the result array and a small set used to count each n-gram once.
 */
final class NgramWeights {
  private static final long EMPTY = 0L;

  private final long[] keys;
  private final float[] values;
  private final int languages;
  private final int mask;

  private NgramWeights(long[] keys, float[] values, int languages) {
    this.keys = keys;
    this.values = values;
    this.languages = languages;
    this.mask = keys.length - 1;
  }

  /** Sum of the weights of the distinct 1-, 2- and 3-grams of the lower-cased text, per language. */
  double[] sumOfDistinctNgrams(CharSequence text) {
    double[] sum = new double[languages];
    int n = text.length();
    char[] lower = new char[n]; // each char is in up to three n-grams: lower-cased once, not three times
    for (int i = 0; i < n; i++) {
      lower[i] = Character.toLowerCase(text.charAt(i));
    }
    long[] seen = new long[Integer.highestOneBit(Math.max(4, n * 3)) * 2];
    int seenMask = seen.length - 1;
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int len = 1; len <= 3 && i + len <= n; len++) {
        key = (key << 16) | lower[i + len - 1];
        long packed = pack(key, len);
        if (addIfAbsent(seen, seenMask, packed)) {
          int slot = find(packed);
          if (slot >= 0) {
            for (int j = 0; j < languages; j++) {
              sum[j] += values[slot * languages + j];
            }
          }
        }
      }
    }
    return sum;
  }

  private static long pack(long chars, int len) {
    return (chars << 2) | len;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private int find(long key) {
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return i;
      }
      if (keys[i] == EMPTY) {
        return -1;
      }
    }
  }

  private static boolean addIfAbsent(long[] set, int setMask, long key) {
    for (int i = hash(key) & setMask; ; i = (i + 1) & setMask) {
      if (set[i] == key) {
        return false;
      }
      if (set[i] == EMPTY) {
        set[i] = key;
        return true;
      }
    }
  }

  /** Collects the weights while the model is read. */
  static final class Builder {
    private final int languages;
    private long[] keys = new long[1 << 16];
    private float[] values;
    private int size;

    Builder(int languages) {
      this.languages = languages;
      this.values = new float[keys.length * languages];
    }

    /** Adds an n-gram of the model if it is at most three chars long and weighs on one of the kept languages. */
    void add(String gram, int[] outcomes, double[] parameters, int[] column) {
      if (gram.isEmpty() || gram.length() > 3) {
        return;
      }
      float[] row = new float[languages];
      boolean any = false;
      for (int k = 0; k < outcomes.length; k++) {
        int j = column[outcomes[k]];
        if (j >= 0 && parameters[k] != 0) {
          row[j] = (float) parameters[k];
          any = true;
        }
      }
      if (!any) {
        return;
      }
      long key = 0;
      for (int i = 0; i < gram.length(); i++) {
        key = (key << 16) | gram.charAt(i);
      }
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      put(pack(key, gram.length()), row);
    }

    private void put(long key, float[] row) {
      int mask = keys.length - 1;
      int i = hash(key) & mask;
      while (keys[i] != EMPTY && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == EMPTY) {
        size++;
      }
      keys[i] = key;
      System.arraycopy(row, 0, values, i * languages, languages);
    }

    private void grow() {
      long[] oldKeys = keys;
      float[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new float[keys.length * languages];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          put(oldKeys[i], Arrays.copyOfRange(oldValues, i * languages, (i + 1) * languages));
        }
      }
    }

    NgramWeights build() {
      return new NgramWeights(keys, values, languages);
    }
  }
}
