package dev.chorus.annotate.stance;

import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * One setting that stance tuning may choose for a target: a model family with its C and class weights, and how the
 * label is picked (most probable, or the decision weights fitted for F_avg).
 *
 * @param name short readable name, e.g. {@code svm C=0.03 balanced +fw}, as cards and reports print it
 * @param settings training settings; their focus labels are always set so the decision weights are fitted, and
 *     {@code decision} says whether they are used
 * @param modelling per-target or combined (joint and per-target) models
 * @param decision how the label is picked from the trained model
 * @param complexity lower is simpler: among settings within noise of the best, the simplest is kept
 */
public record StanceCandidate(String name, TrainingSettings settings, StanceModelling modelling, Decision decision,
    int complexity) {
  /** How a label is picked; candidates that differ only in this share one trained model. */
  public enum Decision {
    /** The highest raw score of the linear model(s): no correction fitted to the training file's label mix. */
    RAW(""),
    /** The most probable label after calibration (whose class biases follow the training label mix). */
    CALIBRATED(" calibrated"),
    /** Calibrated probabilities weighted to maximise F_avg on held-out training scores. */
    F_AVG_WEIGHTS(" +fw");

    private final String suffix;

    Decision(String suffix) {
      this.suffix = suffix;
    }
  }

  static final double[] SVM_C = {0.01, 0.03, 0.1, 0.3, 1};
  static final double[] LR_C = {0.3, 1, 3, 10};

  /** What is trained: candidates that differ only in {@code decision} share one model. */
  record TrainKey(TrainingSettings settings, StanceModelling modelling) {}

  TrainKey trainKey() {
    return new TrainKey(settings, modelling);
  }

  /**
   * The grid the dev protocol tunes over: per-target linear SVM (C 0.01–1) and logistic regression (C 0.3–10), each
   * with and without balanced class weights, each deciding by raw scores, calibrated probabilities or F_avg decision
   * weights, and the former default (combined NB-SVM, C 0.1, balanced) with and without its decision weights.
   * Simplicity: per-target SVM, then logistic regression, then the combined model; then raw before calibrated before
   * decision weights, unbalanced before balanced, and the smaller C (stronger regularisation) first.
   */
  public static List<StanceCandidate> grid() {
    return grid(TrainingSettings.standard().features());
  }

  /**
   * What the shipped tuning chooses from, the part of {@link #grid()} that the development protocol supports: per-target
   * linear SVMs with C 0.03–1, unbalanced or balanced, deciding by calibrated probabilities or F_avg decision weights.
   * Raw-score decisions are left out: with strong regularisation they collapse to the majority label, which a
   * validation block of one dominant label rewards (chosen so on SemEval, they predicted only "against" on the trial
   * file); logistic regression and the combined NB-SVM scored no better on the protocol and cost more.
   */
  public static List<StanceCandidate> tuningGrid(dev.chorus.classify.FeatureSettings features) {
    return grid(features).stream().filter(c -> c.modelling() == StanceModelling.PER_TARGET
        && c.settings().solver() == TrainingSettings.Solver.SVM && c.decision() != Decision.RAW
        && c.settings().c() >= 0.03).toList();
  }

  /** {@link #grid()} with other n-gram features for the per-target models. */
  public static List<StanceCandidate> grid(dev.chorus.classify.FeatureSettings features) {
    List<StanceCandidate> out = new ArrayList<>();
    addFamily(out, "svm", TrainingSettings.Solver.SVM, SVM_C, 0, features);
    addFamily(out, "lr", TrainingSettings.Solver.LOGISTIC, LR_C, 1, features);
    TrainingSettings nb = base().withSolver(TrainingSettings.Solver.NBSVM).withC(0.1).withBalanced(true);
    for (Decision d : new Decision[] {Decision.CALIBRATED, Decision.F_AVG_WEIGHTS}) {
      out.add(new StanceCandidate("combined-nbsvm C=0.1 balanced" + d.suffix, nb, StanceModelling.COMBINED, d,
          2000 + 100 * d.ordinal()));
    }
    return List.copyOf(out);
  }

  private static void addFamily(List<StanceCandidate> out, String name, TrainingSettings.Solver solver, double[] cs,
      int family, dev.chorus.classify.FeatureSettings features) {
    for (Decision d : Decision.values()) {
      for (boolean balanced : new boolean[] {false, true}) {
        for (int i = 0; i < cs.length; i++) {
          TrainingSettings s = base().withSolver(solver).withC(cs[i]).withBalanced(balanced).withFeatures(features);
          out.add(new StanceCandidate(name + " C=" + cs[i] + (balanced ? " balanced" : "") + d.suffix, s,
              StanceModelling.PER_TARGET, d, family * 1000 + 100 * d.ordinal() + (balanced ? 10 : 0) + i));
        }
      }
    }
  }

  /** The one fixed setting of {@code settings} and {@code modelling}, for measuring it without tuning. */
  public static StanceCandidate fixed(TrainingSettings settings, StanceModelling modelling) {
    Decision d = settings.focusLabels() != null ? Decision.F_AVG_WEIGHTS : Decision.CALIBRATED;
    return new StanceCandidate("fixed", settings.withFocusLabels(StanceLabels.POLAR), modelling, d, 0);
  }

  private static TrainingSettings base() {
    return TrainingSettings.standard().withFocusLabels(StanceLabels.POLAR);
  }
}
