package dev.chorus.classify;

import java.util.Locale;

/**
 * Test-only {@link SentenceEmbedder} ({@code test-hash}, registered in src/test/resources/META-INF/services): each
 * lower-cased word adds ±1 to one of 16 dimensions by its hash, then the vector is scaled to unit length, so texts
 * sharing words are close, the same text always gives the same vector, and no model is needed.
 */
public final class HashingTestEmbedder implements SentenceEmbedder {
  public static final String ID = "test-hash";
  static final int DIMENSIONS = 16;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    double[] v = new double[DIMENSIONS];
    v[0] = 0.1; // the empty text too has a unit vector
    for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!w.isEmpty()) {
        int h = w.hashCode();
        v[Math.floorMod(h, DIMENSIONS)] += (h & 1024) == 0 ? 1 : -1;
      }
    }
    double norm = Math.sqrt(java.util.Arrays.stream(v).map(a -> a * a).sum());
    float[] out = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
