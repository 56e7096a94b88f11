package dev.chorus.annotate.frames;

import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One setting that frame tuning may choose: the text read, the n-gram features, C, class weighting, and how a class
 * is picked (the most probable, or with class weights fitted on held-out probabilities for macro-F1, which act as
 * lower thresholds for the rare classes).
 *
 * @param name short readable name, e.g. {@code mt words C=0.5 balanced +f1}, as cards and reports print it
 * @param settings training settings (focus labels are set by {@code method})
 * @param fields the text the model reads
 * @param method how the class is predicted
 * @param complexity lower is simpler: among settings within noise of the best, the simplest is kept
 */
public record FrameCandidate(String name, TrainingSettings settings, FignewsRow.Fields fields,
    FignewsEvaluation.Method method, int complexity) {
  static final double[] C = {0.25, 0.5, 1};
  static final FeatureSettings WORDS = new FeatureSettings(1, 2, 0, 0, FeatureSettings.Weighting.TFIDF, 2);
  static final FeatureSettings WORDS_CHARS = new FeatureSettings(1, 2, 2, 5, FeatureSettings.Weighting.TFIDF, 2);

  /**
   * The grid of the development protocol, for models reading {@code fields}: logistic regression on word 1–2-grams
   * with or without character 2–5-grams, C 0.25–1, unbalanced or balanced class weights, the most probable class or
   * macro-F1 class weights. Simplicity: words before words and characters, the most probable class before fitted
   * weights, unbalanced before balanced, the smaller C (stronger regularisation) first.
   */
  public static List<FrameCandidate> grid(FignewsRow.Fields fields) {
    List<FrameCandidate> out = new ArrayList<>();
    FeatureSettings[] features = {WORDS, WORDS_CHARS};
    FignewsEvaluation.Method[] methods = {FignewsEvaluation.Method.SOFTMAX, FignewsEvaluation.Method.SOFTMAX_F1};
    for (int f = 0; f < features.length; f++) {
      for (int m = 0; m < methods.length; m++) {
        for (int b = 0; b < 2; b++) {
          for (int c = 0; c < C.length; c++) {
            TrainingSettings s = base().withFeatures(features[f]).withC(C[c]).withBalanced(b == 1);
            out.add(new FrameCandidate(name(s, fields, methods[m]), s, fields, methods[m],
                f * 1000 + m * 100 + b * 10 + c));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The one fixed setting, for measuring it without tuning. */
  public static FrameCandidate fixed(TrainingSettings settings, FignewsRow.Fields fields,
      FignewsEvaluation.Method method) {
    return new FrameCandidate(name(settings, fields, method), settings, fields, method, 0);
  }

  private static TrainingSettings base() {
    return TrainingSettings.standard().withSolver(TrainingSettings.Solver.LOGISTIC);
  }

  static String name(TrainingSettings s, FignewsRow.Fields fields, FignewsEvaluation.Method method) {
    FeatureSettings f = s.features();
    String features = (f.wordMin() > 0 ? "words " + f.wordMin() + "-" + f.wordMax() : "")
        + (f.wordMin() > 0 && f.charMin() > 0 ? " + " : "") + (f.charMin() > 0 ? "chars " + f.charMin() + "-"
        + f.charMax() : "");
    String solver = s.solver() == TrainingSettings.Solver.LOGISTIC ? "" : s.solver().name().toLowerCase(Locale.ROOT)
        + " ";
    return fields.name().toLowerCase(Locale.ROOT) + ", " + features + ", " + solver + "C=" + s.c()
        + (s.balanced() ? " balanced" : "") + ", " + method.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The settings as a classifier trains them: macro-F1 class weights fitted only for {@code softmax-f1}. */
  TrainingSettings trainedSettings() {
    return settings.withFocusLabels(method == FignewsEvaluation.Method.SOFTMAX_F1 ? List.of() : null);
  }
}
