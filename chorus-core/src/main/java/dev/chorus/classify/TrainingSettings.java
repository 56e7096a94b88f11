package dev.chorus.classify;

/**
 * How {@link ClassifierTrainer} builds a classifier.
 *
 * @param solver which linear model(s)
 * @param c liblinear's cost (inverse regularisation strength)
 * @param balanced weight classes inversely to their frequency, so rare classes are not ignored
 * @param calibrationFolds folds of the internal cross-validation whose held-out scores fit the calibration
 * @param seed seed of fold assignment and solver shuffling: same data and settings give the same model
 * @param features n-gram settings
 * @param normalizer how texts are prepared for features
 * @param focusLabels labels whose mean F1 the decision weights maximise (e.g. favor and against for stance F_avg);
 *     empty: all labels; null: no decision weights (most probable label)
 * @param embeddings the optional sentence-embedding block appended to the n-grams; null (the default, and what a
 *     weight of 0 becomes, as it appends nothing) for n-grams only. Left out of the JSON when null, so settings,
 *     model files and cards written without it stay byte for byte as before.
 */
public record TrainingSettings(Solver solver, double c, boolean balanced, int calibrationFolds, long seed,
    FeatureSettings features, FeatureText normalizer, java.util.List<String> focusLabels,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    Embeddings embeddings) {
  /**
   * A sentence embedding of each text (unit length, from {@link SentenceEmbedders#require}) appended after the
   * n-gram features times {@code weight}/√2: the word and character blocks have length 1/√2 each, so at weight 1 the
   * embedding weighs as much as either of them (the scaling of bench/experiments-embeddings).
   *
   * @param embedder the embedder's id, e.g. {@code e5-small-v2}
   * @param weight w, at least 0
   */
  public record Embeddings(String embedder, double weight) {
    public Embeddings {
      if (embedder == null || embedder.isBlank() || !(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("an embedding block needs an embedder id and a weight >= 0, got "
            + embedder + " with weight " + weight);
      }
    }
  }

  /** The linear models behind a classifier; an ensemble combines their scores in the calibration. */
  public enum Solver {
    LOGISTIC,
    SVM,
    ENSEMBLE,
    /** Naive-Bayes-scaled one-vs-rest linear SVMs (NB-SVM, Wang &amp; Manning 2012). */
    NBSVM,
    /** Naive-Bayes-scaled one-vs-rest logistic regressions. */
    NBLR,
    /** NB-SVM and logistic regression, combined in the calibration. */
    NB_ENSEMBLE,
    /** NB-SVM, NB-LR, logistic regression and SVM, combined in the calibration. */
    NB_ALL
  }

  public TrainingSettings {
    if (solver == null || features == null || normalizer == null) {
      throw new IllegalArgumentException("training settings are incomplete");
    }
    focusLabels = focusLabels == null ? null : java.util.List.copyOf(focusLabels);
    if (!(c > 0) || calibrationFolds < 2) {
      throw new IllegalArgumentException("C must be > 0 and calibration folds >= 2");
    }
    // w = 0 appends nothing: the very settings (and model) of n-grams only
    embeddings = embeddings != null && embeddings.weight() == 0 ? null : embeddings;
  }

  /** Settings of n-grams only. */
  public TrainingSettings(Solver solver, double c, boolean balanced, int calibrationFolds, long seed,
      FeatureSettings features, FeatureText normalizer, java.util.List<String> focusLabels) {
    this(solver, c, balanced, calibrationFolds, seed, features, normalizer, focusLabels, null);
  }

  public static TrainingSettings standard() {
    return new TrainingSettings(Solver.LOGISTIC, 1.0, true, 5, 42, FeatureSettings.standard(),
        FeatureText.standard(), null);
  }

  public TrainingSettings withSolver(Solver s) {
    return new TrainingSettings(s, c, balanced, calibrationFolds, seed, features, normalizer, focusLabels,
        embeddings);
  }

  public TrainingSettings withC(double value) {
    return new TrainingSettings(solver, value, balanced, calibrationFolds, seed, features, normalizer, focusLabels,
        embeddings);
  }

  public TrainingSettings withBalanced(boolean value) {
    return new TrainingSettings(solver, c, value, calibrationFolds, seed, features, normalizer, focusLabels,
        embeddings);
  }

  public TrainingSettings withFeatures(FeatureSettings value) {
    return new TrainingSettings(solver, c, balanced, calibrationFolds, seed, value, normalizer, focusLabels,
        embeddings);
  }

  public TrainingSettings withFocusLabels(java.util.List<String> value) {
    return new TrainingSettings(solver, c, balanced, calibrationFolds, seed, features, normalizer, value,
        embeddings);
  }

  /** These settings with an embedding block (null or weight 0: n-grams only). */
  public TrainingSettings withEmbeddings(Embeddings value) {
    return new TrainingSettings(solver, c, balanced, calibrationFolds, seed, features, normalizer, focusLabels,
        value);
  }
}
