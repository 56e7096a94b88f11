package dev.chorus.cli;

import dev.chorus.annotate.frames.FignewsRow;
import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import java.util.Arrays;
import java.util.Locale;
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
    int[] w = range(words, "--word-ngrams");
    int[] ch = range(chars, "--char-ngrams");
    return TrainingSettings.standard().withSolver(choice(TrainingSettings.Solver.class, solver, "--solver"))
        .withC(c).withBalanced(!unbalanced)
        .withFeatures(new FeatureSettings(w[0], w[1], ch[0], ch[1], FeatureSettings.Weighting.TFIDF, minDf))
        .withFocusLabels(null);
  }

  static FignewsRow.Fields fields(String value) {
    return choice(FignewsRow.Fields.class, value, "--fields");
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  private static int[] range(String value, String option) {
    String[] parts = value.split("-");
    try {
      return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip())};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not a range like 1-3");
    }
  }
}
