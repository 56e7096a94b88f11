package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.GroupedFolds;
import dev.chorus.classify.OneStandardErrorRule;
import dev.chorus.classify.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Chooses one frame setting for both FIGNEWS label sets on the given rows alone: every candidate is trained on some
 * of their batches and scored on the others ({@link #INNER_FOLDS} folds of whole batches, {@link GroupedFolds}), and
 * among the candidates whose mean macro-F1 (bias and propaganda) is within one standard error of the best, the
 * simplest is kept ({@link OneStandardErrorRule}, as for stance).
 */
final class FignewsTuning {
  /** Folds of whole batches inside the rows tuned on (fewer when there are fewer batches). */
  static final int INNER_FOLDS = 3;

  /**
   * What was chosen.
   *
   * @param candidate the chosen setting
   * @param score its mean macro-F1 on the inner held-out batches (NaN when there was nothing to choose)
   * @param best the best candidate's score there
   * @param standardError the bootstrap standard error of the best score
   */
  record Choice(FrameCandidate candidate, double score, double best, double standardError) {}

  private final List<FrameCandidate> candidates;

  FignewsTuning(List<FrameCandidate> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("tuning needs at least one candidate setting");
    }
    this.candidates = List.copyOf(candidates);
  }

  /**
   * The choice on {@code rows} (never any other row: the development protocol passes its outer training part).
   *
   * @param classes each label set's classes, as the outer training part decided them
   */
  Choice choose(List<FignewsRow> rows, Map<FignewsLabelSet, List<String>> classes) {
    if (candidates.size() == 1) {
      return new Choice(candidates.get(0), Double.NaN, Double.NaN, Double.NaN);
    }
    List<String> batches = rows.stream().map(FignewsRow::batch).toList();
    int k = Math.min(INNER_FOLDS, new LinkedHashSet<>(batches).size());
    int[] fold = GroupedFolds.assign(batches, k);
    List<List<Outcome>> outcomes = new ArrayList<>();
    candidates.forEach(c -> outcomes.add(new ArrayList<>()));
    for (int f = 0; f < k; f++) {
      List<FignewsRow> train = GroupedFolds.members(fold, f, false).stream().map(rows::get).toList();
      List<FignewsRow> valid = GroupedFolds.members(fold, f, true).stream().map(rows::get).toList();
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        List<String> cls = classes.get(set);
        FignewsRuns runs = new FignewsRuns(within(train, set, cls), set, cls);
        List<FignewsRow> v = within(valid, set, cls);
        for (int c = 0; c < candidates.size(); c++) {
          var model = runs.predictor(candidates.get(c));
          for (FignewsRow r : v) {
            outcomes.get(c).add(new Outcome(set.gold(r), model.apply(r), set.id()));
          }
        }
      }
    }
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, o -> meanMacroF1(o, classes),
        candidates.stream().mapToInt(FrameCandidate::complexity).toArray());
    return new Choice(candidates.get(c.index()), c.score(), c.best(), c.standardError());
  }

  /** Rows with a gold class of {@code classes} in the set. */
  static List<FignewsRow> within(List<FignewsRow> rows, FignewsLabelSet set, List<String> classes) {
    return rows.stream().filter(r -> classes.contains(set.gold(r))).toList();
  }

  /** Mean over the label sets of each set's macro-F1; outcomes carry their set's id as group. */
  static double meanMacroF1(List<Outcome> outcomes, Map<FignewsLabelSet, List<String>> classes) {
    Map<String, List<Outcome>> bySet = new HashMap<>();
    outcomes.forEach(o -> bySet.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o));
    double sum = 0;
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      sum += ClassificationMetrics.macroF1(bySet.getOrDefault(set.id(), List.of()), classes.get(set));
    }
    return sum / FignewsLabelSet.values().length;
  }
}
