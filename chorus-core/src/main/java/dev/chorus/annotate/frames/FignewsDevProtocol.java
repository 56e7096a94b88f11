package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.GroupedFolds;
import dev.chorus.classify.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The development protocol for frames: an estimate of what FIGNEWS frame models score on a batch they never saw, from
 * the training file alone. The rows are dealt into {@link #OUTER_FOLDS} folds of whole annotation batches
 * ({@link GroupedFolds}); for each, the setting is chosen by {@link FignewsTuning} on the other batches only (nested:
 * the held-out batches never reach the tuning), trained on them and scored once on the held-out batches. Scores are
 * pooled over the folds, macro-F1 per label set with a bootstrap interval. Shuffled folds put posts of one batch
 * (same annotators, days and stories) on both sides, and settings chosen on the very folds that score them look
 * better than they are: both made the figure the README once quoted optimistic.
 */
public final class FignewsDevProtocol {
  public static final int OUTER_FOLDS = 5;
  static final String DESCRIPTION = "grouped by batch: " + OUTER_FOLDS + " folds of whole FIGNEWS batches (no batch "
      + "in both training and test); in each, the setting chosen by nested tuning on the training batches only ("
      + FignewsTuning.INNER_FOLDS + " inner folds of whole batches; one setting for both label sets by their mean "
      + "macro-F1; simplest within one bootstrap standard error of the best), trained there and scored once on the "
      + "held-out batches; scores pooled over the folds";
  private static final int BOOTSTRAP = 1000;

  /** What chooses a setting from the rows it is given (the tuning; a test wraps it to see what it was shown). */
  interface Tuner {
    FignewsTuning.Choice choose(List<FignewsRow> rows, Map<FignewsLabelSet, List<String>> classes);
  }

  private final Tuner tuning;
  private final int minClass;
  /** How the report names method and fields: chosen per fold, or the one fixed setting's. */
  private String method = "tuned";
  private String fields = "tuned";

  /**
   * @param candidates the settings to choose from (one: measured without tuning)
   * @param minClass classes with fewer posts in a fold's training batches are left out of that fold
   */
  public FignewsDevProtocol(List<FrameCandidate> candidates, int minClass) {
    this(new FignewsTuning(candidates)::choose, minClass);
    if (candidates.size() == 1) {
      method = name(candidates.get(0).method());
      fields = name(candidates.get(0).fields());
    }
  }

  FignewsDevProtocol(Tuner tuning, int minClass) {
    this.tuning = tuning;
    this.minClass = Math.max(1, minClass);
  }

  /** An enum constant as options and reports spell it: {@code SOFTMAX_F1} → {@code softmax-f1}. */
  private static String name(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The grouped estimate on {@code data}, with the setting the tuning chooses on all of it. */
  public FignewsDevReport estimate(FignewsReader.Data data) {
    long start = System.nanoTime();
    List<FignewsRow> rows = data.rows();
    int[] fold = GroupedFolds.assign(batches(data), OUTER_FOLDS);
    Map<FignewsLabelSet, Map<String, Integer>> left = new EnumMap<>(FignewsLabelSet.class);
    Map<FignewsLabelSet, List<Outcome>> outcomes = new EnumMap<>(FignewsLabelSet.class);
    Map<FignewsLabelSet, TreeSet<String>> scored = new EnumMap<>(FignewsLabelSet.class);
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      left.put(set, new TreeMap<>());
      outcomes.put(set, new ArrayList<>());
      scored.put(set, new TreeSet<>());
      FignewsEvaluation.labelled(rows, set, left.get(set));
    }
    List<FignewsDevReport.Fold> folds = new ArrayList<>();
    for (int f = 0; f < OUTER_FOLDS; f++) {
      List<FignewsRow> train = GroupedFolds.members(fold, f, false).stream().map(rows::get).toList();
      List<FignewsRow> test = GroupedFolds.members(fold, f, true).stream().map(rows::get).toList();
      Map<FignewsLabelSet, List<String>> classes = classes(train);
      FignewsTuning.Choice choice = tuning.choose(train, classes);
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        List<String> cls = classes.get(set);
        scored.get(set).addAll(cls);
        var model = new FignewsRuns(FignewsTuning.within(train, set, cls), set, cls).predictor(choice.candidate());
        test.stream().filter(r -> set.gold(r) != null && FignewsEvaluation.keep(r, set, cls, left.get(set)))
            .forEach(r -> outcomes.get(set).add(FignewsEvaluation.outcome(r, set, model)));
      }
      folds.add(new FignewsDevReport.Fold(List.copyOf(new TreeSet<>(test.stream().map(FignewsRow::batch).toList())),
          train.size(), FignewsDevReport.Chosen.of(choice)));
    }
    FignewsDevReport.Chosen onAll = folds.get(0).chosen().innerMacroF1() == null ? null
        : FignewsDevReport.Chosen.of(tuning.choose(rows, classes(rows)));
    return report(outcomes, scored, left, folds, onAll, start);
  }

  /** Each row's batch; an error naming the file when there are too few batches for the outer folds. */
  private static List<String> batches(FignewsReader.Data data) {
    List<String> batches = data.rows().stream().map(FignewsRow::batch).toList();
    int groups = new LinkedHashSet<>(batches).size();
    if (groups < OUTER_FOLDS) {
      throw new IllegalArgumentException(data.file() + ": the development protocol holds out whole batches (column "
          + "'batch') in " + OUTER_FOLDS + " folds, so it needs at least " + OUTER_FOLDS + " batches; found " + groups
          + " (use --cv K for shuffled cross-validation)");
    }
    return batches;
  }

  private FignewsDevReport report(Map<FignewsLabelSet, List<Outcome>> outcomes,
      Map<FignewsLabelSet, TreeSet<String>> scored, Map<FignewsLabelSet, Map<String, Integer>> left,
      List<FignewsDevReport.Fold> folds, FignewsDevReport.Chosen onAll, long start) {
    FignewsReport.LabelSetScores[] sets = new FignewsReport.LabelSetScores[2];
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      sets[set.ordinal()] = FignewsEvaluation.scores(outcomes.get(set), List.copyOf(scored.get(set)), left.get(set));
    }
    FignewsReport report = FignewsEvaluation.report("dev-grouped-" + OUTER_FOLDS, method, fields, sets, start);
    return new FignewsDevReport(report, meanInterval(outcomes, scored), DESCRIPTION, folds, onAll, null);
  }

  /** Each label set's classes with at least {@code minClass} posts in {@code train}. */
  private Map<FignewsLabelSet, List<String>> classes(List<FignewsRow> train) {
    Map<FignewsLabelSet, List<String>> m = new EnumMap<>(FignewsLabelSet.class);
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      m.put(set, FignewsEvaluation.classes(train.stream().filter(r -> set.gold(r) != null).toList(), set, minClass));
    }
    return m;
  }

  private static double[] meanInterval(Map<FignewsLabelSet, List<Outcome>> outcomes,
      Map<FignewsLabelSet, TreeSet<String>> scored) {
    List<Outcome> tagged = new ArrayList<>();
    Map<FignewsLabelSet, List<String>> classes = new EnumMap<>(FignewsLabelSet.class);
    outcomes.forEach((set, list) -> {
      classes.put(set, List.copyOf(scored.get(set)));
      list.forEach(o -> tagged.add(new Outcome(o.gold(), o.predicted(), set.id())));
    });
    return ClassificationMetrics.bootstrap95(tagged, o -> FignewsTuning.meanMacroF1(o, classes), BOOTSTRAP,
        FignewsEvaluation.SEED);
  }
}
