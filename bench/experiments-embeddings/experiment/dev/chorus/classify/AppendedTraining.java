package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Experiment, not product code (bench/experiments-embeddings; compiled by bench/stance-embeddings.sh and
 * bench/frames-embeddings.sh, never by the build): {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)} step by
 * step on vectors the caller built (n-gram vectors with a sentence embedding appended, or the embedding alone), for
 * experiments outside this package. The trainer's solvers, held-out calibration scores, decision weights and the
 * classifier's constructor are package-private, hence this class here.
 */
public final class AppendedTraining {
  private AppendedTraining() {}

  /**
   * A model trained on caller-built vectors, with its decision weights ({@link TextClassifier#predict} reads only
   * texts, so the decision on such a vector is made here, as {@code predict} makes it).
   */
  public record Model(TextClassifier model, double[] decisionWeights) {
    /** The label {@link TextClassifier#predict} would pick for this vector (calibrated p × decision weights). */
    public String label(Feature[] x) {
      return model.labels().get(DecisionWeights.argmax(model.probabilities(x), decisionWeights));
    }

    /** The most probable label (decision weights all 1). */
    public String mostProbable(Feature[] x) {
      double[] p = model.probabilities(x);
      double[] ones = new double[p.length];
      Arrays.fill(ones, 1.0);
      return model.labels().get(DecisionWeights.argmax(p, ones));
    }
  }

  /**
   * {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)} with {@code x} in place of {@code p.x()} and the
   * width {@code width} in place of the n-gram space's size; labels, classes and the space (for
   * {@link TextClassifier#features}) are {@code p}'s. With {@code x == p.x()} and {@code width == p.space().size()} it
   * is the product's training.
   */
  public static Model train(TrainingSettings settings, ClassifierTrainer.Prepared p, Feature[][] x, int width) {
    int[] y = p.y();
    ClassifierTrainer trainer = new ClassifierTrainer(settings);
    List<LinearFit> solvers = trainer.solvers();
    List<String> strata = Arrays.stream(y).mapToObj(String::valueOf).toList();
    List<double[][]> heldOut = trainer.heldOutScores(x, y, strata, p.labels().size(), width, solvers);
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(heldOut, y, p.labels().size());
    double[] weights = trainer.decisionWeights(heldOut, calibration, y, p.labels());
    List<LinearScorer> scorers = new ArrayList<>();
    for (LinearFit s : solvers) {
      scorers.add(s.fit(x, y, p.labels().size(), width));
    }
    return new Model(new TextClassifier(p.labels(), settings, p.space(), scorers, calibration, weights), weights);
  }

  /** The vector {@code x} (features 1..n) with {@code e} times {@code scale} after it (n+1..n+d). */
  public static Feature[] appended(Feature[] x, double[] e, double scale, int n) {
    Feature[] out = Arrays.copyOf(x, x.length + e.length);
    for (int j = 0; j < e.length; j++) {
      out[x.length + j] = new FeatureNode(n + 1 + j, e[j] * scale);
    }
    return out;
  }
}
