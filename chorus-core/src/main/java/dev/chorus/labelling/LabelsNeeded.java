package dev.chorus.labelling;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.annotate.stance.StanceDataset;
import dev.chorus.annotate.stance.StanceExample;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceLearningCurve;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Roughly how many more coded posts a stance target needs for the next gain ({@link #GAIN} F_avg), read off a
 * learning curve: the target's own ({@link StanceLearningCurve} on its majority codes, from {@link #OWN_CURVE_MIN}
 * coded posts), else the curves documented in the README for SemEval-2016 and Mawqif (random sampling, 2026-12-06).
 * The gain per doubling of the labels is the curve's local slope near the current count (gains shrink as labels
 * grow); the labels needed are {@code n·(2^(gain/slope) − 1)}. It says so, and gives no number, when the count is
 * below the curves, the curve is flat, or the gain lies beyond two more doublings.
 *
 * @param target the codebook target
 * @param labelled coded posts of the target with a majority stance
 * @param more about how many more coded posts the next gain needs (null when the curve cannot tell)
 * @param gain the gain asked about
 * @param basis {@code own} (the target's curve), {@code documented} (SemEval/Mawqif) or {@code none}
 * @param perDoubling F_avg gained per doubling of the labels near {@code labelled} (null for {@code none})
 * @param message the same in a sentence for the labelling page
 */
public record LabelsNeeded(String target, int labelled, Integer more, double gain, String basis,
    @JsonProperty("per_doubling") Double perDoubling, String message) {
  public static final double GAIN = 0.03;
  /** Coded posts of a target from which its own curve is drawn (its later quarter is the curve's test part). */
  public static final int OWN_CURVE_MIN = 200;
  /** Below this gain per doubling a curve is called flat: +0.03 would need more than eight times the labels. */
  static final double FLAT = 0.01;
  /** Labelled posts per target and F_avg of the documented curves (README, "Labels a new target needs"). */
  static final double[][] SEMEVAL = {{50, 0.470}, {100, 0.546}, {200, 0.586}, {400, 0.618}};
  static final double[][] MAWQIF = {{50, 0.510}, {100, 0.564}, {200, 0.604}, {400, 0.643}, {800, 0.674}};

  /** The estimate for each target from a workspace's codes: its posts with a majority stance, in coding order. */
  public static List<LabelsNeeded> forCodes(List<Code> codes, List<String> targets) {
    java.util.Map<String, String> majority = new java.util.HashMap<>();
    Consensus.stance(codes).forEach(u -> majority.put(u.target() + "\u0000" + u.id(), u.majority()));
    List<LabelsNeeded> out = new ArrayList<>();
    for (String target : targets) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<StanceExample> coded = new ArrayList<>();
      for (Code c : codes) {
        String stance = majority.get(c.target() + "\u0000" + c.id());
        if (c.target().equals(target) && stance != null && seen.add(c.id())) {
          coded.add(new StanceExample(coded.size() + 1, c.text(), target, stance));
        }
      }
      out.add(of(target, coded));
    }
    return out;
  }

  /** The estimate for one target from its majority codes (in coding order). */
  public static LabelsNeeded of(String target, List<StanceExample> coded) {
    int n = coded.size();
    if (n >= OWN_CURVE_MIN && coded.stream().map(StanceExample::stance).distinct().count() >= 2) {
      var curve = new StanceLearningCurve(StanceFormat.CSV, 1)
          .run(new StanceDataset(Path.of("codes.ndjson"), coded, 0));
      List<double[]> points = new ArrayList<>();
      curve.points().stream().filter(p -> p.sampling().equals("random"))
          .forEach(p -> points.add(new double[] {p.perTarget(), p.fAvg()}));
      return fromCurve(target, n, points.toArray(double[][]::new));
    }
    return documented(target, n);
  }

  /** From the documented SemEval/Mawqif curves (too few codes for a curve of the target's own). */
  static LabelsNeeded documented(String target, int n) {
    String own = "your " + n + " coded post" + (n == 1 ? "" : "s") + " for " + target + " are too few for a curve "
        + "of their own (" + OWN_CURVE_MIN + " needed)";
    if (n < SEMEVAL[0][0]) {
      return new LabelsNeeded(target, n, null, GAIN, "none", null, own + "; the documented SemEval/Mawqif curves "
          + "start at " + (int) SEMEVAL[0][0] + " posts per target, where F_avg is about 0.47–0.51: code at least "
          + ((int) SEMEVAL[0][0] - n) + " more for a first model.");
    }
    double slope = (slope(SEMEVAL, n) + slope(MAWQIF, n)) / 2;
    return estimate(target, n, slope, "documented", "from the documented SemEval/Mawqif learning curves; " + own);
  }

  /**
   * From a curve of (labelled posts, F_avg) points, sorted by size; fewer than 3 points is too short a curve, and
   * the documented ones are used instead.
   */
  static LabelsNeeded fromCurve(String target, int n, double[][] points) {
    if (points.length < 3) {
      return documented(target, n);
    }
    double slope = slope(points, points[points.length - 1][0]);
    return estimate(target, n, slope, "own", "from the learning curve on your " + n + " coded posts for " + target);
  }

  private static LabelsNeeded estimate(String target, int n, double slope, String basis, String source) {
    double rounded = Math.round(slope * 1000) / 1000.0;
    if (slope < FLAT) {
      return new LabelsNeeded(target, n, null, GAIN, basis, rounded, "The curve is flat near " + n + " posts (+"
          + rounded + " F_avg per doubling, " + source + "): more posts like these are unlikely to add +" + GAIN
          + "; other posts (another time, source or camp) or a better codebook may.");
    }
    double factor = Math.pow(2, GAIN / slope) - 1;
    if (factor > 3) {
      return new LabelsNeeded(target, n, null, GAIN, basis, rounded, "+" + GAIN + " F_avg lies beyond two more "
          + "doublings of your " + n + " posts (+" + rounded + " per doubling, " + source + "): the curve cannot say "
          + "how many more.");
    }
    int more = (int) (Math.max(10, Math.round(n * factor / 10.0) * 10));
    return new LabelsNeeded(target, n, more, GAIN, basis, rounded, "About " + more + " more labels for +" + GAIN
        + " F_avg (+" + rounded + " per doubling), " + source + ".");
  }

  /**
   * The gain per doubling near {@code n}: the slope (F_avg per log2 of the size) of the curve's segment holding
   * {@code n}, the last segment beyond the curve's end.
   */
  static double slope(double[][] curve, double n) {
    int i = 1;
    while (i < curve.length - 1 && curve[i][0] <= n) {
      i++;
    }
    double dx = Math.log(curve[i][0] / curve[i - 1][0]) / Math.log(2);
    return dx <= 0 ? 0 : (curve[i][1] - curve[i - 1][1]) / dx;
  }
}
