package dev.chorus.annotate.stance;

import dev.chorus.classify.BlockedSplit;
import dev.chorus.classify.Reliability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The development protocol: an estimate of what stance models score on posts they never saw, from the training data
 * alone. Each target's posts in file order are split into an earlier part (75%) and a later part (25%,
 * {@link #HELD_OUT}); all settings are chosen by {@link StanceTuning} inside the earlier part only (its own blocked
 * split), the chosen models are trained on the earlier part and scored once on the later part, with a bootstrap
 * interval, the settings chosen per target, and the reliability of the confidences. With a later file (SemEval's
 * trial data after its training data), the same is done training on the earlier data and testing on that file.
 */
public final class StanceDevProtocol {
  /** Share of each target's posts, the latest in file order, that the outer split holds out. */
  public static final double HELD_OUT = 0.25;
  static final String DESCRIPTION = "blocked by position: per target, the first 75% of posts in file order train "
      + "and the last 25% test; every setting chosen by nested tuning on the training part only (its last 25% per "
      + "target held out, simplest setting within one bootstrap standard error of the best)";

  private final StanceTuning tuning;
  private final StanceEvaluation evaluation;

  public StanceDevProtocol(StanceTuning tuning, StanceFormat format) {
    this.tuning = tuning;
    this.evaluation = new StanceEvaluation(StanceTraining.DEFAULT_SETTINGS, format);
  }

  /** The blocked estimate on {@code data}. */
  public StanceDevReport estimate(StanceDataset data) {
    long start = System.nanoTime();
    List<List<StanceExample>> parts = split(data.examples());
    return run("dev-blocked", DESCRIPTION, parts.get(0), parts.get(1), data.skipped(), start);
  }

  /**
   * Each candidate measured on the same outer blocked split without tuning (trained on the earlier part, scored on
   * the later part), to compare settings side by side; by candidate name, in the given order.
   */
  public Map<String, StanceDevReport.Summary> compare(StanceDataset data, List<StanceCandidate> candidates) {
    List<List<StanceExample>> parts = split(data.examples());
    CandidateRuns runs = new CandidateRuns(parts.get(0));
    Map<String, StanceDevReport.Summary> out = new LinkedHashMap<>();
    for (StanceCandidate c : candidates) {
      long start = System.nanoTime();
      StanceModels models = runs.models(c);
      List<StanceEvaluation.Scored> scored = parts.get(1).stream().map(e -> StanceEvaluation.score(models, e))
          .toList();
      out.put(c.name(), StanceDevReport.Summary.of(evaluation.report("dev-blocked", scored, 0, start)));
    }
    return out;
  }

  /** The earlier (training) and later (held-out) parts of each target's posts. */
  private static List<List<StanceExample>> split(List<StanceExample> all) {
    boolean[] held = BlockedSplit.lastPart(all.stream().map(StanceExample::target).toList(), HELD_OUT);
    List<StanceExample> train = new ArrayList<>();
    List<StanceExample> test = new ArrayList<>();
    for (int i = 0; i < held.length; i++) {
      (held[i] ? test : train).add(all.get(i));
    }
    return List.of(train, test);
  }

  /** Tuned and trained on {@code earlier}, scored on {@code later} (targets of {@code later} must be in it). */
  public StanceDevReport laterFile(StanceDataset earlier, StanceDataset later) {
    long start = System.nanoTime();
    return run("dev-later-file", "trained (with nested tuning) on the earlier file(s), tested on " + later.file()
        .getFileName(), earlier.examples(), later.examples(), earlier.skipped() + later.skipped(), start);
  }

  private StanceDevReport run(String mode, String protocol, List<StanceExample> train, List<StanceExample> test,
      int skipped, long start) {
    StanceTuning.Tuned tuned = tuning.fit(train);
    List<StanceEvaluation.Scored> scored = new ArrayList<>();
    for (StanceExample e : test) {
      if (!tuned.models().targets().contains(StanceLabels.targetId(e.target()))) {
        throw new IllegalArgumentException("line " + e.line() + ": target '" + e.target()
            + "' has no posts in the training part");
      }
      scored.add(StanceEvaluation.score(tuned.models(), e));
    }
    StanceReport report = evaluation.report(mode, scored, skipped, start);
    double[] confidence = scored.stream().mapToDouble(StanceEvaluation.Scored::confidence).toArray();
    boolean[] correct = new boolean[scored.size()];
    for (int i = 0; i < correct.length; i++) {
      correct[i] = scored.get(i).outcome().gold().equals(scored.get(i).outcome().predicted());
    }
    return new StanceDevReport(report, protocol, train.size(), chosen(tuned), Reliability.of(confidence, correct));
  }

  private static Map<String, StanceDevReport.Chosen> chosen(StanceTuning.Tuned tuned) {
    Map<String, StanceDevReport.Chosen> m = new LinkedHashMap<>();
    tuned.chosen().forEach((t, c) -> m.put(t, StanceDevReport.Chosen.of(c)));
    return m;
  }
}
