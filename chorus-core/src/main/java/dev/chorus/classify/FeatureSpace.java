package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The n-grams a classifier knows (sorted hashes, so lookup is a binary search over immutable arrays and needs no
 * locking) with their inverse document frequencies; turns a normalised text into a sparse vector whose word block
 * and character block each have length 1/√2, so neither drowns the other whatever the text length.
 */
public final class FeatureSpace {
  private final FeatureSettings settings;
  private final long[] keys;
  private final float[] idf;

  private FeatureSpace(FeatureSettings settings, long[] keys, float[] idf) {
    this.settings = settings;
    this.keys = keys;
    this.idf = idf;
  }

  /** The n-grams of at least {@code settings.minDf()} of the (normalised) texts, with smoothed idf. */
  public static FeatureSpace fit(FeatureSettings settings, List<String> texts) {
    Map<Long, Integer> df = new HashMap<>();
    for (String t : texts) {
      for (Long k : counts(settings, t).keySet()) {
        df.merge(k, 1, Integer::sum);
      }
    }
    long[] keys = df.entrySet().stream().filter(e -> e.getValue() >= settings.minDf())
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    float[] idf = new float[keys.length];
    for (int i = 0; i < keys.length; i++) {
      idf[i] = (float) (Math.log((1.0 + texts.size()) / (1.0 + df.get(keys[i]))) + 1.0);
    }
    return new FeatureSpace(settings, keys, idf);
  }

  public FeatureSettings settings() {
    return settings;
  }

  /** Whether {@code other} turns every text into the same vector (same settings, n-grams and idf). */
  public boolean sameAs(FeatureSpace other) {
    return settings.equals(other.settings) && Arrays.equals(keys, other.keys) && Arrays.equals(idf, other.idf);
  }

  /** Number of features (liblinear indices run from 1 to this). */
  public int size() {
    return keys.length;
  }

  /** The sparse vector of a normalised text, indices ascending from 1. */
  public Feature[] vectorize(String text) {
    List<FeatureNode> nodes = new ArrayList<>();
    addBlock(nodes, NgramHashes.wordHashes(text, settings.wordMin(), settings.wordMax()));
    addBlock(nodes, NgramHashes.charHashes(text, settings.charMin(), settings.charMax()));
    nodes.sort((a, b) -> Integer.compare(a.index, b.index));
    return nodes.toArray(new Feature[0]);
  }

  /** Adds one block (words or characters) from its sorted hashes: a run of equal hashes is one n-gram's count. */
  private void addBlock(List<FeatureNode> nodes, long[] sortedHashes) {
    int start = nodes.size();
    double norm = 0;
    for (int i = 0; i < sortedHashes.length; ) {
      int j = i + 1;
      while (j < sortedHashes.length && sortedHashes[j] == sortedHashes[i]) {
        j++;
      }
      int k = Arrays.binarySearch(keys, sortedHashes[i]);
      if (k >= 0) {
        double v = value(j - i, idf[k]);
        nodes.add(new FeatureNode(k + 1, v));
        norm += v * v;
      }
      i = j;
    }
    double scale = norm == 0 ? 0 : Math.sqrt(0.5 / norm);
    for (int j = start; j < nodes.size(); j++) {
      nodes.get(j).value *= scale;
    }
  }

  private double value(int tf, float idfValue) {
    return switch (settings.weighting()) {
      case TFIDF -> (1 + Math.log(tf)) * idfValue;
      case LOG -> 1 + Math.log(tf);
      case BINARY -> 1;
    };
  }

  private static Map<Long, Integer> counts(FeatureSettings s, String text) {
    Map<Long, Integer> c = NgramHashes.words(text, s.wordMin(), s.wordMax());
    c.putAll(NgramHashes.chars(text, s.charMin(), s.charMax()));
    return c;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.writeLong(keys[i]);
      out.writeFloat(idf[i]);
    }
  }

  static FeatureSpace read(FeatureSettings settings, DataInputStream in) throws IOException {
    int n = in.readInt();
    long[] keys = new long[n];
    float[] idf = new float[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
      idf[i] = in.readFloat();
    }
    return new FeatureSpace(settings, keys, idf);
  }
}
