package dev.chorus.annotate.stance;

import dev.chorus.classify.ReportedScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.classify.BlockedSplit;
import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.TextClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How many labelled posts a target needs: F_avg on the development protocol's held-out later posts against the number
 * of labelled posts per target, taken from the earlier posts either at random or by uncertainty sampling (the posts
 * the current model is least sure about first, as the labelling sheet offers them; the first batch is random). The
 * setting is the one the shipped tuning chooses on the whole earlier part, then fixed along the curve; each point is
 * the mean over repeats (different random orders) with a normal 95% interval of that mean.
 */
public final class StanceLearningCurve {
  /** Labelled posts per target at which the curve is measured (the pool's size is always added). */
  public static final int[] SIZES = {50, 100, 200, 400, 800};

  /**
   * One point.
   *
   * @param sampling "random" or "uncertainty"
   * @param perTarget labelled posts per target (at most the target's pool)
   * @param fAvg mean F_avg over the repeats
   * @param ci95 normal 95% interval of the mean
   * @param repeats repeats averaged
   */
  public record Point(String sampling, @JsonProperty("per_target") int perTarget, @JsonProperty("f_avg") double fAvg,
      double[] ci95, int repeats) {}

  /** The curve with how it was measured. */
  public record Curve(String protocol, String setting, @JsonProperty("test_n") int testN, List<Point> points) {}

  private final StanceFormat format;
  private final int repeats;

  public StanceLearningCurve(StanceFormat format, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("--repeats must be at least 1, got " + repeats);
    }
    this.format = format;
    this.repeats = repeats;
  }

  public Curve run(StanceDataset data) {
    List<StanceExample> all = data.examples();
    boolean[] held = BlockedSplit.lastPart(all.stream().map(StanceExample::target).toList(),
        StanceDevProtocol.HELD_OUT);
    Map<String, List<StanceExample>> pool = new LinkedHashMap<>();
    List<StanceExample> test = new ArrayList<>();
    for (int i = 0; i < held.length; i++) {
      if (held[i]) {
        test.add(all.get(i));
      } else {
        pool.computeIfAbsent(StanceLabels.targetId(all.get(i).target()), t -> new ArrayList<>()).add(all.get(i));
      }
    }
    List<StanceExample> earlier = pool.values().stream().flatMap(List::stream).toList();
    StanceCandidate setting = StanceTuning.of(StanceTraining.DEFAULT_TUNING, StanceTraining.DEFAULT_SETTINGS,
        StanceTraining.DEFAULT_MODELLING, format).fit(earlier).chosen().values().iterator().next().candidate();
    int largest = pool.values().stream().mapToInt(List::size).max().orElse(0);
    List<Integer> sizes = new ArrayList<>();
    for (int s : SIZES) {
      if (s < largest) {
        sizes.add(s);
      }
    }
    sizes.add(largest);
    List<Point> points = new ArrayList<>();
    for (String sampling : List.of("random", "uncertainty")) {
      double[][] scores = new double[sizes.size()][repeats];
      for (int r = 0; r < repeats; r++) {
        double[] one = curve(pool, test, setting, sizes, sampling.equals("uncertainty"), 42 + r);
        for (int k = 0; k < sizes.size(); k++) {
          scores[k][r] = one[k];
        }
      }
      for (int k = 0; k < sizes.size(); k++) {
        points.add(point(sampling, sizes.get(k), scores[k]));
      }
    }
    return new Curve(StanceDevProtocol.DESCRIPTION.replaceFirst(";.*", "") + "; labelled posts drawn from each "
        + "target's training part", setting.name(), test.size(), points);
  }

  /** F_avg at each size for one random order (uncertainty sampling re-orders the rest after each size). */
  private double[] curve(Map<String, List<StanceExample>> pool, List<StanceExample> test, StanceCandidate setting,
      List<Integer> sizes, boolean uncertainty, long seed) {
    Map<String, List<StanceExample>> order = new LinkedHashMap<>();
    pool.forEach((t, list) -> {
      List<StanceExample> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      order.put(t, shuffled);
    });
    double[] out = new double[sizes.size()];
    for (int k = 0; k < sizes.size(); k++) {
      Map<String, TextClassifier> models = new LinkedHashMap<>();
      for (var e : order.entrySet()) {
        List<StanceExample> list = e.getValue();
        int n = Math.min(sizes.get(k), list.size());
        TextClassifier model = train(setting, list.subList(0, n));
        models.put(e.getKey(), model);
        if (uncertainty && model != null && n < list.size()) {
          // the rest, least sure first, so the next size adds what this model doubts most
          List<StanceExample> rest = new ArrayList<>(list.subList(n, list.size()));
          rest.sort(Comparator.comparingDouble(x -> model.predict(x.text()).confidence()));
          list.subList(n, list.size()).clear();
          list.addAll(rest);
        }
      }
      List<Outcome> o = new ArrayList<>();
      for (StanceExample e : test) {
        TextClassifier m = models.get(StanceLabels.targetId(e.target()));
        o.add(new Outcome(e.stance(), m == null ? StanceLabels.NONE : m.predict(e.text()).label(),
            StanceLabels.targetId(e.target())));
      }
      out[k] = format.fAvgPerTarget() ? ClassificationMetrics.fAvgPerGroup(o, StanceLabels.POLAR)
          : ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR);
    }
    return out;
  }

  /** The setting trained on these posts; null when they hold a single label (nothing to learn yet). */
  private static TextClassifier train(StanceCandidate setting, List<StanceExample> examples) {
    if (examples.stream().map(StanceExample::stance).distinct().count() < 2) {
      return null;
    }
    List<LabeledText> texts = examples.stream().map(e -> new LabeledText(e.text(), e.stance())).toList();
    TextClassifier m = new ClassifierTrainer(setting.settings()).train(texts);
    return setting.decision() == StanceCandidate.Decision.F_AVG_WEIGHTS ? m : m.withoutDecisionWeights();
  }

  private Point point(String sampling, int size, double[] v) {
    double mean = java.util.Arrays.stream(v).average().orElse(0);
    double sd = v.length < 2 ? 0 : Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum()
        / (v.length - 1));
    double half = 1.96 * sd / Math.sqrt(v.length);
    return new Point(sampling, size, round(mean), new double[] {round(mean - half), round(mean + half)}, v.length);
  }

  private static double round(double v) {
    return ReportedScore.of(v);
  }
}
