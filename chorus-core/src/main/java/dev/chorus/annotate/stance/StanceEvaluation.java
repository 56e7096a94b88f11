package dev.chorus.annotate.stance;

import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.Prediction;
import dev.chorus.classify.StratifiedFolds;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures per-target stance models: trained on one file and tested on another, or by stratified k-fold
 * cross-validation of one file (folds stratified by target and stance, fixed seed). Predictions are the most
 * probable label (no "uncertain"), as the shared-task metrics require; what a threshold would keep is reported beside.
 */
public final class StanceEvaluation {
  static final long SEED = 42;
  private static final double[] THRESHOLDS = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private final boolean fAvgPerTarget;
  private final java.util.function.Function<List<StanceExample>, StanceModels> trainer;

  /** Independent per-target models. */
  public StanceEvaluation(TrainingSettings settings, StanceFormat format) {
    this(settings, format, StanceModelling.PER_TARGET);
  }

  /** @param modelling how the per-target models are trained */
  public StanceEvaluation(TrainingSettings settings, StanceFormat format, StanceModelling modelling) {
    this.fAvgPerTarget = format.fAvgPerTarget();
    this.trainer = examples -> StanceModels.train(examples, settings, modelling);
  }

  /** Models chosen and trained by {@code tuning} on each training set (nested inside each fold). */
  public StanceEvaluation(StanceTuning tuning, StanceFormat format) {
    this.fAvgPerTarget = format.fAvgPerTarget();
    this.trainer = examples -> tuning.fit(examples).models();
  }

  public StanceReport trainTest(StanceDataset train, StanceDataset test) {
    long start = System.nanoTime();
    StanceModels models = trainer.apply(train.examples());
    List<Scored> scored = new ArrayList<>();
    for (StanceExample e : test.examples()) {
      String id = StanceLabels.targetId(e.target());
      if (!models.targets().contains(id)) {
        throw new IllegalArgumentException(test.file() + ": line " + e.line() + ": target '" + e.target()
            + "' is not in the training file");
      }
      scored.add(score(models, e));
    }
    return report("train-test", scored, train.skipped() + test.skipped(), start);
  }

  public StanceReport crossValidate(StanceDataset data, int folds) {
    long start = System.nanoTime();
    List<StanceExample> all = data.examples();
    int[] fold = StratifiedFolds.assign(all.stream().map(e -> e.target() + "\u0000" + e.stance()).toList(), folds,
        SEED);
    // folds are independent; trained in parallel, their outcomes are still joined in fold order
    List<Scored> scored = java.util.stream.IntStream.range(0, folds).parallel().mapToObj(f -> {
      List<StanceExample> train = new ArrayList<>();
      List<StanceExample> test = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (fold[i] == f ? test : train).add(all.get(i));
      }
      StanceModels models = trainer.apply(train);
      return test.stream().map(e -> score(models, e)).toList();
    }).flatMap(List::stream).toList();
    return report("cv-" + folds, scored, data.skipped(), start);
  }

  /** One scored post: its outcome and the confidence of the predicted label. */
  record Scored(Outcome outcome, double confidence) {}

  static Scored score(StanceModels models, StanceExample e) {
    Prediction p = models.predict(StanceLabels.targetId(e.target()), e.text());
    return new Scored(new Outcome(e.stance(), p.label(), e.target()), p.confidence());
  }

  StanceReport report(String mode, List<Scored> scored, int skipped, long start) {
    List<Outcome> o = scored.stream().map(Scored::outcome).toList();
    Map<String, Double> f1 = new LinkedHashMap<>();
    ClassificationMetrics.perClass(o, StanceLabels.ALL).forEach((c, s) -> f1.put(c, s.f1()));
    Map<String, StanceReport.TargetScores> perTarget = new TreeMap<>();
    ClassificationMetrics.byGroup(o).forEach((t, list) -> perTarget.put(t, new StanceReport.TargetScores(
        ClassificationMetrics.fAvgPooled(list, StanceLabels.POLAR),
        ClassificationMetrics.macroF1(list, StanceLabels.ALL), list.size())));
    double[] ci = ClassificationMetrics.bootstrap95(o, this::fAvg, 1000, SEED);
    String metric = fAvgPerTarget ? "StanceEval 2024: (F1(favor)+F1(against))/2 per target, averaged over targets"
        : "SemEval-2016 Task 6: (F1(favor)+F1(against))/2 over all posts pooled";
    return new StanceReport(mode, metric, fAvg(o), f1, ClassificationMetrics.macroF1(o, StanceLabels.ALL), perTarget,
        o.size(), ci, skipped, thresholds(scored), Math.round((System.nanoTime() - start) / 1e7) / 100.0);
  }

  private double fAvg(List<Outcome> o) {
    return fAvgPerTarget ? ClassificationMetrics.fAvgPerGroup(o, StanceLabels.POLAR)
        : ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR);
  }

  private static List<StanceReport.ThresholdPoint> thresholds(List<Scored> scored) {
    List<StanceReport.ThresholdPoint> out = new ArrayList<>();
    for (double t : THRESHOLDS) {
      List<Scored> kept = scored.stream().filter(s -> s.confidence() >= t).toList();
      double correct = kept.stream().filter(s -> s.outcome().gold().equals(s.outcome().predicted())).count();
      out.add(new StanceReport.ThresholdPoint(t, scored.isEmpty() ? 0 : (double) kept.size() / scored.size(),
          kept.isEmpty() ? 0 : correct / kept.size()));
    }
    return out;
  }
}
