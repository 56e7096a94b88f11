package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains one {@link TextClassifier} per domain (e.g. per debate target) from a single joint model, by feature
 * augmentation (Daumé III 2007, "Frustratingly easy domain adaptation"): every text's vector is present twice, once
 * shared by all domains and once in its own domain's copy, plus a domain bias feature. The shared weights learn from
 * all domains what they have in common (e.g. the words of opposition), the copies what is specific, and small domains
 * borrow strength from the others. For one domain the joint model is linear in the plain vector (shared + own copy
 * weights), so each domain's classifier is an ordinary {@code TextClassifier}, saved and loaded like any other, with
 * its own calibration and decision weights fitted on its own held-out scores.
 */
public final class DomainAdaptedTrainer {
  private final TrainingSettings settings;
  private final ClassifierTrainer base;
  private final boolean withSeparate;

  public DomainAdaptedTrainer(TrainingSettings settings) {
    this(settings, false);
  }

  /**
   * @param withSeparate also fit each solver on the domain copies alone (independent per-domain models) and let the
   *     calibration combine joint and separate scores, an ensemble of the two views
   */
  public DomainAdaptedTrainer(TrainingSettings settings, boolean withSeparate) {
    if (settings.embeddings() != null) {
      // the feature copies per domain would copy the dense embedding block per domain too; never measured
      throw new IllegalArgumentException("sentence embeddings are appended to per-target models only, not to joint "
          + "or combined ones");
    }
    this.settings = settings;
    this.base = new ClassifierTrainer(settings);
    this.withSeparate = withSeparate;
  }

  /** One classifier per domain, in the order of {@code byDomain}. */
  public Map<String, TextClassifier> train(Map<String, List<LabeledText>> byDomain) {
    Linear.disableDebugOutput();
    JointData d = JointData.of(byDomain, settings);
    int classes = d.labels().size();
    List<LinearFit> solvers = base.solvers();
    List<double[][]> heldOut = new ArrayList<>(base.heldOutScores(d.x(), d.y(), d.strata(), classes, d.width(),
        solvers));
    List<LinearScorer> joint = new ArrayList<>(solvers.stream().map(s -> s.fit(d.x(), d.y(), classes, d.width()))
        .toList());
    if (withSeparate) {
      Feature[][] sep = java.util.Arrays.stream(d.x()).map(r -> java.util.Arrays.copyOfRange(r, (r.length - 1) / 2,
          r.length)).toArray(Feature[][]::new);
      heldOut.addAll(base.heldOutScores(sep, d.y(), d.strata(), classes, d.width(), solvers));
      solvers.forEach(s -> joint.add(s.fit(sep, d.y(), classes, d.width())));
    }
    Map<String, TextClassifier> out = new LinkedHashMap<>();
    for (int dom = 0; dom < d.domains().size(); dom++) {
      out.put(d.domains().get(dom), classifierOf(d, dom, heldOut, joint));
    }
    return out;
  }

  /** One domain's classifier: the joint scorers collapsed to it, calibrated on its own held-out scores. */
  private TextClassifier classifierOf(JointData d, int dom, List<double[][]> heldOut, List<LinearScorer> joint) {
    int classes = d.labels().size();
    int[] mine = java.util.stream.IntStream.range(0, d.x().length).filter(i -> d.domainOf()[i] == dom).toArray();
    int[] my = java.util.Arrays.stream(mine).map(i -> d.y()[i]).toArray();
    List<double[][]> myHeldOut = heldOut.stream()
        .map(s -> java.util.Arrays.stream(mine).mapToObj(i -> s[i]).toArray(double[][]::new)).toList();
    SoftmaxCalibration calibration = SoftmaxCalibration.fit(myHeldOut, my, classes);
    double[] weights = base.decisionWeights(myHeldOut, calibration, my, d.labels());
    List<LinearScorer> scorers = joint.stream()
        .map(s -> collapse(s, dom, d.space().size(), d.domains().size(), classes)).toList();
    return new TextClassifier(d.labels(), settings, d.space(), scorers, calibration, weights);
  }

  /**
   * The training texts of all domains as one problem: augmented vectors, label indices, each text's domain, and
   * strata (domain and label) for the folds.
   */
  private record JointData(List<String> domains, List<String> labels, FeatureSpace space, Feature[][] x, int[] y,
      int[] domainOf, List<String> strata, int width) {
    static JointData of(Map<String, List<LabeledText>> byDomain, TrainingSettings settings) {
      List<String> domains = List.copyOf(byDomain.keySet());
      List<LabeledText> all = new ArrayList<>();
      List<Integer> domainOf = new ArrayList<>();
      for (int d = 0; d < domains.size(); d++) {
        for (LabeledText t : byDomain.get(domains.get(d))) {
          all.add(t);
          domainOf.add(d);
        }
      }
      List<String> labels = List.copyOf(new TreeSet<>(all.stream().map(LabeledText::label).toList()));
      if (labels.size() < 2) {
        throw new IllegalArgumentException("training needs at least 2 labels, got " + labels);
      }
      List<String> texts = all.stream().map(e -> settings.normalizer().normalize(e.text())).toList();
      FeatureSpace space = FeatureSpace.fit(settings.features(), texts);
      int n = space.size();
      Feature[][] x = new Feature[all.size()][];
      int[] y = new int[all.size()];
      List<String> strata = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        x[i] = augmented(space.vectorize(texts.get(i)), domainOf.get(i), n, domains.size());
        y[i] = labels.indexOf(all.get(i).label());
        strata.add(domainOf.get(i) + "/" + y[i]);
      }
      return new JointData(domains, labels, space, x, y, domainOf.stream().mapToInt(Integer::intValue).toArray(),
          strata, n * (1 + domains.size()) + domains.size());
    }
  }

  /** Shared block (indices 1..n), the domain's copy (shifted by n·(1+d)), and the domain's bias feature. */
  static Feature[] augmented(Feature[] plain, int domain, int n, int domains) {
    Feature[] out = new Feature[plain.length * 2 + 1];
    int offset = n * (1 + domain);
    for (int j = 0; j < plain.length; j++) {
      out[j] = plain[j];
      out[plain.length + j] = new FeatureNode(plain[j].getIndex() + offset, plain[j].getValue());
    }
    out[out.length - 1] = new FeatureNode(n * (1 + domains) + 1 + domain, 1);
    return out;
  }

  /** The joint scorer restricted to one domain, as a scorer of plain vectors: shared + copy weights, bias + domain bias. */
  static LinearScorer collapse(LinearScorer joint, int domain, int n, int domains, int classes) {
    double[][] w = new double[classes][n];
    double[] b = new double[classes];
    int offset = n * (1 + domain);
    for (int c = 0; c < classes; c++) {
      double[] row = joint.weights(c);
      for (int f = 0; f < n; f++) {
        w[c][f] = row[f] + row[offset + f];
      }
      b[c] = joint.bias(c) + row[n * (1 + domains) + domain];
    }
    return LinearScorer.of(w, b);
  }
}
