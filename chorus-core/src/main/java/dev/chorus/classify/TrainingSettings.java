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
 */
public record TrainingSettings(Solver solver, double c, boolean balanced, int calibrationFolds, long seed,
    FeatureSettings features, FeatureText normalizer, java.util.List<String> focusLabels) {
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
  }

  public static TrainingSettings standard() {
    return new TrainingSettings(Solver.LOGISTIC, 1.0, true, 5, 42, FeatureSettings.standard(),
        FeatureText.standard(), null);
  }

  public TrainingSettings withSolver(Solver s) {
    return new TrainingSettings(s, c, balanced, calibrationFolds, seed, features, normalizer, focusLabels);
  }

  public TrainingSettings withC(double value) {
    return new TrainingSettings(solver, value, balanced, calibrationFolds, seed, features, normalizer, focusLabels);
  }

  public TrainingSettings withBalanced(boolean value) {
    return new TrainingSettings(solver, c, value, calibrationFolds, seed, features, normalizer, focusLabels);
  }

  public TrainingSettings withFeatures(FeatureSettings value) {
    return new TrainingSettings(solver, c, balanced, calibrationFolds, seed, value, normalizer, focusLabels);
  }

  public TrainingSettings withFocusLabels(java.util.List<String> value) {
    return new TrainingSettings(solver, c, balanced, calibrationFolds, seed, features, normalizer, value);
  }
}
