package dev.chorus.cli;

import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import picocli.CommandLine.Option;

/** Model settings shared by {@code eval stance} and {@code train stance}; the defaults are the measured best. */
final class StanceTrainingOptions {
  @Option(names = "--solver", paramLabel = "logistic|svm|ensemble",
      description = "Linear model(s); ensemble combines both in the calibration (default: ${DEFAULT-VALUE}).")
  String solver = TrainingSettings.standard().solver().name().toLowerCase(java.util.Locale.ROOT);

  @Option(names = "--c", paramLabel = "C", description = "liblinear cost C (default: ${DEFAULT-VALUE}).")
  double c = TrainingSettings.standard().c();

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

  TrainingSettings settings() {
    int[] w = range(words, "--word-ngrams");
    int[] ch = range(chars, "--char-ngrams");
    TrainingSettings s = TrainingSettings.standard();
    return s.withSolver(choice(TrainingSettings.Solver.class, solver, "--solver")).withC(c).withBalanced(!unbalanced)
        .withFeatures(new FeatureSettings(w[0], w[1], ch[0], ch[1],
            choice(FeatureSettings.Weighting.class, weighting, "--weighting"), minDf))
        .withFocusLabels(argmax ? null : dev.chorus.annotate.stance.StanceLabels.POLAR);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
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
