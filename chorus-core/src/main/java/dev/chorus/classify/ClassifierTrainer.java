package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link TextClassifier} with liblinear: fits the feature space, scores every training text by an internal
 * stratified cross-validation to fit the calibration on held-out scores (in-sample scores are over-confident), then
 * trains the final models on all texts. Stateless; each training uses its own seeded random generator.
 */
public final class ClassifierTrainer {
  private final TrainingSettings settings;

  public ClassifierTrainer(TrainingSettings settings) {
    this.settings = settings;
  }

  public TextClassifier train(List<LabeledText> examples) {
    List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(LabeledText::label).toList()));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("training needs at least 2 labels, got " + labels);
    }
    Linear.disableDebugOutput();
    List<String> texts = examples.stream().map(e -> settings.normalizer().normalize(e.text())).toList();
    FeatureSpace space = FeatureSpace.fit(settings.features(), texts);
    Feature[][] x = texts.stream().map(space::vectorize).toArray(Feature[][]::new);
    int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
    List<SolverType> solvers = solvers();
    List<double[][]> heldOut = heldOutScores(x, y, labels.size(), space.size(), solvers);
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(heldOut, y, labels.size());
    double[] weights = decisionWeights(heldOut, calibration, y, labels);
    List<LinearScorer> scorers = new ArrayList<>();
    for (SolverType s : solvers) {
      scorers.add(LinearScorer.of(train(x, y, labels.size(), space.size(), s), space.size(), labels.size()));
    }
    return new TextClassifier(labels, settings, space, scorers, calibration, weights);
  }

  private double[] decisionWeights(List<double[][]> heldOut, SoftmaxCalibration calibration, int[] y,
      List<String> labels) {
    double[] ones = new double[labels.size()];
    java.util.Arrays.fill(ones, 1.0);
    if (settings.focusLabels() == null) {
      return ones;
    }
    double[][] p = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      double[][] s = new double[heldOut.size()][];
      for (int m = 0; m < s.length; m++) {
        s[m] = heldOut.get(m)[i];
      }
      p[i] = calibration.apply(s);
    }
    List<Integer> focus = settings.focusLabels().stream().map(labels::indexOf).filter(i -> i >= 0).toList();
    return DecisionWeights.fit(p, y, labels.size(), focus);
  }

  private List<SolverType> solvers() {
    return switch (settings.solver()) {
      case LOGISTIC -> List.of(SolverType.L2R_LR);
      case SVM -> List.of(SolverType.L2R_L2LOSS_SVC_DUAL);
      case ENSEMBLE -> List.of(SolverType.L2R_LR, SolverType.L2R_L2LOSS_SVC_DUAL);
    };
  }

  /** Per solver, each item's class scores from a model that did not see it. */
  private List<double[][]> heldOutScores(Feature[][] x, int[] y, int classes, int features, List<SolverType> solvers) {
    List<String> ys = java.util.Arrays.stream(y).mapToObj(String::valueOf).toList();
    int k = Math.min(settings.calibrationFolds(), smallestClass(y, classes));
    int[] fold = StratifiedFolds.assign(ys, Math.max(2, k), settings.seed());
    List<double[][]> out = new ArrayList<>();
    for (SolverType s : solvers) {
      double[][] scores = new double[x.length][];
      for (int f = 0; f < Math.max(2, k); f++) {
        List<Integer> train = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
          if (fold[i] != f) {
            train.add(i);
          }
        }
        Feature[][] tx = train.stream().map(i -> x[i]).toArray(Feature[][]::new);
        int[] ty = train.stream().mapToInt(i -> y[i]).toArray();
        LinearScorer scorer = LinearScorer.of(train(tx, ty, classes, features, s), features, classes);
        for (int i = 0; i < x.length; i++) {
          if (fold[i] == f) {
            scores[i] = scorer.scores(x[i]);
          }
        }
      }
      out.add(scores);
    }
    return out;
  }

  private static int smallestClass(int[] y, int classes) {
    int[] n = new int[classes];
    for (int v : y) {
      n[v]++;
    }
    return java.util.Arrays.stream(n).filter(v -> v > 0).min().orElse(2);
  }

  private Model train(Feature[][] x, int[] y, int classes, int features, SolverType solver) {
    Problem p = new Problem();
    p.l = x.length;
    p.n = features + 1;
    p.bias = 1;
    p.x = new Feature[x.length][];
    p.y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      Feature[] row = java.util.Arrays.copyOf(x[i], x[i].length + 1);
      row[x[i].length] = new FeatureNode(features + 1, 1);
      p.x[i] = row;
      p.y[i] = y[i];
    }
    // liblinear's default stopping tolerances: 0.01 for the primal logistic solver, 0.1 for the dual SVM
    Parameter param = new Parameter(solver, settings.c(), solver == SolverType.L2R_LR ? 0.01 : 0.1);
    param.setRandom(new Random(settings.seed()));
    if (settings.balanced()) {
      setBalancedWeights(param, y, classes);
    }
    return Linear.train(p, param);
  }

  private static void setBalancedWeights(Parameter param, int[] y, int classes) {
    int[] n = new int[classes];
    for (int v : y) {
      n[v]++;
    }
    List<Integer> present = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      if (n[c] > 0) {
        present.add(c);
      }
    }
    double[] w = new double[present.size()];
    int[] ids = new int[present.size()];
    for (int j = 0; j < w.length; j++) {
      ids[j] = present.get(j);
      w[j] = (double) y.length / (present.size() * n[ids[j]]);
    }
    param.setWeights(w, ids);
  }
}
