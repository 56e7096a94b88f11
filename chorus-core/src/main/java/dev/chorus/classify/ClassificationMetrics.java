package dev.chorus.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Scores of predictions against gold labels: per-class precision/recall/F1, macro-F1 and the stance metric F_avg (the
 * mean F1 of chosen classes, e.g. favor and against; a class's F1 is 0 when it is neither predicted nor present,
 * as in the SemEval scorer), pooled or averaged over groups, with percentile bootstrap intervals.
 */
public final class ClassificationMetrics {
  private ClassificationMetrics() {}

  public static ClassScores scores(List<Outcome> outcomes, String cls) {
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    for (Outcome o : outcomes) {
      boolean g = cls.equals(o.gold());
      boolean p = cls.equals(o.predicted());
      tp += g && p ? 1 : 0;
      predicted += p ? 1 : 0;
      gold += g ? 1 : 0;
    }
    double precision = predicted == 0 ? 0 : (double) tp / predicted;
    double recall = gold == 0 ? 0 : (double) tp / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClassScores(precision, recall, f1, gold);
  }

  public static Map<String, ClassScores> perClass(List<Outcome> outcomes, List<String> classes) {
    Map<String, ClassScores> m = new LinkedHashMap<>();
    classes.forEach(c -> m.put(c, scores(outcomes, c)));
    return m;
  }

  /** Mean F1 over the classes. */
  public static double macroF1(List<Outcome> outcomes, List<String> classes) {
    return classes.stream().mapToDouble(c -> scores(outcomes, c).f1()).average().orElse(0);
  }

  /** Mean F1 of the classes over all outcomes pooled (SemEval-2016 Task 6 with FAVOR and AGAINST). */
  public static double fAvgPooled(List<Outcome> outcomes, List<String> classes) {
    return macroF1(outcomes, classes);
  }

  /** Mean F1 of the classes computed in each group, then averaged over groups (StanceEval 2024). */
  public static double fAvgPerGroup(List<Outcome> outcomes, List<String> classes) {
    return byGroup(outcomes).values().stream().mapToDouble(g -> macroF1(g, classes)).average().orElse(0);
  }

  public static Map<String, List<Outcome>> byGroup(List<Outcome> outcomes) {
    Map<String, List<Outcome>> m = new TreeMap<>();
    outcomes.forEach(o -> m.computeIfAbsent(String.valueOf(o.group()), g -> new ArrayList<>()).add(o));
    return m;
  }

  /**
   * The 95% percentile bootstrap interval of a statistic: outcomes resampled with replacement {@code reps} times with
   * a fixed seed, so the same outcomes always give the same interval.
   */
  public static double[] bootstrap95(List<Outcome> outcomes, ToDoubleFunction<List<Outcome>> statistic, int reps,
      long seed) {
    if (outcomes.isEmpty()) {
      return new double[] {0, 0};
    }
    Random random = new Random(seed);
    double[] values = new double[reps];
    List<Outcome> sample = new ArrayList<>(outcomes.size());
    for (int r = 0; r < reps; r++) {
      sample.clear();
      for (int i = 0; i < outcomes.size(); i++) {
        sample.add(outcomes.get(random.nextInt(outcomes.size())));
      }
      values[r] = statistic.applyAsDouble(sample);
    }
    java.util.Arrays.sort(values);
    return new double[] {values[(int) Math.floor(0.025 * (reps - 1))], values[(int) Math.ceil(0.975 * (reps - 1))]};
  }
}
