package dev.chorus.cli;

import dev.chorus.annotate.frames.FignewsRow;
import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import picocli.CommandLine.Option;

/**
 * Model settings shared by {@code eval frames} and {@code train frames}. The defaults are the best of the variants
 * measured by 5-fold CV on FIGNEWS-2024 (README, "Frames"): word 1–2-grams without character n-grams, C = 0.5.
 */
final class FrameTrainingOptions {
  @Option(names = "--solver", paramLabel = "logistic|svm|ensemble",
      description = "Linear model(s); ensemble combines both in the calibration (default: ${DEFAULT-VALUE}).")
  String solver = "logistic";

  @Option(names = "--c", paramLabel = "C", description = "liblinear cost C (default: ${DEFAULT-VALUE}).")
  double c = 0.5;

  @Option(names = "--unbalanced", description = "Do not weight classes inversely to their frequency.")
  boolean unbalanced;

  @Option(names = "--word-ngrams", paramLabel = "MIN-MAX", description = "Word n-gram range, 0-0 for none "
      + "(default: ${DEFAULT-VALUE}).")
  String words = "1-2";

  @Option(names = "--char-ngrams", paramLabel = "MIN-MAX", description = "Character n-gram range, 0-0 for none "
      + "(default: ${DEFAULT-VALUE}).")
  String chars = "0-0";

  @Option(names = "--min-df", paramLabel = "N", description = "Drop n-grams in fewer training posts (default: "
      + "${DEFAULT-VALUE}).")
  int minDf = 2;

  TrainingSettings settings() {
    int[] w = OptionValues.range(words, "--word-ngrams");
    int[] ch = OptionValues.range(chars, "--char-ngrams");
    return TrainingSettings.standard()
        .withSolver(OptionValues.oneOf(TrainingSettings.Solver.class, solver, "--solver")).withC(c).withBalanced(!unbalanced)
        .withFeatures(new FeatureSettings(w[0], w[1], ch[0], ch[1], FeatureSettings.Weighting.TFIDF, minDf))
        .withFocusLabels(null);
  }

  static FignewsRow.Fields fields(String value) {
    return OptionValues.oneOf(FignewsRow.Fields.class, value, "--fields");
  }
}
