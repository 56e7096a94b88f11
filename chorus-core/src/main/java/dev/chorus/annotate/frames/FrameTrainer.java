package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.StratifiedFolds;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link FrameModel}: for each frame, a calibrated present/absent classifier on all posts (the posts without
 * the frame are its negatives), and a threshold chosen on cross-validated held-out probabilities to maximise the
 * frame's F1, searched over 0.50–0.90 (below 0.5 an assignment would be more likely wrong than right). Frames with
 * fewer than {@link #MIN_EXAMPLES} posts with, or without, the frame cannot be learnt or checked and are skipped.
 */
public final class FrameTrainer {
  public static final String PRESENT = "present";
  public static final String ABSENT = "absent";
  public static final int MIN_EXAMPLES = 3;
  public static final double DEFAULT_THRESHOLD = 0.5;
  static final long SEED = 42;
  private static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

  /**
   * How one frame was fitted; precision, recall and F1 are of the held-out predictions at the chosen threshold (a
   * little optimistic, since the threshold was chosen on them), NaN without threshold folds.
   */
  public record FrameFit(String frame, int positives, int negatives, double threshold, double precision, double recall,
      double f1) {}

  /** The model, each trained frame's fit, and the skipped frames with the reason. */
  public record Result(FrameModel model, Map<String, FrameFit> fits, Map<String, String> skipped) {}

  private final TrainingSettings settings;
  private final int thresholdFolds;

  /**
   * @param thresholdFolds folds of the cross-validation that picks thresholds; below 2 every threshold is
   *     {@link #DEFAULT_THRESHOLD}
   */
  public FrameTrainer(TrainingSettings settings, int thresholdFolds) {
    this.settings = settings.withFocusLabels(null);
    this.thresholdFolds = thresholdFolds;
  }

  public Result train(List<FrameExample> examples, List<String> frames) {
    Map<String, FrameModel.FrameClassifier> models = new LinkedHashMap<>();
    Map<String, FrameFit> fits = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    ClassifierTrainer trainer = new ClassifierTrainer(settings);
    for (String frame : frames) {
      List<LabeledText> data = examples.stream()
          .map(e -> new LabeledText(e.text(), e.frames().contains(frame) ? PRESENT : ABSENT)).toList();
      int pos = (int) data.stream().filter(d -> d.label().equals(PRESENT)).count();
      int neg = data.size() - pos;
      if (pos < MIN_EXAMPLES || neg < MIN_EXAMPLES) {
        skipped.put(frame, pos + " posts with the frame and " + neg + " without; at least " + MIN_EXAMPLES
            + " of each are needed");
        continue;
      }
      FrameFit fit = thresholdFolds >= 2 ? fitThreshold(trainer, frame, data, pos, neg)
          : new FrameFit(frame, pos, neg, DEFAULT_THRESHOLD, Double.NaN, Double.NaN, Double.NaN);
      models.put(frame, new FrameModel.FrameClassifier(trainer.train(data), fit.threshold()));
      fits.put(frame, fit);
    }
    return new Result(new FrameModel(models), fits, skipped);
  }

  private FrameFit fitThreshold(ClassifierTrainer trainer, String frame, List<LabeledText> data, int pos, int neg) {
    double[] p = heldOutProbabilities(trainer, data, Math.min(thresholdFolds, Math.min(pos, neg)));
    boolean[] gold = new boolean[data.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = data.get(i).label().equals(PRESENT);
    }
    double t = bestThreshold(p, gold);
    double[] s = scores(p, gold, t);
    return new FrameFit(frame, pos, neg, t, s[0], s[1], s[2]);
  }

  /** The threshold of 0.50–0.90 with the highest F1 (the lowest of equals: it keeps more recall). */
  static double bestThreshold(double[] p, boolean[] gold) {
    double best = THRESHOLDS[0];
    double bestF1 = -1;
    for (double t : THRESHOLDS) {
      double f1 = scores(p, gold, t)[2];
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  /** Each post's probability of the frame from a classifier trained without its fold. */
  private static double[] heldOutProbabilities(ClassifierTrainer trainer, List<LabeledText> data, int k) {
    int[] fold = StratifiedFolds.assign(data.stream().map(LabeledText::label).toList(), Math.max(2, k), SEED);
    double[] p = new double[data.size()];
    for (int f = 0; f < Math.max(2, k); f++) {
      List<LabeledText> train = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] != f) {
          train.add(data.get(i));
        }
      }
      FrameModel.FrameClassifier c = new FrameModel.FrameClassifier(trainer.train(train), DEFAULT_THRESHOLD);
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] == f) {
          p[i] = c.probability(data.get(i).text());
        }
      }
    }
    return p;
  }

  /** Precision, recall, F1 of "probability >= t" against gold. */
  static double[] scores(double[] p, boolean[] gold, double t) {
    int tp = 0;
    int predicted = 0;
    int positives = 0;
    for (int i = 0; i < p.length; i++) {
      boolean yes = p[i] >= t;
      tp += yes && gold[i] ? 1 : 0;
      predicted += yes ? 1 : 0;
      positives += gold[i] ? 1 : 0;
    }
    double precision = predicted == 0 ? 0 : (double) tp / predicted;
    double recall = positives == 0 ? 0 : (double) tp / positives;
    double f1 = predicted + positives == 0 ? 0 : 2.0 * tp / (predicted + positives);
    return new double[] {precision, recall, f1};
  }
}
