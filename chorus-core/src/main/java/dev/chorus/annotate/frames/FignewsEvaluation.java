package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.StratifiedFolds;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures frame models on FIGNEWS-2024, each label set on its own (bias: multi-class; propaganda: binary): trained on
 * one file and tested on another, or by stratified k-fold cross-validation of one file (seed 42). Every post has one
 * gold class per set, so the prediction is the most probable class. Classes with fewer than {@code minClass} training
 * posts are left out of training and scoring (counted), as no fold could learn them.
 */
public final class FignewsEvaluation {
  static final long SEED = 42;

  /** How a label set's class is predicted. */
  public enum Method {
    /** One-vs-rest frame classifiers (as the {@code frames} annotator uses), most probable class. */
    OVR,
    /** One multi-class classifier, most probable class. */
    SOFTMAX,
    /** One multi-class classifier with class weights fitted on held-out probabilities to maximise macro-F1. */
    SOFTMAX_F1
  }

  /** How FIGNEWS classes are predicted unless told otherwise: what the development protocol's tuning chooses. */
  public static final Method DEFAULT_METHOD = Method.SOFTMAX_F1;

  /**
   * @param minClass classes with fewer training posts are left out
   */
  public record Options(TrainingSettings settings, FignewsRow.Fields fields, Method method, int minClass) {}

  private final Options options;

  public FignewsEvaluation(Options options) {
    this.options = options;
  }

  public FignewsReport trainTest(FignewsReader.Data train, FignewsReader.Data test) {
    long start = System.nanoTime();
    FignewsReport.LabelSetScores[] sets = new FignewsReport.LabelSetScores[2];
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      Map<String, Integer> left = new TreeMap<>();
      List<FignewsRow> tr = labelled(train.rows(), set, left);
      List<String> classes = classes(tr, set, options.minClass());
      List<FignewsRow> te = labelled(test.rows(), set, left).stream().filter(r -> keep(r, set, classes, left))
          .toList();
      Function<FignewsRow, String> model = fit(tr.stream().filter(r -> classes.contains(set.gold(r))).toList(), set,
          classes);
      List<Outcome> outcomes = te.stream().map(r -> outcome(r, set, model)).toList();
      sets[set.ordinal()] = scores(outcomes, classes, left);
    }
    return report("train-test", sets, start);
  }

  public FignewsReport crossValidate(FignewsReader.Data data, int folds) {
    long start = System.nanoTime();
    FignewsReport.LabelSetScores[] sets = new FignewsReport.LabelSetScores[2];
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      Map<String, Integer> left = new TreeMap<>();
      List<FignewsRow> all = labelled(data.rows(), set, left);
      List<String> classes = classes(all, set, options.minClass());
      List<FignewsRow> rows = all.stream().filter(r -> keep(r, set, classes, left)).toList();
      int[] fold = StratifiedFolds.assign(rows.stream().map(set::gold).toList(), folds, SEED);
      List<Outcome> outcomes = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<FignewsRow> train = new ArrayList<>();
        List<FignewsRow> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          (fold[i] == f ? test : train).add(rows.get(i));
        }
        Function<FignewsRow, String> model = fit(train, set, classes);
        test.forEach(r -> outcomes.add(outcome(r, set, model)));
      }
      sets[set.ordinal()] = scores(outcomes, classes, left);
    }
    return report("cv-" + folds, sets, start);
  }

  static List<FignewsRow> labelled(List<FignewsRow> rows, FignewsLabelSet set, Map<String, Integer> left) {
    List<FignewsRow> out = new ArrayList<>();
    for (FignewsRow r : rows) {
      if (set.gold(r) == null) {
        left.merge("no_label", 1, Integer::sum);
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** Classes with at least {@code minClass} posts in {@code train}, sorted; an error when fewer than 2. */
  static List<String> classes(List<FignewsRow> train, FignewsLabelSet set, int minClass) {
    Map<String, Integer> n = new TreeMap<>();
    train.forEach(r -> n.merge(set.gold(r), 1, Integer::sum));
    List<String> kept = n.entrySet().stream().filter(e -> e.getValue() >= minClass).map(Map.Entry::getKey)
        .toList();
    if (kept.size() < 2) {
      throw new IllegalArgumentException(set.id() + ": fewer than 2 classes with at least " + minClass
          + " posts in the training data (" + n + ")");
    }
    return kept;
  }

  static boolean keep(FignewsRow r, FignewsLabelSet set, List<String> classes, Map<String, Integer> left) {
    if (classes.contains(set.gold(r))) {
      return true;
    }
    left.merge("rare:" + set.gold(r), 1, Integer::sum);
    return false;
  }

  static Outcome outcome(FignewsRow r, FignewsLabelSet set, Function<FignewsRow, String> model) {
    return new Outcome(set.gold(r), model.apply(r), r.lang());
  }

  /** A trained predictor of the set's class, with the options' fixed setting. */
  private Function<FignewsRow, String> fit(List<FignewsRow> train, FignewsLabelSet set, List<String> classes) {
    return new FignewsRuns(train, set, classes).predictor(FrameCandidate.fixed(options.settings(), options.fields(),
        options.method()));
  }

  static FignewsReport.LabelSetScores scores(List<Outcome> o, List<String> classes, Map<String, Integer> left) {
    Map<String, Double> f1 = new TreeMap<>();
    ClassificationMetrics.perClass(o, classes).forEach((c, s) -> f1.put(c, s.f1()));
    double[] ci = ClassificationMetrics.bootstrap95(o, x -> ClassificationMetrics.macroF1(x, classes), 1000, SEED);
    Map<String, FignewsReport.LanguageScores> perLanguage = new TreeMap<>();
    ClassificationMetrics.byGroup(o).forEach((lang, list) -> perLanguage.put(lang,
        new FignewsReport.LanguageScores(ClassificationMetrics.macroF1(list, present(list)), list.size())));
    return new FignewsReport.LabelSetScores(ClassificationMetrics.macroF1(o, classes), f1, o.size(), ci, classes,
        perLanguage, left);
  }

  private static List<String> present(List<Outcome> o) {
    Set<String> s = new TreeSet<>();
    o.forEach(x -> {
      s.add(x.gold());
      s.add(x.predicted());
    });
    return List.copyOf(s);
  }

  private FignewsReport report(String mode, FignewsReport.LabelSetScores[] sets, long start) {
    return report(mode, options.method().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        options.fields().name().toLowerCase(java.util.Locale.ROOT), sets, start);
  }

  static FignewsReport report(String mode, String method, String fields, FignewsReport.LabelSetScores[] sets,
      long start) {
    return new FignewsReport(mode, method, fields, (sets[0].macroF1() + sets[1].macroF1()) / 2, sets[0], sets[1],
        Math.round((System.nanoTime() - start) / 1e7) / 100.0);
  }
}
