package dev.chorus.cli;

import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import picocli.CommandLine.Option;

/**
 * The model options that {@code train} and {@code eval} share for stance and frames. Each model's defaults are the
 * measured best, declared once in core ({@code StanceTraining.DEFAULT_SETTINGS}, {@code FrameTraining
 * .DEFAULT_SETTINGS}); the options start from them, so the help shows them and an option left out keeps them.
 */
abstract class TrainingOptions {
  private final TrainingSettings defaults;

  @Option(names = "--solver", paramLabel = "logistic|svm|ensemble|nbsvm|nblr|nb-ensemble|nb-all",
      description = "Linear model(s): nbsvm/nblr scale features by naive-Bayes log-count ratios (one-vs-rest); "
          + "ensembles combine models in the calibration (default: ${DEFAULT-VALUE}).")
  String solver;

  @Option(names = "--c", paramLabel = "C", description = "liblinear cost C (default: ${DEFAULT-VALUE}).")
  double c;

  @Option(names = "--unbalanced", description = "Do not weight classes inversely to their frequency.")
  boolean unbalanced;

  @Option(names = "--word-ngrams", paramLabel = "MIN-MAX", description = "Word n-gram range, 0-0 for none "
      + "(default: ${DEFAULT-VALUE}).")
  String words;

  @Option(names = "--char-ngrams", paramLabel = "MIN-MAX", description = "Character n-gram range, 0-0 for none "
      + "(default: ${DEFAULT-VALUE}).")
  String chars;

  @Option(names = "--min-df", paramLabel = "N", description = "Drop n-grams in fewer training posts (default: "
      + "${DEFAULT-VALUE}).")
  int minDf;

  TrainingOptions(TrainingSettings defaults) {
    this.defaults = defaults;
    FeatureSettings f = defaults.features();
    solver = OptionValues.name(defaults.solver());
    c = defaults.c();
    unbalanced = !defaults.balanced();
    words = f.wordMin() + "-" + f.wordMax();
    chars = f.charMin() + "-" + f.charMax();
    minDf = f.minDf();
  }

  /** How n-grams are weighted; the default's unless a subclass offers an option. */
  FeatureSettings.Weighting weighting() {
    return defaults.features().weighting();
  }

  /** The defaults with what the options changed. */
  TrainingSettings settings() {
    int[] w = OptionValues.range(words, "--word-ngrams");
    int[] ch = OptionValues.range(chars, "--char-ngrams");
    return defaults.withSolver(OptionValues.oneOf(TrainingSettings.Solver.class, solver, "--solver")).withC(c)
        .withBalanced(!unbalanced)
        .withFeatures(new FeatureSettings(w[0], w[1], ch[0], ch[1], weighting(), minDf));
  }
}
