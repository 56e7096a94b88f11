package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
    return train(prepare(settings, examples));
  }

  /**
   * Texts turned into vectors once, so that settings differing only in solver, C, class weights, decision weights or
   * embedding weight (a tuning grid) reuse them: the feature space depends only on the texts, the features and the
   * normaliser, and the embeddings only on the texts and the embedder.
   *
   * @param labels sorted distinct labels
   * @param space the fitted feature space
   * @param x each text's vector
   * @param y each text's label index
   * @param key what the vectors depend on (features, normaliser and embedder of the settings that prepared them)
   * @param embedded each text's sentence embedding at unit length, null without an embedding block
   */
  public record Prepared(List<String> labels, FeatureSpace space, Feature[][] x, int[] y, Object key,
      double[][] embedded) {}

  /** The vectors of {@code examples} under {@code settings}' features, normaliser and embedder. */
  public static Prepared prepare(TrainingSettings settings, List<LabeledText> examples) {
    List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(LabeledText::label).toList()));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("training needs at least 2 labels, got " + labels);
    }
    List<String> texts = examples.stream().map(e -> settings.normalizer().normalize(e.text())).toList();
    FeatureSpace space = FeatureSpace.fit(settings.features(), texts);
    Feature[][] x = texts.stream().map(space::vectorize).toArray(Feature[][]::new);
    int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
    EmbeddingBlock block = EmbeddingBlock.of(settings);
    double[][] embedded = block == null ? null
        : examples.stream().map(e -> block.unit(e.text())).toArray(double[][]::new);
    return new Prepared(labels, space, x, y, preparedKey(settings), embedded);
  }

  /**
   * What {@link #prepare}d vectors depend on (features, normaliser, embedder; not an embedding block's weight): the
   * key under which callers that tune over a grid keep them, so that they are prepared once for every setting that
   * can share them.
   */
  public static Object preparedKey(TrainingSettings s) {
    return s.embeddings() == null ? List.of(s.features(), s.normalizer())
        : List.of(s.features(), s.normalizer(), s.embeddings().embedder());
  }

  /**
   * Trains on vectors prepared with the same features, normaliser and embedder as these settings; an embedding
   * block is appended to every vector, the width grown by its dimensions.
   */
  public TextClassifier train(Prepared p) {
    if (!p.key().equals(preparedKey(settings))) {
      throw new IllegalArgumentException("prepared vectors were built with other features, normaliser or embedder");
    }
    Linear.disableDebugOutput();
    List<String> labels = p.labels();
    FeatureSpace space = p.space();
    EmbeddingBlock block = EmbeddingBlock.of(settings);
    Feature[][] x = block == null ? p.x() : IntStream.range(0, p.x().length)
        .mapToObj(i -> block.append(p.x()[i], p.embedded()[i], space.size())).toArray(Feature[][]::new);
    int width = space.size() + (block == null ? 0 : block.dimensions());
    int[] y = p.y();
    List<LinearFit> solvers = solvers();
    List<String> strata = Arrays.stream(y).mapToObj(String::valueOf).toList();
    List<double[][]> heldOut = heldOutScores(x, y, strata, labels.size(), width, solvers);
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(heldOut, y, labels.size());
    double[] weights = decisionWeights(heldOut, calibration, y, labels);
    List<LinearScorer> scorers = new ArrayList<>();
    for (LinearFit s : solvers) {
      scorers.add(s.fit(x, y, labels.size(), width));
    }
    return new TextClassifier(labels, settings, space, scorers, calibration, weights, block);
  }

  double[] decisionWeights(List<double[][]> heldOut, SoftmaxCalibration calibration, int[] y,
      List<String> labels) {
    double[] ones = new double[labels.size()];
    Arrays.fill(ones, 1.0);
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

  List<LinearFit> solvers() {
    LinearFit lr = fit(SolverType.L2R_LR, false);
    LinearFit svm = fit(SolverType.L2R_L2LOSS_SVC_DUAL, false);
    LinearFit nbSvm = fit(SolverType.L2R_L2LOSS_SVC_DUAL, true);
    LinearFit nbLr = fit(SolverType.L2R_LR, true);
    return switch (settings.solver()) {
      case LOGISTIC -> List.of(lr);
      case SVM -> List.of(svm);
      case ENSEMBLE -> List.of(lr, svm);
      case NBSVM -> List.of(nbSvm);
      case NBLR -> List.of(nbLr);
      case NB_ENSEMBLE -> List.of(nbSvm, lr);
      case NB_ALL -> List.of(nbSvm, nbLr, lr, svm);
    };
  }

  private LinearFit fit(SolverType type, boolean naiveBayes) {
    return new LinearFit(type, naiveBayes, settings.c(), settings.balanced(), settings.seed());
  }

  /** Per solver, each item's class scores from a model that did not see it; folds stratified by {@code strata}. */
  List<double[][]> heldOutScores(Feature[][] x, int[] y, List<String> strata, int classes, int features,
      List<LinearFit> solvers) {
    int k = Math.max(2, Math.min(settings.calibrationFolds(), smallestClass(y, classes)));
    int[] fold = StratifiedFolds.assign(strata, k, settings.seed());
    List<double[][]> out = new ArrayList<>();
    for (LinearFit s : solvers) {
      double[][] scores = new double[x.length][];
      // folds are independent and seeded, so training them in parallel gives the same scores in less time; each
      // fold writes only its own items' rows
      IntStream.range(0, k).parallel().forEach(f -> {
        int[] train = IntStream.range(0, x.length).filter(i -> fold[i] != f).toArray();
        Feature[][] tx = Arrays.stream(train).mapToObj(i -> x[i]).toArray(Feature[][]::new);
        int[] ty = Arrays.stream(train).map(i -> y[i]).toArray();
        LinearScorer scorer = s.fit(tx, ty, classes, features);
        for (int i = 0; i < x.length; i++) {
          if (fold[i] == f) {
            scores[i] = scorer.scores(x[i]);
          }
        }
      });
      out.add(scores);
    }
    return out;
  }

  private static int smallestClass(int[] y, int classes) {
    int[] n = new int[classes];
    for (int v : y) {
      n[v]++;
    }
    return Arrays.stream(n).filter(v -> v > 0).min().orElse(2);
  }
}
