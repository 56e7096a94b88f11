package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Experiment, not product code (run by bench/stance-feature-blocks.sh): {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)}
 * step for step (the same solvers, internal cross-validation, calibration and decision weights), but on each text's
 * n-gram vector with a block of extra features appended after the n-grams (indices {@code space.size()+1 ...}).
 * With an empty block (size 0) the vectors, and so the model, are exactly those of {@link ClassifierTrainer}.
 */
public final class BlockAugmentedTrainer {
  private BlockAugmentedTrainer() {}

  /**
   * A trained model over n-grams plus a block.
   *
   * @param labels sorted labels
   * @param features n-gram features plus block size (liblinear's feature count without the bias)
   * @param scorers one per solver
   * @param calibration the softmax calibration fitted on held-out scores
   * @param decisionWeights the F_avg decision weights (all 1 when the settings have no focus labels)
   */
  public record Model(List<String> labels, int features, List<LinearScorer> scorers, SoftmaxCalibration calibration,
      double[] decisionWeights) {
    /** Calibrated probabilities of an augmented vector ({@link #append}). */
    public double[] probabilities(Feature[] x) {
      double[][] s = new double[scorers.size()][];
      for (int m = 0; m < s.length; m++) {
        s[m] = scorers.get(m).scores(x);
      }
      return calibration.apply(s);
    }

    /** The label: by the decision weights ({@code weighted}) or the most probable (calibrated). */
    public String predict(Feature[] x, boolean weighted) {
      double[] p = probabilities(x);
      double[] w = decisionWeights;
      if (!weighted) {
        w = new double[p.length];
        Arrays.fill(w, 1.0);
      }
      return labels.get(DecisionWeights.argmax(p, w));
    }
  }

  /**
   * The n-gram vector {@code base} (indices 1..{@code baseSize}) followed by {@code block}, whose indices (1-based
   * within the block) are shifted past the n-grams; zero values are dropped. New nodes: {@code base} is not changed.
   */
  public static Feature[] append(Feature[] base, int baseSize, Feature[] block) {
    if (block.length == 0) {
      return base;
    }
    List<Feature> out = new ArrayList<>(base.length + block.length);
    out.addAll(Arrays.asList(base));
    for (Feature f : block) {
      if (f.getValue() != 0) {
        out.add(new FeatureNode(baseSize + f.getIndex(), f.getValue()));
      }
    }
    return out.toArray(new Feature[0]);
  }

  /**
   * Trains on prepared n-gram vectors with {@code blocks.get(i)} appended to item i's vector.
   *
   * @param blockSize the block's number of features (0: no block, exactly {@link ClassifierTrainer})
   */
  public static Model train(TrainingSettings settings, ClassifierTrainer.Prepared p, List<Feature[]> blocks,
      int blockSize) {
    if (!p.key().equals(List.of(settings.features(), settings.normalizer()))) {
      throw new IllegalArgumentException("prepared vectors were built with other features or normaliser");
    }
    Linear.disableDebugOutput();
    ClassifierTrainer trainer = new ClassifierTrainer(settings);
    int baseSize = p.space().size();
    int features = baseSize + blockSize;
    Feature[][] x = new Feature[p.x().length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = blockSize == 0 ? p.x()[i] : append(p.x()[i], baseSize, blocks.get(i));
    }
    int[] y = p.y();
    List<String> labels = p.labels();
    List<LinearFit> solvers = trainer.solvers();
    List<String> strata = Arrays.stream(y).mapToObj(String::valueOf).toList();
    List<double[][]> heldOut = trainer.heldOutScores(x, y, strata, labels.size(), features, solvers);
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(heldOut, y, labels.size());
    double[] weights = trainer.decisionWeights(heldOut, calibration, y, labels);
    List<LinearScorer> scorers = new ArrayList<>();
    for (LinearFit s : solvers) {
      scorers.add(s.fit(x, y, labels.size(), features));
    }
    return new Model(labels, features, scorers, calibration, weights);
  }
}
