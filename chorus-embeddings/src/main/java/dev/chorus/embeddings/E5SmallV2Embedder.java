package dev.chorus.embeddings;

import dev.chorus.classify.SentenceEmbedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/**
 * {@code e5-small-v2}: quantised e5-small-v2 (384 dimensions, English), as measured by the stance embeddings experiment
 * (bench/experiments-embeddings). e5 was trained with a role prefix on every text; posts are embedded as
 * {@code "query: " + text}, the prefix the experiment used (and one that also makes the empty text embeddable). The
 * model (~33 MB with its tokenizer) is loaded on first use, not when {@link java.util.ServiceLoader} lists the
 * embedders. Thread-safe: onnxruntime sessions may run concurrently.
 */
public final class E5SmallV2Embedder implements SentenceEmbedder {
  public static final String ID = "e5-small-v2";
  static final String PREFIX = "query: ";
  static final int DIMENSIONS = 384;

  /** The model, loaded once per JVM when first needed (the holder idiom: thread-safe lazy loading). */
  private static final class Model {
    static final EmbeddingModel INSTANCE = new E5SmallV2QuantizedEmbeddingModel();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  /** English only: its training data and tokenizer are English. */
  @Override
  public java.util.Set<String> languages() {
    return java.util.Set.of("en");
  }

  @Override
  public float[] embed(String text) {
    float[] v = Model.INSTANCE.embed(PREFIX + text).content().vector();
    double sum = 0;
    for (float a : v) {
      sum += (double) a * a;
    }
    double norm = Math.sqrt(sum);
    if (Math.abs(norm - 1) < 1e-5) {
      return v; // langchain4j already normalises: the vector exactly as the experiment cached it
    }
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = (float) (v[i] / norm);
    }
    return unit;
  }
}
