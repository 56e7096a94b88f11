package dev.chorus.cli;

import dev.chorus.annotate.stance.StanceModelling;
import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import picocli.CommandLine.Option;

/** Model settings shared by {@code eval stance} and {@code train stance}; the defaults are the measured best. */
final class StanceTrainingOptions {
  /**
   * Stance defaults, measured by 5-fold CV on SemEval-2016 and Mawqif training data (bench/eval-stance.sh): NB-SVM
   * with C = 0.1 (its naive-Bayes-scaled features are larger than tf-idf values, so it needs stronger
   * regularisation), combined joint + per-target modelling.
   */
  static final TrainingSettings.Solver DEFAULT_SOLVER = TrainingSettings.Solver.NBSVM;
  static final double DEFAULT_C = 0.1;

  @Option(names = "--solver", paramLabel = "logistic|svm|ensemble|nbsvm|nblr|nb-ensemble|nb-all",
      description = "Linear model(s): nbsvm/nblr scale features by naive-Bayes log-count ratios (one-vs-rest); "
          + "ensembles combine models in the calibration (default: ${DEFAULT-VALUE}).")
  String solver = DEFAULT_SOLVER.name().toLowerCase(java.util.Locale.ROOT);

  @Option(names = "--c", paramLabel = "C", description = "liblinear cost C (default: ${DEFAULT-VALUE}).")
  double c = DEFAULT_C;

  @Option(names = "--unbalanced", description = "Do not weight classes inversely to their frequency.")
  boolean unbalanced;

  @Option(names = "--word-ngrams", paramLabel = "MIN-MAX", description = "Word n-gram range, 0-0 for none "
      + "(default: 1-3).")
  String words = "1-3";

  @Option(names = "--char-ngrams", paramLabel = "MIN-MAX", description = "Character n-gram range, 0-0 for none "
      + "(default: 2-5).")
  String chars = "2-5";

  @Option(names = "--weighting", paramLabel = "tfidf|log|binary", description = "N-gram weighting (default: "
      + "${DEFAULT-VALUE}).")
  String weighting = FeatureSettings.standard().weighting().name().toLowerCase(java.util.Locale.ROOT);

  @Option(names = "--min-df", paramLabel = "N", description = "Drop n-grams in fewer training posts (default: "
      + "${DEFAULT-VALUE}).")
  int minDf = FeatureSettings.standard().minDf();

  @Option(names = "--argmax", description = "Pick the most probable stance instead of weighting favor/against to "
      + "maximise F_avg on held-out training scores.")
  boolean argmax;

  @Option(names = "--modelling", paramLabel = "combined|joint|per-target", description = "per-target: independent "
      + "models; joint: one model over all targets with shared and target-specific feature copies; combined: both, "
      + "merged in each target's calibration (default: ${DEFAULT-VALUE}).")
  String modelling = "combined";

  StanceModelling modelling() {
    return StanceModelling.parse(modelling);
  }

  TrainingSettings settings() {
    int[] w = OptionValues.range(words, "--word-ngrams");
    int[] ch = OptionValues.range(chars, "--char-ngrams");
    TrainingSettings s = TrainingSettings.standard();
    return s.withSolver(OptionValues.oneOf(TrainingSettings.Solver.class, solver, "--solver")).withC(c)
        .withBalanced(!unbalanced)
        .withFeatures(new FeatureSettings(w[0], w[1], ch[0], ch[1],
            OptionValues.oneOf(FeatureSettings.Weighting.class, weighting, "--weighting"), minDf))
        .withFocusLabels(argmax ? null : dev.chorus.annotate.stance.StanceLabels.POLAR);
  }
}
