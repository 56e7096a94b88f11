package dev.chorus.annotate.frames;

import dev.chorus.classify.TextClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One-vs-rest frame classifiers, by frame id: a post may carry several frames, so each frame is its own yes/no
 * question with its own calibrated probability and threshold. Immutable and thread-safe.
 */
public final class FrameModel {
  /**
   * A post none of whose frames passes its threshold is {@code uncertain} when some frame's probability is at least
   * this fraction of that frame's threshold (e.g. 0.3 against 0.6): the model sees a frame it cannot vouch for, which
   * a human should check. Below that band the post simply has no frame label: most posts carry no frame, and calling
   * them all uncertain would bury the ones worth checking.
   */
  public static final double UNCERTAIN_FRACTION = 0.5;

  /** The classifier of one frame ({@code present}/{@code absent}) and its assignment threshold. */
  public record FrameClassifier(TextClassifier classifier, double threshold) {
    /** Calibrated probability that the text carries the frame. */
    public double probability(String text) {
      return probability(classifier.features(text));
    }

    double probability(de.bwaldvogel.liblinear.Feature[] x) {
      double[] p = classifier.probabilities(x);
      return p[classifier.labels().indexOf(FrameTrainer.PRESENT)];
    }
  }

  /** A frame and its probability. */
  public record ScoredFrame(String frame, double probability) {}

  /**
   * What the model says about a post.
   *
   * @param assigned frames at or above their threshold, most probable first
   * @param top the most probable frame relative to its threshold (probability / threshold), null without frames
   * @param topProbability its probability
   * @param uncertain no frame assigned but {@code top} within the uncertain band
   */
  public record Decision(List<ScoredFrame> assigned, String top, double topProbability, boolean uncertain) {
    public Decision {
      assigned = List.copyOf(assigned);
    }
  }

  private final Map<String, FrameClassifier> byFrame;
  /** All frames' classifiers build the same vectors (trained on the same texts): vectorise each post once. */
  private final boolean sharedFeatures;

  public FrameModel(Map<String, FrameClassifier> byFrame) {
    this.byFrame = java.util.Collections.unmodifiableMap(new TreeMap<>(byFrame));
    TextClassifier first = byFrame.isEmpty() ? null : byFrame.values().iterator().next().classifier();
    this.sharedFeatures = first != null
        && byFrame.values().stream().allMatch(c -> c.classifier().sharesFeaturesWith(first));
  }

  /** Frame ids with a classifier, sorted. */
  public List<String> frames() {
    return List.copyOf(byFrame.keySet());
  }

  public FrameClassifier classifier(String frame) {
    return byFrame.get(frame);
  }

  /** Every frame's calibrated probability, by frame id (sorted). */
  public Map<String, Double> probabilities(String text) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (sharedFeatures) {
      var x = byFrame.values().iterator().next().classifier().features(text);
      byFrame.forEach((f, c) -> out.put(f, c.probability(x)));
    } else {
      byFrame.forEach((f, c) -> out.put(f, c.probability(text)));
    }
    return out;
  }

  public Decision decide(String text) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    byFrame.forEach((f, c) -> thresholds.put(f, c.threshold()));
    return decide(probabilities(text), thresholds);
  }

  /** The decision from each frame's probability and threshold (same keys). */
  public static Decision decide(Map<String, Double> probabilities, Map<String, Double> thresholds) {
    List<ScoredFrame> assigned = new ArrayList<>();
    String top = null;
    double topP = 0;
    double topRatio = -1;
    for (Map.Entry<String, Double> e : new TreeMap<>(probabilities).entrySet()) {
      double threshold = thresholds.get(e.getKey());
      double p = e.getValue();
      if (p >= threshold) {
        assigned.add(new ScoredFrame(e.getKey(), p));
      }
      double ratio = p / Math.max(threshold, 1e-9);
      if (ratio > topRatio) {
        topRatio = ratio;
        top = e.getKey();
        topP = p;
      }
    }
    assigned.sort(Comparator.comparingDouble(ScoredFrame::probability).reversed()
        .thenComparing(ScoredFrame::frame));
    boolean uncertain = assigned.isEmpty() && topRatio >= UNCERTAIN_FRACTION;
    return new Decision(assigned, top, topP, uncertain);
  }

}
