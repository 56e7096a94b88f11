package dev.chorus.classify;

import dev.chorus.annotate.stance.StanceExample;
import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.annotate.stance.StanceModelling;
import dev.chorus.annotate.stance.StanceModels;
import de.bwaldvogel.liblinear.Linear;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Experiment (bench/stance-experiments.sh): would self-training on unlabelled posts help? The shared data has no
 * unlabelled Arabic posts, so it is simulated: in each of the 5 outer folds only a stratified share of the training
 * posts keeps its label and the rest are treated as unlabelled. Compared: the labelled share alone; plus the
 * unlabelled posts the model labels with calibrated confidence of at least the threshold, retrained (one or more
 * rounds); and all labels (the ceiling).
 *
 * <p>Arguments: {@code mawqif FILE [--labelled FRACTION] [--threshold P] [--rounds N]}.
 */
public final class SelfTrainingExperiment {
  private static final List<String> STANCES = List.of("against", "favor", "none");

  private SelfTrainingExperiment() {}

  public static void main(String[] args) throws Exception {
    Linear.disableDebugOutput();
    List<StanceStackingExperiment.Row> rows = StanceStackingExperiment.readMawqif(Path.of(args[1]));
    double labelled = 0.5;
    double threshold = 0.8;
    int rounds = 1;
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--labelled" -> labelled = Double.parseDouble(args[i + 1]);
        case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<StanceExample> all = rows.stream().map(r -> new StanceExample(0, r.text(), r.target(),
        STANCES.get(r.stance()))).toList();
    TrainingSettings settings = TrainingSettings.standard().withSolver(TrainingSettings.Solver.NBSVM).withC(0.1)
        .withFocusLabels(StanceLabels.POLAR);
    int[] fold = StratifiedFolds.assign(all.stream().map(e -> e.target() + "\u0000" + e.stance()).toList(), 5, 42);
    // a second, independent split decides which training posts keep their label
    int keepFolds = (int) Math.round(1 / labelled);
    int[] keep = StratifiedFolds.assign(all.stream().map(e -> e.target() + "\u0000" + e.stance()).toList(),
        keepFolds, 7);
    List<Outcome> small = new ArrayList<>();
    List<Outcome> self = new ArrayList<>();
    List<Outcome> full = new ArrayList<>();
    int added = 0;
    for (int f = 0; f < 5; f++) {
      List<StanceExample> lab = new ArrayList<>();
      List<StanceExample> unl = new ArrayList<>();
      List<StanceExample> test = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (fold[i] == f ? test : keep[i] == 0 ? lab : unl).add(all.get(i));
      }
      StanceModels m = StanceModels.train(lab, settings, StanceModelling.COMBINED);
      small.addAll(score(m, test));
      List<StanceExample> grown = new ArrayList<>(lab);
      for (int r = 0; r < rounds; r++) {
        StanceModels current = m;
        grown = new ArrayList<>(lab);
        for (StanceExample u : unl) {
          Prediction p = current.predict(StanceLabels.targetId(u.target()), u.text());
          if (p.confidence() >= threshold) {
            grown.add(new StanceExample(0, u.text(), u.target(), p.label()));
          }
        }
        m = StanceModels.train(grown, settings, StanceModelling.COMBINED);
      }
      added += grown.size() - lab.size();
      self.addAll(score(m, test));
      List<StanceExample> train = new ArrayList<>(lab);
      train.addAll(unl);
      full.addAll(score(StanceModels.train(train, settings, StanceModelling.COMBINED), test));
    }
    System.out.printf(Locale.ROOT, "mawqif self-training, %.0f%% labelled, threshold %.2f, %d round(s): labelled only "
        + "%.4f, + self-labelled (%d posts over 5 folds) %.4f, all labelled %.4f%n", labelled * 100, threshold, rounds,
        fAvg(small), added, fAvg(self), fAvg(full));
  }

  private static List<Outcome> score(StanceModels m, List<StanceExample> test) {
    return test.stream().map(e -> new Outcome(e.stance(), m.predict(StanceLabels.targetId(e.target()), e.text())
        .label(), e.target())).toList();
  }

  private static double fAvg(List<Outcome> o) {
    return ClassificationMetrics.fAvgPerGroup(o, StanceLabels.POLAR);
  }
}
