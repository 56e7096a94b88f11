package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Experiment, not product code (bench/frames-experiments.sh, variant {@code grouped-calibration}): trains a
 * {@link TextClassifier} exactly as {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)} does, except that the
 * internal folds whose held-out scores fit the calibration and the decision (macro-F1) weights keep each group (a
 * FIGNEWS annotation batch) whole ({@link GroupedFolds}) instead of being stratified by label. Same number of folds
 * as the product (the settings' calibration folds, at most the smallest class and at most the number of groups); the
 * final models are trained on all texts, as in the product. In this package only because the trainer's parts
 * (solvers, decision weights, calibration fit, the classifier's constructor) are package-private.
 */
public final class GroupedCalibrationTrainer {
  private GroupedCalibrationTrainer() {}

  /**
   * @param groups each prepared text's group, in the order of {@code p.x()}
   */
  public static TextClassifier train(TrainingSettings settings, ClassifierTrainer.Prepared p, List<String> groups) {
    ClassifierTrainer base = new ClassifierTrainer(settings);
    List<String> labels = p.labels();
    Feature[][] x = p.x();
    int[] y = p.y();
    List<LinearFit> solvers = base.solvers();
    int[] n = new int[labels.size()];
    for (int v : y) {
      n[v]++;
    }
    int smallest = Arrays.stream(n).filter(v -> v > 0).min().orElse(2);
    int k = Math.max(2, Math.min(Math.min(settings.calibrationFolds(), smallest),
        new LinkedHashSet<>(groups).size()));
    int[] fold = GroupedFolds.assign(groups, k);
    List<double[][]> heldOut = new ArrayList<>();
    for (LinearFit s : solvers) {
      double[][] scores = new double[x.length][];
      IntStream.range(0, k).parallel().forEach(f -> {
        int[] train = IntStream.range(0, x.length).filter(i -> fold[i] != f).toArray();
        Feature[][] tx = Arrays.stream(train).mapToObj(i -> x[i]).toArray(Feature[][]::new);
        int[] ty = Arrays.stream(train).map(i -> y[i]).toArray();
        LinearScorer scorer = s.fit(tx, ty, labels.size(), p.space().size());
        for (int i = 0; i < x.length; i++) {
          if (fold[i] == f) {
            scores[i] = scorer.scores(x[i]);
          }
        }
      });
      heldOut.add(scores);
    }
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(heldOut, y, labels.size());
    double[] weights = base.decisionWeights(heldOut, calibration, y, labels);
    List<LinearScorer> scorers = new ArrayList<>();
    for (LinearFit s : solvers) {
      scorers.add(s.fit(x, y, labels.size(), p.space().size()));
    }
    return new TextClassifier(labels, settings, p.space(), scorers, calibration, weights);
  }
}
