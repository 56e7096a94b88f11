package dev.chorus.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * How a development protocol picks a setting from a tuning grid: each candidate is scored on the same held-out
 * outcomes, and among those within one standard error (bootstrap over the best candidate's outcomes) of the best, the
 * simplest is kept. Differences below the noise of the validation posts do not carry over to new posts, and the
 * simpler setting is the safer bet. The one home of this rule for stance and frame tuning.
 */
public final class OneStandardErrorRule {
  private static final int BOOTSTRAP = 200;
  private static final long SEED = 42;

  private OneStandardErrorRule() {}

  /**
   * What was chosen.
   *
   * @param index the chosen candidate's position
   * @param score its score on the validation outcomes
   * @param best the best candidate's score there
   * @param standardError the bootstrap standard error of the best score
   */
  public record Choice(int index, double score, double best, double standardError) {}

  /**
   * The simplest candidate within one standard error of the best.
   *
   * @param outcomes each candidate's validation outcomes (same posts, same order)
   * @param metric the score of a list of outcomes (higher is better)
   * @param complexity each candidate's complexity, lower is simpler
   */
  public static Choice choose(List<List<Outcome>> outcomes, ToDoubleFunction<List<Outcome>> metric,
      int[] complexity) {
    double[] score = outcomes.stream().mapToDouble(metric).toArray();
    int best = best(score);
    double se = standardError(outcomes.get(best), metric);
    int pick = simplestWithin(score, se, complexity);
    return new Choice(pick, score[pick], score[best], se);
  }

  private static int best(double[] score) {
    int best = 0;
    for (int c = 1; c < score.length; c++) {
      best = score[c] > score[best] ? c : best;
    }
    return best;
  }

  /** Among the scores at least the best minus {@code se}, the index of the lowest complexity (the first on ties). */
  public static int simplestWithin(double[] score, double se, int[] complexity) {
    double floor = score[best(score)] - se;
    int pick = -1;
    for (int c = 0; c < score.length; c++) {
      if (score[c] >= floor && (pick < 0 || complexity[c] < complexity[pick])) {
        pick = c;
      }
    }
    return pick;
  }

  /** The bootstrap standard error of {@code metric} on {@code o} (fixed seed: same outcomes, same value). */
  public static double standardError(List<Outcome> o, ToDoubleFunction<List<Outcome>> metric) {
    if (o.isEmpty()) {
      return 0;
    }
    Random random = new Random(SEED);
    double sum = 0;
    double sq = 0;
    List<Outcome> sample = new ArrayList<>(o.size());
    for (int r = 0; r < BOOTSTRAP; r++) {
      sample.clear();
      for (int i = 0; i < o.size(); i++) {
        sample.add(o.get(random.nextInt(o.size())));
      }
      double v = metric.applyAsDouble(sample);
      sum += v;
      sq += v * v;
    }
    double mean = sum / BOOTSTRAP;
    return Math.sqrt(Math.max(0, sq / BOOTSTRAP - mean * mean));
  }
}
