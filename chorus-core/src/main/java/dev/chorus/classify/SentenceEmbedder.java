package dev.chorus.classify;

/**
 * A sentence-embedding model that a classifier may append to its n-gram features (an optional feature block, see
 * {@link TrainingSettings.Embeddings}). Implementations live outside chorus-core (the models are large and English
 * only) and are found by {@link java.util.ServiceLoader} through {@link SentenceEmbedders}; a provider's no-argument
 * constructor must be cheap (load the model on first use), since listing the embedders instantiates every provider.
 * Thread-safe: cross-validation folds and annotator threads embed at the same time.
 */
public interface SentenceEmbedder {
  /** Stable name recorded in model files, e.g. {@code e5-small-v2}. */
  String id();

  /** Length of every vector {@link #embed} returns. */
  int dimensions();

  /** The text's embedding, of unit length; any text, the empty one included. */
  float[] embed(String text);

  /**
   * The languages (ISO 639-1) the model was trained for, which {@code --embeddings auto} may choose it for; empty
   * (the default): only when asked for by id.
   */
  default java.util.Set<String> languages() {
    return java.util.Set.of();
  }
}
