package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.Arrays;

/**
 * The sentence-embedding block of a trained classifier: its embedder and weight w. Appends a text's embedding,
 * rescaled to unit length in double precision and times w/√2, after the n-gram features (liblinear indices
 * n+1..n+d), exactly as bench/experiments-embeddings measured it. Immutable and thread-safe.
 */
final class EmbeddingBlock {
  /**
   * The block as a model file's header records it.
   *
   * @param embedder the embedder's id
   * @param weight w
   * @param dimensions the embedding's length (the model's weights were fitted to that many)
   */
  record Saved(String embedder, double weight, int dimensions) {}

  private final SentenceEmbedder embedder;
  private final double weight;

  private EmbeddingBlock(SentenceEmbedder embedder, double weight) {
    this.embedder = embedder;
    this.weight = weight;
  }

  /** The block of {@code settings}, null when they have none; an unknown embedder id is refused in words. */
  static EmbeddingBlock of(TrainingSettings settings) {
    TrainingSettings.Embeddings e = settings.embeddings();
    return e == null ? null : new EmbeddingBlock(SentenceEmbedders.require(e.embedder()), e.weight());
  }

  /** The block of a model file's header, checked against the embedder on the classpath. */
  static EmbeddingBlock load(Saved saved, String file) throws java.io.IOException {
    SentenceEmbedder e;
    try {
      e = SentenceEmbedders.require(saved.embedder());
    } catch (IllegalArgumentException missing) {
      throw new java.io.IOException(file + ": the model appends sentence embeddings, but " + missing.getMessage()
          + "; run Chorus with the chorus-embeddings module, or train the model again without embeddings", missing);
    }
    if (e.dimensions() != saved.dimensions()) {
      throw new java.io.IOException(file + ": the model was trained on " + saved.dimensions() + "-dimensional '"
          + saved.embedder() + "' embeddings, the embedder on the classpath gives " + e.dimensions());
    }
    return new EmbeddingBlock(e, saved.weight());
  }

  Saved saved() {
    return new Saved(embedder.id(), weight, embedder.dimensions());
  }

  int dimensions() {
    return embedder.dimensions();
  }

  /** The text's embedding at unit length (the text as given, not normalised: the model reads natural text). */
  double[] unit(String text) {
    float[] v = embedder.embed(text);
    double sum = 0;
    for (float a : v) {
      sum += (double) a * a;
    }
    double norm = Math.sqrt(sum);
    double[] out = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = norm == 0 ? 0 : v[j] / norm;
    }
    return out;
  }

  /** The n-gram vector {@code x} (over {@code n} features) with {@code unit} times w/√2 after it. */
  Feature[] append(Feature[] x, double[] unit, int n) {
    Feature[] out = Arrays.copyOf(x, x.length + unit.length);
    double scale = weight / Math.sqrt(2);
    for (int j = 0; j < unit.length; j++) {
      out[x.length + j] = new FeatureNode(n + 1 + j, unit[j] * scale);
    }
    return out;
  }
}
